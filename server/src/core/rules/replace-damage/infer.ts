// Find-and-replace damage, paragraph by paragraph: where a character b stands alone in the cheapest
// segmentation of its paragraph against the word table, and the text around it is far likelier with
// another character a in its place (区城建设 → 县城建设), that spot is a candidate restoration a→b. The
// evidence is a likelihood ratio both ways: the text as written (every word at its count in the
// register of complete text that uses it most, so 第十一条, 来琼, 犯前 cost what laws and provinces
// make them cost) against the text restored. What a paragraph contributes depends on its text only,
// so the rule keeps it per paragraph (ctx.contributions) and merges (./index.ts).

import { MAX_LEN, WordIndex } from './words';

/** A restoration in one paragraph: offsets relative to the paragraph's start. */
export interface Candidate {
  /** The broken word [start, end) and the offset of the swapped character. */
  start: number;
  end: number;
  at: number;
  /** The character the replace took away (the fix writes it back) and the one it left. */
  a: string;
  b: string;
  observed: string;
  original: string;
  /** ln of how much likelier the text around it is restored: the evidence of this spot. */
  gain: number;
}

/** What one paragraph says of a swap a→b: how many a are left, the new name where meant, real words it may have made. */
export interface Reading {
  left: number;
  /** Occurrences of b in words that are words with a too (全区 / 全县): the name the drafter meant. */
  parallel: number;
  /** Occurrences of b standing alone that a does not explain (湘琼、浙琼: a character used on its own, as an abbreviation is). */
  unexplained: number;
  /** Common words whose restored form is a rarer word of its own (区域 / 县域): information only. */
  casualties: Candidate[];
}

const MAX_FILLERS = 12; // per masked word: keeps the work per character bounded
const MARGIN = Math.log(50); // a restoration must make the text this much likelier to be a candidate
const MAX_LEFT = 3; // occurrences of the old character a replace may leave (typed in later)
const PARALLEL_MIN = 5; // a word with the old character, for the name the drafter meant
const CASUALTY_MIN = 50; // the restored word of a casualty is common
const CASUALTY_RATIO = 10; // and the word it became ten times commoner
/** A restored word must be this common to be offered at all (words.ts `fillers`). */
export const MIN_RESTORED = 20;
/** A word of two or more characters counts as one from this many uses in complete text on. */
const MIN_ATTESTED = 3;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]/;

interface Segmentation {
  cost: number;
  /** prefix[k]: the cost of the cheapest segmentation of the range's first k characters. */
  prefix: Float64Array;
  /** from[k]: where the last word of that segmentation starts (relative to the range). */
  from: Int32Array;
}

/** What a word costs in a segmentation: −ln of its share of the tokens (an unknown single character, or a dictionary word complete text never used, counts as rare). */
function wordCost(index: WordIndex, w: number, len: number): number {
  const c = w < 0 ? 0 : index.count(w);
  // A word complete text wrote once or twice in millions of tokens (区城) is a slip or a cut, not yet a word.
  if (len > 1 && c < MIN_ATTESTED) return Infinity;
  return index.logN - Math.log(c >= 1 ? c : len > 1 ? 1 : 0.2);
}

/** The cheapest segmentation of text[s, e) by word counts (unigram): cost[k] of text[s, s + k), and where its last word starts. */
export function segment(text: string, s: number, e: number, index: WordIndex): Segmentation {
  const n = e - s;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let len = 1; len <= MAX_LEN && len <= end; len++) {
      const x = cost[end - len] + wordCost(index, index.find(text, s + end - len, len), len);
      if (x < cost[end]) {
        cost[end] = x;
        from[end] = end - len;
      }
    }
  }
  return { cost: cost[n], prefix: cost, from };
}

/** suffix[k]: the cost of the cheapest segmentation of text[s + k, e). */
function suffixCosts(text: string, s: number, e: number, index: WordIndex): Float64Array {
  const n = e - s;
  const suffix = new Float64Array(n + 1).fill(Infinity);
  suffix[n] = 0;
  for (let start = n - 1; start >= 0; start--) {
    for (let len = 1; len <= MAX_LEN && start + len <= n; len++) {
      const x = suffix[start + len] + wordCost(index, index.find(text, s + start, len), len);
      if (x < suffix[start]) suffix[start] = x;
    }
  }
  return suffix;
}

/** The word of a segmentation of text[s, …) holding offset i: [start, end) in text. */
function wordAt(seg: Segmentation, s: number, n: number, i: number): [number, number] {
  let e = n;
  while (seg.from[e] > i - s) e = seg.from[e];
  return [s + seg.from[e], s + e];
}

/** The runs of Han characters of a text: [start, end) pairs. */
function hanRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length;) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < text.length && isHan(text.charCodeAt(e))) e++;
    out.push([i, e]);
    i = e;
  }
  return out;
}

/** Word boundaries of the cheapest path of a run [s, e), ascending, both ends included. */
function boundaries(seg: Segmentation, s: number, e: number): number[] {
  const out: number[] = [];
  for (let k = e - s; k > 0; k = seg.from[k]) out.push(s + k);
  out.push(s);
  return out.reverse();
}

/**
 * Where a run breaks apart: every character left on its own (区 in 区城建设),
 * and those of a two-character word beside one (省 in 我省家机关, where 我国家 was: the swapped
 * character made a word with its neighbour and left the rest alone).
 */
