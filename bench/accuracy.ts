// npm run bench:accuracy: how well the corpus-driven rules of issue 21 (missing-number, placeholder,
// replace-damage, confusable) judge text they were not tuned on, register by register.
//
//   1. The sample drafts (test/fixtures/samples/drafts): every labelled blank (a mask, 某某) is found by
//      a slot rule, no slot finding falls elsewhere, and marking all blanks adds no finding.
//   2. The corpus (scripts/corpus.ts; the measure part unless --part tune), for national reports,
//      provincial reports, laws and news apart:
//      - complete text: every finding of the four rules is a false alarm (content warnings and notes
//        per 100,000 characters, by rule);
//      - synthetic drafts (bench/synth/slots.ts: ~40 numbers per report's length deleted or masked,
//        half of them drafter's counts such as 提拔干部人): recall (all, counts, other numbers) and
//        precision of slot findings;
//      - the trade-off over missing-number's threshold: recall, precision, and its findings on
//        complete text at each point.
// Findings of the measure part are counted, never listed: tune on the tune part (--part tune lists them).
//   npm run bench:accuracy [-- --part tune] [-- --news N] [-- --law-step K] [-- --kinds report,news]
//                          [-- --samples DIR] [-- --no-corpus] [-- --no-sweep]

import * as fs from 'fs';
import * as path from 'path';
import {
  analyze,
  applyEdits,
  CorpusTables,
  DEFAULT_OPTIONS,
  Finding,
  parseReport,
  ReportModel,
  RULES,
  RuleOptions,
} from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { corpusPresent, Kind, KIND_NAMES, Part } from '../scripts/corpus';
import { UnitMatcher } from '../server/src/core/lib/slots/evidence';
import { thresholdsOf } from '../server/src/core/rules/missing-number/evidence';
import { documents, Draft, makeDraft, Planted, SynthDocument } from './synth/slots';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const part = arg('--part', 'measure') as Part;
const sizes = { news: Number(arg('--news', '36')), lawStep: Number(arg('--law-step', '5')) };
const kinds = arg('--kinds', 'report,provincial,law,news').split(',') as Kind[];
const samples = path.resolve(arg('--samples', path.join(__dirname, '..', 'test', 'fixtures', 'samples')));
const listing = part === 'tune';
const SLOT_RULES = new Set(['missing-number', 'placeholder']);
const ISSUE_RULES = ['missing-number', 'placeholder', 'replace-damage', 'confusable'];
const segmenter = createInProcessSegmenter([], 20_000);
const tables = corpusTables();

const options: RuleOptions = {
  ...DEFAULT_OPTIONS,
  rules: Object.fromEntries(RULES.filter((r) => ISSUE_RULES.includes(r.id)).map((r) => [r.id, r.defaultSeverity])),
};

function findingsOf(model: ReportModel, ruleIds: ReadonlySet<string>, t: CorpusTables = tables): Finding[] {
  const result = analyze(model, options, { rules: RULES.filter((r) => ruleIds.has(r.id)), tables: t });
  for (const f of result.failures) console.error(`rule ${f.ruleId} failed: ${String(f.error)}`);
  return result.findings;
}

const parse = (text: string) => parseReport(text, { format: 'plain', segmenter });
const ratio = (a: number, b: number, digits = 3) => (b ? (a / b).toFixed(digits) : '-');
const per = (n: number, chars: number, k = 100_000) => (chars ? ((n * k) / chars).toFixed(2) : '-');
const chars = (text: string) => text.length - (text.match(/[\ud800-\udbff]/g)?.length ?? 0);

/** The tables with missing-number's thresholds moved (one point of the trade-off). */
function atThreshold(information: number, warning: number): CorpusTables {
  return tables.with({ slots: { ...tables.slots!, thresholds: { information, warning } } });
}

// --- 1. The sample drafts ---

const MASK = /[*＊]+|[Xx]{2,}|(?<=[\p{Script=Han}0-9])[Xx](?=[\p{Script=Han}%％])|×+|[○〇□]{2,}|_{2,}|＿+|某某/gu;

/** Mark all blanks: every slot finding's safe fix (the placeholder), none overlapping another. */
function markAll(text: string, slots: readonly Finding[]): string {
  const edits = slots.flatMap((s) => s.fixes.find((x) => x.safe)?.edits ?? []).sort((a, b) => a.start - b.start);
  return applyEdits(
    text,
    edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end),
  );
}

