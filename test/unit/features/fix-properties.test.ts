// Properties of every edit path, over the sample drafts and published reports (and CRLF copies of
// the drafts): each fix applied alone through the LSP code action removes its finding, adds no
// warning and leaves the text outside its edit byte for byte; the same for fix-all and for marking
// all blanks. Edits go through LSP ranges (UTF-16 positions), as an editor applies them. Besides the
// samples, a text of slips written here makes every rule fire; each group of texts must give every
// property something to check (a floor), so that no test passes with the rules finding nothing.

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
  FixAccept,
  Finding,
  fixAllAction,
  fixAll as coreFixAll,
  getQuickFixes,
  LineIndex,
  markBlanksAction,
  RULES,
  SLOT_RULES,
  translator,
} from '../../../server/src/core';
import { FixAllSetup, fixAllEdits, RoundSegmenter } from '../../../server/src/host/fixAll';
import { parse, segmenter } from '../../helpers';
import { corpusTables } from '../../../server/src/host/tables';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const files = ['drafts', 'published'].flatMap((dir) =>
  fs.readdirSync(path.join(SAMPLES, dir)).map((f) => path.join(SAMPLES, dir, f)),
);
const texts: Array<[string, string]> = files.map((f) => [path.relative(SAMPLES, f), fs.readFileSync(f, 'utf8')]);
// CRLF and a character outside the BMP before everything: positions are UTF-16 offsets.
// Slips the samples do not hold, written for this test, so that every rule fires somewhere.
const SLIPS = [
  '2023年工作总结',
  '上半年以来，我局扎实推进各项工作，完成投资**万元。',
  '一、2022年工作回顾',
  '（一）抓学习',
  '1.加强学习',
  '（1）个人自学',
  '（2）集中研讨',
  '（一）专题辅导',
  '2.开展调研',
  '（二）、抓调研',
  '三、存在问题',
  '*市领导班子始终紧扣中央部署。',
  '在以习近平同志为总书记的党中央坚强领导下，投资9～16亿元。',
  '今年重点做好以下四个方面工作：一是抓学习；二是抓调研；三是抓整改。',
  '存在三个方面的问题。一是学习不深，二是调研不实。',
  '截止2023年底，全镇完成投资3亿元。',
  '报名截至日期为6月1日。',
  '全区上下以区城建设为重点，推进区乡两级工作，区处级干部带头下沉，区直机关走访区城商户。',
  '（一）稳住农业基本盘。',
  '正文。',
  '（二）办好民生实事',
  '正文。',
  '（三）守牢安全底线。',
  '正文。',
  '全年共召开会议12次,完成任务。',
  '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全，推进推进工作。',
  '我们坚持问题导向，狠抓工作落实，确保各项任务落地见效。',
  '我们坚持问题导向，狠抓工作落实，确保各项任务落地见效。',
  '来源：新华网 2023-05-01 10:30',
  '责任编辑：王某',
].join('\n');
texts.push(['slips', SLIPS]);
for (const [name, text] of texts.filter(([n]) => n.startsWith('drafts') || n === 'slips').slice())
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
const inProcess: RoundSegmenter = { segment: segmenter, ready: false, complete: async (m) => m };
const setup = (accept: FixAccept): FixAllSetup => ({
  format: 'plain',
  segmenter: inProcess,
  options,
  rules: RULES,
  caches: new AnalysisCaches(),
  accept,
});

const describe = (fs_: readonly Finding[]) => fs_.map((f) => `${f.ruleId}: ${f.message}`).join('\n');

