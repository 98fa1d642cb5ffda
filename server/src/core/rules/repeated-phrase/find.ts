// Finding repeats in a paragraph's token stream in linear time. Every phrase of at least L characters
// contains the shortest phrase of L+ characters starting at its first token (its "seed"), so
// grouping seeds by hash finds every repeat; extending a pair of copies token by token gives each
// repeat once at its maximal length.

import { hash1, hash2, TokenStream } from './stream';

/** Seeds of L characters: where each starts and ends, grouped by equal text. */
export interface Seeds {
  end: Int32Array; // -1 where no seed fits in the paragraph
  group: Int32Array;
  /** Occurrences of group g are occ[first[g] .. first[g+1]), in document order. */
  first: Int32Array;
  occ: Int32Array;
  /** The previous occurrence of the seed starting at i, or -1: read in document order, it keeps memory access sequential. */
  prev: Int32Array;
}

/** A repeat seen as two copies: token starts of the earlier and the later copy and their length. */
export interface Pair {
  early: number;
  late: number;
  len: number;
}

/** The stretch a phrase must stay inside: a sentence or a paragraph (index of each token, and its end). */
export interface Unit {
  of: Int32Array;
  end: Int32Array;
}

/** Seeds of `minChars` characters (within the paragraph), grouped by equal token sequences. */
export function seeds(s: TokenStream, minChars: number): Seeds {
  const end = new Int32Array(s.n).fill(-1);
  const group = new Int32Array(s.n).fill(-1);
  let keys = new Int32Array(s.n);
  let pos = new Int32Array(s.n);
  let m = 0;
  let e = 0;
  for (let i = 0; i < s.n; i++) {
    if (e <= i) e = i + 1;
    while (e < s.n && s.cs[e] - s.cs[i] < minChars) e++;
    if (s.cs[e] - s.cs[i] < minChars) continue;
    end[i] = e;
    keys[m] = hash1(s, i, e);
    pos[m++] = i;
  }
  // Grouping by sorting (LSD radix, stable: each group's occurrences stay in document order)
  // rather than by a hash table: sequential memory access, no boxed keys.
  let keys2 = new Int32Array(m);
  let pos2 = new Int32Array(m);
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    count.fill(0);
    for (let k = 0; k < m; k++) count[(keys[k] >>> shift) & 2047]++;
    for (let d = 0, sum = 0; d < 2048; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const at = count[(keys[k] >>> shift) & 2047]++;
      keys2[at] = keys[k];
      pos2[at] = pos[k];
    }
    const tk = keys;
    keys = keys2;
    keys2 = tk;
    const tp = pos;
    pos = pos2;
    pos2 = tp;
  }
  const first = new Int32Array(m + 1);
  const occ = new Int32Array(m);
  const prev = new Int32Array(s.n).fill(-1);
  let groups = 0;
  for (let k = 0; k < m;) {
    let r = k + 1;
    while (r < m && keys[r] === keys[k]) r++;
    // Equal first hashes: split by the second (more than one value only on a 32-bit collision).
    const k2 = hash2(s, pos[k], end[pos[k]]);
    let q = k + 1;
    while (q < r && hash2(s, pos[q], end[pos[q]]) === k2) q++;
    if (q === r) {
      first[groups] = k;
      for (let at = k; at < r; at++) {
        group[pos[at]] = groups;
        if (at > k) prev[pos[at]] = pos[at - 1];
        occ[at] = pos[at];
      }
      groups++;
      k = r;
      continue;
    }
    const byKey2 = new Map<number, number[]>();
    for (q = k; q < r; q++) {
      const key = hash2(s, pos[q], end[pos[q]]);
      const list = byKey2.get(key);
      if (list) list.push(pos[q]);
      else byKey2.set(key, [pos[q]]);
    }
    let at = k;
    for (const list of byKey2.values()) {
      first[groups] = at;
      list.forEach((x, i) => {
        group[x] = groups;
        if (i > 0) prev[x] = list[i - 1];
        occ[at++] = x;
      });
      groups++;
    }
    k = r;
  }
  first[groups] = m;
  return { end, group, first: first.subarray(0, groups + 1), occ, prev };
}

/**
 * Copies written twice in a row (at most `maxTokens` tokens each, within a sentence), longest
 * first at each position; `accept` vets the candidate (what may join the copies, which words).
 */
export function tandems(s: TokenStream, maxTokens: number, accept: (i: number, m: number) => boolean): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < s.n; i++) {
    let best = 0;
    for (let m = 1; m <= maxTokens && i + 2 * m <= s.sentEnd[i]; m++) {
      if (s.id[i] !== s.id[i + m] || hash1(s, i, i + m) !== hash1(s, i + m, i + 2 * m)) continue;
      let same = true;
      for (let k = 0; k < m && same; k++) same = s.id[i + k] === s.id[i + m + k];
      if (same && accept(i, m)) best = m;
    }
    if (best) {
      out.push({ early: i, late: i + best, len: best });
      i += best - 1; // the later copy may itself be doubled again: look from it on
    }
  }
  return out;
}

/** How many earlier occurrences of a seed `pairs` looks at: the nearest few are the ones that matter. */
const LOOK_BACK = 16;

/**
 * Pairs of copies of `minChars`+ characters: each later copy with its nearest earlier copy that
 * `near` accepts (looking back only while `within` holds), extended to the maximal equal span
 * (both copies inside their unit, not overlapping). Each token is the later copy of at most one
 * pair and looks back a bounded number of times, so the work is linear. `skip` marks tokens
 * already reported.
 */
export function pairs(
  s: TokenStream,
  seed: Seeds,
  unit: Unit,
  minChars: number,
  near: (early: number, late: number) => boolean,
  within: (early: number, late: number) => boolean,
  skip?: Uint8Array,
): Pair[] {
  const { of, end } = unit;
  const out: Pair[] = [];
  let coveredEnd = 0;
  for (let x = 0; x < s.n; x++) {
    if (x < coveredEnd || seed.end[x] < 0 || skip?.[x]) continue;
    let steps = 0;
    for (let a0 = seed.prev[x]; a0 >= 0 && steps < LOOK_BACK; a0 = seed.prev[a0], steps++) {
      if (seed.end[a0] > x) continue; // copies may not overlap
      if (!within(a0, x)) break; // older copies are further away still
      if (!near(a0, x)) continue;
      let a = a0;
      let b = x;
      const d = b - a;
      while (
        a > 0 &&
        b - 1 >= coveredEnd &&
        x - b + 1 <= d &&
        of[a - 1] === of[a] &&
        of[b - 1] === of[b] &&
        s.id[a - 1] === s.id[b - 1] &&
        !skip?.[b - 1]
      ) {
        a--;
        b--;
      }
      let len = x - b;
      while (len < d && b + len < end[b] && a + len < end[a] && s.id[a + len] === s.id[b + len]) len++;
      // Too short (or a hash collision): an older copy may match further.
      if (b + len <= x || s.cs[b + len] - s.cs[b] < minChars) continue;
      coveredEnd = b + len;
      out.push({ early: a, late: b, len });
      break;
    }
  }
  return out;
}
