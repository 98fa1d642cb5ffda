// Property test: generated drafts through parse + analyze with the real segmenter. No rule throws;
// every range is inside the text (never inside a surrogate pair or a CRLF); every fix applies and
// keeps the text outside its edits; combined fixes never overlap; fix-all converges and leaves
// nothing auto-fixable. A failure prints its seed: GONGWEN_FUZZ_SEED=<seed> reproduces the run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCaches, fixAll } from '../../server/src/core';
import { BASE_SEED, draft, piece, Rand } from './generate';
import { checkFindings, checkFixAll, findingsOf } from './invariants';

const CASES = Number(process.env.GONGWEN_FUZZ_CASES ?? 1500);

/** Runs `cases` drafts; reports the first few failures with their seeds. */
function run(cases: number, check: (text: string, format: 'plain' | 'markdown', r: Rand) => string[]): void {
  const failures: string[] = [];
  for (let i = 0; i < cases && failures.length < 5; i++) {
    const seed = BASE_SEED + i;
    const r = new Rand(seed);
    const text = draft(r);
    const format = r.chance(0.15) ? 'markdown' : 'plain';
    let problems: string[];
    try {
      problems = check(text, format, r);
    } catch (e) {
      problems = [`threw: ${e instanceof Error ? e.stack : String(e)}`];
    }
    if (problems.length)
      failures.push(
        `seed ${seed} (${format}, ${text.length} chars): ${[...new Set(problems)].slice(0, 3).join('\n    ')}`,
      );
  }
  if (failures.length)
    assert.fail(
      `base seed ${BASE_SEED}; reproduce one case with GONGWEN_FUZZ_SEED=<seed> GONGWEN_FUZZ_CASES=1\n  ${failures.join('\n  ')}`,
    );
}

test(`${CASES} generated drafts: no rule throws, every range and fix is sound`, () => {
  run(CASES, (text, format) => {
    const { findings, failures } = findingsOf(text, format);
    return [...failures, ...checkFindings(text, findings)];
  });
});

test(`${Math.ceil(CASES / 3)} generated drafts: fix-all converges, each round keeps the untouched text, the same as fixAll()`, () => {
  run(Math.ceil(CASES / 3), (text, format) => {
    const mine = checkFixAll(text, format);
    const theirs = fixAll(text, (t) => findingsOf(t, format).findings);
    return [...mine.problems, ...(theirs.text === mine.text ? [] : ['fixAll() differs from the checked rounds'])];
  });
});

test(`${Math.ceil(CASES / 5)} generated drafts, edited: re-checking with the rules' memos warm gives what a first analysis gives`, () => {
  run(Math.ceil(CASES / 5), (text, format, r) => {
    const caches = new AnalysisCaches(); // one document's caches, as the server keeps them
    findingsOf(text, format, caches); // warms the memos on the text before the edits
    for (let n = 1 + r.int(3); n > 0; n--) {
      const at = r.int(text.length + 1);
      const end = Math.min(text.length, at + r.int(4));
      text = text.slice(0, at) + (r.chance(0.8) ? piece(r) : '\n') + text.slice(end);
    }
    const warm = JSON.stringify(findingsOf(text, format, caches).findings);
    const cold = JSON.stringify(findingsOf(text, format, new AnalysisCaches()).findings);
    return warm === cold ? [] : ['findings differ with the memos warm and empty'];
  });
});

test('the generator covers what it claims (𠮷, emoji, CRLF, lone CR, NUL, masks, markers)', () => {
  const all = Array.from({ length: 300 }, (_, i) => draft(new Rand(BASE_SEED + i))).join('');
  for (const s of ['𠮷', '😀', '\r\n', '\0', '某某', 'XX', '*', '（一）', '一是', '\u3000'])
    assert.ok(all.includes(s), JSON.stringify(s));
  assert.match(all, /\r(?!\n)/);
});
