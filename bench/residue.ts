// copy-residue on web copies, and the false alarms of the three hygiene rules of issue 13
// (copy-residue, replace-damage, confusable) on untouched text.
//   npx tsx bench/residue.ts [--part tune|measure] [--news N] [--show]
// Web copies, each register on its own:
//   - synthetic: a document of the part (national reports, a sample of news items) wrapped in
//     generated page chrome, ad blocks and tags (bench/residue-gen.ts);
//   - provincial pages: the provincial reports of the part as copied from their web pages, every
//     line labelled by `reportBody` (with the corrections listed by `pageCopy`);
//   - the fixtures (test/fixtures/web) and the sample drafts (test/fixtures/samples/drafts).
// Figures: chrome lines flagged whole; ad blocks with every line flagged whole; tags flagged; report
// lines flagged (false, also per 100 copies); copies whose fix-all equals the clean text byte for
// byte. Then findings on untouched text: national and provincial reports' bodies and news items of
// the part per 100,000 characters, and copy-residue on the laws of both parts (file and finding counts).

import * as fs from 'fs';
import * as path from 'path';
import {
  corpusDocuments,
  corpusFiles,
  corpusPresent,
  CorpusDocument,
  documentsOf,
  Part,
  random,
} from '../scripts/corpus';
import { analyze, DEFAULT_OPTIONS, fixAll, LineIndex, parseReport, RULES } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { pageCopy, WebCopy, webCopy } from './residue-gen';

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
const residue = (text: string) => run(text, ['copy-residue'], false);
const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

interface Score {
  copies: number;
  chrome: number;
  chromeHit: number;
  blocks: number;
  blocksHit: number;
  tags: number;
  tagsHit: number;
  reportLines: number;
  reportFlagged: number;
  restored: number;
}
const score = (): Score => ({
  copies: 0,
  chrome: 0,
  chromeHit: 0,
  blocks: 0,
  blocksHit: 0,
  tags: 0,
  tagsHit: 0,
  reportLines: 0,
  reportFlagged: 0,
  restored: 0,
});

/** Checks one labelled copy: which lines are flagged whole, which report lines are touched, and the text fix-all leaves. */
function measure(copy: WebCopy, s: Score): void {
  s.copies++;
  const found = residue(copy.text);
  const index = new LineIndex(copy.text);
  const textLines = copy.text.split('\n');
  const byLine = new Map<number, Array<[number, number]>>();
  for (const f of found) {
    const l = index.positionAt(f.start).line;
    const at = index.offsetAt({ line: l, character: 0 });
    byLine.set(l, [...(byLine.get(l) ?? []), [f.start - at, f.end - at]]);
  }
  const whole = (l: number) => (byLine.get(l) ?? []).some(([a, b]) => textLines[l].slice(a, b) === textLines[l].trim());
  const adBlocks = new Map<number, boolean>();
  copy.lines.forEach((line, l) => {
    if (!textLines[l].trim()) return;
    if (line.kind === 'chrome') {
      s.chrome++;
      if (whole(l)) s.chromeHit++;
      else if (show) console.log(`  miss chrome ${copy.id}: ${textLines[l].slice(0, 60)}`);
    } else if (line.kind === 'ad') {
      adBlocks.set(line.block!, (adBlocks.get(line.block!) ?? true) && whole(l));
      if (!whole(l) && show) console.log(`  miss ad ${copy.id}: ${textLines[l].slice(0, 60)}`);
    } else {
      s.reportLines++;
      const tag = copy.tags.find(([tl]) => tl === l)?.[1];
      const spans = byLine.get(l) ?? [];
      const own = spans.filter(([a, b]) => !tag || !textLines[l].slice(a, b).includes(tag));
      if (own.length) {
        s.reportFlagged++;
        if (show)
          console.log(
            `  false ${copy.id}: ${own.map(([a, b]) => textLines[l].slice(a, b).slice(0, 40)).join(' | ')} in ${textLines[l].slice(0, 40)}`,
          );
      }
      if (tag) {
        s.tags++;
        if (spans.some(([a, b]) => textLines[l].slice(a, b).includes(tag))) s.tagsHit++;
        else if (show) console.log(`  miss tag ${copy.id}: ${tag}`);
      }
    }
  });
  s.blocks += adBlocks.size;
  s.blocksHit += [...adBlocks.values()].filter(Boolean).length;
  const fixed = fixAll(copy.text, residue).text;
  if (fixed === copy.clean) s.restored++;
  else if (show) console.log(`  not restored ${copy.id}: ${firstDifference(fixed, copy.clean)}`);
}

/** Where two texts part, for --show. */
function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  return `at ${i}: left «${got.slice(i, i + 30).replace(/\n/g, '⏎')}» for «${want.slice(i, i + 30).replace(/\n/g, '⏎')}»`;
}

