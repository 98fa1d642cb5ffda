// The status bar item: 字数 (characters without whitespace) and 待填 (blanks) of the active report.
// Read through the small API the extension's activate() returns.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, openReport, ruleOf, SAMPLE_DRAFT, waitFor, zh } from './helpers';

const characters = (text: string) => [...text].filter((c) => !/\s/u.test(c)).length;
const blanks = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => ['missing-number', 'placeholder'].includes(ruleOf(d))).length;
const expectedText = (chars: number, n: number) =>
  zh() ? `$(edit) 字数 ${chars} · 待填 ${n}` : `$(edit) Chars ${chars} · Blanks ${n}`;

suite('status bar', () => {
  test('shows 字数 and 待填 of the active report and follows its edits', async () => {
    const api = await activateExtension();
    const editor = await openReport('status.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'missing-number') });
    const status = (what: string, expected: () => string) =>
      waitFor(what, api.onDidChangeStatus, () => (api.statusText() === expected() ? true : undefined), {
        describe: () => `status is ${JSON.stringify(api.statusText())}, expected ${JSON.stringify(expected())}`,
      });

    await status('the status of status.txt', () => expectedText(19, 1));
    assert.strictEqual(characters(doc.getText()), 19);

    // Filling the blank: two more characters, no blank left.
    const at = doc.getText().indexOf('调研') + 2;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), '12')));
    await status('the status after filling the blank', () => expectedText(21, 0));
  });

  test('counts the whole sample draft, and hides for other documents', async () => {
    const api = await activateExtension();
    const editor = await openReport(SAMPLE_DRAFT);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder') });
    const chars = characters(editor.document.getText());
    // The count follows the diagnostics as they arrive: compare with the current ones each time.
    const text = await waitFor(
      'the status of the sample draft',
      api.onDidChangeStatus,
      () => (api.statusText() === expectedText(chars, blanks(uri)) ? api.statusText() : undefined),
      {
        describe: () =>
          `status is ${JSON.stringify(api.statusText())}, expected ${JSON.stringify(expectedText(chars, blanks(uri)))}`,
      },
    );
    assert.ok(blanks(uri) > 20, `the draft has many blanks: ${text}`);
    if (zh()) assert.match(text, /字数 \d+ · 待填 \d+/);

    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    await waitFor('the status to hide', api.onDidChangeStatus, () => (api.statusText() === '' ? true : undefined), {
      describe: () => `status is ${JSON.stringify(api.statusText())}`,
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
