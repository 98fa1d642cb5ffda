// The edit paths that must never lose a character: typing at a blank reached with next blank,
// marking all blanks, fix-all. Each asserts the exact text after the action.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, lineOf, openReport, positionOf, ruleOf, summarize, textOf } from './helpers';

const isSlot = (d: vscode.Diagnostic) => ['missing-number', 'placeholder'].includes(ruleOf(d));
const warnings = (ds: readonly vscode.Diagnostic[]) =>
  ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);

/** Applies the source action of `kind` the server offers for the whole document. */
async function applySourceAction(doc: vscode.TextDocument, kind: string): Promise<void> {
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    all,
    kind,
  );
  const action = actions?.find((a) => a.kind?.value === kind && a.edit);
  assert.ok(
    action?.edit,
    `no ${kind} action among ${JSON.stringify(actions?.map((a) => `${a.kind?.value} ${a.title}`))}`,
  );
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit refused ${kind}`);
}

suite('editing', () => {
  test('next blank puts an empty cursor at a gap and selects exactly a mask: typing fills the blank, no character is lost', async () => {
    const editor = await openReport('navigate.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 3 });
    const line = lineOf(doc, '专题调研次');
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    // 1. The gap in 调研|次: an empty cursor between the two characters, nothing selected.
    await vscode.commands.executeCommand('gongwen.nextSlot');
    const gap = positionOf(doc, '调研次', 2);
    assert.ok(editor.selection.isEmpty, `selected ${JSON.stringify(doc.getText(editor.selection))} at a gap`);
    assert.ok(
      editor.selection.active.isEqual(gap),
      `cursor at ${editor.selection.active.character}, the gap is at ${gap.character}`,
    );
    await vscode.commands.executeCommand('type', { text: '15' });
    assert.strictEqual(doc.lineAt(line).text, '全年开展专题调研15次，完成*万元，XX同志任职以来表现突出。');
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 2 });

    // 2. The mask *: selected exactly, so typing replaces the mask and nothing else.
    await vscode.commands.executeCommand('gongwen.nextSlot');
    assert.strictEqual(doc.getText(editor.selection), '*');
    await vscode.commands.executeCommand('type', { text: '3' });
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 1 });

    // 3. XX standing for a name: the same.
    await vscode.commands.executeCommand('gongwen.nextSlot');
    assert.strictEqual(doc.getText(editor.selection), 'XX');
    await vscode.commands.executeCommand('type', { text: '张三' });
    assert.strictEqual(doc.lineAt(line).text, '全年开展专题调研15次，完成3万元，张三同志任职以来表现突出。');
    assert.strictEqual(
      doc
        .getText()
        .split('\n')
        .filter((l) => l !== doc.lineAt(line).text)
        .join('\n'),
      '2023年工作总结\n一、总体情况\n二、下步打算\n继续努力。\n',
      'the other lines as they were',
    );
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length === 0 });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('marking all blanks writes the placeholder at each blank, never inside a unit, and draws no new warning', async () => {
    const editor = await openReport('blanks.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter(isSlot).length >= 6 });
    await applySourceAction(doc, 'source.fixAll.gongwen.placeholders');
    assert.strictEqual(
      doc.getText(),
      [
        '2023年工作总结',
        '一、总体情况',
        '全年接种疫苗【待填】万剂次，推送隔离【待填】万余人，处置【待填】人次。',
        '其中煤炭【待填】万吨，增长【待填】%，钢材【待填】万吨，增长【待填】%。',
        '',
      ].join('\n'),
    );
    // The marked blanks are listed as information (still to fill in); no warning of any rule.
    const after = await diagnosticsOf(doc.uri, {
      until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder') && !ds.some((d) => ruleOf(d) === 'missing-number'),
    }).catch(() => vscode.languages.getDiagnostics(doc.uri));
    assert.deepStrictEqual(
      warnings(after).map((d) => `${ruleOf(d)} ${d.message}`),
      [],
      `after marking: ${summarize(after)}`,
    );
    const marked = doc.getText().split('【待填】').length - 1;
    assert.strictEqual(marked, 7, 'seven blanks marked');
    assert.strictEqual(
      after.filter((d) => ruleOf(d) === 'placeholder').length,
      marked,
      'each marked blank listed once',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('fix-all removes residue whole (no emptied brackets, no rest of an advertising line) and leaves nothing fixable', async () => {
    const editor = await openReport('residue.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.filter((d) => ruleOf(d) === 'copy-residue').length >= 2 });
    await applySourceAction(doc, 'source.fixAll.gongwen');
    await textOf(doc, (t) => !t.includes('公众号'), 'the residue removed');
    assert.strictEqual(
      doc.getText(),
      ['2023年工作总结', '一、总体情况', '我们坚持稳中求进，推动发展。', '二、下步打算', '继续努力。', ''].join('\n'),
    );
    // Re-checked: nothing left to fix, no shell left for another rule to find.
    const after = await diagnosticsOf(doc.uri, { until: (ds) => !ds.some((d) => ruleOf(d) === 'copy-residue') });
    assert.deepStrictEqual(
      after.map((d) => `${ruleOf(d)} ${d.message}`),
      [],
    );
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, doc.lineCount, 0),
      'source.fixAll.gongwen',
    );
    assert.deepStrictEqual(
      again?.filter((a) => a.edit).map((a) => a.title) ?? [],
      [],
      'a second fix-all finds nothing',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
