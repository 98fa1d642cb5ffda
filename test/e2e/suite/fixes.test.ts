// Quick fixes as the light bulb offers them, and source.fixAll.gongwen on save.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, openReport, ruleOf, zh } from './helpers';

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

  test('fix-all on save leaves a doubled clause and a duplicate paragraph to the quick fix, unless gongwen.fixAll.contentChanges', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor');
    const gongwen = vscode.workspace.getConfiguration('gongwen');
    await editorConfig.update(
      'codeActionsOnSave',
      { 'source.fixAll.gongwen': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
    );
    const paragraph = '坚持民主集中制原则，不断提高领导班子的执政能力和领导水平。';
    // Whether the fix-all the server offers now deletes the doubled clause (a setting reaches the
    // server a moment after it is written: wait for it rather than race it).
    const deletesClause = async (doc: vscode.TextDocument) => {
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          new vscode.Range(0, 0, 0, 0),
          'source.fixAll.gongwen',
        )) ?? [];
      return actions.some((a) =>
        (a.edit?.get(doc.uri) ?? []).some((e) => e.newText === '' && doc.getText(e.range).includes('安全生产责任制')),
      );
    };
    const saveFixed = async (name: string, content = false) => {
      const editor = await openReport(name);
      const doc = editor.document;
      await diagnosticsOf(doc.uri, {
        until: (ds) =>
          ['repeated-phrase', 'duplicate-paragraph', 'punctuation'].every((r) => ds.some((d) => ruleOf(d) === r)),
      });
      for (let waited = 0; content && !(await deletesClause(doc)) && waited < 20_000; waited += 250)
        await new Promise((r) => setTimeout(r, 250));
      assert.ok(await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n')));
      assert.ok(await doc.save(), 'save failed');
      return doc.getText();
    };
    try {
      assert.strictEqual(
        await saveFixed('content-fix.txt'),
        [
          '2023年工作总结',
          '一、总体情况',
          '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全，推进工作。',
          paragraph,
          paragraph,
          '',
          '',
        ].join('\n'),
        'by default: the comma and the word typed twice mended, the clause and the paragraph left to the drafter',
      );
      await gongwen.update('fixAll.contentChanges', true, vscode.ConfigurationTarget.Workspace);
      assert.strictEqual(
        await saveFixed('content-fix-allowed.txt', true),
        [
          '2023年工作总结',
          '一、总体情况',
          '认真落实安全生产责任制，压实各方责任，确保安全，推进工作。',
          paragraph,
          '',
          '',
        ].join('\n'),
        'with gongwen.fixAll.contentChanges: they go too',
      );
    } finally {
      await gongwen.update('fixAll.contentChanges', undefined, vscode.ConfigurationTarget.Workspace);
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the Source Action menu lists 用占位符标记所有空白 beside 修复所有可自动修复的问题', async () => {
    const editor = await openReport('rules.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, {
      until: (ds) => ['missing-number', 'punctuation', 'repeated-phrase'].every((r) => ds.some((d) => ruleOf(d) === r)),
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.Source.value,
    );
    const ours = actions.filter((a) => a.kind?.value.startsWith('source.fixAll.gongwen'));
    assert.deepStrictEqual(
      ours.map((a) => [a.title, a.kind?.value]),
      [
        [zh() ? '修复所有可自动修复的问题' : 'Fix all auto-fixable problems', 'source.fixAll.gongwen'],
        [zh() ? '用占位符标记所有空白' : 'Mark all blanks with the placeholder', 'source.fixAll.gongwen.placeholders'],
      ],
    );
  });
});
