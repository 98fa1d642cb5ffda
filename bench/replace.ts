// replace-damage on synthetic bulk replaces (bench/replace-gen.ts) and on untouched text.
//   npx tsx bench/replace.ts [--part tune|measure] [--news N] [--show] [--drafts-only]
// Figures: damaged occurrences and distinct damaged words flagged with a fix that restores the
// original; drafts whose fix-all of the substitution restores the report byte for byte (except where
// the new name was meant: occurrences that stayed words); false alarms per 100,000 characters of
// the untouched documents of the same part.

import { corpusDocuments, corpusPresent, Part } from '../scripts/corpus';
import { loadJieba } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { damagedDrafts } from './replace-gen';
import { detector } from './replace-detector';

const args = process.argv.slice(2);
const part = (args.includes('--part') ? args[args.indexOf('--part') + 1] : 'measure') as Part;
const newsSample = args.includes('--news') ? Number(args[args.indexOf('--news') + 1]) : 300;
const show = args.includes('--show');
const draftsOnly = args.includes('--drafts-only');

if (!corpusPresent()) {
  console.log('replace: no corpus, nothing measured');
  process.exit(0);
}
const words = (corpusTables().words as { count: Record<string, number> }).count;
const isWord = (w: string) => w in words;
const jieba = loadJieba() as unknown as { cut(s: string, hmm: boolean): string[] };
const detect = detector();

let occ = 0,
  occHit = 0,
  extra = 0,
  drafts = 0,
  restored = 0,
  labelled = 0,
  provable = 0;
const distinct = new Map<string, boolean>();
for (const d of damagedDrafts(part, (t) => jieba.cut(t, false), isWord, { newsSample })) {
  drafts++;
  const found = detect(d.damaged).filter((f) => !f.casualty);
  const byAt = new Map(found.filter((f) => f.from === d.from && f.to === d.to).map((f) => [f.at, f]));
  const labelledAt = new Set(d.labels.map((l) => l.at));
  if (d.labels.length) labelled++;
  // The rule reports nothing on one damaged word: occurrences in drafts with two or more are what it can find.
  if (new Set(d.labels.map((l) => l.original)).size >= 2) provable += d.labels.length;
  for (const l of d.labels) {
    occ++;
    const hit = byAt.has(l.at);
    if (hit) occHit++;
    const key = `${d.from}${d.to}:${l.original}`;
    distinct.set(key, (distinct.get(key) ?? false) || hit);
    if (!hit && show)
      console.log(
        `miss ${d.id} ${d.from}→${d.to} ${l.damaged}←${l.original} …${d.damaged.slice(Math.max(0, l.at - 6), l.at + 6)}…`,
      );
  }
  for (const f of found) {
    if (f.from === d.from && labelledAt.has(f.at)) continue;
    extra++;
    if (show)
      console.log(
        `extra ${d.id} ${f.from}→${f.to} ${f.observed}→${f.original} …${d.damaged.slice(Math.max(0, f.at - 6), f.at + 6)}…`,
      );
  }
  // Fix-all of the substitution: the damaged text with exactly the labelled occurrences written back.
  const expected = d.damaged.split('');
  for (const l of d.labels) expected[l.at] = d.from;
  // The fix-all offered on the first finding of the substitution.
  const fixed = d.damaged.split('');
  for (const at of byAt.values().next().value?.all ?? []) fixed[at] = d.from;
  if (d.labels.length && fixed.join('') === expected.join('')) restored++;
}
const distinctHit = [...distinct.values()].filter(Boolean).length;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`replace-damage on ${part}: ${drafts} drafts (${labelled} with damage)`);
console.log(`  damaged occurrences flagged with the restoring fix: ${occHit}/${occ} = ${pct(occHit, occ)}`);
console.log(
  `  (damaged occurrences in drafts with two distinct damaged words or more: ${provable}/${occ} = ${pct(provable, occ)})`,
);
console.log(`  distinct damaged words flagged: ${distinctHit}/${distinct.size} = ${pct(distinctHit, distinct.size)}`);
console.log(`  drafts restored byte for byte by fix-all: ${restored}/${labelled} = ${pct(restored, labelled)}`);
console.log(`  findings on undamaged occurrences: ${extra}`);

// Untouched text: every document of the part.
if (draftsOnly) process.exit(0);
let chars = 0,
  alarms = 0;
for (const doc of corpusDocuments(part, ['report', 'news'])) {
  chars += doc.text.length;
  const found = detect(doc.text).filter((f) => !f.casualty);
  alarms += found.length;
  if (show)
    for (const f of found)
      console.log(
        `alarm ${doc.id} ${f.from}→${f.to} ${f.observed}→${f.original} …${doc.text.slice(Math.max(0, f.at - 8), f.at + 8)}…`,
      );
}
console.log(
  `  untouched text: ${alarms} findings in ${chars} chars = ${((alarms * 1e5) / chars).toFixed(2)} per 100,000`,
);
