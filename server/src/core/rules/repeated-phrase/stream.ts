// The document as one stream of content tokens (punctuation and blanks dropped), with what the
// repeat finders need: token ids, character counts, sentence bounds and rolling hashes.

import type { RuleMemo } from '../../lib/rule';
import { Paragraph, ReportModel, Sentence, Span, Token } from '../../model';
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

/**
 * One paragraph's part of the stream, relative to the paragraph: a function of its text, its tokens,
 * where its heading sentence or the title ends, and the fixed formulations. Kept by paragraph text
 * in the document's caches, so building the stream after an edit converts one paragraph and copies
 * the others' arrays.
 */
interface Chunk {
  n: number;
  /** Index of each content token in the paragraph's tokens. */
  at: Int32Array;
  /** Word ids from the document's WordIds; -1 for a mask (it gets a stream-wide id of its own). */
  id: Int32Array;
  start: Int32Array;
  end: Int32Array;
  chars: Int32Array;
  /** Index of the token's sentence in the paragraph's sentences, -1 when it has none. */
  sent: Int32Array;
  heading: Uint8Array;
  /** Characters of the token inside fixed formulations. */
  fixed: Int32Array;
}

/** The document's stream parts: word ids stay the same from one analysis to the next while these caches live. */
export interface StreamCache {
  ids: WordIds;
  chunks: Map<string, Map<string, Chunk>>;
  old: Map<string, Map<string, Chunk>>;
  size: number;
}

/** Paragraph chunks kept: beyond this many, those not used since the last turnover go. */
const CHUNK_LIMIT = 20_000;

/** The stream cache kept in `memo` (the document's), made on first use. */
function streamCache(memo: RuleMemo<StreamCache> | undefined): StreamCache {
  let cache = memo?.get('');
  if (!cache) {
    cache = { ids: new WordIds(), chunks: new Map(), old: new Map(), size: 0 };
    memo?.set('', '', cache);
  }
  return cache;
}

/** The chunk of paragraph `p` (from the cache when its text, tokens and context were seen). */
function chunkOf(
  cache: StreamCache,
  p: Paragraph,
  title: Span | undefined,
  fixed: readonly string[],
  scope: string,
): Chunk {
  const tokens = p.tokens!;
  const headingEnd = p.heading ? p.heading.title.end - p.start : -1;
  const titleSpan =
    title && title.start < p.end && title.end > p.start ? `${title.start - p.start},${title.end - p.start}` : '';
  // The tokens follow from the text and the dictionaries (the same for the caches' life); their count
  // tells a paragraph segmented from one without tokens.
  const context = `${scope}\u0001${headingEnd}\u0001${titleSpan}\u0001${tokens.length}`;
  const hit = cache.chunks.get(context)?.get(p.text) ?? cache.old.get(context)?.get(p.text);
  if (hit) {
    remember(cache, context, p.text, hit);
    return hit;
  }
  const chunk = makeChunk(cache.ids, p, title, headingEnd, fixed);
  remember(cache, context, p.text, chunk);
  return chunk;
}

function remember(cache: StreamCache, context: string, text: string, chunk: Chunk): void {
  let inner = cache.chunks.get(context);
  if (inner?.get(text) === chunk) return;
  if (cache.size >= CHUNK_LIMIT) {
    cache.old = cache.chunks;
    cache.chunks = new Map();
    cache.size = 0;
    inner = undefined;
  }
  if (!inner) cache.chunks.set(context, (inner = new Map()));
  if (!inner.has(text)) cache.size++;
  inner.set(text, chunk);
}

