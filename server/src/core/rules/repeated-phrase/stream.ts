// The document as one stream of content tokens (punctuation and blanks dropped), with what the
// repeat finders need: token ids, character counts, sentence bounds and rolling hashes.

import { ReportModel, Sentence, Span, Token } from '../../model';
import { contentChars, fixedSpans } from './fixed';

/** The content tokens of every prose paragraph, in document order, as parallel arrays. */
export interface TokenStream {
  n: number;
  /** The model's token behind stream token i. */
  token(i: number): Token;
  /** Offsets of each token in the text (as in `tokens`, kept flat for speed). */
  start: Int32Array;
  end: Int32Array;
  /** The same id for the same word, so comparing phrases is comparing ints. */
  id: Int32Array;
  /** Characters (code points of letters and digits) before token i: phrase lengths ignore punctuation. */
  cs: Int32Array;
  /** Global sentence index of each token, and the stream index just past its sentence. */
  sent: Int32Array;
  sentEnd: Int32Array;
  /** Paragraph index of each token, and the stream index just past its paragraph. */
  para: Int32Array;
  paraEnd: Int32Array;
  /** 1 for tokens of the title or of a heading's own sentence (the body may restate them). */
  heading: Uint8Array;
  sentences: Sentence[];
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

/** True for a word of Han characters only (most words): its length is its character count. */
function cjkOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return word.length > 0;
}

/** Builds the stream; `fixed` are the fixed formulations as written (punctuation is ignored). */
export function buildStream(model: ReportModel, fixed: readonly string[]): TokenStream {
  const text = model.text;
  let cap = 0;
  for (const p of model.paragraphs) cap += p.verbatim || !p.tokens ? 0 : p.tokens.length;
  const at = new Int32Array(cap); // index of each token in its paragraph's tokens
  const id = new Int32Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const cs = new Int32Array(cap + 1);
  const sent = new Int32Array(cap);
  const para = new Int32Array(cap);
  const heading = new Uint8Array(cap);
  const sentences: Sentence[] = [];
  const ids = new WordIds();
  const title = model.title;
  let n = 0;
  for (let pi = 0; pi < model.paragraphs.length; pi++) {
    const p = model.paragraphs[pi];
    if (p.verbatim || !p.tokens) continue;
    const headingEnd = p.heading ? p.heading.title.end : -1;
    let s = 0;
    for (let k = 0; k < p.tokens.length; k++) {
      const t = p.tokens[k];
      // A mask (* ×× ○○) stands for a number still to fill in: it matches nothing, not even another mask.
      const cjk = cjkOnly(t.word);
      const mask = !cjk && MASK.test(t.word);
      const chars = cjk || mask ? t.word.length : contentChars(t.word, 0, t.word.length);
      if (chars === 0) continue;
      while (s < p.sentences.length && p.sentences[s].end <= t.start) s++;
      const sentence = p.sentences[Math.min(s, p.sentences.length - 1)] ?? p;
      if (sentences[sentences.length - 1] !== sentence) sentences.push(sentence);
      at[n] = k;
      id[n] = mask ? -n - 1 : ids.id(t.word);
      start[n] = t.start;
      end[n] = t.end;
      cs[n + 1] = cs[n] + chars;
      sent[n] = sentences.length - 1;
      para[n] = pi;
      heading[n] = t.start < headingEnd || (title !== undefined && t.start >= title.start && t.start < title.end) ? 1 : 0;
      n++;
    }
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
  const paraEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    sentEnd[i] = i + 1 < n && sent[i + 1] === sent[i] ? sentEnd[i + 1] : i + 1;
    paraEnd[i] = i + 1 < n && para[i + 1] === para[i] ? paraEnd[i + 1] : i + 1;
  }
  const fixedCs = fixedChars(text, start.subarray(0, n), end.subarray(0, n), fixedSpans(text, fixed));
  const paragraphs = model.paragraphs;
  return {
    n, token: (i) => paragraphs[para[i]].tokens![at[i]], start: start.subarray(0, n), end: end.subarray(0, n), id: id.subarray(0, n), cs: cs.subarray(0, n + 1), sent: sent.subarray(0, n), sentEnd, para: para.subarray(0, n), paraEnd,
    heading: heading.subarray(0, n), sentences, fixedCs, h1, h2, p1, p2,
  };
}

/** Prefix counts of token characters that lie inside fixed formulations (spans sorted, merged). */
function fixedChars(text: string, start: Int32Array, end: Int32Array, spans: readonly Span[]): Int32Array {
  const out = new Int32Array(start.length + 1);
  let r = 0;
  for (let i = 0; i < start.length; i++) {
    while (r < spans.length && spans[r].end <= start[i]) r++;
    let inside = 0;
    for (let k = r; k < spans.length && spans[k].start < end[i]; k++) {
      inside += contentChars(text, Math.max(start[i], spans[k].start), Math.min(end[i], spans[k].end));
    }
    out[i + 1] = out[i] + inside;
  }
  return out;
}

/** Small ints for words: an open-addressing table on our own string hash (cheaper than a Map of fresh strings). */
class WordIds {
  private mask = 0xffff;
  private hashes = new Int32Array(this.mask + 1);
  private ids = new Int32Array(this.mask + 1);
  private words: string[] = new Array(this.mask + 1);
  private size = 0;

  id(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    let k = (h ^ (h >>> 15)) & this.mask;
    while (this.ids[k] !== 0) {
      if (this.hashes[k] === h && this.words[k] === word) return this.ids[k];
      k = (k + 1) & this.mask;
    }
    this.hashes[k] = h;
    this.words[k] = word;
    this.ids[k] = ++this.size;
    if (this.size * 2 > this.mask) this.grow();
    return this.size;
  }

  private grow(): void {
    const { hashes, ids, words } = this;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.ids = new Int32Array(this.mask + 1);
    this.words = new Array(this.mask + 1);
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      let k = (hashes[j] ^ (hashes[j] >>> 15)) & this.mask;
      while (this.ids[k] !== 0) k = (k + 1) & this.mask;
      this.hashes[k] = hashes[j];
      this.ids[k] = ids[j];
      this.words[k] = words[j];
    }
  }
}

/** A 32-bit polynomial hash of the token phrase [a, b). */
export function hash1(s: TokenStream, a: number, b: number): number {
  return (s.h1[b] - Math.imul(s.h1[a], s.p1[b - a])) | 0;
}

/** A second, independent hash of [a, b), its length mixed in: with hash1, 64 bits per phrase. */
export function hash2(s: TokenStream, a: number, b: number): number {
  return (s.h2[b] - Math.imul(s.h2[a], s.p2[b - a]) + Math.imul(b - a, 0x27d4eb2d)) | 0;
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
