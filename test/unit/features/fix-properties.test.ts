// Properties of every edit path, over the sample drafts and published reports (and CRLF copies of
// the drafts): each fix applied alone through the LSP code action removes its finding, adds no
// warning and leaves the text outside its edit byte for byte; the same for fix-all and for marking
// all blanks. Edits go through LSP ranges (UTF-16 positions), as an editor applies them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import {
  AnalysisCaches,
  analyze,
  autoFixable,
  DEFAULT_OPTIONS,
  Finding,
  fixAllAction,
  getQuickFixes,
  LineIndex,
  markBlanksAction,
  RULES,
  SLOT_RULES,
  translator,
} from '../../../server/src/core';
import { fixAllEdits } from '../../../server/src/host/fixAll';
import type { WorkerSegmenter } from '../../../server/src/host/segmenter';
import { parse, segmenter } from '../../helpers';
import { corpusTables } from '../../../server/src/host/tables';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const files = ['drafts', 'published'].flatMap((dir) =>
  fs.readdirSync(path.join(SAMPLES, dir)).map((f) => path.join(SAMPLES, dir, f)),
);
const texts: Array<[string, string]> = files.map((f) => [path.relative(SAMPLES, f), fs.readFileSync(f, 'utf8')]);
// CRLF and a character outside the BMP before everything: positions are UTF-16 offsets.
for (const [name, text] of texts.filter(([n]) => n.startsWith('drafts')).slice())
  texts.push([`${name} (CRLF, 𠮷)`, `𠮷${text.replace(/\r?\n/g, '\r\n')}`]);

const options = { ...DEFAULT_OPTIONS, locale: 'zh-cn' as const };
const findingsOf = (text: string): Finding[] =>
  analyze(parse(text), options, { rules: RULES, tables: corpusTables() }).findings;
const isWarning = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function ctxFor(text: string) {
  return {
    uri: 'file:///report.txt',
    version: 1,
    index: new LineIndex(text),
    locale: 'zh-cn' as const,
    t: translator('zh-cn'),
    ignoreEntry: () => ({ rule: '', text: '' }),
  };
}

/** The action's text edits, applied as an editor would. */
function apply(text: string, action: CodeAction): { text: string; edits: TextEdit[] } {
  const change = action.edit?.documentChanges?.[0] as (TextDocumentEdit & { edits: TextEdit[] }) | undefined;
  assert.ok(change, `${action.title}: no edit`);
  const doc = TextDocument.create('file:///report.txt', 'plaintext', 1, text);
  return { text: TextDocument.applyEdits(doc, change.edits), edits: change.edits };
}

/** The text outside the edits is untouched: same prefix before the first, same suffix after the last. */
function assertOutsideUntouched(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const doc = TextDocument.create('file:///report.txt', 'plaintext', 1, before);
  const starts = edits.map((e) => doc.offsetAt(e.range.start));
  const ends = edits.map((e) => doc.offsetAt(e.range.end));
  const first = Math.min(...starts);
  const tail = before.length - Math.max(...ends);
  assert.equal(after.slice(0, first), before.slice(0, first), `${what}: text before the edit changed`);
  assert.equal(
    after.slice(after.length - tail),
    before.slice(before.length - tail),
    `${what}: text after the edit changed`,
  );
  // Between edits too: each stretch between two edits stays as it was.
  const sorted = edits
    .map((e, i) => ({ start: starts[i], end: ends[i], newText: e.newText }))
    .sort((a, b) => a.start - b.start);
  let shift = 0;
  for (let i = 0; i < sorted.length; i++) {
    shift += sorted[i].newText.length - (sorted[i].end - sorted[i].start);
    const next = sorted[i + 1];
    if (!next) break;
    const between = before.slice(sorted[i].end, next.start);
    assert.equal(
      after.slice(sorted[i].end + shift, next.start + shift),
      between,
      `${what}: text between two edits changed`,
    );
  }
  // No lone surrogate made.
  assert.ok(
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(after),
    `${what}: a surrogate pair split`,
  );
}

