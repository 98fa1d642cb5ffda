// npm run bench:accuracy: how well the slot and repeat rules judge text they were not tuned on.
//
//   1. The sample drafts (test/fixtures/samples/drafts): every labelled blank (a mask, a marked
//      placeholder) is found, and nothing else; after "mark all blanks" no slot warning is left.
//   2. The corpus (scripts/corpus.ts; the measure part unless --part tune): synthetic drafts with
//      ~40 numbers per document deleted or masked (bench/synth/slots.ts) give recall and precision;
//      the untouched text gives false alarms: slot findings per 100,000 characters, repeated-phrase
//      warnings per 10,000 characters, overuse notes per report; and the trade-off over the
//      evidence threshold of missing-number.
// Findings of the measure part are counted, never listed (tune on the tune part: --part tune lists them).
//   npm run bench:accuracy [-- --part tune] [-- --news N] [-- --samples DIR] [-- --no-corpus]

import * as fs from 'fs';
import * as path from 'path';
import {
  analyze,
  applyEdits,
  DEFAULT_OPTIONS,
  Finding,
  parseReport,
  ReportModel,
  RULES,
  RuleOptions,
} from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { corpusPresent, Part } from '../scripts/corpus';
import { UnitMatcher } from '../server/src/core/lib/slots/evidence';
import { documents, Draft, makeDraft, Planted } from './synth/slots';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const part = arg('--part', 'measure') as Part;
const newsDocuments = Number(arg('--news', '36'));
const samples = path.resolve(arg('--samples', path.join(__dirname, '..', 'test', 'fixtures', 'samples')));
const listing = part === 'tune';
const SLOT_RULES = new Set(['missing-number', 'placeholder']);
const segmenter = createInProcessSegmenter();
const tables = corpusTables();

/** The slot rules and repeated-phrase at their defaults. */
function options(): RuleOptions {
  return {
    ...DEFAULT_OPTIONS,
    rules: { 'missing-number': 'warning', placeholder: 'warning', 'repeated-phrase': 'warning' },
  };
}

const RULES_MEASURED = RULES.filter((r) => SLOT_RULES.has(r.id) || r.id === 'repeated-phrase');

function check(
  text: string,
  ruleIds: ReadonlySet<string>,
  threshold?: number,
): { model: ReportModel; findings: Finding[] } {
  const model = parseReport(text, { format: 'plain', segmenter });
  return { model, findings: findingsOf(model, ruleIds, threshold) };
}

function findingsOf(model: ReportModel, ruleIds: ReadonlySet<string>, threshold?: number): Finding[] {
  const t = threshold === undefined ? tables : withThreshold(threshold);
  const result = analyze(model, options(), { rules: RULES_MEASURED.filter((r) => ruleIds.has(r.id)), tables: t });
  for (const f of result.failures) console.error(`rule ${f.ruleId} failed: ${String(f.error)}`);
  return result.findings;
}

/** The tables with missing-number's information threshold moved (for the trade-off table). */
function withThreshold(threshold: number): typeof tables {
  const slots = tables.slots!;
  return tables.with({
    slots: { ...slots, thresholds: { information: threshold, warning: Math.max(threshold, 0.9) } },
  });
}

const ratio = (a: number, b: number, digits = 3) => (b ? (a / b).toFixed(digits) : '-');
const per = (n: number, chars: number, k: number) => (chars ? ((n * k) / chars).toFixed(2) : '-');
const chars = (text: string) => text.length - (text.match(/[\ud800-\udbff]/g)?.length ?? 0);

// --- 1. The sample drafts ---

const MASK = /[*＊]+|[Xx]{2,}|(?<=[\p{Script=Han}0-9])[Xx](?=[\p{Script=Han}%％])|×+|[○〇□]{2,}|_{2,}|＿+|某某/gu;

function samplesSection(): void {
  const dir = path.join(samples, 'drafts');
  if (!fs.existsSync(dir)) return void console.log(`no sample drafts in ${dir}`);
  let labelled = 0;
  let found = 0;
  let unlabelled = 0;
  let leftAfterMarking = 0;
  const lines: string[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => /\.(txt|md)$/.test(x))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const { findings } = check(text, SLOT_RULES);
    const slots = findings.filter((x) => SLOT_RULES.has(x.ruleId));
    const masks = [...text.matchAll(MASK)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    labelled += masks.length;
    for (const m of masks) {
      if (slots.some((s) => s.start <= m.start && m.end <= s.end)) found++;
      else
        lines.push(
          `  missed: ${f} 「${text.slice(m.start, m.end)}」 …${text.slice(Math.max(0, m.start - 8), m.end + 8).replace(/\r?\n/g, '⏎')}…`,
        );
    }
    for (const s of slots) {
      if (masks.some((m) => s.start <= m.start && m.end <= s.end)) continue;
      unlabelled++;
      lines.push(`  new: ${f} [${s.ruleId}/${s.severity}] ${s.message}`);
    }
    // Mark all blanks: every slot's placeholder fix, then nothing but known blanks is left.
    const edits = slots.flatMap((s) => s.fixes.find((x) => x.safe)?.edits ?? []).sort((a, b) => a.start - b.start);
    const marked = applyEdits(
      text,
      edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end),
    );
    const after = check(marked, SLOT_RULES).findings.filter(
      (x) => SLOT_RULES.has(x.ruleId) && x.severity !== 'information',
    );
    leftAfterMarking += after.length;
    for (const a of after) lines.push(`  after marking: ${f} [${a.ruleId}/${a.severity}] ${a.message}`);
  }
  console.log(
    `sample drafts: labelled blanks ${labelled}, found ${found}; slot findings on no labelled blank ${unlabelled}; ` +
      `slot warnings left after marking all blanks ${leftAfterMarking}`,
  );
  for (const l of lines) console.log(l);
}

