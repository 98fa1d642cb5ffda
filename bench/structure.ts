// npm run bench:structure: the repeat and numbering rules on text they were not tuned on, per register.
//
//   1. Complete text (scripts/corpus.ts; the measure part unless --part tune): national reports,
//      provincial reports, laws, news (items grouped into report-sized documents). Every finding of
//      repeated-phrase, heading-sequence, heading-level and duplicate-paragraph there is a false alarm
//      or a note: warnings and notes per 100,000 characters, each rule and the four together, and
//      repeated-phrase's overuse notes per document.
//   2. Synthetic drafts (bench/synth/doubled.ts, seeded): a clause written twice, right after itself
//      or later in its sentence; recall of repeated-phrase (a warning on the planted copy) and how
//      often the finding's fix gives back the complete text exactly.
//   3. The sample drafts (test/fixtures/samples/drafts): findings as written (listed: they hold no
//      doubled text), and doubled clauses planted in them.
// Findings of the measure part are counted, never listed (--part tune lists them, to tune on).
//   npm run bench:structure [-- --part tune] [-- --news N] [-- --laws N] [-- --only national,laws]

import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, DEFAULT_OPTIONS, Finding, LineIndex, parseReport, RULES } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { corpusDocuments, corpusPresent, Kind, Part } from '../scripts/corpus';
import { documents as newsAndReports } from './synth/slots';
import { makeDoubledDraft } from './synth/doubled';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const part = arg('--part', 'measure') as Part;
const newsGroups = Number(arg('--news', '24'));
const lawLimit = Number(arg('--laws', '0'));
const only = arg('--only', '');
const listing = part === 'tune';
const samples = path.resolve(arg('--samples', path.join(__dirname, '..', 'test', 'fixtures', 'samples')));

const IDS = ['repeated-phrase', 'heading-sequence', 'heading-level', 'duplicate-paragraph'] as const;
const RULES_RUN = RULES.filter((r) => (IDS as readonly string[]).includes(r.id));
const REPEATS = RULES.filter((r) => r.id === 'repeated-phrase');
const segmenter = createInProcessSegmenter();
const tables = corpusTables();
const options = { ...DEFAULT_OPTIONS, rules: Object.fromEntries(RULES_RUN.map((r) => [r.id, r.defaultSeverity])) };

const OVERUSE = /在全文中用了 \d+ 次/;
const isOveruse = (f: Finding) => f.ruleId === 'repeated-phrase' && OVERUSE.test(f.message);

function findings(text: string, rules = RULES_RUN): Finding[] {
  const result = analyze(parseReport(text, { format: 'plain', segmenter }), options, { rules, tables });
  for (const f of result.failures) console.error(`rule ${f.ruleId} failed: ${String(f.error)}`);
  return result.findings;
}

/** Characters as a reader counts them (a pair of surrogates is one). */
const chars = (text: string) => text.length - (text.match(/[\ud800-\udbff]/g)?.length ?? 0);
const per100k = (n: number, total: number) => (total ? ((n * 100_000) / total).toFixed(2) : '-');

interface Doc {
  id: string;
  text: string;
}

const REGISTERS: Array<{ name: string; kinds: Kind[] }> = [
  { name: 'national', kinds: ['report'] },
  { name: 'provincial', kinds: ['provincial'] },
  { name: 'laws', kinds: ['law'] },
  { name: 'news', kinds: ['news'] },
];

/** The documents of a register in this part: whole reports and laws, news grouped (bench/synth/slots.ts). */
function registerDocuments(name: string, kinds: Kind[]): Doc[] {
  if (name === 'news')
    return newsAndReports(part, { news: newsGroups, lawStep: Number.MAX_SAFE_INTEGER }).filter(
      (d) => d.kind === 'news',
    );
  const docs = [...corpusDocuments(part, kinds)].map((d) => ({ id: d.id, text: d.text }));
  if (name !== 'laws' || !lawLimit || lawLimit >= docs.length) return docs;
  // A spread sample of the laws (every k-th file), deterministic.
  const step = docs.length / lawLimit;
  return Array.from({ length: lawLimit }, (_, i) => docs[Math.floor(i * step)]);
}

function show(doc: Doc, f: Finding): string {
  const pos = new LineIndex(doc.text).positionAt(f.start);
  const around = `${doc.text.slice(Math.max(0, f.start - 20), f.start)}[${doc.text.slice(f.start, f.end)}]${doc.text.slice(f.end, f.end + 12)}`;
  return `  ${doc.id}:${pos.line + 1} [${f.ruleId}/${f.severity}] ${f.message}  …${around.replace(/\r?\n/g, '⏎')}…`;
}

// --- 1. Complete text ---