/** Every fix alone, through its code action, on one text; returns how many were tried. */
function eachFixAlone(name: string, text: string): number {
  {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    let tried = 0;
    for (const f of findings) {
      const actions = getQuickFixes([f], { start: f.start, end: f.end }, ctx).filter(
        (a) => a.edit && a.diagnostics?.length,
      );
      for (const action of actions) {
        tried++;
        const what = `${name}: ${f.ruleId} 「${text.slice(f.start, f.end)}」 → ${action.title}`;
        triedBy.add(f.ruleId);
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
    return tried;
  }
}

/** Fix-all on one text; returns whether it was offered. */
async function fixAllOn(name: string, text: string): Promise<boolean> {
  {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    const edits = await fixAllEdits(text, findings, setup(autoFixable));
    const fixAll = fixAllAction(edits, ctx);
    if (fixAll) {
      const { text: after, edits: applied } = apply(text, fixAll);
      assert.equal(after, coreFixAll(text, findingsOf).text, `${name}: the server's fix-all is not the CLI's`);
      assertOutsideUntouched(text, after, applied, `${name}: fix-all`);
      const again = findingsOf(after);
      const fixable = again.filter((f) => f.fixes.some((x) => x.safe && x.edits.length && autoFixable(f, x)));
      assert.equal(describe(fixable), '', `${name}: fix-all leaves something it could fix`);
      assert.equal(describe(newWarnings(findings, again, (o) => o)), '', `${name}: fix-all draws new warnings`);
    }
    return !!fixAll;
  }
}

/** Marking all blanks on one text; returns whether it was offered. */
async function markingOn(name: string, text: string): Promise<boolean> {
  {
    const findings = findingsOf(text);
    const ctx = ctxFor(text);
    const isBlank = (f: Finding) => SLOT_RULES.includes(f.ruleId);
    const marking = markBlanksAction(await fixAllEdits(text, findings, setup(isBlank)), ctx);
    if (marking) {
      const { text: after, edits: applied } = apply(text, marking);
      assertOutsideUntouched(text, after, applied, `${name}: marking all blanks`);
      const again = findingsOf(after);
      assert.equal(
        describe(again.filter((f) => SLOT_RULES.includes(f.ruleId) && isWarning(f))),
        '',
        `${name}: a blank left unmarked`,
      );
      assert.equal(
        describe(newWarnings(findings, again, (o) => o).filter((f) => !SLOT_RULES.includes(f.ruleId))),
        '',
        `${name}: marking draws new warnings`,
      );
    }
    return !!marking;
  }
}

// The cases: each group of texts must have something for every property (a fix tried, fix-all and
// marking offered somewhere in it), so that no case passes by finding nothing.
const groups: Array<[string, Array<[string, string]>]> = [
  ['the sample drafts and published reports', texts.filter(([n]) => !n.startsWith('slips') && !n.includes('CRLF'))],
  ['the sample drafts with CRLF and 𠮷', texts.filter(([n]) => n.startsWith('drafts') && n.includes('CRLF'))],
  ['the slips written for this test, and with CRLF and 𠮷', texts.filter(([n]) => n.startsWith('slips'))],
];
const triedBy = new Set<string>();

for (const [group, members] of groups) {
  test(`every fix alone, through its code action: ${group}`, () => {
    let tried = 0;
    for (const [name, text] of members) tried += eachFixAlone(name, text);
    assert.ok(tried > 0, `no fix tried in ${members.map(([n]) => n).join(', ')}`);
  });
  test(`fix-all: ${group}`, async () => {
    let offered = 0;
    for (const [name, text] of members) if (await fixAllOn(name, text)) offered++;
    assert.ok(offered > 0, `fix-all offered in none of ${members.map(([n]) => n).join(', ')}`);
  });
  test(`marking all blanks: ${group}`, async () => {
    let offered = 0;
    for (const [name, text] of members) if (await markingOn(name, text)) offered++;
    assert.ok(offered > 0, `marking all blanks offered in none of ${members.map(([n]) => n).join(', ')}`);
  });
}

test('the cases hold a finding of every rule, and a fix of every rule tagged fixable was tried', () => {
  const fired = new Set(texts.flatMap(([, text]) => findingsOf(text).map((f) => f.ruleId)));
  assert.deepEqual(
    RULES.map((r) => r.id).filter((id) => !fired.has(id)),
    [],
    'rules that fire in none of the texts',
  );
  assert.deepEqual(
    RULES.filter((r) => r.tags.includes('fixable') && !triedBy.has(r.id)).map((r) => r.id),
    [],
    'rules tagged fixable whose fix was never tried (run the whole file)',
  );
});
