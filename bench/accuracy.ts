// Accuracy on the samples (test/fixtures/samples): every registered rule over the drafts (real blanks and residue)
// and the published State Council reports (complete texts: findings there are likely false).
// Per rule: findings on drafts, and per 100,000 / 10,000 characters of published text. The two
// slot rules also list every finding, for checking by hand.
//   npm run bench:accuracy            (or: tsx bench/accuracy.ts [samples dir])

import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_OPTIONS, Finding, LineIndex, parseReport, RULES, RuleOptions } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { findMasks } from '../server/src/core/lib/slots/masks';

const SLOT_RULES = RULES.filter((r) => r.tags.includes('slot')).map((r) => r.id);
const root = path.resolve(__dirname, '..');
const samples = path.resolve(process.argv[2] ?? path.join(root, 'test', 'fixtures', 'samples'));
const segmenter = createInProcessSegmenter();

interface Run {
  file: string;
  text: string;
  chars: number;
  findings: Finding[];
}

/** Every rule on at its default severity (or 'hint' for rules off by default), so all are measured. */
function allRulesOn(): RuleOptions {
  const rules: RuleOptions['rules'] = {};
  for (const r of RULES) rules[r.id] = r.defaultSeverity;
  return { ...DEFAULT_OPTIONS, rules };
}

function runFolder(folder: string): Run[] {
  const dir = path.join(samples, folder);
  if (!fs.existsSync(dir)) {
    console.error(`no samples in ${dir}`);
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const text = fs.readFileSync(file, 'utf8');
      const model = parseReport(text, { format: f.endsWith('.md') ? 'markdown' : 'plain', segmenter });
      const result = analyze(model, allRulesOn());
      for (const failure of result.failures) console.error(`${f}: rule ${failure.ruleId} failed: ${String(failure.error)}`);
      return { file: `${folder}/${f}`, text, chars: [...text].length, findings: result.findings };
    });
}

function pad(s: string | number, n: number): string {
  const str = String(s);
  return str + ' '.repeat(Math.max(0, n - [...str].length));
}

/** One finding as file:line:column, the text it covers and a little context around it. */
function describe(run: Run, f: Finding): string {
  const pos = new LineIndex(run.text).positionAt(f.start);
  const covered = run.text.slice(f.start, f.end);
  const context = run.text.slice(Math.max(0, f.start - 10), Math.min(run.text.length, f.end + 10)).replace(/\r?\n/g, '⏎');
  return `  ${run.file}:${pos.line + 1}:${pos.character + 1}  [${f.ruleId}/${f.severity}]  「${covered}」  …${context}…  ${f.message}`;
}

const started = Date.now();
const drafts = runFolder('drafts');
const published = runFolder('published');
const publishedChars = published.reduce((n, r) => n + r.chars, 0);
const draftChars = drafts.reduce((n, r) => n + r.chars, 0);

console.log(`samples: ${samples}`);
console.log(`drafts: ${drafts.length} files, ${draftChars} characters; published: ${published.length} files, ${publishedChars} characters\n`);
console.log(`${pad('rule', 24)}${pad('drafts', 10)}${pad('published', 12)}${pad('/100k', 10)}/10k`);
for (const rule of RULES) {
  const d = drafts.reduce((n, r) => n + r.findings.filter((f) => f.ruleId === rule.id).length, 0);
  const p = published.reduce((n, r) => n + r.findings.filter((f) => f.ruleId === rule.id).length, 0);
  const per = (k: number) => (publishedChars ? ((p * k) / publishedChars).toFixed(2) : '-');
  console.log(`${pad(rule.id, 24)}${pad(d, 10)}${pad(p, 12)}${pad(per(100_000), 10)}${per(10_000)}`);
}

// Repeated phrases: warnings are what a drafter must look at; overuse is information by design.
const repeatedWarnings = published.flatMap((r) => r.findings.filter((f) => f.ruleId === 'repeated-phrase' && f.severity === 'warning').map((f) => describe(r, f)));
console.log(`\nrepeated-phrase warnings on published: ${repeatedWarnings.length} = ` +
  `${publishedChars ? ((repeatedWarnings.length * 10_000) / publishedChars).toFixed(2) : '-'} per 10,000 characters (target ≤ 1)`);
