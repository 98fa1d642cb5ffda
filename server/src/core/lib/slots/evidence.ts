// The evidence of the slot table (server/data/slots.json, built by scripts/stats/slots.ts from the
// tune part of every register): for a unit written with no number before it, how likely a number was
// left out there. Each context key of the site (./context.ts) is counted twice in the table: how often
// complete text leaves the unit bare in that context, and how often a number deleted from complete
// text leaves it so (synthetic drafts of the tune part). A key's evidence is the likelihood ratio of
// the two, shrunk toward the unit's own ratio by its count (a context seen a few times says little,
// one never seen says nothing); a logistic model trained on the tune drafts weighs the families
// against each other and gives one probability per site. Text is read through the same functions
// here by the builder and by missing-number.

import { SlotModel, SlotTable } from '../tables';
import { FAMILIES, siteKeys, TaggedSpan } from './context';
import { PackedCounts } from './packed';

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

/** Where the run of numerals ending at `at` starts (at itself when there is none). */
export function numberStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 24 && NUMERAL.test(text[s - 1])) s--;
  return s;
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
    // 上万人 is about ten thousand, but 5万元以上万元以下 lacks its number.
    const approximate = APPROXIMATE.test(prev) && !(prev === '上' && text[at - 2] === '以');
    if (n0 < at || !(COUNTED.test(prev) || (multiplied ? approximate : DETERMINER.test(prev))))
      yield { u0: at, unit, n0 };
    at += unit.length;
  }
}

/** Every unit of text[from, to) written without a number (a number before a space counts: 2 亿元). */
export function* bareSites(
  text: string,
  matcher: UnitMatcher,
  from = 0,
  to = text.length,
): Generator<{ u0: number; unit: string }> {
  for (const { u0, unit, n0 } of unitSites(text, matcher, from, to)) {
    if (n0 < u0) continue;
    let b = u0;
    while (b > from && (text[b - 1] === ' ' || text[b - 1] === '\u00a0')) b--;
    if (b < u0 && /[0-9０-９]/.test(text[b - 1] ?? '')) continue;
    yield { u0, unit };
  }
}

/**
 * Numbers written in digits right before a unit (30万人, 6.5%, 提拔干部12人, 300多个), not inside a
 * range or a code (3-5个, A3个): what a drafter leaves out, and what the synthetic drafts take out.
 */
