// Near-identical sentences: a sentence said again word for word, or with a word or two changed at
// one place (an edit's leftover: the drafter rewrote it and kept the old one). Each sentence is keyed
// by its opening and closing words (after light words in front: 同时，我们要…), so candidates are
// found by key and compared word by word only when they share one.

import { Span } from '../../model';
import { excerpt } from '../../text';
import { spanOf } from './clause';
import { Found } from './report';
import { light } from './structure';
import { placesOf, Tally } from './tally';
import { countable, phraseKey, TokenStream } from './stream';

/** A sentence's content (stream indices [b, e), its characters) and its keys. */
export interface SentenceKey {
  b: number;
  e: number;
  chars: number;
  /** Keys of its first and last few words, and of the whole. */
  head: number;
  tail: number;
  whole: number;
}

const DIGIT = /[0-9０-９]/;
/** The opening and closing keys cover words of at least this many characters. */
const ANCHOR_CHARS = 4;
/** Two sentences are near-identical when what they share at their start and end covers this much of the longer… */
export const NEAR_SHARE = 0.8;
/** …or when one is the other's start or end and this long beside it (a sentence extended, the old one kept). */
export const CONTAINED_SHARE = 0.5;

const key = phraseKey;

/** The keys of the paragraph's sentences of `minChars`+ characters (headings and the title left out). */
export function sentenceKeys(s: TokenStream, minChars: number): SentenceKey[] {
  const out: SentenceKey[] = [];
  for (let a = 0; a < s.n; a = s.sentEnd[a]) {
    const e = s.sentEnd[a];
    let heading = false;
    for (let i = a; i < e && !heading; i++) heading = s.heading[i] === 1;
    if (heading) continue;
    // Light words in front are no content: 同时，… / 我们要… / 一是…
    let b = a;
    while (b < e && light(s, b)) b++;
    const chars = s.cs[e] - s.cs[b];
    // Fixed formulations said again are no leftover: what counts is the wording around them.
    if (b === e || countable(s, b, e) < minChars) continue;
    let h = b;
    while (h < e && s.cs[h] - s.cs[b] < ANCHOR_CHARS) h++;
    let t = e;
    while (t > b && s.cs[e] - s.cs[t] < ANCHOR_CHARS) t--;
    out.push({ b, e, chars, head: key(s, b, h), tail: key(s, t, e), whole: key(s, b, e) });
  }
  return out;
}

/**
 * 'same' when the two sentences say the same words; 'near' when the words they share at their start
 * and at their end cover NEAR_SHARE of the longer (one changed or added at one place), or when one
 * is the start or the end of the other and CONTAINED_SHARE of it (extended); else undefined.
 */
export function nearIdentical(
  sa: TokenStream,
  a: SentenceKey,
  sb: TokenStream,
  b: SentenceKey,
): 'same' | 'near' | undefined {
  if (a.head !== b.head && a.tail !== b.tail) return undefined;
  const longer = Math.max(a.chars, b.chars);
  if (Math.min(a.chars, b.chars) < CONTAINED_SHARE * longer) return undefined;
  let p = 0;
  const max = Math.min(a.e - a.b, b.e - b.b);
  while (p < max && sa.id[a.b + p] === sb.id[b.b + p]) p++;
  if (p === a.e - a.b && p === b.e - b.b) return 'same';
  if (p === max) return 'near';
  let q = 0;
  while (q < max - p && sa.id[a.e - 1 - q] === sb.id[b.e - 1 - q]) q++;
  if (q === max) return 'near';
  const shared = sa.cs[a.b + p] - sa.cs[a.b] + (sa.cs[a.e] - sa.cs[a.e - q]);
  if (shared < NEAR_SHARE * longer) return undefined;
  // Different figures at one place (可以延长六个月 / 可以延长三个月) say two things on purpose.
  const numeral = (s: TokenStream, from: number, to: number) => {
    for (let i = from; i < to; i++) if (s.token(i).tag === 'm' || DIGIT.test(s.token(i).word)) return true;
    return false;
  };
  return numeral(sa, a.b + p, a.e - q) || numeral(sb, b.b + p, b.e - q) ? undefined : 'near';
}

/** How many earlier sentences sharing a key are compared with a sentence: the nearest few. */
const LOOK_BACK = 8;

/** Earlier sentences by their keys, nearest last. */
export class SentenceIndex {
  private readonly byHead = new Map<number, number[]>();
  private readonly byTail = new Map<number, number[]>();

