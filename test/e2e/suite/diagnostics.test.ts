// Diagnostics published by the language server, as the Problems panel gets them: every rule
// on one short document (workspace/rules.txt), and the plumbing on the sample draft.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsOf, lineOf, openReport, ruleOf, SAMPLE_DRAFT, summarize } from './helpers';

/** [rule, a text on the line of the finding, the exact text the finding covers]. */
const EXPECTED: Array<[string, string, string]> = [
  ['heading-punctuation', '一、总体情况。', '。'],
  ['outdated-term', '坚强领导下', '以习近平同志为总书记的党中央'],
  ['missing-number', '新录用公务员人', '员人'],
  ['placeholder', 'XX同志', 'XX'],
  ['punctuation', '稳中求进,推动', ','],
  ['number-format', '9～16亿元', '9～16亿'],
  ['repeated-phrase', '推进推进', '推进'],
  ['copy-residue', '来源：公众号', '来源：公众号“笔杆子写作”'],
  ['duplicate-paragraph', '保持高度一致', '领导班子坚决贯彻落实党的路线、方针、政策，始终同党中央保持高度一致。'],
  ['heading-marker', '（一）、坚持理论武装', '（一）、'],
  ['heading-sequence', '（四）坚持制度建设', '（四）'],
  ['heading-level', '（一）坚持制度建设', '（一）'],
];
const RULES = EXPECTED.map(([rule]) => rule);

suite('diagnostics', () => {
  test('every rule reports on rules.txt, each covering exactly its text', async () => {
    const editor = await openReport('rules.txt');
    const doc = editor.document;
    // The segmentation rules arrive a moment after the character rules: wait for all twelve.
    const diagnostics = await diagnosticsOf(doc.uri, {
      until: (ds) => RULES.every((r) => ds.some((d) => ruleOf(d) === r)),
    });

    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'gongwen', `unexpected source of ${JSON.stringify(d.message)}`);
      assert.ok(RULES.includes(ruleOf(d)), `unexpected rule ${ruleOf(d)}: ${d.message}`);
      assert.ok(d.message.length > 0);
    }
    const duplicateLine = doc.getText().split('\n').lastIndexOf(EXPECTED[8][2]);
    for (const [rule, onLine, covered] of EXPECTED) {
      const line = rule === 'duplicate-paragraph' ? duplicateLine : lineOf(doc, onLine);
      const ofRule = diagnostics.filter((d) => ruleOf(d) === rule);
      const texts = ofRule.map((d) => `${d.range.start.line}:${doc.getText(d.range)}`);
      assert.ok(
        ofRule.some((d) => d.range.start.line === line && doc.getText(d.range) === covered),
        `${rule}: expected ${JSON.stringify(covered)} on line ${line}, found ${JSON.stringify(texts)}`,
      );
    }
    // Severities as the rules define them: blanks and slips are warnings, style is information.
    const severity = (rule: string) => diagnostics.find((d) => ruleOf(d) === rule)!.severity;
    assert.strictEqual(severity('missing-number'), vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(severity('heading-punctuation'), vscode.DiagnosticSeverity.Information);
    // The duplicate points at the first copy.
    const duplicate = diagnostics.find((d) => ruleOf(d) === 'duplicate-paragraph')!;
    assert.strictEqual(duplicate.relatedInformation?.[0]?.location.range.start.line, lineOf(doc, '来源：公众号') - 1);
  });

  test('the sample draft gets diagnostics from gongwen only, placed on its text', async () => {
    const editor = await openReport(SAMPLE_DRAFT);
    const diagnostics = await diagnosticsOf(editor.document.uri, {
      until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder'),
    });
    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'gongwen', `unexpected source of ${JSON.stringify(d.message)}`);
      assert.ok(editor.document.validateRange(d.range).isEqual(d.range), `${ruleOf(d)}: range outside the document`);
    }
    // Its masked names (*, **) are blanks.
    assert.ok(
      diagnostics.some((d) => ruleOf(d) === 'placeholder' && /^\*+$/.test(editor.document.getText(d.range))),
      summarize(diagnostics),
    );
  });
});
