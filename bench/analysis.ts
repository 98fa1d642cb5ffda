// Whole analysis (parse + every rule, real nodejieba) against raw nodejieba.cut of the same text.
// Segmentation is not cached across runs: every paragraph is tagged, as in a freshly opened draft.

import { analyze, DEFAULT_OPTIONS, parseReport, RULES, RuleOptions, Segmenter } from '../server/src/core';
import { loadJieba } from '../server/src/host/segmenter';
import { ms, since, textOf } from './corpus';

/** Every rule on (rules off by default run as hints), so all are measured. */
export function allRulesOn(): RuleOptions {
  const rules: RuleOptions['rules'] = {};
  for (const r of RULES) rules[r.id] = r.defaultSeverity === 'off' ? 'hint' : r.defaultSeverity;
  return { ...DEFAULT_OPTIONS, rules };
}

interface Timing {
  chars: number;
  cut: number;
  tag: number;
  parse: number;
  rules: number;
  total: number;
  perRule: Map<string, number>;
}

const best = <T>(runs: number, f: () => T): { value: T; time: number } => {
  let time = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    time = Math.min(time, since(t0));
  }
  return { value, time };
};

/** Times one text: raw cut, then parse with tagging, then the rules (each alone as well). */
function measure(jieba: ReturnType<typeof loadJieba> & { cut(s: string): string[] }, text: string, runs: number): Timing {
  const options = allRulesOn();
  const cut = best(runs, () => jieba.cut(text)).time;
  const segmenter: Segmenter = (t) => jieba.tag(t);
  const tag = best(runs, () => {
    for (const p of parseReport(text).paragraphs) if (!p.verbatim) jieba.tag(p.text);
  }).time;
  const whole = best(runs, () => analyze(parseReport(text, { segmenter }), options));
  if (whole.value.failures.length) for (const f of whole.value.failures) console.error(`  ${f.ruleId} failed: ${String(f.error)}`);
  // Parse alone with tokens already known (a map lookup), to split parse from tagging.
  const tokens = new Map<string, ReadonlyArray<{ word: string; tag: string }>>();
  const model = parseReport(text, { segmenter: (t) => { const w = jieba.tag(t); tokens.set(t, w); return w; } });
  const parse = best(runs, () => parseReport(text, { segmenter: (t) => tokens.get(t) })).time;
  const rules = best(runs, () => analyze(model, options)).time;
  const perRule = new Map<string, number>();
  for (const rule of RULES) perRule.set(rule.id, best(runs, () => analyze(model, options, [rule])).time);
  return { chars: text.length, cut, tag, parse, rules, total: whole.time, perRule };
}

/** Runs the analysis benchmark; returns its report lines. */
export function benchAnalysis(sizes = [20_000, 200_000, 2_000_000]): { lines: string[]; timings: Timing[] } {
  const t0 = performance.now();
  const jieba = loadJieba() as ReturnType<typeof loadJieba> & { cut(s: string): string[] };
  const lines = [`nodejieba load (dictionaries): ${ms(since(t0))}`];
  jieba.cut('预热一下分词器。'); // warm up
  const timings: Timing[] = [];
  lines.push('chars      cut(raw)   analysis   ratio   [tag/para  parse  rules]   µs/char');
  for (const n of sizes) {
    const text = textOf(n);
    const t = measure(jieba, text, n >= 1_000_000 ? 1 : n >= 100_000 ? 2 : 5);
    timings.push(t);
    lines.push(
      `${String(t.chars).padEnd(10)} ${ms(t.cut).padEnd(10)} ${ms(t.total).padEnd(10)} ${(t.total / t.cut).toFixed(2).padEnd(7)} ` +
        `[${ms(t.tag)}  ${ms(t.parse)}  ${ms(t.rules)}]   ${((t.total * 1000) / t.chars).toFixed(3)}`,
    );
  }
  const first = timings[0];
  const last = timings[timings.length - 1];
  lines.push(`per-char cost ${last.chars} vs ${first.chars}: ${(last.total / last.chars / (first.total / first.chars)).toFixed(2)}× (target ≤ 1.5×)`);
  lines.push(`analysis / raw cut: ${timings.map((t) => (t.total / t.cut).toFixed(2)).join(', ')} (target ≤ 2×)`);
  lines.push(`per rule at ${last.chars} chars (ms), and at ${first.chars} (µs/char ratio big/small):`);
  for (const rule of RULES) {
    const big = last.perRule.get(rule.id)!;
    const small = first.perRule.get(rule.id)!;
    lines.push(`  ${rule.id.padEnd(22)} ${ms(big).padStart(10)}   ${(big / last.chars / (small / first.chars)).toFixed(2)}×`);
  }
  return { lines, timings };
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(benchAnalysis(sizes.length ? sizes : undefined).lines.join('\n'));
}
