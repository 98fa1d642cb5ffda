// The evidence of the slot table (server/data/slots.json, built by scripts/stats/slots.ts from the
// tune part of the corpus): how often complete text writes a number before a unit in a context. The
// builder and missing-number read text through the same functions here, so both count the same way.

import { charAt as after, charBefore as before } from '../../text';
import { SlotTable } from '../tables';

/** Digits and numerals that make the text before a unit its number (三个, 30个, 1.5万元, 二〇二三年). */
export const NUMERAL = /[0-9０-９.．〇○零一二两兩三四五六七八九十百千万萬亿億]/;
/** Digits only: what a drafter deletes or masks (and the synthetic drafts do). */
export const DIGIT_RUN = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** Characters that make what follows a counted quantity without a number (几个, 每个, 各项, 这次, *个). */
export const COUNTED = /[几半俩仨廿卅某】*＊×□XxＸｘ]/;

/** Determiners that count a measure word (这个, 每次, 各项), though not a multiplied unit (各万吨 lacks its number). */
const DETERMINER = /[这那每各此该哪]/;

/** Before 万 and 亿, words of size make the number (近万人, 逾亿元, 上万人次: about ten thousand). */
const APPROXIMATE = /[近逾超上数成]/;

/** Clause punctuation and breaks: one context class, so 「，个村」 and 「。个村」 share their evidence. */
const BOUNDARY = /[\s，。；、：！？,;:!?（）()“”‘’"《》【】「」『』〈〉—…·\u3000]/;

/** The context class of one character (code point): punctuation and breaks 。, digits 0, Latin a. */
export function contextClass(ch: string): string {
  if (ch === '') return '。';
  if (BOUNDARY.test(ch)) return '。';
  if (/[0-9０-９]/.test(ch)) return '0';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(ch)) return 'a';
  return ch;
}

/**
 * The features of a unit at [u0, u1) whose number would end at `n0` (n0 === u0 when none is
 * written): the unit itself, the character before with the unit, the two before with the unit,
 * the unit with the character after, the characters on both sides with the unit.
 */
export function featureKeys(text: string, n0: number, unit: string, u1: number): string[] {
  const c1 = before(text, n0);
  const c2 = before(text, n0 - c1.length);
  const k1 = contextClass(c1);
  const k2 = c1 === '' ? '。' : contextClass(c2);
  const r1 = contextClass(after(text, u1));
  return [unit, `${k1}|${unit}`, `${k2}${k1}|${unit}`, `${unit}|${r1}`, `${k1}|${unit}|${r1}`];
}

/** Where the run of numerals ending at `at` starts (at itself when there is none). */
export function numberStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 24 && NUMERAL.test(text[s - 1])) s--;
  return s;
}

/** A token as the shape of a unit reads it: offsets and the segmenter's tag. */
export interface TaggedSpan {
  start: number;
  end: number;
  tag: string;
}

/** The token covering `offset` in sorted tokens, or undefined. */
export function tokenAt(tokens: readonly TaggedSpan[], offset: number): TaggedSpan | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/**
 * How the segmenter cut a unit at [u0, u1), with the tag of the word before it: a word of its own
 * (alone), an unknown join (x: 巡河次), the start or the end of a word (个人, 首次), inside one.
 */
export function shapeOf(tokens: readonly TaggedSpan[], u0: number, u1: number): string {
  const first = tokenAt(tokens, u0);
  const last = tokenAt(tokens, u1 - 1);
  if (!first || !last) return 'none';
  let shape: string;
  if (first.start === u0 && last.end === u1) shape = 'alone';
  else if (first === last && first.tag === 'x' && last.end === u1) shape = 'x';
  else if (first.start === u0) shape = 'starts';
  else if (last.end === u1) shape = 'ends';
  else shape = 'inside';
  const prev = first.start === u0 ? tokenAt(tokens, u0 - 1) : undefined;
  return `${shape}:${prev ? prev.tag : '-'}`;
}

/** A longest-match lookup of units by their first character. */
export class UnitMatcher {
  private readonly byFirst = new Map<string, string[]>();

