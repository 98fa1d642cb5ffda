// The word table in the form replace-damage reads it: the words of each length as one sorted string,
// their counts as one byte each (log-quantised), a hash of their places, and for the
// restorations, the frequent words of each length sorted by every "word with one character masked"
// (县城 under \0城 and 县\0), likeliest filler first. Typed arrays and the table's own strings only: a
// few MB for ~250,000 words, derived once per process (tables.derive), shared by every document.

import { WordTable } from '../../lib/tables';

/** Counts are stored as round(QUANT · ln(1 + count)) in one byte (scripts/stats/words.ts). */
export const QUANT = 12;
export const MAX_LEN = 4;

/** A quantised count of a table word. */
export const quantise = (count: number): number => Math.min(255, Math.round(QUANT * Math.log1p(count)));

export interface WordIndex {
  /** ln of the tokens counted: a word of count c costs logN − ln c in a segmentation. */
  readonly logN: number;
  /** The word `text[start, start + len)` as an index into the table, or -1. */
  find(text: string, start: number, len: number): number;
  /** The (dequantised) count of word `w` (an index from `find`). */
  count(w: number): number;
  /** The count of a string (0 when it is no word of the table). */
  countOf(word: string): number;
  /**
   * The characters that make a frequent word of `text[start, start + len)` with its `k`-th character
   * replaced, likeliest first, at most `limit`: 区城 at k = 0 gives 县, 京, 省….
   */
  fillers(text: string, start: number, len: number, k: number, limit: number): string[];
  /** Bytes held by the index's own arrays (the table's strings not counted). */
  readonly bytes: number;
}

/** The table's words decoded: `minFiller` is the count a restored word needs to be offered as a filler. */
export function indexWords(table: WordTable, minFiller: number): WordIndex {
  const words = table.words; // words[len - 1]: the words of that length, sorted, concatenated
  const q = Uint8Array.from(atob(table.counts), (c) => c.charCodeAt(0));
  const base: number[] = []; // index of the first word of each length
  let n = 0;
  for (let len = 1; len <= MAX_LEN; len++) {
    base.push(n);
    n += (words[len - 1]?.length ?? 0) / len;
  }
  if (q.length !== n) throw new Error(`word table: ${n} words but ${q.length} counts`);
  const counts = new Float64Array(256).map((_, k) => Math.expm1(k / QUANT));
  const total = (len: number) => (words[len - 1]?.length ?? 0) / len;

  // An open-addressing hash of every word (its index + 1 in an Int32Array): a lookup costs a hash and a
  // probe or two, however many words there are.
  const size = 1 << Math.ceil(Math.log2(Math.max(16, n * 2)));
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hash = (text: string, start: number, len: number): number => {
    let h = len * 0x9e3779b1;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ text.charCodeAt(start + k), 0x85ebca6b) ^ (h >>> 13);
    return (h ^ (h >>> 16)) & mask;
  };
  const lengthOf = (w: number) => (w < base[1] ? 1 : w < base[2] ? 2 : w < base[3] ? 3 : 4);
  for (let w = 0; w < n; w++) {
    const len = lengthOf(w);
    let h = hash(words[len - 1], (w - base[len - 1]) * len, len);
    while (slots[h]) h = (h + 1) & mask;
    slots[h] = w + 1;
  }

  const find = (text: string, start: number, len: number): number => {
    if (len < 1 || len > MAX_LEN || start + len > text.length) return -1;
    const s = words[len - 1];
    for (let h = hash(text, start, len); slots[h]; h = (h + 1) & mask) {
      const w = slots[h] - 1;
      if (lengthOf(w) !== len) continue;
      const at = (w - base[len - 1]) * len;
      let k = 0;
      while (k < len && text.charCodeAt(start + k) === s.charCodeAt(at + k)) k++;
      if (k === len) return w;
    }
    return -1;
  };

  // Fillers: for each length and masked place, the frequent words sorted by the masked word, then by count.
  const masks: Uint32Array[][] = [[]];
  let bytes = q.byteLength + slots.byteLength;
  for (let len = 1; len <= MAX_LEN; len++) {
    const s = words[len - 1] ?? '';
    const frequent: number[] = [];
    for (let w = 0; w < total(len); w++) if (counts[q[base[len - 1] + w]] >= minFiller) frequent.push(w);
    const byPlace: Uint32Array[] = [];
    for (let k = 0; k < len && len >= 2; k++) {
      const order = Uint32Array.from(frequent);
      order.sort((x, y) => {
        for (let j = 0; j < len; j++) {
          if (j === k) continue;
          const d = s.charCodeAt(x * len + j) - s.charCodeAt(y * len + j);
          if (d) return d;
        }
        return q[base[len - 1] + y] - q[base[len - 1] + x] || s.charCodeAt(x * len + k) - s.charCodeAt(y * len + k);
      });
      bytes += order.byteLength;
      byPlace.push(order);
    }
    masks.push(byPlace);
  }

  /** Compares text[start, start+len) masked at k with word w (within its length) masked at k. */
  const compareMasked = (text: string, start: number, len: number, k: number, w: number): number => {
    const s = words[len - 1];
    for (let j = 0; j < len; j++) {
      if (j === k) continue;
      const d = text.charCodeAt(start + j) - s.charCodeAt(w * len + j);
      if (d) return d;
    }
    return 0;
  };

  return {
    logN: Math.log(table.tokens),
    find,
    count: (w) => counts[q[w]],
    countOf(word) {
      const w = find(word, 0, word.length);
      return w < 0 ? 0 : counts[q[w]];
    },
    fillers(text, start, len, k, limit) {
      const order = masks[len]?.[k];
      if (!order) return [];
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareMasked(text, start, len, k, order[mid]) > 0) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      const s = words[len - 1];
      for (let i = lo; i < order.length && out.length < limit; i++) {
        if (compareMasked(text, start, len, k, order[i]) !== 0) break;
        out.push(s[order[i] * len + k]);
      }
      return out;
    },
    bytes,
  };
}
