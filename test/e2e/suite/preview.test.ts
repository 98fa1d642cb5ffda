// 公文助手: 版式预览 and 导出为 Word in the real editor: the webview draws the report's pages,
// follows edits and the cursor (it reports what its DOM holds); the export refuses blanks.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, MARKDOWN_REPORT, openReport, SAMPLE_DRAFT, waitFor } from './helpers';

interface Rendered {
  kind: 'layout' | 'cursor';
  uri: string;
  version: number;
  pages: number;
  headings: string[];
  marks: number;
  activeText?: string;
}
type Api = Awaited<ReturnType<typeof activateExtension>> & { onDidRenderPreview: vscode.Event<Rendered> };

suite('layout preview', () => {
  test('opens beside the report, draws its pages and headings, follows edits and the cursor', async () => {
    const api = (await activateExtension()) as Api;
    const editor = await openReport(MARKDOWN_REPORT);
    const doc = editor.document;
    let last: Rendered | undefined;
    const sub = api.onDidRenderPreview((r) => (last = r));
    const drawn = (what: string, ok: (r: Rendered) => boolean) =>
      waitFor(
        what,
        api.onDidRenderPreview,
        () => (last && last.uri === doc.uri.toString() && ok(last) ? last : undefined),
        { describe: () => `last drawn: ${JSON.stringify(last)}` },
      );
    try {
      await vscode.commands.executeCommand('gongwen.showPreview');
      const first = await drawn(
        'the preview to draw the report',
        (r) => r.kind === 'layout' && r.headings.some((h) => h.startsWith('一、主要工作')),
      );
      assert.ok(first.pages >= 1);
      assert.ok(first.headings.includes('（一）抓好理论学习'), JSON.stringify(first.headings));
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      assert.ok(
        tabs.some((t) => t.input instanceof vscode.TabInputWebview),
        `a webview tab: ${tabs.map((t) => t.label).join(', ')}`,
      );
      assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the report keeps the focus');

      // An edit: a new level-1 heading at the end appears in the preview.
      const end = doc.positionAt(doc.getText().length);
      assert.ok(await editor.edit((b) => b.insert(end, '\n\n## 九、下步打算\n\n继续推进【待填】项工作。\n')));
      const edited = await drawn(
        'the preview to follow the edit',
        (r) => r.kind === 'layout' && r.version === doc.version && r.headings.includes('九、下步打算'),
      );
      assert.ok(edited.marks >= 1, 'the new blank is highlighted');

      // The cursor: the paragraph it is in is the preview's active one.
      const at = doc.positionAt(doc.getText().indexOf('新谋划储备项目') + 2);
      editor.selection = new vscode.Selection(at, at);
      const moved = await drawn(
        'the preview to follow the cursor',
        (r) => r.kind === 'cursor' && (r.activeText ?? '').startsWith('新谋划储备项目'),
      );
      assert.match(moved.activeText!, /总投资38\.6亿元/);
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('导出为 Word refuses a draft with blanks, and writes it when told to', async () => {
    await openReport(SAMPLE_DRAFT);
    const target = vscode.Uri.file(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-export-')), 'draft.docx'),
    );
    const refused = await vscode.commands.executeCommand<{
      written: boolean;
      blanks: Array<{ line: number; column: number }>;
    }>('gongwen.exportDocx', { target });
    assert.strictEqual(refused?.written, false);
    assert.ok(refused.blanks.length > 20, `blanks: ${refused.blanks.length}`);
    assert.deepStrictEqual(refused.blanks[0], { ...refused.blanks[0], line: 1, column: 7 });
    assert.ok(!fs.existsSync(target.fsPath));
    const written = await vscode.commands.executeCommand<{ written: boolean }>('gongwen.exportDocx', {
      target,
      allowBlanks: true,
    });
    assert.strictEqual(written?.written, true);
    assert.strictEqual(fs.readFileSync(target.fsPath).subarray(0, 2).toString(), 'PK', 'a zip (.docx) file');
  });
});
