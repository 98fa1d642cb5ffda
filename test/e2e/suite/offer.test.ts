// A plain-text .txt that reads as a report: offered once per workspace to open as a 公文报告 (the
// answer itself is clicked in run.mjs's report-offer pass, in a fresh workspace).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, nextEvent, openReport, zh } from './helpers';

suite('report offer', () => {
  test('a report-like .txt is offered once per workspace, with 作为公文报告打开 / 本工作区都这样 / 不再提示; nothing is switched unasked', async () => {
    const api = await activateExtension();
    // Earlier tests have opened report-like .txt files: the offer may have been made already.
    if (api.reportOffer.answer === undefined)
      await nextEvent('the offer', api.reportOffer.onDidOffer, () => openReport('wrap.txt'));
    const offer = api.reportOffer.last;
    assert.ok(offer, 'the offer was made in this session');
    assert.deepStrictEqual(
      offer.choices,
      zh()
        ? ['作为公文报告打开', '本工作区都这样', '不再提示']
        : ['Open as Report', 'All .txt Files in This Workspace', "Don't Ask Again"],
    );
    assert.match(offer.message, zh() ? /像是一篇公文报告/ : /looks like a report/);
    assert.strictEqual(api.reportOffer.answer, 'asked', 'not answered: the notification is left alone here');

    // Once per workspace: another report opens with no second offer, and as plain text still.
    let again = 0;
    const sub = api.reportOffer.onDidOffer(() => again++);
    try {
      const other = (await openReport('outline.txt')).document;
      await diagnosticsOf(other.uri, { until: (ds) => ds.length >= 0 });
      const note = (await openReport('note.txt')).document;
      await diagnosticsOf(note.uri);
      assert.strictEqual(again, 0, 'no second offer');
      assert.strictEqual(other.languageId, 'plaintext', 'nothing switched without an answer');
      assert.strictEqual(vscode.workspace.getConfiguration('files').inspect('associations')?.workspaceValue, undefined);
    } finally {
      sub.dispose();
    }
  });
});
