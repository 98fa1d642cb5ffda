// npm run bench:replace: replace-damage on reports adapted from another unit's by a bulk replace
// (bench/replace-gen.ts) and on untouched text, per register (national reports, provincial reports,
// laws, news), on the measure part unless --part tune.
//   npx tsx bench/replace.ts [--part tune|measure] [--news N] [--laws N] [--show] [--drafts-only]
//                            [--sweep] [--fit] [--edit [--against DIR]]
// Figures per register: damaged occurrences and distinct damaged words flagged with a fix that restores
// the original (and the ceiling: occurrences in drafts with two distinct damaged words or more, since
// one word is no evidence); drafts whose fix-all restores the report byte for byte; findings on
// undamaged occurrences; replace-damage and confusable findings per 100,000 characters of the untouched
// documents. --sweep: the trade-off over the swap threshold. --fit (tune only): fits the score's
// logistic model on the features of every swap read. --show lists findings (tune only: the measure
// part is counted, never looked at). --edit: the work and CPU time of one-character edits (below).

import * as path from 'path';
import { analyze, DEFAULT_OPTIONS, parseReport, RULES } from '../server/src/core';
import { paragraphCandidates, paragraphReading, MIN_RESTORED } from '../server/src/core/rules/replace-damage/infer';
import { contribution, Features, judge, MODEL } from '../server/src/core/rules/replace-damage/score';
import { indexWords } from '../server/src/core/rules/replace-damage/words';
import { corpusPresent, Kind, KIND_NAMES, Part } from '../scripts/corpus';
import { createInProcessSegmenter, loadJieba } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { measureText } from './corpus';
import { benchDocuments, damagedDrafts, DamagedDraft } from './replace-gen';
import { detector, Flag } from './replace-detector';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const part = arg('--part', 'measure') as Part;
const show = args.includes('--show') && part === 'tune';
const REGISTERS: Kind[] = ['report', 'provincial', 'law', 'news'];

interface Tally {
  drafts: number;
  labelled: number;
  occ: number;
  occHit: number;
  provable: number;
  distinct: Map<string, boolean>;
  restored: number;
  extra: number;
  chars: number;
  alarms: number;
  confusable: number;
}

const tally = (): Tally => ({
  drafts: 0,
  labelled: 0,
  occ: 0,
  occHit: 0,
  provable: 0,
  distinct: new Map(),
  restored: 0,
  extra: 0,
  chars: 0,
  alarms: 0,
  confusable: 0,
});

function main(): void {
  const tables = corpusTables();
  const index = tables.derive('replace-damage/words', () => indexWords(tables.words!, MIN_RESTORED));
  const jieba = loadJieba() as unknown as { cut(s: string, hmm: boolean): string[] };
  // Labels by the segmenter's dictionary, not the rule's own table: a word is what nodejieba keeps whole.
  const isWord = (w: string) => {
    const t = jieba.cut(w, false);
    return t.length === 1 && t[0] === w;
  };
  const detect = detector();
  const confusable = confusableCount();
  const docs = benchDocuments(part, REGISTERS, {
    newsSample: Number(arg('--news', '300')),
    lawSample: Number(arg('--laws', '1000')),
  });
  const sweep = args.includes('--sweep') || args.includes('--fit');
  const traced: Traced[] = [];
  const byKind = new Map<Kind, Tally>(REGISTERS.map((k) => [k, tally()]));
  const t0 = Date.now();
  for (const d of damagedDrafts(docs, (t) => jieba.cut(t, false), isWord)) {
    const t = byKind.get(d.kind)!;
    score(t, d, detect(d.damaged));
    if (sweep) trace(d.id, d.damaged, d.kind, false, (a, b) => a === d.from && b === d.to && d.labels.length > 0);
  }
  if (!args.includes('--drafts-only')) {
    for (const doc of docs) {
      const t = byKind.get(doc.file.kind)!;
      t.chars += doc.text.length;
      const found = detect(doc.text).filter((f) => !f.casualty);
      t.alarms += found.length;
      t.confusable += confusable(doc.text);
      if (show) for (const f of found) console.log(`alarm ${doc.id} ${line(doc.text, f)}`);
      if (sweep) trace(doc.id, doc.text, doc.file.kind, true, () => false);
    }
  }
  print(byKind);
  if (sweep) sweepTable(traced, byKind);
  if (args.includes('--fit')) fit(traced);
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  /** Every swap the score reads in `text`, with its features, log-odds and whether it was planted. */
  function trace(
    id: string,
    text: string,
    kind: Kind,
    untouched: boolean,
    planted: (a: string, b: string) => boolean,
  ): void {
    const model = parseReport(text);
    const own = model.paragraphs
      .filter((p) => !p.verbatim)
      .map((paragraph) => ({ paragraph, own: contribution(paragraphCandidates(paragraph.text, index)) }));
    judge(
      own,
      (a, b, taken) =>
        own.map(({ paragraph }) => ({
          paragraph,
          own: paragraphReading(paragraph.text, a, b, taken(paragraph), index),
        })),
      (b) => Math.log1p(index.countOf(b)),
      { ...MODEL, threshold: 0 },
      (a, b, f, z, occurrences) => {
        traced.push({ kind, f, z, y: planted(a, b), untouched, occurrences });
        if (show)
          console.log(
            `swap ${planted(a, b) ? 'planted' : untouched ? 'untouched' : 'other'} ${kind} ${a}→${b} z ${z.toFixed(2)} n ${occurrences} ${id} ${JSON.stringify(f)}`,
          );
      },
    );
  }
}