  /** Adds sentence `k` under the index `at`. */
  add(k: SentenceKey, at: number): void {
    for (const [map, key] of [
      [this.byHead, k.head],
      [this.byTail, k.tail],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    }
  }

  /** The earlier sentences sharing a key with `k`, nearest first (at most LOOK_BACK of each key). */
  candidates(k: SentenceKey): number[] {
    const head = this.byHead.get(k.head)?.slice(-LOOK_BACK) ?? [];
    const tail = k.tail === k.head ? [] : (this.byTail.get(k.tail)?.slice(-LOOK_BACK) ?? []);
    return [...new Set([...head, ...tail])].sort((x, y) => y - x);
  }
}

/** The finding on the later of two near-identical sentences: deleting it is offered when they are the same. */
export function nearFinding(
  se: TokenStream,
  early: SentenceKey,
  sl: TokenStream,
  late: SentenceKey,
  near: 'same' | 'near',
  quote: string,
  earlyShift = 0,
): Found {
  // The later sentence goes whole; with other light words in front (同时，…) or other marks, after a look.
  const copy = near === 'same' ? sl.sentences[sl.sent[late.b]] : undefined;
  const exact = copy !== undefined && sameText(se, early, sl, late);
  return {
    span: spanOf(sl, late.b, late.e - late.b),
    key: 'near',
    args: [quote],
    fix: copy ? { span: copy, safe: exact } : undefined,
    related: [{ start: se.start[early.b] + earlyShift, end: se.end[early.e - 1] + earlyShift, key: 'first' }],
  };
}

/** True when the two sentences are the same text, marks included. */
function sameText(se: TokenStream, early: SentenceKey, sl: TokenStream, late: SentenceKey): boolean {
  const e = se.sentences[se.sent[early.b]];
  const l = sl.sentences[sl.sent[late.b]];
  return se.text.slice(e.start, e.end) === sl.text.slice(l.start, l.end);
}

/**
 * Sentences said again word for word in a later paragraph within `window` characters (a paragraph
 * split around a leftover). Only the same words count across paragraphs: parallel sentences of
 * neighbouring paragraphs (articles of a law, items of a list) differ at one place by design, and a
 * sentence at the same place of two paragraphs (the last of each: 有关情况应当登记备案。) is their
 * frame. Two paragraphs that are that one sentence each are duplicate-paragraph's; a `formulation`
 * (本法另有规定的，依照其规定) is said as often as needed, and so is any sentence of a `law`, which
 * states each procedure in full (有特殊情况需要延长的，经…批准，可以延长六个月). `tally` counts the parts' sentence keys
 * (threshold 2): only sentences said more than once are looked at. Document offsets.
 */
export function acrossParagraphs(
  parts: ReadonlyArray<{ paragraph: Span; own: Own }>,
  tally: Tally<Own>,
  window: number,
  formulation: (text: string) => boolean,
  law: boolean,
): Found[] {
  // A law states each procedure in full: its sentences recur across paragraphs by design.
  if (tally.hot.size === 0 || law) return [];
  const places = placesOf(parts, tally);
  const out: Found[] = [];
  for (const key of tally.hot) {
    const said: Array<{ j: number; q: number }> = [];
    for (const own of tally.ownersOf(key))
      own.sentenceKeys.forEach((k, q) => {
        if (k === key) for (const j of places.get(own) ?? []) said.push({ j, q });
      });
    said.sort((a, b) => a.j - b.j || a.q - b.q);
    for (let n = 1; n < said.length; n++) {
      const e = said[n - 1];
      const l = said[n];
      if (e.j === l.j) continue; // inside one paragraph: its own part's
      const early = parts[e.j];
      const late = parts[l.j];
      const ek = early.own.sentences[e.q];
      const lk = late.own.sentences[l.q];
      const es = early.own.stream;
      const ls = late.own.stream;
      const gap = late.paragraph.start + ls.start[lk.b] - (early.paragraph.start + es.end[ek.e - 1]);
      if (gap > window || samePlace(es, ek, ls, lk)) continue;
      if ((alone(early.own, ek) && alone(late.own, lk)) || formulation(excerptOf(ls, lk, Infinity))) continue;
      const quote = excerptOf(ls, lk);
      const found = nearFinding(es, ek, ls, lk, 'same', quote, early.paragraph.start - late.paragraph.start);
      out.push(shiftFound(found, late.paragraph.start));
    }
  }
  return out;
}

/** What a paragraph's part gives for this: its stream and sentences. */
interface Own {
  stream: TokenStream;
  sentences: SentenceKey[];
  sentenceKeys: Float64Array;
}

/** True when the sentence is all its paragraph has to say. */
function alone(own: { sentences: SentenceKey[]; stream: TokenStream }, k: SentenceKey): boolean {
  return own.sentences.length === 1 && own.stream.sentences.length === 1 && k.e === own.stream.n;
}

function excerptOf(s: TokenStream, k: SentenceKey, max = 20): string {
  const text = s.text.slice(s.start[k.b], s.end[k.e - 1]);
  return max === Infinity ? text : excerpt(text, max);
}

/** True when two sentences stand at the same place of their paragraphs, counted from the start or the end. */
function samePlace(se: TokenStream, e: SentenceKey, sl: TokenStream, l: SentenceKey): boolean {
  const ei = se.sent[e.b];
  const li = sl.sent[l.b];
  return ei === li || se.sentences.length - ei === sl.sentences.length - li;
}

function shiftFound(f: Found, by: number): Found {
  const move = <T extends Span>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return { ...f, span: move(f.span), fix: f.fix && { ...f.fix, span: move(f.fix.span) }, related: f.related.map(move) };
}
