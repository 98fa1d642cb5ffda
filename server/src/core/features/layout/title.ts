// The title's line breaks (GB/T 9704 §7.3.1): 回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
// 标题排列应当使用梯形或菱形. A title longer than a line breaks between words, never inside one,
// preferring the joints of its sentence (after 关于 or before it, after the matter and before the
// genre), in a trapezoid (each line no longer than the next) or a diamond (the middle line longest),
// and never leaves fewer than three characters on a line.

import { canBreak, ems, Measure, Metrics } from './measure';

/** The fewest characters a title line may hold. */
export const MIN_TITLE_LINE = 3;

/** Rounding in the renderers (as in lines.ts). */
const SAFETY = 12;

/**
 * Where the title's lines end (UTF-16 offsets into `text`, the last one `text.length`). `words` are
 * the segmenter's word boundaries (offsets); without them any allowed break between characters counts.
 */
export function breakTitle(text: string, room: number, m: Metrics, words?: ReadonlySet<number>): number[] {
  const chars = Array.from(text);
  const offsets: number[] = [0];
  for (const ch of chars) offsets.push(offsets[offsets.length - 1] + ch.length);
  const measure = new Measure(chars, m);
  const fits = (a: number, b: number) => {
    const w = measure.width(a, b);
    return Math.max(w.word, w.libreOffice) + SAFETY <= room;
  };
  if (fits(0, chars.length)) return [text.length];
  // Where a line may end: between two characters the renderer may part, at a word boundary.
  const cuts: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (!canBreak(chars[i - 1], chars[i])) continue;
    if (words && !words.has(offsets[i])) continue;
    cuts.push(i);
  }
  const letters = (a: number, b: number) => chars.slice(a, b).filter((c) => ems(c) > 0).length;
  const emWidth = (a: number, b: number) => chars.slice(a, b).reduce((w, c) => w + ems(c), 0);
  // Every way to cut into 2, 3 or 4 lines, each fitting and holding at least three characters; the cheapest.
  let best: { cost: number; ends: number[] } | undefined;
  const search = (from: number, ends: number[], linesLeft: number) => {
    if (linesLeft === 1) {
      if (!fits(from, chars.length) || letters(from, chars.length) < MIN_TITLE_LINE) return;
      const all = [...ends, chars.length];
      const cost = shapeCost(all.map((e, k) => emWidth(k ? all[k - 1] : 0, e))) + meaningCost(chars, ends);
      if (!best || cost < best.cost) best = { cost, ends: all };
      return;
    }
    for (const c of cuts) {
      if (c <= from || !fits(from, c) || letters(from, c) < MIN_TITLE_LINE) continue;
      search(c, [...ends, c], linesLeft - 1);
    }
  };
  for (let k = 2; k <= 4 && !best; k++) search(0, [], k);
  // No break by words allowed it (a title of one long word): break where the line is full.
  if (!best) return fallback(chars, offsets, fits);
  return best.ends.map((e) => offsets[e]);
}

/** A trapezoid (no line longer than the next) or a diamond (rising to the longest line, then falling), nearly balanced. */
function shapeCost(widths: number[]): number {
  let rising = 0;
  for (let i = 1; i < widths.length; i++) rising += Math.max(0, widths[i - 1] - widths[i]);
  const top = widths.indexOf(Math.max(...widths));
  let diamond = 0;
  for (let i = 1; i <= top; i++) diamond += Math.max(0, widths[i - 1] - widths[i]);
  for (let i = top + 1; i < widths.length; i++) diamond += Math.max(0, widths[i] - widths[i - 1]);
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
  const spread = widths.reduce((a, w) => a + Math.abs(w - mean), 0);
  return 2 * Math.min(rising, diamond) + 0.3 * spread;
}

/** The sentence's joints: a line may end after 关于 or before it; not before 的 or after 和、与、及. */
function meaningCost(chars: readonly string[], ends: readonly number[]): number {
  let cost = 0;
  for (const e of ends) {
    const before = chars.slice(Math.max(0, e - 2), e).join('');
    const after = chars.slice(e, e + 2).join('');
    if (before === '关于' || after === '关于') cost -= 4;
    if (after[0] === '的') cost += 4;
    if (before.endsWith('的')) cost += 1;
    if (/[和与及暨、]$/.test(before)) cost += 3;
    if (/^[和与及暨]/.test(after)) cost += 1;
  }
  return cost;
}

/** Lines filled to the room, each at least three characters (the last one's shortfall taken from the line before). */
function fallback(
  chars: readonly string[],
  offsets: readonly number[],
  fits: (a: number, b: number) => boolean,
): number[] {
  const ends: number[] = [];
  let from = 0;
  while (from < chars.length) {
    let e = from + 1;
    while (e < chars.length && fits(from, e + 1)) e++;
    ends.push(e);
    from = e;
  }
  const n = ends.length;
  if (n > 1 && ends[n - 1] - ends[n - 2] < MIN_TITLE_LINE) ends[n - 2] = ends[n - 1] - MIN_TITLE_LINE;
  return ends.map((e) => offsets[e]);
}