function completeText(name: string, docs: Doc[]): void {
  const total = docs.reduce((n, d) => n + chars(d.text), 0);
  const warn = new Map<string, number>(IDS.map((id) => [id, 0]));
  const note = new Map<string, number>(IDS.map((id) => [id, 0]));
  let overuse = 0;
  const lines: string[] = [];
  const t0 = Date.now();
  for (const d of docs) {
    for (const f of findings(d.text)) {
      if (isOveruse(f)) overuse++;
      const m = f.severity === 'warning' || f.severity === 'error' ? warn : note;
      m.set(f.ruleId, m.get(f.ruleId)! + 1);
      if (listing) lines.push(show(d, f));
    }
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${name} (${part}): ${docs.length} documents, ${total} characters (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  console.log(`  ${'rule'.padEnd(22)}${'warnings'.padEnd(10)}${'/100k'.padEnd(8)}${'notes'.padEnd(8)}/100k`);
  for (const id of [...IDS, 'all four']) {
    const w = id === 'all four' ? sum(warn) : warn.get(id)!;
    const n = id === 'all four' ? sum(note) : note.get(id)!;
    console.log(
      `  ${id.padEnd(22)}${String(w).padEnd(10)}${per100k(w, total).padEnd(8)}${String(n).padEnd(8)}${per100k(n, total)}`,
    );
  }
  console.log(`  overuse notes: ${overuse} = ${docs.length ? (overuse / docs.length).toFixed(2) : '-'} per document`);
  for (const l of lines) console.log(l);
}

// --- 2. Synthetic doubled clauses ---

function doubledClauses(name: string, docs: Doc[], list = listing, rounds = 1): void {
  let planted = 0;
  let found = 0;
  let warned = 0;
  let restored = 0;
  const byMode = new Map<string, [number, number]>();
  const misses: string[] = [];
  docs
    .flatMap((d) => Array.from({ length: rounds }, () => d))
    .forEach((d, i) => {
      const draft = makeDoubledDraft(d.id, d.text, 7000 + i);
      const got = findings(draft.text, REPEATS);
      for (const p of draft.planted) {
        planted++;
        const on = got.filter((f) => f.start < p.end && p.start < f.end);
        const mode = byMode.get(p.mode) ?? [0, 0];
        mode[0]++;
        byMode.set(p.mode, mode);
        if (on.length) found++;
        const w = on.find((f) => f.severity === 'warning');
        if (w) {
          warned++;
          mode[1]++;
        } else misses.push(`  missed (${p.mode}${on.length ? `, ${on[0].severity}` : ''}): ${d.id} …${p.context}…`);
        // The fix alone, on the draft: exactly the complete text again (the draft differs only there).
        const fix = w?.fixes[0];
        if (w && !fix) misses.push(`  no fix (${p.mode}): ${d.id} …${p.context}…`);
        if (fix) {
          if (applyEdits(draft.text, fix.edits) === undoOne(draft.text, p)) restored++;
          else
            misses.push(
              `  fix differs (${p.mode}): ${d.id} …${p.context}… → 「${draft.text.slice(fix.edits[0].start, fix.edits[0].end)}」`,
            );
        }
      }
    });
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(
    `${name} synthetic doubled clauses: planted ${planted}, warned ${warned}, recall ${ratio(warned, planted)} (target ≥ 0.95); ` +
      `any finding ${found}; the fix gives back the text exactly ${restored}/${warned}; ` +
      [...byMode].map(([m, [n, w]]) => `${m} ${w}/${n}`).join(', '),
  );
  if (list) for (const m of misses.slice(0, 40)) console.log(m);
}

/** The draft with planted copy `p` taken out again (with its joining comma): what a correct fix leaves. */
function undoOne(text: string, p: { start: number; end: number }): string {
  return text.slice(0, p.start - 1) + text.slice(p.end);
}

// --- 3. The sample drafts ---

/**
 * The sample drafts as written (they hold no doubled text: every finding on them is listed, and a
 * warning there is a false alarm), then with doubled clauses planted the same way as in the corpus.
 */
function sampleDrafts(): void {
  const dir = path.join(samples, 'drafts');
  const docs: Doc[] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  let warned = 0;
  const lines: string[] = [];
  for (const d of docs) {
    for (const f of findings(d.text, REPEATS)) {
      if (f.severity === 'warning') warned++;
      lines.push(show(d, f));
    }
  }
  console.log(`\nsample drafts as written: ${warned} repeated-phrase warnings, ${lines.length - warned} notes`);
  for (const l of lines) console.log(l);
  doubledClauses('sample drafts', docs, true, 20);
}

sampleDrafts();
if (!corpusPresent()) {
  console.log('\nno corpus beside the project (../shared/corpus): corpus figures skipped');
} else {
  for (const { name, kinds } of REGISTERS) {
    if (only && !only.split(',').includes(name)) continue;
    const docs = registerDocuments(name, kinds);
    completeText(name, docs);
    doubledClauses(name, name === 'laws' ? docs.filter((_, i) => i % 4 === 0) : docs);
  }
}
