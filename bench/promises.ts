// What the text promises (issue 16): recall on mutations of the measure part of the corpus, and false
// alarms on its untouched text and on the published samples, for count-claim, period and the series
// check of heading-sequence. Tune on the tune part only; these are the measure figures.
//   npm run bench:promises            (GONGWEN_CORPUS=… for another corpus folder)
//   npm run bench:promises -- tune    (the same on the tune part, to tune on)
//
// Mutations (deterministic, seed 16):
//   count   a claim whose list agrees (三个方面：一是…二是…三是…) gets a count one more or one less;
//   series  a paragraph's series 一是…，二是…，三是… gets two markers swapped;
//   year    a government work report gets a title naming its year moved by -2, -1, +1, +2
//           (the untouched report gets the title with its own year: it must stay quiet).
// Flagged: a finding of the rule over the changed span (count, series) or anywhere (year).

import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_OPTIONS, Finding, parseReport, RULES, RuleOptions } from '../server/src/core';
import { corpusDocuments, corpusPresent, CorpusDocument, Part } from '../scripts/corpus';
import { countClaims, ListFinder } from '../server/src/core/lib/counts';
import { countMutations, Mutation, seriesMutations, yearMutation } from './promises-mutations';

const IDS = ['count-claim', 'period', 'heading-sequence'];
const SEED = 16;
const root = path.resolve(__dirname, '..');
const PART: Part = process.argv.includes('tune') ? 'tune' : 'measure';

function options(): RuleOptions {
  const rules: RuleOptions['rules'] = {};
  for (const r of RULES)
    rules[r.id] = IDS.includes(r.id) ? (r.defaultSeverity === 'off' ? 'hint' : r.defaultSeverity) : 'off';
  return { ...DEFAULT_OPTIONS, rules };
}
const OPTIONS = options();
const RUN = RULES.filter((r) => IDS.includes(r.id));