function score(t: Tally, d: DamagedDraft, flags: Flag[]): void {
  t.drafts++;
  const found = flags.filter((f) => !f.casualty);
  const byAt = new Map(found.filter((f) => f.from === d.from && f.to === d.to).map((f) => [f.at, f]));
  const labelledAt = new Set(d.labels.map((l) => l.at));
  if (d.labels.length) t.labelled++;
  // The rule reports nothing on one damaged word: occurrences in drafts with two or more are what it can find.
  if (new Set(d.labels.map((l) => l.original)).size >= 2) t.provable += d.labels.length;
  for (const l of d.labels) {
    t.occ++;
    const hit = byAt.has(l.at);
    if (hit) t.occHit++;
    const key = `${d.from}${d.to}:${l.original}`;
    t.distinct.set(key, (t.distinct.get(key) ?? false) || hit);
    if (!hit && show)
      console.log(`miss ${d.id} ${d.from}→${d.to} ${l.damaged}←${l.original} …${around(d.damaged, l.at)}…`);
  }
  for (const f of found) {
    if (f.from === d.from && labelledAt.has(f.at)) continue;
    t.extra++;
    if (show) console.log(`extra ${d.id} ${line(d.damaged, f)}`);
  }
  // Fix-all of the substitution: the damaged text with exactly the labelled occurrences written back.
  const expected = d.damaged.split('');
  for (const l of d.labels) expected[l.at] = d.from;
  const fixed = d.damaged.split('');
  for (const at of byAt.values().next().value?.all ?? []) fixed[at] = d.from;
  if (d.labels.length && fixed.join('') === expected.join('')) t.restored++;
}

const around = (text: string, at: number) => text.slice(Math.max(0, at - 8), at + 8).replace(/\n/g, '⏎');
const line = (text: string, f: Flag) => `${f.from}→${f.to} ${f.observed}→${f.original} …${around(text, f.at)}…`;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const per100k = (n: number, chars: number) => (chars ? ((n * 1e5) / chars).toFixed(2) : '-');

function print(byKind: Map<Kind, Tally>): void {
  console.log(`replace-damage on the ${part} part (bulk replaces of the unit each text speaks for)`);
  console.log(
    'register            drafts  damaged occurrences found   (ceiling)        distinct words found   restored  extra  untouched chars  replace-damage /100k  confusable /100k',
  );
  for (const [kind, t] of byKind) {
    const hit = [...t.distinct.values()].filter(Boolean).length;
    console.log(
      [
        KIND_NAMES[kind].padEnd(18),
        `${t.labelled}/${t.drafts}`.padStart(7),
        `${t.occHit}/${t.occ} = ${pct(t.occHit, t.occ)}`.padStart(26),
        `(${pct(t.provable, t.occ)})`.padStart(10),
        `${hit}/${t.distinct.size} = ${pct(hit, t.distinct.size)}`.padStart(27),
        `${t.restored}/${t.labelled}`.padStart(9),
        String(t.extra).padStart(6),
        String(t.chars).padStart(16),
        `${t.alarms} = ${per100k(t.alarms, t.chars)}`.padStart(21),
        `${t.confusable} = ${per100k(t.confusable, t.chars)}`.padStart(17),
      ].join(' '),
    );
  }
}

