// The committed corpus tables (server/data) must be what `npm run build:stats` makes from the corpus
// and the code now. Two checks: the fingerprints stored with them (scripts/stats/sources.json: the
// code each table is built with, the segmenter's dictionaries and version, the corpus's tune files)
// match, on every run, with or without the corpus, so a change of the tokeniser or a builder marks
// its tables stale at once; and, when ../shared/corpus is there, a rebuild in memory gives the same bytes.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { corpusPresent, CORPUS_DIR } from '../../scripts/corpus';
import { staleByFingerprint, tableNames } from '../../scripts/build-stats';
import { codeSources, corpusSource, readSource, TableSources } from '../../scripts/stats/_sources';

const root = path.resolve(__dirname, '..', '..');
const buildStats = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-stats.ts', '--check', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
  });

test('the corpus tables were built with the code there is now (fingerprints, no rebuild)', () => {
  const r = buildStats('--code');
  assert.equal(r.status, 0, `npm run build:stats -- --check --code failed:\n${r.stdout}\n${r.stderr}`);
  assert.equal(r.stdout.match(/fingerprints up to date/g)?.length, tableNames().length, r.stdout);
});

/** The fingerprints as stored now, and staleness when the code is read through `read` instead. */
function staleWhenRead(read: (file: string) => string): Record<string, string[]> {
  const names = tableNames();
  const stored: Record<string, TableSources> = Object.fromEntries(
    names.map((n) => [n, { code: codeSources(n), corpus: corpusSource() }]),
  );
  return staleByFingerprint(names, (n) => codeSources(n, read), stored);
}

test('a change of the tokeniser marks the tables made of its tokens stale, because of the code', () => {
  assert.deepEqual(staleWhenRead(readSource), {}, 'unchanged code: nothing stale');
  const touched = (file: string, change: (text: string) => string) => (f: string) =>
    f === file ? change(readSource(f)) : readSource(f);
  // The segmenter's options: the HMM switched off in the cut.
  const segmenter = 'server/src/host/segmenter.ts';
  assert.match(readSource(segmenter), /jieba\.cut\(text, true\)/);
  const segmented = tableNames().filter((n) => `${segmenter}` in codeSources(n));
  assert.ok(segmented.includes('words') && segmented.includes('confusable'), segmented.join());
  const noHmm = staleWhenRead(touched(segmenter, (t) => t.replace('jieba.cut(text, true)', 'jieba.cut(text, false)')));
  assert.deepEqual(noHmm, Object.fromEntries(segmented.map((n) => [n, [`code: ${segmenter}`]])));
  // The report dictionary, the tagger, the corpus split.
  const dict = 'server/dict/gongwen.dict.utf8';
  assert.deepEqual(Object.keys(staleWhenRead(touched(dict, (t) => `${t}新词 3 n\n`))), segmented);
  assert.deepEqual(Object.keys(staleWhenRead(touched('server/src/host/tagger.ts', (t) => `${t}\n//`))), segmented);
  assert.deepEqual(Object.keys(staleWhenRead(touched('scripts/corpus.ts', (t) => `${t}\n//`))), tableNames());
  // A builder: only its own table.
  assert.deepEqual(staleWhenRead(touched('scripts/stats/phrases.ts', (t) => `${t}\n//`)), {
    phrases: ['code: scripts/stats/phrases.ts'],
  });
});

test('a table with no fingerprint stored, or a corpus of other files, is stale', () => {
  const names = tableNames();
  const now = Object.fromEntries(names.map((n) => [n, codeSources(n)]));
  const stale = staleByFingerprint(names, (n) => now[n], {});
  for (const n of names) assert.deepEqual(stale[n], ['code: (no fingerprint stored)'], n);
  if (corpusPresent()) {
    const other = Object.fromEntries(names.map((n) => [n, { code: now[n], corpus: 'another corpus' }]));
    const byCorpus = staleByFingerprint(names, (n) => now[n], other);
    assert.deepEqual(Object.keys(byCorpus), names);
    for (const [n, why] of Object.entries(byCorpus)) assert.deepEqual(why, ['corpus: the tune files'], n);
  }
});

test(
  'the corpus tables in server/data are what the corpus builds (rebuilt in memory)',
  { skip: corpusPresent() ? false : `no corpus at ${CORPUS_DIR}: tables not rebuilt` },
  () => {
    const r = buildStats();
    assert.equal(r.status, 0, `npm run build:stats -- --check failed:\n${r.stdout}\n${r.stderr}`);
    assert.equal(r.stdout.match(/: up to date/g)?.length, tableNames().length, r.stdout);
  },
);
