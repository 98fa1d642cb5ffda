// Linear time on pathological input (no catastrophic backtracking): the parser and each rule alone
// on 100,000-character runs of one unit (`*`, `一`, `（`, `的`, spaces, `X`, `某`, `。`, `…`, digits,
// `、` and more, some with line breaks so they make many paragraphs), ended by one other character,
// must take at most 8× their time
// on a quarter of the text (linear would be 4×). Times are compared, not bounded: no absolute limit
// that a slow machine would trip, only a floor for timer noise on very small times.
// The rules' per-paragraph memos are off here: every run is a first analysis.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseReport, ReportModel, RULES } from '../../server/src/core';
import { segmenter } from '../helpers';
import { ALL_ON } from './invariants';
import { corpusTables } from '../../server/src/host/tables';

const UNITS = [
  '*',
  '一',
  '（',
  '的',
  ' ',
  'X',
  '某',
  '。',
  '…',
  '1',
  '、',
  '\u3000',
  '“',
  '，',
  '(',
  '%',
  '𠮷',
  '\ud800',
  '一、',
  'XX',
  '某某',
  '（一）',
  '12.5',
  'www.',
  'a@',
  '*\n',
  '一、\n',
  '1.\n',
  '\r\n',
];
const BIG = 100_000;
const SMALL = BIG / 4;
/** Linear would be 4×; allow 8×, plus a floor for timer noise on small times. */
const RATIO = 8;
const FLOOR_MS = 25;

/**
 * `n` characters: the run, then one other character. A run that is the whole text can hide a
 * pattern such as /\s+$/, which is quadratic only when the run stops short of the end.
 */
const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1) + '字';

/** Least time of `f` over up to `runs` runs, stopping early once it is at most `enough` ms. */
function minTime(f: () => void, runs: number, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
    if (best <= enough) break;
  }
  return best;
}

interface Case {
  unit: string;
  small: ReportModel;
  big: ReportModel;
}

let cases: Case[] = [];

before(() => {
  // Segmentation (nodejieba, not ours) is done once here, outside the timings; the segmenter's
  // cache then hands the same tokens to every parse below.
  cases = UNITS.map((unit) => ({
    unit,
    small: parseReport(run(unit, SMALL), { segmenter }),
    big: parseReport(run(unit, BIG), { segmenter }),
  }));
});

/** Up to three tries, so that a pause of the machine (2 cores, other work) is not taken for a quadratic rule. */
function assertLinear(what: string, unit: string, small: () => void, big: () => void): void {
  small(); // warm up
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const tSmall = minTime(small, 2);
    const bound = RATIO * tSmall + FLOOR_MS;
    const tBig = minTime(big, 2, bound);
    if (tBig <= bound) return;
    last = `${tBig.toFixed(1)} ms vs ${tSmall.toFixed(1)} ms at ${SMALL}`;
  }
  assert.fail(`${what} on ${JSON.stringify(unit)}×${BIG}: ${last} — more than ${RATIO}× for 4× the text, three times`);
}

test('the generated inputs are what they claim', () => {
  for (const c of cases) {
    assert.equal(c.big.text.length, BIG);
    assert.equal(c.small.text.length, SMALL);
  }
  assert.ok(cases.every((c) => c.big.segmented));
});

test('the parser is linear on pathological runs', () => {
  for (const c of cases)
    assertLinear(
      'parseReport',
      c.unit,
      () => parseReport(c.small.text, { segmenter }),
      () => parseReport(c.big.text, { segmenter }),
    );
});

for (const rule of RULES) {
  test(`${rule.id} is linear on pathological runs`, () => {
    for (const c of cases) {
      const check = (model: ReportModel) => () => {
        const a = analyze(model, ALL_ON, { rules: [rule], tables: corpusTables() });
        if (a.failures.length) throw a.failures[0].error;
      };
      assertLinear(rule.id, c.unit, check(c.small), check(c.big));
    }
  });
}