/** Findings of the confusable rule on a text (segmented as the server does). */
function confusableCount(): (text: string) => number {
  const rules = RULES.filter((r) => r.id === 'confusable');
  const segmenter = createInProcessSegmenter();
  const tables = corpusTables();
  const options = { ...DEFAULT_OPTIONS, rules: { confusable: 'warning' as const } };
  return (text) => {
    const model = parseReport(text, { format: 'plain', segmenter });
    const found = analyze(model, options, { rules, tables }).findings;
    if (show) for (const f of found) console.log(`confusable ${f.message} …${around(text, f.start)}…`);
    return found.length;
  };
}

interface Traced {
  kind: Kind;
  f: Features;
  z: number;
  /** The swap planted in a draft. */
  y: boolean;
  /** Read in an untouched document. */
  untouched: boolean;
  /** Its broken words (occurrences) before positions are shared out. */
  occurrences: number;
}

/**
 * The trade-off over the swap threshold, per register: broken words of planted swaps that pass (of all
 * planted swaps read) against broken words of swaps that pass on untouched text, per 100,000 characters.
 */
function sweepTable(traced: Traced[], byKind: Map<Kind, Tally>) {
  console.log('\ntrade-off over the swap threshold (occurrences of planted swaps passing | on untouched text, /100k):');
  console.log('threshold  ' + REGISTERS.map((k) => KIND_NAMES[k].padEnd(26)).join(''));
  const sum = (xs: Traced[]) => xs.reduce((s, x) => s + x.occurrences, 0);
  for (const p of [0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.99, 0.999]) {
    const cut = Math.log(p / (1 - p));
    const pass = (x: Traced) => x.z >= cut && x.f.left <= 3;
    const cells = REGISTERS.map((k) => {
      const mine = traced.filter((x) => x.kind === k);
      const planted = mine.filter((x) => x.y);
      const wrong = sum(mine.filter((x) => x.untouched && pass(x)));
      return `${sum(planted.filter(pass))}/${sum(planted)} | ${wrong} (${per100k(wrong, byKind.get(k)!.chars)})`.padEnd(
        26,
      );
    });
    console.log(`${String(p).padEnd(11)}${cells.join('')}`);
  }
}

/** What the score weighs, as the logistic model's inputs (the order of MODEL's weights). */
const inputs = (f: Features) => [
  ...f.gains,
  Math.min(f.left, 4),
  f.parallel > 0 ? 1 : 0,
  Math.min(f.unexplained, 4),
  Math.min(f.more, 5),
  Math.max(0, 6 - f.usage),
];

/**
 * Logistic regression of planted vs not over every swap read (gradient descent on standardised inputs,
 * a little L2), printed as MODEL's weights: what score.ts's MODEL holds was fit by this on the tune part.
 */
function fit(traced: Traced[]): void {
  if (part !== 'tune') return void console.log('--fit fits on the tune part only');
  const xs = traced.map((t) => inputs(t.f));
  const ys = traced.map((t) => (t.y ? 1 : 0));
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, k) => xs.reduce((s, x) => s + x[k], 0) / xs.length);
  const sd = Array.from(
    { length: d },
    (_, k) => Math.sqrt(xs.reduce((s, x) => s + (x[k] - mean[k]) ** 2, 0) / xs.length) || 1,
  );
  const zs = xs.map((x) => x.map((v, k) => (v - mean[k]) / sd[k]));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < 20_000; it++) {
    const grad = new Array<number>(d).fill(0);
    let gb = 0;
    zs.forEach((x, i) => {
      const e = 1 / (1 + Math.exp(-(bias + x.reduce((s, v, k) => s + w[k] * v, 0)))) - ys[i];
      for (let k = 0; k < d; k++) grad[k] += e * x[k];
      gb += e;
    });
    for (let k = 0; k < d; k++) w[k] -= 0.5 * (grad[k] / zs.length + 1e-3 * w[k]);
    bias -= (0.5 * gb) / zs.length;
  }
  const raw = w.map((x, k) => x / sd[k]);
  const b = bias - w.reduce((s, x, k) => s + (x * mean[k]) / sd[k], 0);
  const r = (x: number) => Number(x.toFixed(3));
  console.log(
    `\nfit on ${xs.length} swaps (${ys.filter(Boolean).length} planted): ` +
      JSON.stringify({
        bias: r(b),
        gains: raw.slice(0, 3).map(r),
        left: r(raw[3]),
        parallel: r(raw[4]),
        unexplained: r(raw[5]),
        more: r(raw[6]),
        rare: r(raw[7]),
      }),
  );
}

