// Whole analysis (parse + every rule, real nodejieba) against raw nodejieba.cut of the same text in
// the same process, on report text the project was not tuned on (the corpus measure part). Every run
// is a first analysis: every paragraph is segmented, and every analysis gets fresh caches.
//
// Two ratios are given. "analysis" is what the server does for a new report: segmentation with
// part-of-speech tags (per paragraph: an HMM cut, tags looked up; see host/tagger.ts) + parse + rules.
// "after segmentation" is parse + rules with the tokens known. nodejieba.cut (no HMM, no tags, the
// whole text in one call) is the yardstick; nodejieba.tag itself costs 2-3× that, our tagging about 1.3×.

import { analyze, DEFAULT_OPTIONS, parseReport, RULES, RuleOptions, Segmenter } from '../server/src/core';
import { loadJieba } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { measureText, ms, since } from './corpus';

/** Every rule on (rules off by default run as hints), so all are measured. */
export function allRulesOn(): RuleOptions {
  const rules: RuleOptions['rules'] = {};
  for (const r of RULES) rules[r.id] = r.defaultSeverity;
  return { ...DEFAULT_OPTIONS, rules };
}

type Jieba = ReturnType<typeof loadJieba> & { cut(s: string): string[] };

interface Timing {
  chars: number;
  /** nodejieba.cut of the whole text. */
  cut: number;
  /** nodejieba.tag of every paragraph (what the segmenter does). */
  tag: number;
  /** parse with tokens known. */
  parse: number;
  /** every rule over the parsed model. */
  rules: number;
  /** tag + parse + rules in one go: a first analysis. */
  total: number;
  perRule: Map<string, number>;
}

/** Least time of `f` over `runs` runs. */
function best<T>(runs: number, f: () => T): { value: T; time: number } {
  let time = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    value = f();
    time = Math.min(time, since(t0));
  }
  return { value, time };
}

/** Times one text: raw cut; then a first analysis; then its parts, each rule alone as well. */
function measure(jieba: Jieba, text: string, runs: number): Timing {
  const options = allRulesOn();
  const cut = best(runs, () => jieba.cut(text)).time;
  const paragraphs = parseReport(text)
    .paragraphs.filter((p) => !p.verbatim)
    .map((p) => p.text);
  const tag = best(runs, () => paragraphs.map((p) => jieba.tag(p))).time;
  // A first analysis: tokens come straight from nodejieba, paragraph by paragraph.
  const segmenter: Segmenter = (t) => jieba.tag(t);
  const whole = best(runs, () => analyze(parseReport(text, { segmenter }), options, { tables: corpusTables() }));
  for (const f of whole.value.failures) console.error(`  ${f.ruleId} failed: ${String(f.error)}`);
  // The parts, with tokens already known (a map lookup).
  const tokens = new Map<string, ReadonlyArray<{ word: string; tag: string }>>();
  const known: Segmenter = (t) => {
    let w = tokens.get(t);
    if (!w) tokens.set(t, (w = jieba.tag(t)));
    return w;
  };
  const model = parseReport(text, { segmenter: known });
  const parse = best(runs, () => parseReport(text, { segmenter: known })).time;
  const rules = best(runs, () => analyze(model, options, { tables: corpusTables() })).time;
  const perRule = new Map<string, number>();
  for (const rule of RULES)
    perRule.set(rule.id, best(runs, () => analyze(model, options, { rules: [rule], tables: corpusTables() })).time);
  return { chars: text.length, cut, tag, parse, rules, total: whole.time, perRule };
}

/** Runs the analysis benchmark; returns its report lines. */
export function benchAnalysis(sizes = [20_000, 200_000, 2_000_000]): { lines: string[]; timings: Timing[] } {
  const t0 = performance.now();
  const jieba = loadJieba() as Jieba;
  const lines = [`nodejieba load (dictionaries): ${ms(since(t0))}`];
  jieba.cut('预热一下分词器。'); // warm up
  const timings: Timing[] = [];
  lines.push('chars      cut(raw)   analysis   ratio  | tag(paras)  parse     rules     parse+rules ratio | µs/char');
  for (const n of sizes) {
    const text = measureText(n).text;
    const t = measure(jieba, text, n >= 1_000_000 ? 2 : n >= 100_000 ? 3 : 7);
    timings.push(t);
    const after = t.parse + t.rules;
    lines.push(
      `${String(t.chars).padEnd(10)} ${ms(t.cut).padEnd(10)} ${ms(t.total).padEnd(10)} ${(t.total / t.cut).toFixed(2).padEnd(6)} | ` +
        `${ms(t.tag).padEnd(11)} ${ms(t.parse).padEnd(9)} ${ms(t.rules).padEnd(9)} ${ms(after).padEnd(11)} ${(after / t.cut).toFixed(2).padEnd(5)} | ${((t.total * 1000) / t.chars).toFixed(2)}`,
    );
  }
  const first = timings[0];
  const last = timings[timings.length - 1];
  const perChar = (t: Timing) => t.total / t.chars;
  lines.push(
    `per-char cost of the analysis, ${last.chars} vs ${first.chars}: ${(perChar(last) / perChar(first)).toFixed(2)}× (target ≤ 1.5×)`,
  );
  lines.push(`analysis / raw cut: ${timings.map((t) => (t.total / t.cut).toFixed(2)).join(', ')} (target ≤ 2×)`);
  lines.push(`parse+rules / raw cut: ${timings.map((t) => ((t.parse + t.rules) / t.cut).toFixed(2)).join(', ')}`);
  lines.push(
    `tag(paras) / raw cut: ${timings.map((t) => (t.tag / t.cut).toFixed(2)).join(', ')} (segmentation with tags alone)`,
  );
  lines.push(`per rule at ${last.chars} chars (ms), µs/char ratio ${last.chars} vs ${first.chars}:`);
  for (const rule of RULES) {
    const big = last.perRule.get(rule.id)!;
    const small = first.perRule.get(rule.id)!;
    lines.push(
      `  ${rule.id.padEnd(22)} ${ms(big).padStart(10)}   ${(big / last.chars / (small / first.chars)).toFixed(2)}×`,
    );
  }
  return { lines, timings };
}
