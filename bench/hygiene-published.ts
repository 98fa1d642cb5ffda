// The text-hygiene rules on the samples (test/fixtures/samples): findings per 10,000 characters of the published
// State Council reports (complete texts, so findings there are likely false), and every finding
// listed (published and drafts) for checking by hand.
//   npx tsx bench/hygiene-published.ts [samples dir]

import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_OPTIONS, LineIndex, parseReport, RULES } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';

const IDS = ['copy-residue', 'duplicate-paragraph', 'punctuation', 'number-format', 'outdated-term'];
const samples = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures', 'samples'));
const segmenter = createInProcessSegmenter();
const rules = RULES.filter((r) => IDS.includes(r.id));

for (const folder of ['published', 'drafts']) {
  const dir = path.join(samples, folder);
  const counts = new Map<string, number>(IDS.map((id) => [id, 0]));
  let chars = 0;
  const lines: string[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    chars += [...text].length;
    const options = {
      ...DEFAULT_OPTIONS,
      rules: Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity])),
    } as typeof DEFAULT_OPTIONS;
    const result = analyze(parseReport(text, { segmenter }), options, { rules, tables: corpusTables() });
    for (const failure of result.failures) console.error(`${f}: ${failure.ruleId} failed: ${String(failure.error)}`);
    const index = new LineIndex(text);
    for (const finding of result.findings) {
      counts.set(finding.ruleId, counts.get(finding.ruleId)! + 1);
      const pos = index.positionAt(finding.start);
      const context = text
        .slice(Math.max(0, finding.start - 12), Math.min(text.length, finding.end + 12))
        .replace(/\r?\n/g, '⏎');
      lines.push(
        `  ${f}:${pos.line + 1}:${pos.character + 1} [${finding.ruleId}] 「${text.slice(finding.start, finding.end)}」 …${context}… ${finding.message}`,
      );
    }
  }
  console.log(`\n${folder}: ${chars} characters`);
  for (const id of IDS)
    console.log(
      `  ${id.padEnd(22)}${String(counts.get(id)).padEnd(6)}${((counts.get(id)! * 10_000) / chars).toFixed(2)} per 10k`,
    );
  console.log(lines.join('\n'));
}