function samplesSection(): void {
  const dir = path.join(samples, 'drafts');
  if (!fs.existsSync(dir)) return void console.log(`no sample drafts in ${dir}`);
  let labelled = 0;
  let found = 0;
  let unlabelled = 0;
  let newAfterMarking = 0;
  const lines: string[] = [];
  const all = new Set(ISSUE_RULES);
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => /\.(txt|md)$/.test(x))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const findings = findingsOf(parse(text), all);
    const slots = findings.filter((x) => SLOT_RULES.has(x.ruleId));
    const masks = [...text.matchAll(MASK)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    labelled += masks.length;
    for (const m of masks) {
      if (slots.some((s) => s.start <= m.start && m.end <= s.end)) found++;
      else lines.push(`  missed: ${f} 「${text.slice(m.start, m.end)}」 …${excerpt(text, m.start, m.end)}…`);
    }
    for (const s of slots) {
      if (masks.some((m) => s.start <= m.start && m.end <= s.end)) continue;
      unlabelled++;
      lines.push(`  new: ${f} [${s.ruleId}/${s.severity}] ${s.message}`);
    }
    // After marking all blanks: no finding that was not there before (the marked blanks are listed as such).
    const marked = markAll(text, slots);
    const before = new Set(findings.map((x) => `${x.ruleId}|${x.message}`));
    for (const a of findingsOf(parse(marked), all)) {
      if (before.has(`${a.ruleId}|${a.message}`) || (a.ruleId === 'placeholder' && a.severity === 'information'))
        continue;
      newAfterMarking++;
      lines.push(`  after marking: ${f} [${a.ruleId}/${a.severity}] ${a.message}`);
    }
  }
  console.log(
    `sample drafts: labelled blanks ${labelled}, found ${found}; slot findings on no labelled blank ${unlabelled}; ` +
      `new findings after marking all blanks ${newAfterMarking}`,
  );
  for (const l of lines) console.log(l);
}

const excerpt = (text: string, start: number, end: number) =>
  text.slice(Math.max(0, start - 8), end + 8).replace(/\r?\n/g, '⏎');

// --- 2. The corpus, register by register ---

interface Score {
  planted: number;
  found: number;
  counts: number;
  countsFound: number;
  findings: number;
  correct: number;
}

const EMPTY: Score = { planted: 0, found: 0, counts: 0, countsFound: 0, findings: 0, correct: 0 };

const hits = (f: Finding, p: Planted) =>
  p.start === p.end ? f.start <= p.start && p.start <= f.end : f.start < p.end && p.start < f.end;

function score(draft: Draft, findings: readonly Finding[], misses?: string[], wrong?: string[]): Score {
  const slots = findings.filter((f) => SLOT_RULES.has(f.ruleId));
  const found = draft.planted.filter((p) => slots.some((f) => hits(f, p)));
  const correct = slots.filter((f) => draft.planted.some((p) => hits(f, p)));
  if (misses)
    for (const p of draft.planted) if (!found.includes(p)) misses.push(`${draft.id} (${p.kind}): ${p.context}`);
  if (wrong)
    for (const f of slots) if (!correct.includes(f)) wrong.push(`${draft.id} [${f.ruleId}/${f.severity}] ${f.message}`);
  const counts = draft.planted.filter((p) => p.kind === 'count');
  return {
    planted: draft.planted.length,
    found: found.length,
    counts: counts.length,
    countsFound: found.filter((p) => p.kind === 'count').length,
    findings: slots.length,
    correct: correct.length,
  };
}

function add(a: Score, b: Score): Score {
  return {
    planted: a.planted + b.planted,
    found: a.found + b.found,
    counts: a.counts + b.counts,
    countsFound: a.countsFound + b.countsFound,
    findings: a.findings + b.findings,
    correct: a.correct + b.correct,
  };
}

const SWEEP = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

