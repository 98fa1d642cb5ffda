// The word table in the form replace-damage reads it: the words of each length as one sorted string,
// their counts as one byte each (log-quantised), an open-addressing hash of the words, and for the
// restorations, the frequent words of each length ordered by every "word with one character masked"
// (县城 under \0城 and 县\0; likeliest filler first) with a hash of where each mask's group starts.
// Typed arrays and the table's own strings only (a few MB for ~190,000 words), derived once per
// process (tables.derive) and shared by every document.

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
  /** The same with the character at `at` read as `code` instead (a restoration, without making its string). */
  findSwapped(text: string, start: number, len: number, at: number, code: number): number;
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

const MASKED = -1; // the code of a masked character in a hash

/** A hash of text[start, start+len) with the character at `at` read as `code` (MASKED: left out). */
function hashOf(text: string, start: number, len: number, at: number, code: number): number {
  let h = Math.imul(len, 0x9e3779b1);
  for (let k = 0; k < len; k++) {
    const c = start + k === at ? code : text.charCodeAt(start + k);
    h = Math.imul(h ^ c, 0x85ebca6b) ^ (h >>> 13);
  }
  return h ^ (h >>> 16);
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
  base.push(n);
  if (q.length !== n) throw new Error(`word table: ${n} words but ${q.length} counts`);
  const counts = new Float64Array(256).map((_, k) => Math.expm1(k / QUANT));
  const total = (len: number) => base[len] - base[len - 1];
  const lengthOf = (w: number) => (w < base[1] ? 1 : w < base[2] ? 2 : w < base[3] ? 3 : 4);
  const at = (w: number) => (w - base[lengthOf(w) - 1]) * lengthOf(w); // where word w starts in its string

  // Every word, by its index + 1, in an open-addressing hash: a lookup is a hash and a probe or two.
  const size = 1 << Math.ceil(Math.log2(Math.max(16, n * 2)));
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let w = 0; w < n; w++) {
    const len = lengthOf(w);
    let h = hashOf(words[len - 1], at(w), len, -1, 0) & mask;
    while (slots[h]) h = (h + 1) & mask;
    slots[h] = w + 1;
  }
  const findSwapped = (text: string, start: number, len: number, swap: number, code: number): number => {
    if (len < 1 || len > MAX_LEN || start < 0 || start + len > text.length) return -1;
    const s = words[len - 1];
    for (let h = hashOf(text, start, len, swap, code) & mask; slots[h]; h = (h + 1) & mask) {
      const w = slots[h] - 1;
      if (lengthOf(w) !== len) continue;
      const from = at(w);
      let k = 0;
      while (k < len && (start + k === swap ? code : text.charCodeAt(start + k)) === s.charCodeAt(from + k)) k++;
      if (k === len) return w;
    }
    return -1;
  };
  const find = (text: string, start: number, len: number) => findSwapped(text, start, len, -1, 0);

  // Fillers: for each length and masked place, the frequent words ordered by the masked word, then by
  // count; and a hash from each masked word to where its group starts in that order.
  const groups: Array<Array<{ order: Uint32Array; starts: Int32Array; mask: number }>> = [[]];
  let bytes = q.byteLength + slots.byteLength;
  for (let len = 1; len <= MAX_LEN; len++) {
    const s = words[len - 1] ?? '';
    const frequent: number[] = [];
    for (let w = 0; w < total(len); w++) if (counts[q[base[len - 1] + w]] >= minFiller) frequent.push(w);
    const byPlace: Array<{ order: Uint32Array; starts: Int32Array; mask: number }> = [];
    for (let k = 0; k < len && len >= 2; k++) {
      const sameMasked = (x: number, y: number) => {
        for (let j = 0; j < len; j++) {
          if (j === k) continue;
          const d = s.charCodeAt(x * len + j) - s.charCodeAt(y * len + j);
          if (d) return d;
        }
        return 0;
      };
      const order = Uint32Array.from(frequent).sort(
        (x, y) =>
          sameMasked(x, y) ||
          q[base[len - 1] + y] - q[base[len - 1] + x] ||
          s.charCodeAt(x * len + k) - s.charCodeAt(y * len + k),
      );
      const starts = new Int32Array(1 << Math.ceil(Math.log2(Math.max(16, order.length * 2))));
      const m = starts.length - 1;
      for (let i = 0; i < order.length; i++) {
        if (i > 0 && sameMasked(order[i - 1], order[i]) === 0) continue;
        let h = hashOf(s, order[i] * len, len, order[i] * len + k, MASKED) & m;
        while (starts[h]) h = (h + 1) & m;
        starts[h] = i + 1;
      }
      bytes += order.byteLength + starts.byteLength;
      byPlace.push({ order, starts, mask: m });
    }
    groups.push(byPlace);
  }

  /** True when text[start, start+len) masked at k is word w (within its length) masked at k. */
  const matchesMasked = (text: string, start: number, len: number, k: number, w: number): boolean => {
    const s = words[len - 1];
    for (let j = 0; j < len; j++) if (j !== k && text.charCodeAt(start + j) !== s.charCodeAt(w * len + j)) return false;
    return true;
  };

  return {
    logN: Math.log(table.tokens),
    find,
    findSwapped,
    count: (w) => counts[q[w]],
    countOf(word) {
      const w = find(word, 0, word.length);
      return w < 0 ? 0 : counts[q[w]];
    },
    fillers(text, start, len, k, limit) {
      const g = groups[len]?.[k];
      if (!g) return [];
      const out: string[] = [];
      for (let h = hashOf(text, start, len, start + k, MASKED) & g.mask; g.starts[h]; h = (h + 1) & g.mask) {
        const first = g.starts[h] - 1;
        if (!matchesMasked(text, start, len, k, g.order[first])) continue;
        const s = words[len - 1];
        for (let i = first; i < g.order.length && out.length < limit; i++) {
          if (!matchesMasked(text, start, len, k, g.order[i])) break;
          out.push(s[g.order[i] * len + k]);
        }
        break;
      }
      return out;
    },
    bytes,
  };
}