function findings(text: string): Finding[] {
  const result = analyze(parseReport(text), OPTIONS, { rules: RUN });
  for (const f of result.failures) throw f.error;
  return result.findings;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const show = (text: string, f: { start: number; end: number }) =>
  text.slice(Math.max(0, f.start - 12), f.end + 12).replace(/\r?\n/g, '⏎');

if (!corpusPresent()) {
  console.log('no corpus (../shared/corpus or $GONGWEN_CORPUS): nothing to measure');
  process.exit(0);
}
const started = Date.now();
const reports = [...corpusDocuments(PART, ['report'])];
// News items are many; those with a count or a series are the ones these rules read.
const news = [...corpusDocuments(PART, ['news'])];
const newsWith = news.filter((d) =>
  /[一二三四五六七八九十两0-9](?:个方面|方面|个|项|点|条|大|件|种|类)|[，；：]二[是要]/.test(d.text),
);

// 1. False alarms: untouched measure text and the published samples.
const quiet: Record<string, number> = { 'count-claim': 0, period: 0 };
// Series findings on items (not headings) on complete text: false alarms too, though not this target.
let itemAlarms = 0;
const isItemFinding = (text: string, f: Finding) =>
  f.ruleId === 'heading-sequence' &&
  /^(?:[一二三四五六七八九十]+[是要]|第|首先|其次|再次|最后)/.test(text.slice(f.start, f.end));
const alarms: string[] = [];
const published = fs
  .readdirSync(path.join(root, 'test/fixtures/samples/published'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const untouched: Array<[string, string]> = [
  ...reports.map((d): [string, string] => [d.id, d.text]),
  ...reports
    .filter((d) => d.id.includes('gov-'))
    .map((d): [string, string] => [`${d.id}+title`, govTitle(d.file.year) + '\n\n' + d.text]),
  ...newsWith.map((d): [string, string] => [d.id, d.text]),
];
const baseline = new Map<string, Finding[]>();
for (const [id, text] of untouched) {
  const fs_ = findings(text);
  baseline.set(id, fs_);
  if (!id.endsWith('+title')) itemAlarms += fs_.filter((f) => isItemFinding(text, f)).length;
  for (const f of fs_)
    if (f.ruleId in quiet) {
      quiet[f.ruleId]++;
      alarms.push(`  ${id} [${f.ruleId}] …${show(text, f)}…  ${f.message}`);
    }
}
const onPublished: Record<string, number> = { 'count-claim': 0, period: 0 };
for (const f of published) {
  const text = fs.readFileSync(path.join(root, 'test/fixtures/samples/published', f), 'utf8');
  for (const x of findings(text))
    if (x.ruleId in onPublished) {
      onPublished[x.ruleId]++;
      alarms.push(`  published/${f} [${x.ruleId}] …${show(text, x)}…  ${x.message}`);
    }
}

// 2. Mutations.
function govTitle(year: number): string {
  return `${year}年政府工作报告`;
}
const mutations: Mutation[] = [];
const coverage = { colon: 0, listed: 0 };
for (const d of [...reports, ...newsWith]) {
  const model = parseReport(d.text);
  const finder = new ListFinder(model);
  for (const c of countClaims(model).filter((x) => x.colon)) {
    coverage.colon++;
    if (finder.listAfter(c)) coverage.listed++;
  }
}
const docs: CorpusDocument[] = [...reports, ...newsWith];
docs.forEach((d, k) => {
  mutations.push(...countMutations(d.id, d.text, SEED + k));
  mutations.push(
    ...seriesMutations(d.id, d.text, SEED + k).filter((m) => !overlapsBaseline(d.id, m, 'heading-sequence')),
  );
});
for (const d of reports.filter((x) => x.id.includes('gov-')))
  for (const delta of [-2, -1, 1, 2]) mutations.push(yearMutation(d.id, d.text, govTitle, d.file.year, delta));

/** A series already flagged in the untouched text is no candidate. */
function overlapsBaseline(id: string, m: Mutation, rule: string): boolean {
  return (baseline.get(id) ?? []).some((f) => f.ruleId === rule && f.start < m.at.end && m.at.start < f.end);
}

const RULE_OF: Record<Mutation['kind'], string> = { count: 'count-claim', series: 'heading-sequence', year: 'period' };
const tally = new Map<string, { n: number; flagged: number; misses: string[] }>();
for (const m of mutations) {
  const key = `${m.kind}${m.inSentence ? ', inside sentences' : ''}${m.id.startsWith('news') ? ' (news)' : ' (reports)'}`;
  const t = tally.get(key) ?? { n: 0, flagged: 0, misses: [] };
  tally.set(key, t);
  t.n++;
  const hit = findings(m.text).some(
    (f) => f.ruleId === RULE_OF[m.kind] && (m.kind === 'year' || (f.start < m.at.end && m.at.start < f.end)),
  );
  if (hit) t.flagged++;
  else t.misses.push(`  ${m.id} ${m.note} …${show(m.text, m.at)}…`);
}

console.log(
  `${PART} part: ${reports.length} reports, ${newsWith.length} of ${news.length} news items (those with a count or an inline series)`,
);
console.log(`\nfalse alarms (target 0):`);
console.log(
  `  untouched ${PART} text (reports, reports with their own title, news): count-claim ${quiet['count-claim']}, period ${quiet.period}`,
);
console.log(
  `  published samples (${published.length}): count-claim ${onPublished['count-claim']}, period ${onPublished.period}`,
);
for (const a of alarms) console.log(a);
console.log(`  (heading-sequence on inline items in the untouched ${PART} text, reports and news: ${itemAlarms})`);
console.log(`\nmutations flagged (target ≥ 90%):`);
let all = 0;
let allFlagged = 0;
for (const [key, t] of [...tally].sort()) {
  all += t.n;
  allFlagged += t.flagged;
  console.log(`  ${key.padEnd(36)} ${t.flagged}/${t.n} = ${pct(t.flagged, t.n)}`);
}
console.log(`  ${'all'.padEnd(36)} ${allFlagged}/${all} = ${pct(allFlagged, all)}`);
console.log(
  `\ncount claims closed by a colon: ${coverage.colon}, with a list found after them: ${coverage.listed} (${pct(coverage.listed, coverage.colon)});` +
    ` the count mutations are made on those whose list agrees`,
);
for (const [key, t] of [...tally].sort())
  if (t.misses.length) console.log(`\nmissed ${key}:\n${t.misses.slice(0, 40).join('\n')}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
