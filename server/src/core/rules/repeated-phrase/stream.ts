// One paragraph as a stream of content tokens (punctuation and blanks dropped), with what the repeat
// finders need: word ids, character counts, sentence, clause and series-item bounds, rolling hashes.
// Offsets are relative to the paragraph, so everything found from it is kept by its text.

import { Paragraph, Span, Token } from '../../model';
import { contentChars, fixedSpans } from './fixed';

/** The content tokens of one paragraph, as parallel arrays. */
export interface TokenStream {
  n: number;
  /** The paragraph's text: every offset below is into it. */
  text: string;
  /** The model's token behind stream token i. */
  token(i: number): Token;
  /** Offsets of each token in the paragraph. */
  start: Int32Array;
  end: Int32Array;
  /** The word's hash: the same word has the same id in every paragraph (masks get ids of their own). */
  id: Int32Array;
  /** Characters (code points of letters and digits) before token i: phrase lengths ignore punctuation. */
  cs: Int32Array;
  /** Sentence index of each token in the paragraph, and the stream index just past its sentence. */
  sent: Int32Array;
  sentEnd: Int32Array;
  /** The sentences' spans in the paragraph (one per sentence index). */
  sentences: Span[];
  /** Clause index of each token (clauses end at ，、；： and at sentence ends); where each clause starts and ends (stream indices). */
  clause: Int32Array;
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  /** Series item of each token: items end at ； and at sentence ends. */
  item: Int32Array;
  /** Major clause of each token: like clauses, but a list's items (、) are one. */
  major: Int32Array;
  /** 1 for tokens of the title or of a heading's own sentence (the body may restate them). */
  heading: Uint8Array;
  /** Characters of tokens before i that lie inside a fixed formulation (see fixed.ts). */
  fixedCs: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  p1: Int32Array;
  p2: Int32Array;
}

const B1 = 0x01000193;
const B2 = 0x5bd1e995;
const MASK = /^[*＊×○□Xx]+$/;
const CLAUSE_MARK = /[，、；：,;:]/;
const DIGIT = /[0-9０-９]/;

/** True for a word of Han characters only (most words): its length is its character count. */
function cjkOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return word.length > 0;
}

/** A word's id: its FNV-1a hash, non-negative (masks get negative ids of their own). */
export function wordId(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 1; // non-negative: negative ids are masks'
}

/** Where the paragraph's own heading sentence ends (-1 without one) and the title's span in it, if any. */
export interface Frame {
  headingEnd: number;
  title?: Span;
}

/**
 * The paragraph's stream. `frame` says which of its tokens belong to a heading sentence or the title
 * (relative offsets); `fixed` are the fixed formulations as written (punctuation is ignored).
 */
