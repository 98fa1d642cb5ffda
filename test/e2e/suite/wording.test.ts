// What the drafter reads: rule names in menu titles, message excerpts, the fill-value input box.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, nextEvent, openReport, positionOf, ruleOf, zh } from './helpers';

const HAN = /[\u4e00-\u9fff]/;
const RULE_IDS =
  /\b(missing-number|placeholder|repeated-phrase|heading-[a-z]+|copy-residue|duplicate-paragraph|punctuation|number-format|outdated-term)\b/;

suite('wording', () => {
  test('menu titles name rules by their names (缺少数字), not their ids', async () => {
    const editor = await openReport('rules.txt');
    const doc = editor.document;
    const ds = await diagnosticsOf(doc.uri, {
      until: (ds) => ds.some((d) => ruleOf(d) === 'punctuation') && ds.some((d) => ruleOf(d) === 'repeated-phrase'),
    });
    const comma = ds.find((d) => ruleOf(d) === 'punctuation')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      comma.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    const disable = actions.find((a) => a.command?.command === 'gongwen.disableRule');
    assert.ok(disable, `no disable-rule action among ${JSON.stringify(titles)}`);
    for (const title of titles) assert.ok(!RULE_IDS.test(title), `a rule id in ${JSON.stringify(title)}`);
    if (zh())
      assert.ok(
        titles.some((t) => /标点/.test(t)),
        `the rule's Chinese name in ${JSON.stringify(titles)}`,
      );
  });

  test('message excerpts end at a word, with their quotes and brackets balanced', async () => {
    const editor = await openReport('navigate.txt');
    const ds = await diagnosticsOf(editor.document.uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder') });
    const name = ds.find((d) => ruleOf(d) === 'placeholder')!;
    assert.ok(!/任职以」/.test(name.message), `cut mid-word: ${name.message}`);
    for (const d of (await diagnosticsOf(vscode.Uri.joinPath(editor.document.uri, '..', 'rules.txt'), {})).concat(ds)) {
      for (const m of d.message.matchAll(/「([^」]*)」|（([^）]*)）$/g)) {
        const quoted = m[1] ?? m[2] ?? '';
        const count = (re: RegExp) => (quoted.match(re) ?? []).length;
        assert.strictEqual(count(/“/g), count(/”/g), `unbalanced quotes in ${d.message}`);
        assert.strictEqual(count(/（/g), count(/）/g), `unbalanced brackets in ${d.message}`);
      }
    }
  });

  test('the fill-value input box shows the sentence around the blank and asks for a number or a name as fits', async () => {
    const api = await activateExtension();
    const editor = await openReport('navigate.txt');
    const doc = editor.document;
    await diagnosticsOf(doc.uri, {
      until: (ds) => ds.filter((d) => ['missing-number', 'placeholder'].includes(ruleOf(d))).length === 3,
    });
    const ask = async (at: vscode.Position) => {
      editor.selection = new vscode.Selection(at, at);
      const shown = nextEvent('the fill-value input box', api.onDidAskValue, () => {
        void vscode.commands.executeCommand('gongwen.fillValueAtCursor');
      });
      const options = await shown;
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return options;
    };
    const number = await ask(positionOf(doc, '全年'));
    assert.ok(number.prompt?.includes('全年开展专题调研＿＿次'), `prompt: ${number.prompt}`);
    assert.match(String(number.title), zh() ? /数值/ : /number/i);
    const name = await ask(positionOf(doc, 'XX'));
    assert.ok(name.prompt?.includes('＿＿同志任职以来表现突出'), `prompt: ${name.prompt}`);
    assert.match(String(name.title), zh() ? /名称/ : /name/i);
    assert.ok(HAN.test(String(name.prompt)));
    assert.strictEqual(doc.isDirty, false, 'closing the box writes nothing');
  });
});
