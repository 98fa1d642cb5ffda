// Quick fixes as the light bulb offers them, and source.fixAll.gongwen on save.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, openReport, ruleOf } from './helpers';

suite('fixes', () => {
  test('a quick fix from the light bulb corrects the text and its diagnostic goes away', async () => {
    const editor = await openReport('quick-fix.txt');
    const doc = editor.document;
    const [comma] = (
      await diagnosticsOf(doc.uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'punctuation') })
    ).filter((d) => ruleOf(d) === 'punctuation');
    assert.strictEqual(doc.getText(comma.range), ',');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      comma.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred quick fix among ${JSON.stringify(titles)}`);
    // (vscode.executeCodeActionProvider returns no `diagnostics` on the actions: not checked.)
    // The others, as ESLint users know them: ignore this one, turn the rule off.
    assert.ok(
      actions.some((a) => a.command?.command === 'gongwen.ignoreFinding'),
      `no 忽略此处 among ${JSON.stringify(titles)}`,
    );
    assert.ok(
      actions.some((a) => a.command?.command === 'gongwen.disableRule'),
      `no disable-rule action among ${JSON.stringify(titles)}`,
    );

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the fix');
    assert.strictEqual(doc.lineAt(comma.range.start.line).text, '坚持稳中求进，推动发展。');
    await diagnosticsOf(doc.uri, { until: (ds) => !ds.some((d) => ruleOf(d) === 'punctuation') });
    assert.ok(doc.isDirty, 'the fix edits the buffer, not the file');
  });

  test('fix-all on save: with "source.fixAll.gongwen" in editor.codeActionsOnSave, saving fixes the safe findings', async () => {
    const config = vscode.workspace.getConfiguration('editor');
    await config.update(
      'codeActionsOnSave',
      { 'source.fixAll.gongwen': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
    );
    try {
      const editor = await openReport('fix-on-save.txt');
      const doc = editor.document;
      await diagnosticsOf(doc.uri, {
        until: (ds) =>
          ['punctuation', 'number-format', 'heading-marker', 'missing-number'].every((r) =>
            ds.some((d) => ruleOf(d) === r),
          ),
      });
      // Make it dirty so that the save is a real one (an unchanged file may be saved as is).
      assert.ok(await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n')));
      assert.ok(await doc.save(), 'save failed');

      assert.strictEqual(
        doc.getText(),
        [
          '2023年上半年工作总结',
          '一、总体情况',
          '坚持稳中求进，推动发展，完成投资9亿～16亿元。',
          '（一）坚持理论武装',
          '全年开展专题调研次。',
          '',
          '',
        ].join('\n'),
        'safe fixes applied, the blank left for the drafter',
      );
      assert.ok(!doc.isDirty, 'the fixed text is what was saved');
      const ds = await diagnosticsOf(doc.uri, {
        until: (ds) => !ds.some((d) => ['punctuation', 'number-format', 'heading-marker'].includes(ruleOf(d))),
      });
      assert.deepStrictEqual(ds.map(ruleOf), ['missing-number'], 'only the blank is left');
      // And the file on disk has the fixes.
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
      assert.ok(onDisk.includes('坚持稳中求进，推动发展，完成投资9亿～16亿元。'), `on disk: ${onDisk}`);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
