// Property test: generated drafts through parse + analyze with the real segmenter. No rule throws;
// every range is inside the text (never inside a surrogate pair or a CRLF); every fix applies and
// keeps the text outside its edits; combined fixes never overlap; fix-all converges and leaves
// nothing auto-fixable. A failure prints its seed: GONGWEN_FUZZ_SEED=<seed> reproduces the run.
// Each test has a floor, so that it cannot pass by finding nothing: every rule fires somewhere in the
// drafts and every rule tagged fixable offers a fix; fix-all changes most drafts; most drafts have
// findings to compare warm and cold.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCaches, applyEdits, autoFixable, fixAll, RULES } from '../../server/src/core';
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

/** Rules (by id) with a count of zero in `counts`, among `rules`. */
const missing = (counts: Map<string, number>, rules = RULES) => rules.map((r) => r.id).filter((id) => !counts.get(id));
const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

test(`${CASES} generated drafts: no rule throws, every range and fix is sound`, () => {
  const fired = new Map<string, number>();
  const fixed = new Map<string, number>();
  run(CASES, (text, format) => {
    const { findings, failures } = findingsOf(text, format);
    for (const f of findings) {
      add(fired, f.ruleId);
      if (f.fixes.some((x) => x.edits.length)) add(fixed, f.ruleId);
    }
    return [...failures, ...checkFindings(text, findings)];
  });
  // The floor: every rule fires somewhere, every rule tagged fixable offers a fix somewhere.
  assert.deepEqual(missing(fired), [], 'rules that never fired in the generated drafts');
  assert.deepEqual(
    missing(
      fixed,
      RULES.filter((r) => r.tags.includes('fixable')),
    ),
    [],
    'rules tagged fixable that never offered a fix',
  );
});

test(`${Math.ceil(CASES / 3)} generated drafts: fix-all converges, each round keeps the untouched text, the same as fixAll()`, () => {
  const cases = Math.ceil(CASES / 3);
  let changed = 0;
  const applied = new Map<string, number>();
  const takes = new Set<string>();
  run(cases, (text, format) => {
    const mine = checkFixAll(text, format);
    const theirs = fixAll(text, (t) => findingsOf(t, format).findings);
    if (theirs.text !== text) changed++;
    for (const f of findingsOf(text, format).findings)
      if (f.fixes.some((x) => x.safe && x.edits.length && autoFixable(f, x))) takes.add(f.ruleId);
    for (const id of Object.keys(theirs.applied)) add(applied, id);
    return [
      ...mine.problems,
      ...(theirs.text === mine.text ? [] : ['fixAll() differs from the checked rounds']),
      ...(applyEdits(text, theirs.edits) === theirs.text ? [] : ["fixAll()'s edits on the text do not give its text"]),
    ];
  });
  // The floor: fix-all changes at least half the drafts, and applies somewhere the fixes of every rule
  // whose safe fix it takes (autoFixable) in the first analysis of some draft — at least five rules.
  assert.ok(changed >= cases / 2, `fix-all changed ${changed} of ${cases} drafts`);
  assert.ok(takes.size >= 5, `fix-all takes the fixes of ${[...takes].join(', ')} only`);
  assert.deepEqual(
    missing(
      applied,
      RULES.filter((r) => takes.has(r.id)),
    ),
    [],
    'fixes fix-all takes but never applied',
  );
});

test(`${Math.ceil(CASES / 5)} generated drafts, edited: re-checking with the rules' memos warm gives what a first analysis gives`, () => {
  const cases = Math.ceil(CASES / 5);
  let compared = 0;
  run(cases, (text, format, r) => {
    const caches = new AnalysisCaches(); // one document's caches, as the server keeps them
    if (findingsOf(text, format, caches).findings.length) compared++; // warms the memos on the text before the edits
    for (let n = 1 + r.int(3); n > 0; n--) {
      const at = r.int(text.length + 1);
      const end = Math.min(text.length, at + r.int(4));
      text = text.slice(0, at) + (r.chance(0.8) ? piece(r) : '\n') + text.slice(end);
    }
    const warm = JSON.stringify(findingsOf(text, format, caches).findings);
    const cold = JSON.stringify(findingsOf(text, format, new AnalysisCaches()).findings);
    return warm === cold ? [] : ['findings differ with the memos warm and empty'];
  });
  // The floor: most drafts had findings kept in the memos.
  assert.ok(compared >= cases / 2, `${compared} of ${cases} drafts had findings before the edits`);
});

test('the generator covers what it claims (𠮷, emoji, CRLF, lone CR, NUL, masks, markers)', () => {
  const all = Array.from({ length: 300 }, (_, i) => draft(new Rand(BASE_SEED + i))).join('');
  for (const s of ['𠮷', '😀', '\r\n', '\0', '某某', 'XX', '*', '（一）', '一是', '\u3000'])
    assert.ok(all.includes(s), JSON.stringify(s));
  assert.match(all, /\r(?!\n)/);
});