function spots(cuts: number[], single: (t: number) => boolean): number[] {
  const out: number[] = [];
  for (let t = 0; t + 1 < cuts.length; t++) {
    const len = cuts[t + 1] - cuts[t];
    if (single(t) || (len === 2 && (single(t - 1) || single(t + 1))))
      for (let i = cuts[t]; i < cuts[t + 1]; i++) out.push(i);
  }
  return out;
}

/** True when every character of `word` but the one at `k` is a numeral. */
function onlyNumerals(word: string, k: number): boolean {
  for (let j = 0; j < word.length; j++) if (j !== k && !NUMERAL.test(word[j])) return false;
  return true;
}

/** Every restoration a paragraph's text allows, before any proof: what the paragraph contributes. */
export function paragraphCandidates(text: string, index: WordIndex): Candidate[] {
  const out: Candidate[] = [];
  let chars: Map<string, number> | undefined;
  const countOf = (c: string) => {
    if (!chars) {
      chars = new Map();
      for (const ch of text) chars.set(ch, (chars.get(ch) ?? 0) + 1);
    }
    return chars.get(c) ?? 0;
  };
  for (const [rs, re] of hanRuns(text)) {
    const seg = segment(text, rs, re, index);
    const prefix = seg.prefix;
    const suffix = suffixCosts(text, rs, re, index);
    const cuts = boundaries(seg, rs, re);
    const single = (t: number) =>
      t >= 0 && t + 1 < cuts.length && cuts[t + 1] - cuts[t] === 1 && !NUMERAL.test(text[cuts[t]]);
    for (const i of spots(cuts, single)) {
      const b = text[i];
      // A numeral is no unit's name: 六国 is no broken 两国.
      if (NUMERAL.test(b)) continue;
      const tried = new Set<string>();
      for (let len = 2; len <= MAX_LEN; len++) {
        for (let j = Math.max(rs, i - len + 1); j <= i && j + len <= re; j++) {
          const w = index.find(text, j, len);
          if (w >= 0 && index.count(w) >= MIN_ATTESTED) continue;
          for (const a of index.fillers(text, j, len, i - j, MAX_FILLERS)) {
            // A bulk replace leaves (almost) none of the old character.
            if (a === b || tried.has(a) || countOf(a) > MAX_LEFT || NUMERAL.test(a)) continue;
            tried.add(a);
            // The run with a at i segments as its best path through one word holding i: the parts
            // before and after that word are the text's own, whose cheapest costs are known.
            const code = a.charCodeAt(0);
            let best = Infinity;
            let ws = i;
            let we = i + 1;
            for (let s0 = Math.max(rs, i - MAX_LEN + 1); s0 <= i; s0++) {
              for (let e0 = i + 1; e0 <= Math.min(re, s0 + MAX_LEN); e0++) {
                const x =
                  prefix[s0 - rs] +
                  wordCost(index, index.findSwapped(text, s0, e0 - s0, i, code), e0 - s0) +
                  suffix[e0 - rs];
                if (x < best) [best, ws, we] = [x, s0, e0];
              }
            }
            const gain = seg.cost - best;
            if (gain < MARGIN || we - ws < 2) continue;
            const observed = text.slice(ws, we);
            // A numeral makes a word with any character before it (图十一, 表二, 第十一): no evidence.
            if (onlyNumerals(observed, i - ws)) continue;
            out.push({
              start: ws,
              end: we,
              at: i,
              a,
              b,
              observed,
              original: observed.slice(0, i - ws) + a + observed.slice(i - ws + 1),
              gain,
            });
          }
        }
      }
    }
  }
  return out;
}

/**
 * How a paragraph reads under the swap a→b: the a left, and each b not at a candidate of the swap
 * (`taken`) in the word the paragraph's segmentation puts it in: a word with a too is the meant name
 * (全区 / 全县), or a casualty when that word is common and the restored one a rarer word of its own
 * (区域 / 县域); a b standing alone is one the swap does not explain.
 */
export function paragraphReading(
  text: string,
  a: string,
  b: string,
  taken: ReadonlySet<number>,
  index: WordIndex,
): Reading {
  let left = 0;
  for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) left++;
  const casualties: Candidate[] = [];
  let parallel = 0;
  let unexplained = 0;
  if (text.indexOf(b) < 0) return { left, parallel, unexplained, casualties };
  for (const [rs, re] of hanRuns(text)) {
    let seg: Segmentation | undefined;
    for (let i = text.indexOf(b, rs); i >= 0 && i < re; i = text.indexOf(b, i + 1)) {
      if (taken.has(i)) continue;
      seg ??= segment(text, rs, re, index);
      const [ws, we] = wordAt(seg, rs, re - rs, i);
      if (we - ws < 2) {
        if (!NUMERAL.test(b)) unexplained++;
        continue;
      }
      const w = text.slice(ws, we);
      const original = w.slice(0, i - ws) + a + w.slice(i - ws + 1);
      const n = index.countOf(original);
      if (n < PARALLEL_MIN) continue;
      if (n >= CASUALTY_MIN && index.countOf(w) >= CASUALTY_RATIO * n)
        casualties.push({ start: ws, end: we, at: i, a, b, observed: w, original, gain: 0 });
      else parallel++;
    }
  }
  return { left, parallel, unexplained, casualties };
}

export { MAX_LEFT };