function print(title: string, s: Score): void {
  console.log(`  ${title}: ${s.copies} copies`);
  console.log(`    chrome lines flagged whole: ${pct(s.chromeHit, s.chrome)}`);
  if (s.blocks) console.log(`    ad blocks with every line flagged whole: ${pct(s.blocksHit, s.blocks)}`);
  if (s.tags) console.log(`    tags flagged: ${pct(s.tagsHit, s.tags)}`);
  console.log(
    `    report lines flagged: ${pct(s.reportFlagged, s.reportLines)}, ${((100 * s.reportFlagged) / Math.max(1, s.copies)).toFixed(1)} per 100 copies`,
  );
  console.log(`    fix-all equals the clean text byte for byte: ${pct(s.restored, s.copies)}`);
}

// The documents: every report of the part, and a fixed sample of its news items of 300 characters or more.
const docs: CorpusDocument[] = [];
const news: CorpusDocument[] = [];
for (const d of corpusDocuments(part, ['report', 'news']))
  (d.file.kind === 'report' ? docs : d.text.length >= 300 ? news : []).push(d);
const rnd = random(17);
for (let i = 0; i < newsSample && news.length; i++) docs.push(news.splice(Math.floor(rnd() * news.length), 1)[0]);
const provincial = [...corpusDocuments(part, ['provincial'])];

console.log(`copy-residue on web copies of the ${part} part`);
const synthetic = score();
const headlines = docs.filter((d) => d.file.kind === 'news');
docs.forEach((doc, k) => measure(webCopy(doc, 1000 + k, headlines), synthetic));
print('synthetic web copies (national reports and news)', synthetic);

const pages = score();
for (const doc of provincial) {
  const copy = pageCopy(doc);
  if (show) for (const [l, why] of copy.relabelled) console.log(`  relabelled ${doc.id}:${l + 1} ${why}`);
  measure(copy, pages);
}
print('provincial reports as copied from their web pages', pages);

// The fixtures and the sample drafts: fix-all must leave the clean text (a draft: itself).
const root = path.join(__dirname, '..', 'test', 'fixtures');
const fixtures = score();
const web = path.join(root, 'web');
for (const f of fs.readdirSync(web).filter((x) => x.endsWith('.txt') && !x.endsWith('.clean.txt'))) {
  fixtures.copies++;
  const fixed = fixAll(fs.readFileSync(path.join(web, f), 'utf8'), residue).text;
  if (fixed === fs.readFileSync(path.join(web, f.replace(/\.txt$/, '.clean.txt')), 'utf8')) fixtures.restored++;
  else if (show) console.log(`  not restored test/fixtures/web/${f}`);
}
const drafts = path.join(root, 'samples', 'drafts');
let draftsSame = 0;
const draftFiles = fs.readdirSync(drafts);
for (const f of draftFiles) {
  const text = fs.readFileSync(path.join(drafts, f), 'utf8');
  if (fixAll(text, residue).text === text) draftsSame++;
  else if (show) console.log(`  changed samples/drafts/${f}`);
}
console.log(`  fixtures: fix-all equals the clean text on ${pct(fixtures.restored, fixtures.copies)} web copies;`);
console.log(`    leaves ${pct(draftsSame, draftFiles.length)} sample drafts as they are`);

// False alarms on the untouched documents.
console.log(`untouched text of the ${part} part (findings of warning severity)`);
const registers: Array<[string, CorpusDocument[]]> = [
  ['national reports', docs.filter((d) => d.file.kind === 'report')],
  ['provincial reports (the report)', provincial],
  [`news items (${newsSample} sampled)`, docs.filter((d) => d.file.kind === 'news')],
];
for (const [name, group] of registers) {
  let chars = 0;
  const alarms: Record<string, number> = { 'copy-residue': 0, 'replace-damage': 0, confusable: 0 };
  for (const doc of group) {
    chars += doc.text.length;
    for (const f of run(doc.text, Object.keys(alarms), true)) {
      if (f.severity === 'information') continue;
      alarms[f.ruleId]++;
      if (show) console.log(`  alarm ${doc.id} ${f.ruleId}: ${f.message}`);
    }
  }
  const per = (n: number) => ((n * 1e5) / Math.max(1, chars)).toFixed(2);
  console.log(
    `  ${name}, ${group.length} documents, ${chars} chars: ` +
      Object.entries(alarms)
        .map(([id, n]) => `${id} ${n} (${per(n)} per 100,000)`)
        .join(', '),
  );
}
// copy-residue on the laws, both parts: another genre a report quotes, where it must stay silent.
for (const p of ['tune', 'measure'] as const) {
  let files = 0,
    chars = 0,
    findings = 0;
  for (const file of corpusFiles(p).filter((f) => f.kind === 'law')) {
    for (const doc of documentsOf(file)) {
      files++;
      chars += doc.text.length;
      const found = residue(doc.text);
      findings += found.length;
      // Only the findings of the part asked for are shown: the measured part is not looked at while tuning.
      if (show && p === part) for (const f of found) console.log(`  alarm ${doc.id}: ${f.message}`);
    }
  }
  console.log(`  laws (${p} part), ${files} files, ${chars} chars: copy-residue ${findings}`);
}