function registerSection(kind: Kind, docs: readonly SynthDocument[], matcher: UnitMatcher): void {
  const started = Date.now();
  const total = docs.reduce((n, d) => n + chars(d.text), 0);
  console.log(`\n== ${KIND_NAMES[kind]} (${part}): ${docs.length} documents, ${total} characters`);

  // Complete text: every finding is a false alarm.
  const warnings = new Map<string, number>(ISSUE_RULES.map((r) => [r, 0]));
  const notes = new Map<string, number>(ISSUE_RULES.map((r) => [r, 0]));
  const listed: string[] = [];
  const complete: ReportModel[] = [];
  for (const d of docs) {
    const model = parse(d.text);
    complete.push(model);
    for (const f of findingsOf(model, new Set(ISSUE_RULES))) {
      const tally = f.severity === 'warning' || f.severity === 'error' ? warnings : notes;
      tally.set(f.ruleId, tally.get(f.ruleId)! + 1);
      if (listing) listed.push(`  ${d.id} [${f.ruleId}/${f.severity}] ${f.message}`);
    }
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const byRule = (m: Map<string, number>) => ISSUE_RULES.map((r) => `${r} ${per(m.get(r)!, total)}`).join(', ');
  console.log(
    `complete text: content warnings ${sum(warnings)} = ${per(sum(warnings), total)} /100k (target ≤ 2: ${byRule(warnings)}); ` +
      `notes ${sum(notes)} = ${per(sum(notes), total)} /100k (target ≤ 10: ${byRule(notes)})`,
  );

  // Synthetic drafts.
  const drafted: Array<{ draft: Draft; model: ReportModel }> = [];
  for (const mode of ['deleted', 'masked'] as const) {
    let s = EMPTY;
    const misses: string[] = [];
    const wrong: string[] = [];
    docs.forEach((d, i) => {
      const draft = makeDraft(d, matcher, mode, 1000 + i);
      if (draft.planted.length === 0) return;
      const model = parse(draft.text);
      if (mode === 'deleted') drafted.push({ draft, model });
      s = add(s, score(draft, findingsOf(model, SLOT_RULES), misses, wrong));
    });
    console.log(
      `${mode}: planted ${s.planted}, found ${s.found}, recall ${ratio(s.found, s.planted)} (target ${mode === 'deleted' ? '≥ 0.90' : '≥ 0.99'}; ` +
        `drafter's counts ${s.countsFound}/${s.counts} = ${ratio(s.countsFound, s.counts)}, ` +
        `other numbers ${ratio(s.found - s.countsFound, s.planted - s.counts)}); ` +
        `slot findings ${s.findings}, on a planted blank ${s.correct}, precision ${ratio(s.correct, s.findings)} (target ≥ 0.95)`,
    );
    if (listing) {
      for (const m of misses.slice(0, 80)) console.log(`  missed: ${m}`);
      for (const w of wrong.slice(0, 80)) console.log(`  not planted: ${w}`);
    }
  }
  if (listing) for (const l of listed.slice(0, 150)) console.log(l);

  if (!args.includes('--no-sweep') && tables.slots) {
    const chosen = thresholdsOf(tables);
    console.log(
      `trade-off over missing-number's threshold (shipped: information ≥ ${chosen.information}, warning ≥ ${chosen.warning}); ` +
        `at each point every finding at or above it counts:`,
    );
    console.log('  threshold  deleted recall  counts recall  precision  missing-number on complete text /100k');
    const mn = new Set(['missing-number']);
    for (const t of SWEEP) {
      const at = atThreshold(t, t);
      let s = EMPTY;
      for (const { draft, model } of drafted) s = add(s, score(draft, findingsOf(model, SLOT_RULES, at)));
      let fa = 0;
      for (const model of complete) fa += findingsOf(model, mn, at).length;
      console.log(
        `  ${t.toFixed(2).padEnd(9)}  ${ratio(s.found, s.planted).padEnd(14)}  ${ratio(s.countsFound, s.counts).padEnd(13)}  ` +
          `${ratio(s.correct, s.findings).padEnd(9)}  ${per(fa, total)}`,
      );
    }
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function corpusSection(): void {
  const docs = documents(part, sizes);
  const matcher = new UnitMatcher(tables.slots?.units ?? []);
  console.log(
    `\ncorpus part "${part}": news ${sizes.news} groups of ~25,000 characters; laws one file in ${sizes.lawStep} of each category`,
  );
  for (const kind of kinds)
    registerSection(
      kind,
      docs.filter((d) => d.kind === kind),
      matcher,
    );
}

samplesSection();
if (args.includes('--no-corpus')) process.exit(0);
if (!corpusPresent()) console.log('\nno corpus beside the project (../shared/corpus): corpus figures skipped');
else corpusSection();
