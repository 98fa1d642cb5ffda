// The palette commands: next/previous blank, fill value, check the workspace, statistics.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, lineOf, openReport, ruleOf, SAMPLE_DRAFT, textOf, workspaceFile } from './helpers';

const isSlot = (d: vscode.Diagnostic) => ['missing-number', 'placeholder'].includes(ruleOf(d));

suite('commands', () => {
  test('gongwen.nextSlot / gongwen.previousSlot select the blanks in order, wrapping around', async () => {
    const editor = await openReport('slots.txt');
    const doc = editor.document;
    const diagnostics = await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 5 });
    const slots = diagnostics
      .filter(isSlot)
      .map((d) => d.range)
      .sort((a, b) => a.start.compareTo(b.start));
    assert.deepStrictEqual(
      slots.map((r) => doc.getText(r)),
      ['研次', 'XX', '员人', '生人', '*'],
    );

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = () => doc.getText(editor.selection);
    const step = async (command: string, expected: number) => {
      await vscode.commands.executeCommand(command);
      assert.ok(editor.selection.isEqual(new vscode.Selection(slots[expected].start, slots[expected].end)), `${command}: selected ${JSON.stringify(selected())} at ${editor.selection.start.line}:${editor.selection.start.character}, expected blank ${expected}`);
    };
    await step('gongwen.nextSlot', 0);
    await step('gongwen.nextSlot', 1);
    await step('gongwen.nextSlot', 2);
    await step('gongwen.previousSlot', 1);
    await step('gongwen.previousSlot', 0);
    await step('gongwen.previousSlot', 4); // wraps to the last
    await step('gongwen.nextSlot', 0); // and back to the first
    assert.strictEqual(selected(), '研次');
  });

  test('gongwen.fillValueAtCursor writes the value passed to it into the blank at the cursor', async () => {
    const editor = await openReport('slots.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 5 });
    const line = lineOf(doc, '新录用公务员人');
    editor.selection = new vscode.Selection(line, doc.lineAt(line).text.indexOf('新录用'), line, doc.lineAt(line).text.indexOf('新录用'));

    await vscode.commands.executeCommand('gongwen.fillValueAtCursor', '12');
    await textOf(doc, (t) => t.includes('新录用公务员12人'), 'the value 12');
    assert.strictEqual(doc.lineAt(line).text, '全年开展专题调研次，XX同志任职以来，新录用公务员12人，选调生人。', 'only that blank is filled');
    // The filled blank is no longer a blank.
    const left = await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 4 });
    assert.deepStrictEqual(left.filter(isSlot).map((d) => doc.getText(d.range)).sort(), ['*', 'XX', '研次', '生人'].sort());
  });

  test('gongwen.checkWorkspace puts the findings of a report that is not open into Problems', async () => {
    await openReport('quick-fix.txt'); // the extension is active; closed/not-opened.txt is not open
    const uri = workspaceFile('closed/not-opened.txt');
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.ok(!isOpen(), 'closed/not-opened.txt must not be open before the check');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), [], 'no diagnostics before the check');

    await vscode.commands.executeCommand('gongwen.checkWorkspace');
    const ds = await diagnosticsOf(uri, { until: (ds) => ['placeholder', 'punctuation', 'missing-number'].every((r) => ds.some((d) => ruleOf(d) === r)) });
    assert.ok(ds.every((d) => d.source === 'gongwen'));
    assert.deepStrictEqual(ds.find((d) => ruleOf(d) === 'placeholder')?.range, new vscode.Range(2, 0, 2, 2), 'the ** at the start of line 3');
    assert.ok(!isOpen(), 'checking does not open the file');
  });

  test('gongwen.showStats opens a document with the statistics of the active report', async () => {
    const editor = await openReport(SAMPLE_DRAFT);
    const text = editor.document.getText();
    await diagnosticsOf(editor.document.uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder') });

    await vscode.commands.executeCommand('gongwen.showStats');
    const shown = vscode.window.activeTextEditor?.document;
    assert.ok(shown && shown !== editor.document, 'the statistics open in an editor of their own');
    try {
      assert.strictEqual(shown.languageId, 'markdown');
      const stats = shown.getText();
      const characters = [...text].filter((c) => !/\s/u.test(c)).length;
      assert.match(stats, new RegExp(`^# (报告统计|Report statistics): ${SAMPLE_DRAFT.replace(/\./g, '\\.')}`), stats.slice(0, 200));
      assert.match(stats, new RegExp(`\\| (字数（不含空白）|Characters \\(without whitespace\\)) \\| ${characters} \\|`));
      assert.match(stats, /\| (1级标题|Level-1 headings) \| 3 \|/);
      assert.match(stats, /\| (2级标题|Level-2 headings) \| 11 \|/);
      assert.match(stats, /- `placeholder`: \d+/);
      assert.match(stats, /█+ +\d+ +一、注重固本强基/, 'a bar per section');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