for (const w of repeatedWarnings) console.log(w);

const slotIds = SLOT_RULES.filter((id) => RULES.some((r) => r.id === id));
const isSlot = (f: Finding) => slotIds.includes(f.ruleId);
const slotsOnPublished = published.reduce((n, r) => n + r.findings.filter(isSlot).length, 0);
console.log(`\nslot findings (${slotIds.join(', ')}): drafts ${drafts.reduce((n, r) => n + r.findings.filter(isSlot).length, 0)}, ` +
  `published ${slotsOnPublished} = ${publishedChars ? ((slotsOnPublished * 100_000) / publishedChars).toFixed(2) : '-'} per 100,000 characters (target ≤ 2)`);

// An independent count of the masks in the drafts (runs of *, XX, ×, ○○, □□, ＿＿, 某某), each of
// which a slot finding must cover. Blank measure words (开展调研次) are not counted here: hand-check them below.
const MASK = /[*＊]+|[Xx]{2,}|(?<=[\p{Script=Han}0-9])[Xx](?=[\p{Script=Han}%％])|×+|[○〇□]{2,}|_{2,}|＿+|某某/gu;
let masks = 0;
const missed: string[] = [];
const twice: string[] = [];
for (const run of drafts) {
  const slots = run.findings.filter(isSlot);
  for (const m of run.text.matchAll(MASK)) {
    const start = m.index!;
    const end = start + m[0].length;
    masks++;
    const covering = slots.filter((f) => f.start <= start && end <= f.end);
    const where = `${run.file}:${new LineIndex(run.text).positionAt(start).line + 1} 「${m[0]}」 …${run.text.slice(Math.max(0, start - 8), end + 8)}…`;
    if (covering.length === 0) missed.push(where);
    if (covering.length > 1) twice.push(where);
  }
}
console.log(`masks in drafts: ${masks}, covered by a slot finding: ${masks - missed.length}, covered twice: ${twice.length}`);
for (const m of missed) console.log(`  missed: ${m}`);
for (const m of twice) console.log(`  twice: ${m}`);

// Blank measure words are rare in the samples, so make some: delete every mask from the drafts
// and see which of the deleted numbers missing-number still finds (开展集中学习共*次 -> 共次).
if (RULES.some((r) => r.id === 'missing-number')) {
  let deleted = 0;
  let foundGaps = 0;
  const lost: string[] = [];
  for (const run of drafts) {
    const model = parseReport(run.text, { format: 'plain', segmenter });
    const all = model.paragraphs.flatMap((p) => findMasks(model, p));
    let out = '';
    let at = 0;
    const gaps: Array<{ pos: number; kind: string; where: string }> = [];
    for (const m of all) {
      out += run.text.slice(at, m.start);
      gaps.push({ pos: out.length, kind: m.kind, where: run.text.slice(Math.max(0, m.start - 8), m.end + 4).replace(/\r?\n/g, '⏎') });
      at = m.end;
    }
    out += run.text.slice(at);
    const findings = analyze(parseReport(out, { format: 'plain', segmenter }), allRulesOn()).findings.filter((f) => f.ruleId === 'missing-number');
    for (const g of gaps.filter((g) => g.kind === 'number')) {
      deleted++;
      if (findings.some((f) => f.start <= g.pos && g.pos <= f.end)) foundGaps++;
      else lost.push(`${run.file}: …${g.where}…`);
    }
  }
  console.log(`\nnumber masks deleted from the drafts (synthetic blanks): ${deleted}, found as missing numbers: ${foundGaps}`);
  for (const l of lost) console.log(`  not found: ${l}`);
}

for (const [label, runs] of [['drafts', drafts], ['published', published]] as const) {
  console.log(`\nslot findings on ${label}:`);
  for (const run of runs) for (const f of run.findings.filter(isSlot)) console.log(describe(run, f));
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