export function digitSites(text: string, matcher: UnitMatcher): DigitSite[] {
  const out: DigitSite[] = [];
  const digits = new RegExp(DIGIT_RUN.source, 'g');
  for (let m: RegExpExecArray | null; (m = digits.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = matcher.at(text, end);
    if (!unit) continue;
    const prev = text[start - 1] ?? '';
    if (/[0-9０-９.．,\-~～—–/:：A-Za-zＡ-Ｚａ-ｚ+＋×*]/.test(prev)) continue;
    // 1，200 is one number with a separator; after a comma between words a count starts (，3个村).
    if (prev === '，' && /[0-9０-９]/.test(text[start - 2] ?? '')) continue;
    // 300多个, 30余万元: "more than" may go with the number (个, 万元 left) or stay (多个, 余万元).
    const more = /^[多余]/.test(unit) ? matcher.at(text, end + 1) : '';
    out.push(more ? { start, end, unit, moreUnit: more } : { start, end, unit });
  }
  return out;
}

/** A number in digits before a unit; `moreUnit`: the unit after a 多 or 余 that follows the digits. */
export interface DigitSite {
  start: number;
  end: number;
  unit: string;
  moreUnit?: string;
}

/** How a site was judged: the probability a number was left out, and the evidence behind it. */
export interface Judgement {
  p: number;
  /** The most deletions any specific context of the site has seen (0: no context seen, no evidence). */
  support: number;
}

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * The evidence of one site's keys: the unit's log-odds (the share of its bare places where a number
 * was deleted), then, for each chain of families, the log likelihood ratio its most specific keys give
 * against the unit's: along a chain each key's ratio is shrunk toward the one before it by `shrink`
 * pseudo-counts (a key seen a few times moves it little, one never seen not at all). `support`: the
 * most deletions any key naming a neighbour has seen where it at least doubles the odds of a gap.
 */
export function keyEvidence(
  counts: (key: string) => readonly [number, number] | undefined,
  keys: readonly string[],
  model: Pick<SlotModel, 'chains' | 'shrink'>,
): { x: number[]; support: number } | undefined {
  const unit = counts(keys[0]);
  if (!unit) return undefined;
  const pu = (unit[1] + 0.5) / (unit[0] + unit[1] + 1);
  const lu = logit(pu);
  const seen = new Map<number, readonly [number, number] | undefined>();
  const at = (f: number) => {
    if (!seen.has(f)) seen.set(f, counts(keys[f]));
    return seen.get(f);
  };
  const x = [lu];
  for (const chain of model.chains) {
    let p = pu;
    for (const letter of chain) {
      const c = at(FAMILIES.indexOf(letter));
      if (c) p = (c[1] + model.shrink * p) / (c[0] + c[1] + model.shrink);
    }
    x.push(logit(p) - lu);
  }
  let support = 0;
  for (const letter of SPECIFIC) {
    const f = FAMILIES.indexOf(letter);
    if (!namesNeighbour(keys[f], keys[0].slice(1))) continue;
    const c = at(f);
    // Support: a context that at least doubles the odds of a gap over the unit's own.
    if (c && logit((c[1] + model.shrink * pu) / (c[0] + c[1] + model.shrink)) - lu >= Math.LN2)
      support = Math.max(support, c[1]);
  }
  return { x, support };
}

/** Families whose keys may name the site's neighbours (characters, words, their tags, the word the unit is cut into). */
const SPECIFIC = FAMILIES.slice(1);

/**
 * True when a key names a neighbour of the unit (a character, a word or its tag), not only classes of
 * them (。 punctuation, ” a closing quote, 0 a number, a Latin, x or - no word) or the unit alone:
 * 突破|万亿元 and v|万亿元 do, 万亿元|。 does not.
 */
function namesNeighbour(key: string, unit: string): boolean {
  if (key.startsWith('salone|')) return false;
  return key
    .slice(1)
    .replace(/^~/, '')
    .split('|')
    .some((part) => part !== unit && !/^[。”0ax-]*$/.test(part) && !part.startsWith('*'));
}

/** The slot table, ready for lookups: the packed counts decoded once, the model. */
export class SlotEvidence {
  readonly matcher: UnitMatcher;
  readonly counts: PackedCounts;
  private readonly model: SlotModel;

  constructor(data: SlotTable) {
    this.matcher = new UnitMatcher(data.units);
    this.counts = new PackedCounts(data.counts);
    this.model = data.model;
  }

  /** Every unit of text[from, to) written without a number. */
  bare(text: string, from = 0, to = text.length): Generator<{ u0: number; unit: string }> {
    return bareSites(text, this.matcher, from, to);
  }

  /**
   * How likely a number was left out before the unit at u0: 1 for a sign (%, ‰) straight after a
   * Chinese character, which always lacks its number; else the model's probability, 0 without support.
   */
  judge(text: string, tokens: readonly TaggedSpan[], u0: number, unit: string, skip = ''): Judgement {
    // A sign never follows a word or opens a clause or a paragraph without its number (达%, ，%); after
    // a colon or a bracket it names the unit of a table (单位：%, 增长（%）).
    if (/^[%％‰]$/.test(unit) && /^(?:[\p{Script=Han}，、；。\r\n]|)$/u.test(charBeforeSkipping(text, u0, skip)))
      return { p: 1, support: Infinity };
    const keys = siteKeys(text, tokens, u0, unit, skip);
    const e = keyEvidence((k) => this.counts.counts(k), keys, this.model);
    if (!e) return { p: 0, support: 0 };
    let z = this.model.bias;
    for (let i = 0; i < e.x.length; i++) z += this.model.weights[i] * e.x[i];
    const p = 1 / (1 + Math.exp(-z));
    return { p: e.support >= this.model.support ? p : 0, support: e.support };
  }
}

/** The character before `at`, reading through a placeholder that ends there. */
function charBeforeSkipping(text: string, at: number, skip: string): string {
  if (skip && text.startsWith(skip, at - skip.length)) at -= skip.length;
  return text[at - 1] ?? '';
}