// --- --edit: what a one-character edit costs the rule ---
//
// The text (the measure part, as `npm run bench` takes it) is analysed once with the document's caches;
// then one character is typed in the middle of a paragraph halfway through, the text parsed again with
// the same caches and analysed again, with the rule alone, 15 times (a different place each time, each
// edit undone before the next). Printed: the work the runner's meter counts for the rule after each edit
// (paragraphs and characters computed anew) and the CPU time of the analysis (p50 / p95), at 60,000 and
// 600,000 characters; with --against DIR, the same for the project in DIR (e.g. /work/base, the main
// this round started from), in the same run.

interface Core {
  analyze: typeof analyze;
  parseReport: typeof parseReport;
  RULES: typeof RULES;
  DEFAULT_OPTIONS: typeof DEFAULT_OPTIONS;
  AnalysisCaches: new () => unknown;
  readTables: (dir: string) => unknown;
}

async function load(root: string): Promise<Core> {
  const core = await import(path.join(root, 'server/src/core/index.ts'));
  const memo = await import(path.join(root, 'server/src/core/lib/memo.ts'));
  const host = await import(path.join(root, 'server/src/host/tables.ts'));
  return { ...core, AnalysisCaches: memo.AnalysisCaches, readTables: host.readTables };
}

async function editBench(against: string): Promise<void> {
  const roots = [path.resolve(__dirname, '..'), ...(against ? [path.resolve(against)] : [])];
  const cores = await Promise.all(roots.map(load));
  for (const chars of [60_000, 600_000]) {
    const { text } = measureText(chars);
    for (const [k, core] of cores.entries()) {
      for (const id of ['replace-damage', 'confusable']) {
        const rule = core.RULES.find((r) => r.id === id);
        if (!rule) continue;
        const r = editRun(core, rule, text, roots[k]);
        console.log(
          `${String(chars).padStart(7)} chars  ${path.basename(roots[k]).padEnd(12)} ${id.padEnd(15)} first analysis ${r.first.toFixed(0).padStart(5)} ms; ` +
            `after a one-character edit: work ${r.work}, CPU p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`,
        );
      }
    }
  }
}

function editRun(core: Core, rule: (typeof RULES)[number], text: string, root: string) {
  const tables = core.readTables(path.join(root, 'server', 'data'));
  const options = { ...core.DEFAULT_OPTIONS, rules: { [rule.id]: 'warning' as const } };
  const caches = new core.AnalysisCaches() as never;
  const segmenter = rule.needsTokens ? createInProcessSegmenter() : undefined;
  const run = (t: string) => {
    const meter = new Map<string, { paragraphs: number; chars: number }>();
    const model = core.parseReport(t, { format: 'plain', segmenter, caches });
    const c0 = process.cpuUsage();
    core.analyze(model, options, { rules: [rule], tables, caches, meter } as never);
    const c = process.cpuUsage(c0);
    return { ms: (c.user + c.system) / 1000, work: meter.get(rule.id) };
  };
  const first = run(text).ms;
  const times: number[] = [];
  const works = new Set<string>();
  const lines = text.split('\n');
  for (let e = 0; e < 15; e++) {
    // A paragraph around the middle, a different one each time, a character typed in its middle.
    const at = Math.floor(lines.length / 2) + e * 7;
    const edited = lines.slice();
    const p = edited[at];
    edited[at] = p.slice(0, p.length >> 1) + '的' + p.slice(p.length >> 1);
    const r = run(edited.join('\n'));
    times.push(r.ms);
    works.add(r.work ? `${r.work.paragraphs} paragraphs / ${r.work.chars} chars` : 'none');
    run(text);
  }
  times.sort((x, y) => x - y);
  return {
    first,
    p50: times[Math.floor(times.length / 2)],
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    work: [...works].join(' | '),
  };
}

if (args.includes('--edit')) void editBench(arg('--against', ''));
else if (!corpusPresent()) console.log('replace: no corpus, nothing measured');
else main();