/** Warnings of `after` that `before` did not have (by rule and message, or by rule and place). */
function newWarnings(
  before: readonly Finding[],
  after: readonly Finding[],
  shiftAt: (offset: number) => number,
): Finding[] {
  const messages = new Set(before.map((f) => `${f.ruleId}\u0000${f.message}`));
  const places = new Set(before.map((f) => `${f.ruleId}\u0000${shiftAt(f.start)}\u0000${shiftAt(f.end)}`));
  return after
    .filter(isWarning)
    .filter(
      (f) => !messages.has(`${f.ruleId}\u0000${f.message}`) && !places.has(`${f.ruleId}\u0000${f.start}\u0000${f.end}`),
    );
}

/** The host's fix-all with the test's in-process segmenter (every model it parses is segmented at once). */
const inProcess = { segment: segmenter, ready: false, complete: async <T>(m: T) => m } as unknown as WorkerSegmenter;

const describe = (fs_: readonly Finding[]) => fs_.map((f) => `${f.ruleId}: ${f.message}`).join('\n');

for (const [name, text] of texts) {
  test(`every fix alone, through its code action: ${name}`, () => {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    let tried = 0;
    for (const f of findings) {
      const actions = getQuickFixes([f], { start: f.start, end: f.end }, ctx).filter(
        (a) => a.edit && a.diagnostics?.length,
      );
      for (const action of actions) {
        tried++;
        const what = `${f.ruleId} 「${text.slice(f.start, f.end)}」 → ${action.title}`;
        const { text: after, edits } = apply(text, action);
        assertOutsideUntouched(text, after, edits, what);
        const index = ctx.index;
        const delta = after.length - text.length;
        const editEnd = Math.max(...edits.map((e) => index.offsetAt(e.range.end)));
        const shiftAt = (o: number) => (o >= editEnd ? o + delta : o);
        const again = findingsOf(after);
        const same = again.filter(
          (g) =>
            g.ruleId === f.ruleId &&
            g.start === shiftAt(f.start) &&
            g.end === shiftAt(f.end) &&
            g.message === f.message,
        );
        // A blank marked with the placeholder stays listed, as information: it is still to fill in.
        if (!SLOT_RULES.includes(f.ruleId))
          assert.deepEqual(
            same.map((g) => g.message),
            [],
            `${what}: the finding is still there`,
          );
        assert.equal(describe(newWarnings(findings, again, shiftAt)), '', `${what}: new warnings`);
      }
    }
    assert.ok(
      tried > 0 || findings.every((f) => f.fixes.every((x) => x.command || x.edits.length === 0)),
      'some fix was tried',
    );
  });

  test(`fix-all: ${name}`, async () => {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    const edits = await fixAllEdits(
      text,
      findings,
      'plain',
      inProcess,
      options,
      RULES,
      new AnalysisCaches(),
      autoFixable,
    );
    const fixAll = fixAllAction(edits, ctx);
    if (fixAll) {
      const { text: after, edits: applied } = apply(text, fixAll);
      assertOutsideUntouched(text, after, applied, 'fix-all');
      const again = findingsOf(after);
      const fixable = again.filter((f) => f.fixes.some((x) => x.safe && x.edits.length && autoFixable(f, x)));
      assert.equal(describe(fixable), '', 'fix-all leaves something it could fix');
      assert.equal(describe(newWarnings(findings, again, (o) => o)), '', 'fix-all draws new warnings');
    }
  });

  test(`marking all blanks: ${name}`, async () => {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    const isBlank = (f: Finding) => SLOT_RULES.includes(f.ruleId);
    const marking = markBlanksAction(
      await fixAllEdits(text, findings, 'plain', inProcess, options, RULES, new AnalysisCaches(), isBlank),
      ctx,
    );
    if (marking) {
      const { text: after, edits: applied } = apply(text, marking);
      assertOutsideUntouched(text, after, applied, 'marking all blanks');
      const again = findingsOf(after);
      assert.equal(
        describe(again.filter((f) => SLOT_RULES.includes(f.ruleId) && isWarning(f))),
        '',
        'a blank left unmarked',
      );
      assert.equal(
        describe(newWarnings(findings, again, (o) => o).filter((f) => !SLOT_RULES.includes(f.ruleId))),
        '',
        'marking draws new warnings',
      );
    }
  });
}
