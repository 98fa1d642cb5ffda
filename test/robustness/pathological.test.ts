// Linear time on pathological input: the parser and each rule alone on 100,000-character runs
// (`*`, `一`, `（`, `的`, spaces, `一、`, `1.`, `“`, `…` and a few line-shaped runs) must take at
// most a generous multiple of their time on 10,000 characters, and never seconds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseReport, ReportModel, RULES } from '../../server/src/core';
import { segmenter } from '../helpers';
import { ALL_ON } from './invariants';

const UNITS = ['*', '一', '（', '的', ' ', '一、', '1.', '“', '…', '。', '，', 'XX', '某某', '𠮷', '一、\n', '（一）\n', '1.\n', '*\n', '一是', '\r\n'];
const SMALL = 10_000;
const BIG = 100_000;
/** Linear would be 10×; allow 30× (plus a floor for timer noise), and never 2 s. */
const RATIO = 30;
const FLOOR_MS = 30;
const CEILING_MS = 2000;

const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Least time of `f` over up to `runs` runs, stopping early once it is under `enough` ms. */
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

// Segmentation (nodejieba, not ours) is done once here, outside the timings; the cache then
// hands the same tokens to every parse below.
const cases: Case[] = UNITS.map((unit) => ({
  unit,
  small: parseReport(run(unit, SMALL), { segmenter }),
  big: parseReport(run(unit, BIG), { segmenter }),
}));

function assertLinear(what: string, unit: string, small: () => void, big: () => void): void {
  small(); // warm up
  const tSmall = minTime(small, 3);
  const bound = RATIO * tSmall + FLOOR_MS;
  const tBig = minTime(big, 3, bound);
  const label = `${what} on ${JSON.stringify(unit)}×${BIG}: ${tBig.toFixed(1)} ms vs ${tSmall.toFixed(1)} ms at ${SMALL}`;
  assert.ok(tBig <= bound, `${label} — more than ${RATIO}× for 10× the text`);
  assert.ok(tBig < CEILING_MS, `${label} — too slow`);
}

test('the parser is linear on pathological runs', () => {
  for (const c of cases) {
    assertLinear('parseReport', c.unit, () => parseReport(c.small.text, { segmenter }), () => parseReport(c.big.text, { segmenter }));
  }
});

for (const rule of RULES) {
  test(`${rule.id} is linear on pathological runs`, () => {
    for (const c of cases) {
      const check = (model: ReportModel) => () => {
        const a = analyze(model, ALL_ON, [rule]);
        if (a.failures.length) throw a.failures[0].error;
      };
      assertLinear(rule.id, c.unit, check(c.small), check(c.big));
    }
  });
}
