// Timing and precision of the repeated-phrase rule.
// Run: npx tsx bench/repeated-phrase.ts [--show]
// - time: texts of 20k/200k/1M characters built from test/fixtures/samples/**/*.txt, segmented with the
//   real nodejieba first (segmentation is not timed), then the rule alone, best of a few runs;
// - precision: repeated-phrase warnings per 10,000 characters on test/fixtures/samples/published/
//   (complete published reports: warnings there are probably false positives). --show lists them.

import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_OPTIONS, parseReport, RULES, RuleOptions } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';

const samples = path.resolve(__dirname, '..', 'test', 'fixtures', 'samples');
const segmenter = createInProcessSegmenter();
const rule = RULES.find((r) => r.id === 'repeated-phrase')!;
const options: RuleOptions = { ...DEFAULT_OPTIONS, rules: { 'repeated-phrase': 'warning' } };

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(p) : e.name.endsWith('.txt') ? [p] : [];
  });
}

const corpus = textFiles(samples)
  .sort()
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');

console.log('repeated-phrase: time of the rule alone (segmentation excluded)');
for (const size of [20_000, 200_000, 1_000_000]) {
  let text = '';
  while (text.length < size) text += corpus + '\n';
  text = text.slice(0, size);
  const model = parseReport(text, { segmenter });
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let run = 0; run < 5; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    findings = analyze(model, options, { rules: [rule], tables: corpusTables() }).findings.length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // Wall time on a shared machine varies with load: the best run and its CPU time tell the rule's cost.
  const best = times.indexOf(Math.min(...times));
  console.log(
    `  ${String(size).padStart(9)} chars: ${times[best].toFixed(1).padStart(7)} ms (best of 5, CPU ${cpu[best].toFixed(1)} ms; first run ${times[0].toFixed(1)} ms), ${findings} findings`,
  );
}

console.log('repeated-phrase: warnings per 10,000 characters on published reports');
let chars = 0;
let warnings = 0;
for (const file of textFiles(path.join(samples, 'published')).sort()) {
  const text = fs.readFileSync(file, 'utf8');
  const found = analyze(parseReport(text, { segmenter }), options, {
    rules: [rule],
    tables: corpusTables(),
  }).findings.filter((f) => f.severity === 'warning');
  chars += text.length;
  warnings += found.length;
  console.log(`  ${path.basename(file)}: ${found.length} warnings in ${text.length} chars`);
  if (process.argv.includes('--show')) {
    for (const f of found)
      console.log(`    ${f.message}  …${text.slice(Math.max(0, f.start - 15), f.end + 5).replace(/\s+/g, ' ')}…`);
  }
}
console.log(
  `  total: ${warnings} warnings in ${chars} chars = ${((warnings * 10_000) / chars).toFixed(2)} per 10,000 (target ≤ 1)`,
);
