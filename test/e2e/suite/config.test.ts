// Settings and files changing under the editor: `.gongwenrc.json` edited by another program,
// checked files deleted or renamed, and word wrap for reports.

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  activateExtension,
  diagnosticsOf,
  EXTENSION_ID,
  openReport,
  ruleOf,
  summarize,
  workspaceFile,
} from './helpers';

const has = (rule: string) => (ds: readonly vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);
/** Long enough for a watcher event and a re-check; far less than the 30 s of a cold start. */
const WATCH_DEADLINE_MS = 15_000;

suite('config', () => {
  test('.gongwenrc.json written by another program applies at once to every open report, and again when it goes', async () => {
    const one = (await openReport('rc/one.txt')).document;
    const two = (await openReport('rc/two.txt')).document;
    for (const doc of [one, two])
      await diagnosticsOf(doc.uri, { until: (ds) => has('punctuation')(ds) && has('missing-number')(ds) });
    const rc = workspaceFile('rc/.gongwenrc.json').fsPath;
    fs.writeFileSync(rc, JSON.stringify({ rules: { punctuation: 'off' } }));
    try {
      for (const doc of [one, two]) {
        const ds = await diagnosticsOf(doc.uri, {
          until: (ds) => !has('punctuation')(ds) && has('missing-number')(ds),
          deadlineMs: WATCH_DEADLINE_MS,
        });
        assert.ok(ds.length > 0, summarize(ds));
      }
    } finally {
      fs.unlinkSync(rc);
    }
    for (const doc of [one, two])
      await diagnosticsOf(doc.uri, { until: has('punctuation'), deadlineMs: WATCH_DEADLINE_MS });
  });

  test("a workspace check's findings of a file deleted or renamed (outside VS Code) leave Problems", async () => {
    await openReport('quick-fix.txt');
    const deleted = workspaceFile('moved/delete-me.txt');
    const renamed = workspaceFile('moved/rename-me.txt');
    await vscode.commands.executeCommand('gongwen.checkWorkspace');
    for (const uri of [deleted, renamed]) await diagnosticsOf(uri, { until: has('missing-number') });
    fs.unlinkSync(deleted.fsPath);
    fs.renameSync(renamed.fsPath, workspaceFile('moved/renamed.txt').fsPath);
    for (const uri of [deleted, renamed])
      await diagnosticsOf(uri, { until: (ds) => ds.length === 0, deadlineMs: WATCH_DEADLINE_MS });
  });

  test('reports wrap: the report language wraps by default; one click makes a .txt a report, other .txt files stay as they are', async () => {
    await activateExtension();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { menus: Record<string, Array<{ command: string; when?: string }>> };
    };
    assert.ok(
      manifest.contributes.menus['editor/title']?.some(
        (m) => m.command === 'gongwen.openAsReport' && /plaintext/.test(m.when ?? ''),
      ),
      'a button in the title bar of plain-text editors',
    );
    // The report language's own defaults: wrapped, Chinese line breaking, and no box around every
    // full-width mark (，（）) when the display language is not Chinese.
    const defaults = vscode.workspace.getConfiguration('editor', { languageId: 'gongwen-report' });
    assert.strictEqual(defaults.get('wordWrap'), 'on');
    assert.strictEqual(defaults.get('wordBreak'), 'normal', 'breaks between Han characters, as Chinese is set');
    assert.strictEqual(defaults.get('unicodeHighlight.ambiguousCharacters'), false, 'no boxed punctuation');

    const other = (await openReport('quick-fix.txt')).document;
    const editor = await openReport('wrap.txt');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'plaintext');
    const wrapOf = (d: vscode.TextDocument) => vscode.workspace.getConfiguration('editor', d).get<string>('wordWrap');
    const before = wrapOf(other);
    await vscode.commands.executeCommand('gongwen.openAsReport');
    const report = vscode.window.activeTextEditor!.document;
    assert.strictEqual(report.uri.toString(), doc.uri.toString());
    assert.strictEqual(report.languageId, 'gongwen-report');
    assert.strictEqual(wrapOf(report), 'on', 'a report wraps');
    // Still checked as a report.
    await diagnosticsOf(report.uri, { until: has('missing-number') });
    assert.strictEqual(other.languageId, 'plaintext', 'another .txt is not touched');
    assert.strictEqual(wrapOf(other), before, 'nor its word wrap');

    // The workspace-wide choice, made explicitly: every .txt here opens as a report.
    const files = vscode.workspace.getConfiguration('files');
    await vscode.commands.executeCommand('gongwen.treatTxtAsReports');
    try {
      assert.strictEqual(
        files.inspect<Record<string, string>>('associations')?.workspaceValue?.['*.txt'],
        'gongwen-report',
      );
      assert.strictEqual(
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === other.uri.toString())?.languageId,
        'gongwen-report',
      );
      assert.strictEqual(files.inspect('associations')?.globalValue, undefined, 'the user settings stay as they are');
    } finally {
      await files.update('associations', undefined, vscode.ConfigurationTarget.Workspace);
      for (const d of vscode.workspace.textDocuments)
        if (d.languageId === 'gongwen-report' && d.uri.path.endsWith('.txt'))
          await vscode.languages.setTextDocumentLanguage(d, 'plaintext');
    }
  });
});
