import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, combinableFixes, DEFAULT_OPTIONS, fixAll, RULES } from '../../../server/src/core';
import { parse } from '../../helpers';

const PUBLISHED = path.resolve(__dirname, '../../fixtures/samples/published');
const HEADING_RULES = RULES.filter((r) =>
  ['heading-sequence', 'heading-marker', 'heading-level', 'heading-punctuation'].includes(r.id),
);
const reports = fs
  .readdirSync(PUBLISHED)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The heading rules' findings on `text`, with skipped-level hints switched on. */
function headingFindings(text: string) {
  const result = analyze(
    parse(text),
    { ...DEFAULT_OPTIONS, rules: { 'heading-level': 'hint' } },
    { rules: HEADING_RULES },
  );
  assert.deepEqual(result.failures, []);
  return result.findings;
}

test('published reports: the four heading rules are all present, and find nothing at all', () => {
  assert.equal(HEADING_RULES.length, 4);
  assert.ok(reports.length >= 5, PUBLISHED);
  for (const file of reports) {
    const text = fs.readFileSync(path.join(PUBLISHED, file), 'utf8');
    const found = headingFindings(text);
    assert.deepEqual(
      found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)} ${f.message}`),
      [],
      file,
    );
  }
});

test('published reports: a level-2 gap and a （一）、 marker are flagged, and fix-all restores the text exactly', () => {
  let tried = 0;
  for (const file of reports) {
    const original = fs.readFileSync(path.join(PUBLISHED, file), 'utf8');
    const level2 = parse(original).allHeadings.filter((h) => h.level === 2);
    if (level2.length < 3) continue;
    tried++;
    // Change the middle one's number (（三） → （四）: a gap) and write the first as （一）、.
    const gap = level2[Math.floor(level2.length / 2)];
    const first = level2[0];
    const broken =
      original.slice(0, first.marker.end) +
      '、' +
      original.slice(first.marker.end, gap.marker.start) +
      `（${'一二三四五六七八九十'[gap.ordinal]}）` +
      original.slice(gap.marker.end);
    const found = headingFindings(broken);
    const lineOf = (offset: number) => broken.slice(0, offset).split('\n').length;
    assert.deepEqual(
      found.map((f) => [f.ruleId, lineOf(f.start)]),
      [
        ['heading-marker', first.line + 1],
        ['heading-sequence', gap.line + 1],
      ],
      file,
    );
    const fixed = fixAll(broken, headingFindings);
    assert.equal(fixed.text, original, file);
    assert.deepEqual(combinableFixes(headingFindings(fixed.text)), [], file);
  }
  assert.ok(tried >= 3);
});

test('a broken excerpt: the four rules fix together without overlapping, and a second run finds nothing fixable', () => {
  const broken = [
    '2023年上半年工作总结',
    '一、注重固本强基。',
    '(一)、坚持理论武装',
    '一是加强学习。第二，规范党内生活。三是严格考核。',
    '（三）严守政治纪律',
    '1、加强组织领导',
    '3．开展专题调研',
    '（三）坚持制度建设',
    '三、全面履职尽责',
    '（一）着力推进全面振兴',
    '四、坚持守土有责',
  ].join('\r\n');
  const clean = [
    '2023年上半年工作总结',
    '一、注重固本强基',
    '（一）坚持理论武装',
    '一是加强学习。二是规范党内生活。三是严格考核。',
    '（二）严守政治纪律',
    '1.加强组织领导',
    '2.开展专题调研',
    '（三）坚持制度建设',
    '二、全面履职尽责',
    '（一）着力推进全面振兴',
    '三、坚持守土有责',
  ].join('\r\n');
  const before = headingFindings(broken);
  assert.deepEqual(before.map((f) => f.ruleId).sort(), [
    'heading-marker',
    'heading-marker',
    'heading-marker', // (一)、 1、 3．
    'heading-punctuation', // 一、…。
    'heading-sequence',
    'heading-sequence',
    'heading-sequence',
    'heading-sequence', // （三） 3． 第二 三、
  ]);
  // Within each rule, no two safe fixes overlap, so one round applies them all.
  for (const id of ['heading-sequence', 'heading-marker', 'heading-punctuation']) {
    const own = before.filter((f) => f.ruleId === id);
    assert.equal(combinableFixes(own).length, own.length, id);
  }
  const fixed = fixAll(broken, headingFindings);
  assert.equal(fixed.text, clean);
  assert.ok(fixed.rounds <= 3, String(fixed.rounds));
  assert.deepEqual(combinableFixes(headingFindings(fixed.text)), []);
  assert.deepEqual(headingFindings(fixed.text), []);
});

test('marker and sequence fixes on the same marker converge in a second round', () => {
  // ① and １ are rewritten whole by heading-marker, which overlaps the renumbering: it waits a round.
  const cases: Array<[string, string]> = [
    ['①、甲\n③、乙\n④乙', '（1）甲\n（2）乙\n（3）乙'],
    ['１、甲\n３．乙', '1.甲\n2.乙'],
  ];
  for (const [broken, clean] of cases) {
    const fixed = fixAll(broken, headingFindings);
    assert.equal(fixed.text, clean, broken);
    assert.equal(fixed.rounds, 2, broken);
  }
});