export function paragraphStream(p: Paragraph, frame: Frame, fixed: readonly string[]): TokenStream {
  const tokens = p.tokens ?? [];
  const text = p.text;
  const cap = tokens.length;
  const at = new Int32Array(cap);
  const id = new Int32Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const cs = new Int32Array(cap + 1);
  const sent = new Int32Array(cap);
  const clause = new Int32Array(cap);
  const item = new Int32Array(cap);
  const major = new Int32Array(cap);
  const heading = new Uint8Array(cap);
  const fixedCs = new Int32Array(cap + 1);
  const sentences: Span[] = [];
  // Fixed formulations never span a line break, so the paragraph's own text holds all of its own.
  const spans = fixedSpans(text, fixed);
  let r = 0;
  let si = 0;
  let n = 0;
  let lastSentence = -2;
  let clauses = 0;
  let items = 0;
  let majors = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A mask (* ×× ○○) stands for a number still to fill in: it matches nothing, not even another mask.
    const cjk = cjkOnly(t.word);
    const mask = !cjk && MASK.test(t.word);
    const chars = cjk || mask ? t.word.length : contentChars(t.word, 0, t.word.length);
    if (chars === 0) continue;
    while (si < p.sentences.length && p.sentences[si].end <= t.start) si++;
    const s = p.sentences.length ? Math.min(si, p.sentences.length - 1) : -1;
    const ts = t.start - p.start;
    const te = t.end - p.start;
    while (r < spans.length && spans[r].end <= ts) r++;
    let inside = 0;
    for (let q = r; q < spans.length && spans[q].start < te; q++)
      inside += contentChars(text, Math.max(ts, spans[q].start), Math.min(te, spans[q].end));
    const i = n++;
    if (s !== lastSentence) {
      lastSentence = s;
      sentences.push(
        s < 0
          ? { start: 0, end: text.length }
          : { start: p.sentences[s].start - p.start, end: p.sentences[s].end - p.start },
      );
      if (i > 0) {
        clauses++;
        items++;
        majors++;
      }
    } else if (i > 0) {
      const gap = text.slice(end[i - 1], ts);
      // A comma between digits groups thousands (３，１５４，６５７): no clause ends there.
      const grouping = gap.length === 1 && DIGIT.test(text[end[i - 1] - 1] ?? '') && DIGIT.test(text[ts] ?? '');
      if (CLAUSE_MARK.test(gap) && !grouping) clauses++;
      if (/[，；：,;:]/.test(gap) && !grouping) majors++;
      if (/[；;]/.test(gap)) items++;
    }
    at[i] = k;
    id[i] = mask ? -1 - i : wordId(t.word);
    start[i] = ts;
    end[i] = te;
    cs[i + 1] = cs[i] + chars;
    fixedCs[i + 1] = fixedCs[i] + inside;
    sent[i] = sentences.length - 1;
    clause[i] = clauses;
    item[i] = items;
    major[i] = majors;
    heading[i] =
      ts < frame.headingEnd || (frame.title !== undefined && ts >= frame.title.start && ts < frame.title.end) ? 1 : 0;
  }
  const h1 = new Int32Array(n + 1);
  const h2 = new Int32Array(n + 1);
  const p1 = new Int32Array(n + 1);
  const p2 = new Int32Array(n + 1);
  p1[0] = 1;
  p2[0] = 1;
  for (let i = 0; i < n; i++) {
    const v = id[i];
    const mixed = Math.imul(v, 0x9e3779b1) ^ (v >>> 7);
    h1[i + 1] = (Math.imul(h1[i], B1) + mixed) | 0;
    h2[i + 1] = (Math.imul(h2[i], B2) + Math.imul(mixed, 0x85ebca6b) + v) | 0;
    p1[i + 1] = Math.imul(p1[i], B1);
    p2[i + 1] = Math.imul(p2[i], B2);
  }
  const sentEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) sentEnd[i] = i + 1 < n && sent[i + 1] === sent[i] ? sentEnd[i + 1] : i + 1;
  const clauseStart = new Int32Array(clauses + 1);
  const clauseEnd = new Int32Array(clauses + 1);
  for (let i = n - 1; i >= 0; i--) clauseStart[clause[i]] = i;
  for (let i = 0; i < n; i++) clauseEnd[clause[i]] = i + 1;
  return {
    n,
    text,
    token: (i) => tokens[at[i]],
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    id: id.subarray(0, n),
    cs: cs.subarray(0, n + 1),
    sent: sent.subarray(0, n),
    sentEnd,
    sentences,
    clause: clause.subarray(0, n),
    clauseStart,
    clauseEnd,
    item: item.subarray(0, n),
    major: major.subarray(0, n),
    heading: heading.subarray(0, n),
    fixedCs: fixedCs.subarray(0, n + 1),
    h1,
    h2,
    p1,
    p2,
  };
}

/** A 32-bit polynomial hash of the token phrase [a, b). */
export function hash1(s: TokenStream, a: number, b: number): number {
  return (s.h1[b] - Math.imul(s.h1[a], s.p1[b - a])) | 0;
}

/** A second, independent hash of [a, b), its length mixed in: with hash1, 64 bits per phrase. */
export function hash2(s: TokenStream, a: number, b: number): number {
  return (s.h2[b] - Math.imul(s.h2[a], s.p2[b - a]) + Math.imul(b - a, 0x27d4eb2d)) | 0;
}

/** A 53-bit key of the phrase [a, b): its two hashes together (a Map key, comparable across paragraphs). */
export function phraseKey(s: TokenStream, a: number, b: number): number {
  return (hash1(s, a, b) >>> 0) * 0x200000 + ((hash2(s, a, b) >>> 0) & 0x1fffff);
}

/** Characters of [a, b) outside fixed formulations: what counts toward a repeat's length. */
export function countable(s: TokenStream, a: number, b: number): number {
  return s.cs[b] - s.cs[a] - (s.fixedCs[b] - s.fixedCs[a]);
}

/** True when [a, a+len) is one character over and over (一一一一, 的的的): garbage or a typo, not a phrase. */
export function oneCharacter(s: TokenStream, a: number, len: number): boolean {
  const c = s.token(a).word.codePointAt(0);
  for (let i = a; i < a + len; i++) {
    for (const ch of s.token(i).word) if (ch.codePointAt(0) !== c) return false;
  }
  return true;
}
