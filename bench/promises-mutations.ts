// Deterministic mutations of complete text for the promises bench: each makes one slip of the kind
// count-claim, heading-sequence (a series inside a paragraph) or period must find, and records where.
// The bench finds its own candidates (a claim whose list agrees, a series in a paragraph, a dated
// title) with scans of its own, so a rule that misses a candidate counts as a miss, not as no candidate.

import { random } from '../scripts/corpus';
import { parseReport } from '../server/src/core';
import { countClaims, ListFinder, writeCount } from '../server/src/core/lib/counts';

/** A mutated text and the span the slip is at (in the mutated text). */
export interface Mutation {
  kind: 'count' | 'series' | 'year';
  id: string;
  text: string;
  at: { start: number; end: number };
  /** What changed, for the bench's list of misses. */
  note: string;
  /** A series with two or more markers after a comma (inside a sentence): what the rule did not see before. */
  inSentence?: boolean;
}

/**
 * Claims whose list agrees with them, each changed to a count one more or one less (never the actual
 * number, never below two). The candidates come from the claim finder; a claim whose changed count
 * the rule then misses is a miss.
 */
export function countMutations(id: string, text: string, seed: number): Mutation[] {
  const model = parseReport(text);
  const finder = new ListFinder(model);
  const rnd = random(seed);
  const out: Mutation[] = [];
  for (const claim of countClaims(model)) {
    const list = finder.listAfter(claim);
    if (!list || list.members.length !== claim.claimed) continue;
    const n = claim.claimed;
    const to = n <= 2 || rnd() < 0.5 ? n + 1 : n - 1;
    const written = writeCount(claim.numeral.text, to);
    const mutated = text.slice(0, claim.numeral.start) + written + text.slice(claim.numeral.end);
    out.push({
      kind: 'count',
      id,
      text: mutated,
      at: { start: claim.numeral.start, end: claim.numeral.start + written.length },
      note: `${claim.numeral.text}→${written}`,
    });
  }
  return out;
}

const CN = '一二三四五六七八九十';
// 二是 after a comma, semicolon or colon (or at a line start): the bench's own scan for a series inside a paragraph.
const INLINE = /(?<=^|[，；：。！？\n])([一二三四五六七八九十])(是|要)(?![否求素点])/gm;

/** Paragraphs holding a series 一是…二是…三是… (three or more), two of whose markers are swapped (二是…三是 → 三是…二是). */
export function seriesMutations(id: string, text: string, seed: number): Mutation[] {
  const rnd = random(seed);
  const out: Mutation[] = [];
  let at = 0;
  for (const para of text.split('\n')) {
    const found = [...para.matchAll(INLINE)].map((m) => ({ at: at + m.index!, n: CN.indexOf(m[1]) + 1, form: m[2] }));
    at += para.length + 1;
    // One series from 一 in order, one form, at least three members, two of them after a comma.
    const start = found.findIndex((f) => f.n === 1);
    if (start < 0) continue;
    const series = [found[start]];
    for (const f of found.slice(start + 1)) if (f.n === series.length + 1 && f.form === series[0].form) series.push(f);
    if (series.length < 3) continue;
    const inSentence = series.filter((f) => text[f.at - 1] === '，').length >= 2;
    const i = 1 + Math.floor(rnd() * (series.length - 1));
    let j = 1 + Math.floor(rnd() * (series.length - 2));
    if (j >= i) j++;
    const [a, b] = i < j ? [series[i], series[j]] : [series[j], series[i]];
    const mutated = text.slice(0, a.at) + CN[b.n - 1] + text.slice(a.at + 1, b.at) + CN[a.n - 1] + text.slice(b.at + 1);
    out.push({
      kind: 'series',
      id,
      text: mutated,
      at: { start: a.at, end: b.at + 2 },
      note: `${CN[a.n - 1]}${a.form}↔${CN[b.n - 1]}${b.form}`,
      inSentence,
    });
  }
  return out;
}

/** The report with a title line naming its year moved by `delta` (a government work report of `year`). */
export function yearMutation(
  id: string,
  text: string,
  title: (year: number) => string,
  year: number,
  delta: number,
): Mutation {
  const line = title(year + delta);
  return {
    kind: 'year',
    id,
    text: `${line}\n\n${text}`,
    at: { start: 0, end: line.length },
    note: `${year}→${year + delta}`,
  };
}
