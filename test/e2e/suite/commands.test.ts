// The palette commands: next/previous blank, fill value, check the workspace, statistics.

import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  diagnosticsOf,
  lineOf,
  nextEvent,
  openReport,
  positionOf,
  ruleOf,
  textOf,
  workspaceFile,
  zh,
} from './helpers';

const isSlot = (d: vscode.Diagnostic) => ['missing-number', 'placeholder'].includes(ruleOf(d));

suite('commands', () => {
  test('gongwen.nextSlot / gongwen.previousSlot go to the blanks in order, wrapping around: the cursor at a gap, a mask selected', async () => {
    const editor = await openReport('slots.txt');
    const doc = editor.document;
    const diagnostics = await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 5 });
    const slots = diagnostics
      .filter(isSlot)
      .map((d) => d.range)
      .sort((a, b) => a.start.compareTo(b.start));
    assert.deepStrictEqual(
      slots.map((r) => doc.getText(r)),
      ['研次', 'XX', '员人', '建个', '*'],
    );
    // Where each blank's value goes: between the characters of a gap, over a mask.
    const line = doc.lineAt(2).text;
    const gap = (s: string) => new vscode.Range(2, line.indexOf(s) + 1, 2, line.indexOf(s) + 1);
    const targets = [
      gap('研次'),
      new vscode.Range(2, line.indexOf('XX'), 2, line.indexOf('XX') + 2),
      gap('员人'),
      gap('建个'),
      new vscode.Range(4, 2, 4, 3),
    ];

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = () => doc.getText(editor.selection);
    const step = async (command: string, expected: number) => {
      await vscode.commands.executeCommand(command);
      const t = targets[expected];
      assert.ok(
        editor.selection.isEqual(new vscode.Selection(t.end, t.start)),
        `${command}: selected ${JSON.stringify(selected())} at ${editor.selection.start.line}:${editor.selection.start.character}-${editor.selection.end.character}, expected blank ${expected}`,
      );
    };
    await step('gongwen.nextSlot', 0);
    await step('gongwen.nextSlot', 1);
    await step('gongwen.nextSlot', 2);
    await step('gongwen.previousSlot', 1);
    await step('gongwen.previousSlot', 0);
    await step('gongwen.previousSlot', 4); // wraps to the last
    await step('gongwen.nextSlot', 0); // and back to the first
    assert.strictEqual(selected(), '', 'a gap selects nothing');
  });

  test('gongwen.fillValueAtCursor writes the value passed to it into the blank at the cursor', async () => {
    const editor = await openReport('slots.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 5 });
    const line = lineOf(doc, '新录用公务员人');
    editor.selection = new vscode.Selection(
      line,
      doc.lineAt(line).text.indexOf('新录用'),
      line,
      doc.lineAt(line).text.indexOf('新录用'),
    );

    await vscode.commands.executeCommand('gongwen.fillValueAtCursor', '12');
    await textOf(doc, (t) => t.includes('新录用公务员12人'), 'the value 12');
    assert.strictEqual(
      doc.lineAt(line).text,
      '全年开展专题调研次，XX同志任职以来，新录用公务员12人，新建个村级服务站。',
      'only that blank is filled',
    );
    // The filled blank is no longer a blank.
    const left = await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 4 });
    assert.deepStrictEqual(
      left
        .filter(isSlot)
        .map((d) => doc.getText(d.range))
        .sort(),
      ['*', 'XX', '研次', '建个'].sort(),
    );
  });

  test('填入数值… validates a number blank: abc is refused with what is expected; 12, 1.2万, 15% pass; a name blank takes words', async () => {
    const api = await activateExtension();
    const editor = await openReport('slots.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length >= 4 });
    const before = doc.getText();
    const ask = async (needle: string) => {
      editor.selection = new vscode.Selection(positionOf(doc, needle), positionOf(doc, needle));
      const options = await nextEvent('the fill-value input box', api.onDidAskValue, () => {
        void vscode.commands.executeCommand('gongwen.fillValueAtCursor');
      });
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return options;
    };
    const number = await ask('全年开展');
    assert.ok(number.validateInput, 'a number blank validates what is typed');
    const refusal = await number.validateInput('abc');
    const text = typeof refusal === 'string' ? refusal : refusal?.message;
    assert.match(
      String(text),
      zh() ? /请填入数字.*万.*亿.*小数.*百分数/ : /Enter a number.*万.*亿.*decimal.*percentage/,
    );
    for (const ok of ['12', '1.2万', '3亿', '15%', '3.5'])
      assert.strictEqual(await number.validateInput(ok), undefined, `${ok} is a number`);
    const name = await ask('XX');
    assert.ok(!name.validateInput || (await name.validateInput('某某单位')) === undefined, 'a name blank takes words');

    // A value passed to the command is checked the same way: abc is not written.
    editor.selection = new vscode.Selection(positionOf(doc, '全年开展'), positionOf(doc, '全年开展'));
    await vscode.commands.executeCommand('gongwen.fillValueAtCursor', 'abc');
    assert.strictEqual(doc.getText(), before, 'abc is not written into a number blank');
  });

  test('gongwen.checkWorkspace puts the findings of a report that is not open into Problems', async () => {
    await openReport('quick-fix.txt'); // the extension is active; closed/not-opened.txt is not open
    const uri = workspaceFile('closed/not-opened.txt');
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.ok(!isOpen(), 'closed/not-opened.txt must not be open before the check');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), [], 'no diagnostics before the check');

    await vscode.commands.executeCommand('gongwen.checkWorkspace');
    const ds = await diagnosticsOf(uri, {
      until: (ds) => ['placeholder', 'punctuation', 'missing-number'].every((r) => ds.some((d) => ruleOf(d) === r)),
    });
    assert.ok(ds.every((d) => d.source === 'gongwen'));
    assert.deepStrictEqual(
      ds.find((d) => ruleOf(d) === 'placeholder')?.range,
      new vscode.Range(2, 0, 2, 2),
      'the ** at the start of line 3',
    );
    assert.ok(!isOpen(), 'checking does not open the file');
  });
});
