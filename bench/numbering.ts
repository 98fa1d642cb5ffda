// npm run bench:numbering: numbering on complete text, per register (the measure part unless --part tune).
//
//   1. False alarms: heading-sequence, heading-level and duplicate-paragraph warnings on the untouched
//      reports (national, provincial) and laws, per 100,000 characters.
//   2. Mutations, deterministic (a fixed seed per document): in a series numbered 1, 2, 3… that the
//      untouched text keeps whole, a heading removed with its section, two neighbouring sections
//      swapped, a marker's number changed (to the next number, or the one before: a repeat). Each must
//      be found by heading-sequence, and one of its renumbering fixes must give, byte for byte, the
//      text expected: the original for a changed number; for a removal or a swap, the mutated text
//      with each moved heading's number written back from the original's marker at its position (the
//      bench's own splice, not the rule's numeral writer). A paragraph pasted twice must be found by
//      duplicate-paragraph and its fix must give the original back.
//
// What cannot be a numbering finding is not tried: removing the last heading of a series leaves
// 1…n-1 whole; removing the first article of a regulation leaves a quoted excerpt (第二条…), whose
// numbers need only increase. Removals and swaps stay within series whose sections hold no articles
// (an article series runs through chapters: moving a chapter renumbers articles too).
// Findings of the measure part are counted, never listed (--part tune --show lists what failed).
//   npm run bench:numbering [-- --part tune] [-- --show] [-- --debug TEXT] [-- --per N] [-- --only report,provincial,law]

import {
  analyze,
  applyEdits,
  DEFAULT_OPTIONS,
  Finding,
  Heading,
  parseReport,
  ReportModel,
  RULES,
  RuleOptions,
} from '../server/src/core';
import { isArticle } from '../server/src/core/lib/headings/levels';
import { headingSeries } from '../server/src/core/lib/headings/series';
import { corpusDocuments, corpusPresent, Kind, KIND_NAMES, Part, random } from '../scripts/corpus';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const part = arg('--part', 'measure') as Part;
const show = args.includes('--show') && part === 'tune';
/** --debug TEXT (tune part): for the failed mutations whose place holds TEXT, what each fix gave. */
const debugging = part === 'tune' ? arg('--debug', '') : '';
/** Mutations of each kind per document, at most. */
const PER_DOC = Number(arg('--per', '4'));
const REGISTERS = (args.includes('--only') ? arg('--only', '').split(',') : ['report', 'provincial', 'law']) as Kind[];
const MEASURED = ['heading-sequence', 'heading-level', 'duplicate-paragraph'] as const;
const rules = RULES.filter((r) => (MEASURED as readonly string[]).includes(r.id));
const options: RuleOptions = {
  ...DEFAULT_OPTIONS,
  rules: Object.fromEntries(MEASURED.map((id) => [id, 'warning' as const])),
};

type MutationKind = 'removed' | 'swapped' | 'changed' | 'pasted';
const KINDS: readonly MutationKind[] = ['removed', 'swapped', 'changed', 'pasted'];

interface Mutation {
  kind: MutationKind;
  text: string;
  expected: string;
  rule: string;
  where: string;
}

const findings = (model: ReportModel, only?: string): Finding[] =>
  analyze(model, options, { rules: only ? rules.filter((r) => r.id === only) : rules }).findings.filter(
    (f) => f.severity === 'warning',
  );

/** The numeral inside a marker as written (`（十二）` → `十二`, `第一百零五条` → `一百零五`). */
function numeral(marker: Heading['marker']): { start: number; end: number; text: string } {
  const m = /[〇零一二三四五六七八九十百千0-9０-９\u2460-\u2473]+/.exec(marker.text)!;
  return { start: marker.start + m.index, end: marker.start + m.index + m[0].length, text: m[0] };
}

/** Writes `edits` (offsets into `text`, not overlapping) into it. */
function splice(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Where a heading's whole section ends: the start of the line after its last line (the text's end at the last). */
function sectionEnd(model: ReportModel, h: Heading): number {
  const line = model.lines.find((l) => l.start <= h.section.end && h.section.end <= l.end)!;
  return line.next;
}

/** The start of the first line at or after `at` with something on it (the text's end when none). */
function nextContent(model: ReportModel, at: number): number {
  const line = model.lines.find((l) => l.start >= at && model.text.slice(l.start, l.end).trim());
  return line ? line.start : model.text.length;
}

