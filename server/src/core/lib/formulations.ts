// Formulations: the phrases the report register says word for word (server/data/phrases.json, built
// by scripts/stats/phrases.ts): 8-character windows of punctuation-free text, numerals folded, that
// recur across many independent documents of the corpus, kept as sorted 32-bit hashes. The builder
// and repeated-phrase read text through the same functions here.

import { PhraseTable } from './tables';

/** How long a formulation window is, in characters of normalised text. */
export const WINDOW = 8;

/** Text as the phrase table reads it: Han characters only, numerals folded to # (党的十九大 = 党的二十大). */
export function normaliseRun(run: string): string {
  return run.replace(/[0-9０-９〇○零一二两三四五六七八九十百千]+/g, '#');
}

/** The runs of Han characters (and numerals) of a text, in order. */
export function hanRuns(text: string): string[] {
  return text.match(/[\p{Script=Han}0-9０-９]+/gu) ?? [];
}

/** The 32-bit FNV-1a hash of s[from, from + len) (code units). */
export function hashWindow(s: string, from: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + len; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of every window of a normalised run (none when it is shorter than WINDOW). */
export function windowHashes(run: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + WINDOW <= run.length; i++) out.push(hashWindow(run, i, WINDOW));
  return out;
}

/** The table's hashes, decoded (sorted as stored). */
function hashesOf(table: PhraseTable): Uint32Array {
  const bin = atob(table.hashes);
  const h = new Uint32Array(bin.length >> 2);
  for (let i = 0; i < h.length; i++) {
    h[i] =
      ((bin.charCodeAt(4 * i) << 24) |
        (bin.charCodeAt(4 * i + 1) << 16) |
        (bin.charCodeAt(4 * i + 2) << 8) |
        bin.charCodeAt(4 * i + 3)) >>>
      0;
  }
  return h;
}

/** True when the sorted array holds `x`. */
function has(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else if (sorted[mid] > x) hi = mid - 1;
    else return true;
  }
  return false;
}

/** A phrase table lookup: is a phrase a formulation of the register? */
export class Formulations {
  private readonly hashes: Uint32Array;

  constructor(table: PhraseTable) {
    this.hashes = hashesOf(table);
  }

  /**
   * True when `phrase` (any text; punctuation ignored) is said word for word across reports: at
   * least `share` of the windows of its runs are in the table (all of them by default).
   */
  covers(phrase: string, share = 1): boolean {
    let windows = 0;
    let known = 0;
    for (const run of hanRuns(phrase)) {
      const norm = normaliseRun(run);
      if (norm.length < WINDOW) continue;
      for (const h of windowHashes(norm)) {
        windows++;
        if (has(this.hashes, h)) known++;
      }
    }
    return windows > 0 && known >= share * windows;
  }
}

/** Characters of `phrase` as the table reads them (Han only, numerals folded): a data pattern (比2019年增长) has few. */
export function wordingLength(phrase: string): number {
  return hanRuns(phrase).reduce((n, run) => n + normaliseRun(run).length, 0);
}