  constructor(units: readonly string[]) {
    for (const u of [...new Set(units)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
      const list = this.byFirst.get(u[0]);
      if (list) list.push(u);
      else this.byFirst.set(u[0], [u]);
    }
  }

  /** The longest unit starting at `at`, or ''. */
  at(text: string, at: number): string {
    const list = this.byFirst.get(text[at]);
    if (!list) return '';
    for (const u of list) if (text.startsWith(u, at)) return u;
    return '';
  }
}

/** A unit in the text: where it is, and where its number starts (n0 === u0 when none is written). */
export interface UnitSite {
  u0: number;
  unit: string;
  n0: number;
}

/**
 * The units of text[from, to), longest first and none inside another (万剂次 is one unit, so its
 * 次 is not judged alone); units after a counting word (几个, 每次, *个) are left out: counted already.
 */
export function* unitSites(text: string, matcher: UnitMatcher, from = 0, to = text.length): Generator<UnitSite> {
  for (let at = from; at < to;) {
    const unit = matcher.at(text, at);
    if (!unit || at + unit.length > to) {
      at++;
      continue;
    }
    const n0 = numberStart(text, at);
    const prev = text[at - 1] ?? '';
    const multiplied = /^[万亿千百]/.test(unit);
    if (n0 < at || !(COUNTED.test(prev) || (multiplied ? APPROXIMATE : DETERMINER).test(prev)))
      yield { u0: at, unit, n0 };
    at += unit.length;
  }
}

/** Two counts in one number, each rounded to a quarter power of two (as 4·log2(n + 1)). */
export function encodeCounts(without: number, withNumber: number): number {
  const q = (n: number) => Math.min(127, Math.round(4 * Math.log2(n + 1)));
  return q(without) * 128 + q(withNumber);
}

/** The two counts a code stands for, without and with a number (see encodeCounts). */
export function decodeCounts(code: number): [number, number] {
  const d = (q: number) => Math.pow(2, q / 4) - 1;
  return [d(Math.floor(code / 128)), d(code % 128)];
}

/** A unit with no number before it, and the share of complete text that writes one there. */
export interface EvidenceGap {
  u0: number;
  unit: string;
  p: number;
}

/** The slot table, ready for lookups: a naive-Bayes judgement over the features above. */
export class SlotEvidence {
  readonly matcher: UnitMatcher;

  constructor(private readonly data: SlotTable) {
    this.matcher = new UnitMatcher(data.units);
  }

  /** The probability that a number belongs before the unit at u0, by complete text's counts (0 for an unknown unit). */
  share(text: string, u0: number, unit: string): number {
    const [u, ...rest] = featureKeys(text, u0, unit, u0 + unit.length);
    const code = this.data.contexts[u];
    if (code === undefined) return 0;
    const [a0, b0] = decodeCounts(code);
    let logit = Math.log((b0 + 0.5) / (a0 + 0.5));
    const lr = (key: string) => {
      const c = this.data.contexts[key];
      if (c === undefined) return undefined;
      const [a, b] = decodeCounts(c);
      // The likelihood ratio of this context, smoothed toward 1 (an unseen context says nothing).
      return Math.log((b + SMOOTH) / (b0 + SMOOTH) / ((a + SMOOTH) / (a0 + SMOOTH)));
    };
    const [left1, left2, right, both] = rest;
    // Overlapping contexts: the character on either side together when seen, else each side apart
    // (the longer left context when it was seen).
    const joint = lr(both);
    logit += joint ?? (lr(left2) ?? lr(left1) ?? 0) + (lr(right) ?? 0);
    return 1 / (1 + Math.exp(-logit));
  }

  /** Every unit of text[from, to) written without a number (a number before a space counts: 2 亿元). */
  *bare(text: string, from = 0, to = text.length): Generator<{ u0: number; unit: string }> {
    for (const { u0, unit, n0 } of unitSites(text, this.matcher, from, to)) {
      if (n0 < u0) continue;
      let b = u0;
      while (b > from && (text[b - 1] === ' ' || text[b - 1] === '\u00a0')) b--;
      if (b < u0 && /[0-9０-９]/.test(text[b - 1] ?? '')) continue;
      yield { u0, unit };
    }
  }

  /** The share for a bare unit: 1 for a sign (%, ‰) straight after a Chinese character, which always lacks its number. */
  judge(text: string, u0: number, unit: string): number {
    if (/^[%％‰]$/.test(unit) && /\p{Script=Han}/u.test(before(text, u0))) return 1;
    return this.share(text, u0, unit);
  }

  /** Every bare unit of text[from, to), with its share. */
  gaps(text: string, from = 0, to = text.length): EvidenceGap[] {
    const out: EvidenceGap[] = [];
    for (const { u0, unit } of this.bare(text, from, to)) out.push({ u0, unit, p: this.judge(text, u0, unit) });
    return out;
  }
}

const SMOOTH = 0.5;