// --- 2. The corpus ---

interface Score {
  planted: number;
  found: number;
  findings: number;
  correct: number;
  misses: string[];
}

function score(draft: Draft, findings: Finding[]): Score {
  const slots = findings.filter((f) => SLOT_RULES.has(f.ruleId));
  const hits = (f: Finding, p: Planted) =>
    p.start === p.end ? f.start <= p.start && p.start <= f.end : f.start < p.end && p.start < f.end;
  const found = draft.planted.filter((p) => slots.some((f) => hits(f, p)));
  const correct = slots.filter((f) => draft.planted.some((p) => hits(f, p))).length;
  const misses = draft.planted.filter((p) => !found.includes(p)).map((p) => `${draft.id}: ${p.context}`);
  return { planted: draft.planted.length, found: found.length, findings: slots.length, correct, misses };
}

function add(a: Score, b: Score): Score {
  return {
    planted: a.planted + b.planted,
    found: a.found + b.found,
    findings: a.findings + b.findings,
    correct: a.correct + b.correct,
    misses: a.misses.concat(b.misses),
  };
}

const EMPTY: Score = { planted: 0, found: 0, findings: 0, correct: 0, misses: [] };

function corpusSection(): void {
  const started = Date.now();
  const docs = documents(part, newsDocuments);
  const slots = tables.slots;
  const matcher = new UnitMatcher(slots?.units ?? []);
  const total = docs.reduce((n, d) => n + chars(d.text), 0);
  const reports = docs.filter((d) => !d.id.includes('@')).length;
  console.log(
    `\ncorpus part "${part}": ${docs.length} documents (${reports} reports, ${docs.length - reports} of grouped news), ${total} characters`,
  );

  // Complete text: every finding is a false alarm (or, for overuse, a note).
  let slotFalse = 0;
  let repeatWarnings = 0;
  let overuseNotes = 0;
  const falseAlarms: string[] = [];
  const complete: ReportModel[] = [];
  const byKind = new Map<string, number>();
  for (const d of docs) {
    const { model, findings } = check(d.text, new Set([...SLOT_RULES, 'repeated-phrase']));
    complete.push(model);
    for (const f of findings) {
      if (SLOT_RULES.has(f.ruleId)) {
        slotFalse++;
        const kind = `${f.ruleId}/${f.severity}`;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        if (listing) falseAlarms.push(`  ${d.id} [${f.ruleId}/${f.severity}] ${f.message}`);
      } else if (/overuse|用了 \d+ 次/.test(f.message)) overuseNotes++;
      else if (f.severity === 'warning') {
        repeatWarnings++;
        if (listing) falseAlarms.push(`  ${d.id} [repeated-phrase] ${f.message}`);
      }
    }
  }
  console.log(
    `complete text: slot findings ${slotFalse} = ${per(slotFalse, total, 100_000)} per 100,000 characters (target ≤ 2); ` +
      `repeated-phrase warnings ${repeatWarnings} = ${per(repeatWarnings, total, 10_000)} per 10,000 (target ≤ 1); ` +
      `overuse notes ${overuseNotes} = ${ratio(overuseNotes, docs.length, 1)} per document (target ≤ 5)`,
  );
  console.log(
    `  slot findings on complete text by rule and severity: ${[...byKind]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );

  const thresholds = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
  for (const mode of ['deleted', 'masked'] as const) {
    let s = EMPTY;
    const sweep = new Map<number, Score>(thresholds.map((t) => [t, EMPTY]));
    docs.forEach((d, i) => {
      const draft = makeDraft(d, matcher, mode, 1000 + i);
      const model = parseReport(draft.text, { format: 'plain', segmenter });
      s = add(s, score(draft, findingsOf(model, SLOT_RULES)));
      if (mode === 'deleted')
        for (const t of thresholds) sweep.set(t, add(sweep.get(t)!, score(draft, findingsOf(model, SLOT_RULES, t))));
    });
    console.log(
      `${mode}: planted ${s.planted}, found ${s.found}, recall ${ratio(s.found, s.planted)} (target ${mode === 'deleted' ? '≥ 0.90' : '≥ 0.99'}); ` +
        `slot findings ${s.findings}, on a planted blank ${s.correct}, precision ${ratio(s.correct, s.findings)} (target ≥ 0.95)`,
    );
    if (listing) for (const m of s.misses.slice(0, 60)) console.log(`  missed: ${m}`);
    if (mode === 'deleted') {
      // The false alarms of a threshold are measured on the complete text, with the same setting.
      console.log(
        '  trade-off over the information threshold of missing-number (from 0.9 up, the warning threshold too):',
      );
      console.log('  threshold  recall  precision  complete-text findings /100k');
      for (const t of thresholds) {
        const x = sweep.get(t)!;
        let fa = 0;
        for (const model of complete) fa += findingsOf(model, SLOT_RULES, t).length;
        console.log(
          `  ${t.toFixed(2).padEnd(9)}  ${ratio(x.found, x.planted).padEnd(6)}  ${ratio(x.correct, x.findings).padEnd(9)}  ${per(fa, total, 100_000)}`,
        );
      }
    }
  }
  if (listing) for (const l of falseAlarms.slice(0, 120)) console.log(l);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

samplesSection();
if (args.includes('--no-corpus')) process.exit(0);
if (!corpusPresent()) console.log('\nno corpus beside the project (../shared/corpus): corpus figures skipped');
else corpusSection();