function makeChunk(
  ids: WordIds,
  p: Paragraph,
  title: Span | undefined,
  headingEnd: number,
  fixed: readonly string[],
): Chunk {
  const tokens = p.tokens!;
  const cap = tokens.length;
  const c: Chunk = {
    n: 0,
    at: new Int32Array(cap),
    id: new Int32Array(cap),
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    chars: new Int32Array(cap),
    sent: new Int32Array(cap),
    heading: new Uint8Array(cap),
    fixed: new Int32Array(cap),
  };
  // Fixed formulations never span a line break, so the paragraph's own text holds all of its own.
  const spans = fixedSpans(p.text, fixed);
  let r = 0;
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A mask (* ×× ○○) stands for a number still to fill in: it matches nothing, not even another mask.
    const cjk = cjkOnly(t.word);
    const mask = !cjk && MASK.test(t.word);
    const chars = cjk || mask ? t.word.length : contentChars(t.word, 0, t.word.length);
    if (chars === 0) continue;
    while (s < p.sentences.length && p.sentences[s].end <= t.start) s++;
    const start = t.start - p.start;
    const end = t.end - p.start;
    while (r < spans.length && spans[r].end <= start) r++;
    let inside = 0;
    for (let q = r; q < spans.length && spans[q].start < end; q++)
      inside += contentChars(p.text, Math.max(start, spans[q].start), Math.min(end, spans[q].end));
    const i = c.n++;
    c.at[i] = k;
    c.id[i] = mask ? -1 : ids.id(t.word);
    c.start[i] = start;
    c.end[i] = end;
    c.chars[i] = chars;
    c.sent[i] = p.sentences.length ? Math.min(s, p.sentences.length - 1) : -1;
    c.heading[i] = start < headingEnd || (title !== undefined && t.start >= title.start && t.start < title.end) ? 1 : 0;
    c.fixed[i] = inside;
  }
  return c;
}

/**
 * Builds the stream; `fixed` are the fixed formulations as written (punctuation is ignored). With the
 * document's `caches`, each paragraph's part comes from there when the paragraph has not changed.
 */
export function buildStream(model: ReportModel, fixed: readonly string[], memo?: RuleMemo<StreamCache>): TokenStream {
  const scope = fixed.join('\u0001');
  const cache = streamCache(memo);
  const chunks: Array<Chunk | undefined> = new Array(model.paragraphs.length);
  let cap = 0;
  for (let pi = 0; pi < model.paragraphs.length; pi++) {
    const p = model.paragraphs[pi];
    if (p.verbatim || !p.tokens) continue;
    const c = chunkOf(cache, p, model.title, fixed, scope);
    chunks[pi] = c;
    cap += c.n;
  }
  const at = new Int32Array(cap); // index of each token in its paragraph's tokens
  const id = new Int32Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const cs = new Int32Array(cap + 1);
  const sent = new Int32Array(cap);
  const para = new Int32Array(cap);
  const heading = new Uint8Array(cap);
  const fixedCs = new Int32Array(cap + 1);
  const sentences: Sentence[] = [];
  let n = 0;
  for (let pi = 0; pi < chunks.length; pi++) {
    const c = chunks[pi];
    if (!c) continue;
    const p = model.paragraphs[pi];
    at.set(c.at.subarray(0, c.n), n);
    heading.set(c.heading.subarray(0, c.n), n);
    let last = -2;
    for (let i = 0; i < c.n; i++, n++) {
      const v = c.id[i];
      id[n] = v < 0 ? -n - 1 : v;
      start[n] = c.start[i] + p.start;
      end[n] = c.end[i] + p.start;
      cs[n + 1] = cs[n] + c.chars[i];
      fixedCs[n + 1] = fixedCs[n] + c.fixed[i];
      if (c.sent[i] !== last) {
        last = c.sent[i];
        sentences.push(last < 0 ? p : p.sentences[last]);
      }
      sent[n] = sentences.length - 1;
      para[n] = pi;
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
  const paragraphs = model.paragraphs;
  return {
    n,
    token: (i) => paragraphs[para[i]].tokens![at[i]],
    start,
    end,
    id,
    cs,
    sent,
    sentEnd,
    para,
    paraEnd,
    heading,
    sentences,
    fixedCs,
    h1,
    h2,
    p1,
    p2,
  };
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
