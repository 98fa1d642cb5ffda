// The manifest and the messages in VS Code's display language (Chinese under run.mjs, which
// installs a zh-cn language pack; English under a default @vscode/test-electron run).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, EXTENSION_ID, openReport, ruleOf, zh } from './helpers';

const HAN = /[\u4e00-\u9fff]/;

suite('l10n', () => {
  test('contributed commands are registered, with titles in the display language', async () => {
    await activateExtension();
    type Localized = string | { value: string; original: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: Array<{ command: string; title: Localized; category?: Localized }> };
    };
    // The manifest as VS Code holds it: %keys% replaced, as strings or { value, original }.
    const text = (s: Localized | undefined) => (typeof s === 'object' ? s.value : (s ?? ''));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of manifest.contributes.commands) {
      assert.ok(registered.has(c.command), `${c.command} is contributed but not registered`);
      assert.ok(
        !/%/.test(text(c.title)) && !/%/.test(text(c.category)),
        `${c.command}: untranslated title ${JSON.stringify(c.title)}`,
      );
      assert.strictEqual(
        HAN.test(text(c.title)),
        zh(),
        `${c.command}: title ${JSON.stringify(c.title)} in display language ${vscode.env.language}`,
      );
    }
  });

  test('diagnostic messages are in the display language', async () => {
    const editor = await openReport('status.txt');
    const [d] = (
      await diagnosticsOf(editor.document.uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'missing-number') })
    ).filter((d) => ruleOf(d) === 'missing-number');
    assert.strictEqual(
      HAN.test(d.message.replace(/「.*?」|“.*?”/g, '')),
      zh(),
      `message ${JSON.stringify(d.message)} in display language ${vscode.env.language}`,
    );
  });
});
