// copy-residue on generated web copies (bench/residue-gen.ts) of the corpus, and the false alarms of
// the three hygiene rules of issue 13 (copy-residue, replace-damage, confusable) on untouched text.
//   npx tsx bench/residue.ts [--part tune|measure] [--news N] [--show]
// Figures: chrome lines flagged whole; ad blocks with every line flagged; tags flagged; report lines
// flagged (false); copies that `gongwen fix` brings back to the report byte for byte; findings per
// 100,000 characters of untouched reports and news items.

import { corpusDocuments, corpusPresent, CorpusDocument, Part, random } from '../scripts/corpus';
import { analyze, DEFAULT_OPTIONS, fixAll, LineIndex, parseReport, RULES } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { webCopy } from './residue-gen';

const args = process.argv.slice(2);
const part = (args.includes('--part') ? args[args.indexOf('--part') + 1] : 'measure') as Part;
const newsSample = args.includes('--news') ? Number(args[args.indexOf('--news') + 1]) : 200;
const show = args.includes('--show');
if (!corpusPresent()) {
  console.log('residue: no corpus, nothing measured');
  process.exit(0);
}
const tables = corpusTables();
const segmenter = createInProcessSegmenter();
const run = (text: string, ids: string[], tokens: boolean) => {
  const rules = RULES.filter((r) => ids.includes(r.id));
  const options = { ...DEFAULT_OPTIONS, rules: Object.fromEntries(ids.map((id) => [id, 'warning' as const])) };
  return analyze(parseReport(text, tokens ? { segmenter } : {}), options, { rules, tables }).findings;
};

// The documents: every report of the part, and a fixed sample of its news items of 300 characters or more.
const docs: CorpusDocument[] = [];
const news: CorpusDocument[] = [];
for (const d of corpusDocuments(part, ['report', 'news']))
  (d.file.kind === 'report' ? docs : d.text.length >= 300 ? news : []).push(d);
const rnd = random(17);
for (let i = 0; i < newsSample && news.length; i++) docs.push(news.splice(Math.floor(rnd() * news.length), 1)[0]);

let chrome = 0,
  chromeHit = 0,
  blocks = 0,
  blocksHit = 0,
  tags = 0,
  tagsHit = 0,
  reportLines = 0,
  reportFlagged = 0,
  restored = 0;
docs.forEach((doc, k) => {
  const copy = webCopy(doc, 1000 + k);
  const found = run(copy.text, ['copy-residue'], false);
  const index = new LineIndex(copy.text);
  const textLines = copy.text.split('\n');
  const byLine = new Map<number, Array<[number, number]>>();
  for (const f of found) {
    const l = index.positionAt(f.start).line;
    byLine.set(l, [
      ...(byLine.get(l) ?? []),
      [f.start - index.offsetAt({ line: l, character: 0 }), f.end - index.offsetAt({ line: l, character: 0 })],
    ]);
  }
  const whole = (l: number) => (byLine.get(l) ?? []).some(([s, e]) => textLines[l].slice(s, e) === textLines[l].trim());
  const adBlocks = new Map<number, boolean>();
  copy.lines.forEach((line, l) => {
    if (line.kind === 'chrome') {
      chrome++;
      if (whole(l)) chromeHit++;
      else if (show) console.log(`miss chrome ${copy.id}: ${textLines[l]}`);
    } else if (line.kind === 'ad') {
      adBlocks.set(line.block!, (adBlocks.get(line.block!) ?? true) && whole(l));
      if (!whole(l) && show) console.log(`miss ad ${copy.id}: ${textLines[l]}`);
    } else {
      reportLines++;
      const tag = copy.tags.find(([tl]) => tl === l)?.[1];
      const spans = byLine.get(l) ?? [];
      const own = spans.filter(([s, e]) => !tag || !textLines[l].slice(s, e).includes(tag));
      if (own.length) {
        reportFlagged++;
        if (show)
          console.log(
            `false ${copy.id}: ${own.map(([s, e]) => textLines[l].slice(s, e)).join(' | ')} in ${textLines[l].slice(0, 40)}`,
          );
      }
      if (tag) {
        tags++;
        if (spans.some(([s, e]) => textLines[l].slice(s, e).includes(tag))) tagsHit++;
        else if (show) console.log(`miss tag ${copy.id}: ${tag}`);
      }
    }
  });
  blocks += adBlocks.size;
  blocksHit += [...adBlocks.values()].filter(Boolean).length;
  const fixed = fixAll(copy.text, (t) => run(t, ['copy-residue'], false)).text;
  if (fixed === copy.clean) restored++;
  else if (show) console.log(`not restored ${copy.id}`);
});
const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`copy-residue on ${docs.length} web copies of the ${part} part`);
console.log(`  chrome lines flagged whole: ${pct(chromeHit, chrome)}`);
console.log(`  ad blocks with every line flagged: ${pct(blocksHit, blocks)}`);
console.log(`  tags flagged: ${pct(tagsHit, tags)}`);
console.log(`  report lines flagged: ${pct(reportFlagged, reportLines)}`);
console.log(`  copies fixed back to the report byte for byte: ${pct(restored, docs.length)}`);

// False alarms on the untouched documents.
let chars = 0;
const alarms: Record<string, number> = { 'copy-residue': 0, 'replace-damage': 0, confusable: 0 };
for (const doc of docs) {
  chars += doc.text.length;
  for (const f of run(doc.text, Object.keys(alarms), true)) {
    if (f.severity === 'information') continue;
    alarms[f.ruleId]++;
    if (show) console.log(`alarm ${doc.id} ${f.ruleId}: ${f.message}`);
  }
}
for (const [id, n] of Object.entries(alarms))
  console.log(`  untouched text, ${id}: ${n} in ${chars} chars = ${((n * 1e5) / chars).toFixed(2)} per 100,000`);
const rc = alarms['replace-damage'] + alarms.confusable;
console.log(`  replace-damage + confusable: ${((rc * 1e5) / chars).toFixed(2)} per 100,000`);