/** Series the untouched text keeps whole (1, 2, 3…, nothing reported on them), of two or more headings. */
function wholeSeries(model: ReportModel, untouched: readonly Finding[]): Heading[][] {
  const flagged = new Set(untouched.filter((f) => f.ruleId === 'heading-sequence').map((f) => f.start));
  return headingSeries(model).filter(
    (s) => s.length >= 2 && s.every((h, i) => h.ordinal === i + 1 && !flagged.has(h.marker.start)),
  );
}

/** The series' sections hold no article: moving one moves no other series. */
const movable = (series: readonly Heading[], model: ReportModel) =>
  !series.some((h) =>
    model.allHeadings.some(
      (x) =>
        x !== h &&
        isArticle(x) &&
        x.level === 'article' &&
        x.range.start > h.range.start &&
        x.range.start < h.section.end,
    ),
  );

/** Up to PER_DOC mutations of each kind in one document, chosen by its own seed. */
function mutations(id: string, model: ReportModel, untouched: readonly Finding[]): Mutation[] {
  const text = model.text;
  let seed = 7;
  for (const c of id) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const series = wholeSeries(model, untouched);
  const out: Mutation[] = [];
  const where = (h: Heading) => `${id}:${text.slice(0, h.marker.start).split('\n').length} ${h.marker.text}`;
  if (series.length) {
    for (let n = 0; n < PER_DOC; n++) {
      // A number changed: to the next number (a typo) or the one before (a repeat), written as the series writes it.
      const s = pick(series);
      const k = Math.floor(rnd() * s.length);
      const to = pick([...(k > 0 ? [s[k - 1]] : []), ...(k + 1 < s.length ? [s[k + 1]] : [])]);
      out.push({
        kind: 'changed',
        text: splice(text, [{ ...numeral(s[k].marker), newText: numeral(to.marker).text }]),
        expected: text,
        rule: 'heading-sequence',
        where: where(s[k]),
      });
    }
    const movableSeries = series.filter((s) => movable(s, model));
    for (let n = 0; n < PER_DOC && movableSeries.length; n++) {
      // A heading removed with its section; the later ones take the numbers of the ones before them.
      const s = pick(movableSeries);
      const first = isArticle(s[0]) ? 1 : 0;
      if (s.length - 2 < first) continue;
      const k = first + Math.floor(rnd() * (s.length - 1 - first));
      const start = model.lines[s[k].line].start;
      const end = sectionEnd(model, s[k]);
      if (end > model.lines[s[k + 1].line].start) continue;
      const renumbered = s
        .slice(k + 1)
        .map((h, i) => ({ ...numeral(h.marker), newText: numeral(s[k + i].marker).text }));
      const removed = { start, end, newText: '' };
      out.push({
        kind: 'removed',
        text: splice(text, [removed]),
        expected: splice(text, [removed, ...renumbered]),
        rule: 'heading-sequence',
        where: where(s[k]),
      });
    }
    for (let n = 0; n < PER_DOC && movableSeries.length; n++) {
      // Two neighbouring sections swapped, each keeping its number; the fix gives them the numbers of their places.
      const s = pick(movableSeries);
      const k = Math.floor(rnd() * (s.length - 1));
      const [a, b] = [s[k], s[k + 1]];
      const aStart = model.lines[a.line].start;
      const bStart = model.lines[b.line].start;
      const bEnd = nextContent(model, sectionEnd(model, b));
      // Only sections that meet (blank lines between), the second ending with a line break.
      if (text.slice(sectionEnd(model, a), bStart).trim() || !/\n$/.test(text.slice(bStart, bEnd))) continue;
      const A = text.slice(aStart, bStart);
      const B = text.slice(bStart, bEnd);
      const swapped = text.slice(0, aStart) + B + A + text.slice(bEnd);
      // In the swapped text B's marker stands at aStart, A's at aStart + B.length.
      const at = (h: Heading, moved: number) => ({
        ...numeral(h.marker),
        start: numeral(h.marker).start + moved,
        end: numeral(h.marker).end + moved,
      });
      const bNum = at(b, aStart - bStart);
      const aNum = at(a, B.length);
      out.push({
        kind: 'swapped',
        text: swapped,
        expected: splice(swapped, [
          { ...bNum, newText: numeral(a.marker).text },
          { ...aNum, newText: numeral(b.marker).text },
        ]),
        rule: 'heading-sequence',
        where: where(a),
      });
    }
  }
  // A paragraph of text pasted right after itself.
  const prose = model.paragraphs.filter((p) => !p.heading && !p.verbatim && p.text.trim().length >= 40);
  for (let n = 0; n < Math.min(PER_DOC, prose.length); n++) {
    const p = pick(prose);
    const line = model.lines[p.firstLine];
    const end = model.lines.find((l) => l.start <= p.end && p.end <= l.end)!;
    if (end.next === end.end) continue; // the last line, with no break to copy
    const copy = text.slice(line.start, end.next);
    out.push({
      kind: 'pasted',
      text: text.slice(0, end.next) + copy + text.slice(end.next),
      expected: text,
      rule: 'duplicate-paragraph',
      where: `${id}:${p.firstLine + 1}`,
    });
  }
  return out;
}

/** Found (more findings of the rule than the untouched text has) and restored (one of them fixes it to the expected text). */
function judge(m: Mutation, before: number): { found: boolean; restored: boolean } {
  const found = findings(parseReport(m.text), m.rule);
  const restored = found.some((f) => f.fixes.some((fix) => applyEdits(m.text, fix.edits) === m.expected));
  return { found: restored || found.length > before, restored };
}

/** What the fixes gave against what was expected, around the first difference (tune part only). */
function debug(m: Mutation): void {
  for (const f of findings(parseReport(m.text), m.rule)) {
    for (const fix of f.fixes) {
      const got = applyEdits(m.text, fix.edits);
      let i = 0;
      while (i < got.length && got[i] === m.expected[i]) i++;
      console.log(
        `  ${m.kind} ${m.where}: ${f.message}\n    got      …${got.slice(i - 40, i + 40)}\n    expected …${m.expected.slice(i - 40, i + 40)}`,
      );
    }
  }
}

function main(): void {
  if (!corpusPresent()) {
    console.log('numbering: no corpus (../shared/corpus or $GONGWEN_CORPUS): nothing to measure');
    return;
  }
  console.log(`numbering: ${part} part; ${PER_DOC} mutations of each kind per document at most`);
  for (const kind of REGISTERS) {
    let chars = 0;
    let docs = 0;
    const alarms: Record<string, number> = Object.fromEntries(MEASURED.map((id) => [id, 0]));
    const tally = Object.fromEntries(KINDS.map((k) => [k, { tried: 0, found: 0, restored: 0 }]));
    const failed: string[] = [];
    for (const doc of corpusDocuments(part, [kind])) {
      docs++;
      chars += doc.text.length;
      const model = parseReport(doc.text);
      const untouched = findings(model);
      for (const f of untouched) alarms[f.ruleId]++;
      for (const m of mutations(doc.id, model, untouched)) {
        const { found, restored } = judge(m, untouched.filter((f) => f.ruleId === m.rule).length);
        const t = tally[m.kind];
        t.tried++;
        if (found) t.found++;
        if (restored) t.restored++;
        else {
          failed.push(`${m.kind} ${m.where}${found ? ' (found, not restored)' : ' (not found)'}`);
          if (debugging && m.where.includes(debugging)) debug(m);
        }
      }
    }
    const per = (n: number) => ((n * 100_000) / chars).toFixed(2);
    console.log(`\n${KIND_NAMES[kind]}: ${docs} documents, ${chars} characters`);
    const target = kind === 'law' ? 'with repeated-phrase ≤ 2 together' : 'target ≤ 0.5 each';
    console.log(`  false alarms on the untouched text (warnings per 100,000 characters; ${target}):`);
    for (const id of MEASURED)
      console.log(`    ${id.padEnd(20)} ${String(alarms[id]).padStart(4)}  ${per(alarms[id])}`);
    const mine = MEASURED.reduce((n, id) => n + alarms[id], 0);
    console.log(`    ${'together'.padEnd(20)} ${String(mine).padStart(4)}  ${per(mine)}`);
    console.log('  mutations: found / restored byte for byte by the fix / tried');
    for (const k of KINDS) {
      const t = tally[k];
      console.log(`    ${k.padEnd(8)} ${t.found} / ${t.restored} / ${t.tried}`);
    }
    if (show) for (const f of failed) console.log(`    ${f}`);
    else if (failed.length)
      console.log(`    ${failed.length} not restored (list them on the tune part: --part tune --show)`);
  }
}

main();
