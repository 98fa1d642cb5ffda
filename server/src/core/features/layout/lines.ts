// The line composer: where each line of a paragraph ends, so that no mark is lost, hangs outside
// the type area or begins a line, and 28 characters fill a line of body text.
//
// Word and LibreOffice each break a line where the next character no longer fits, then apply
// their own rules when that break is forbidden (行首/行尾禁则): Word may hang the mark in the
// margin, LibreOffice hangs it and, in a justified line, drops it from the page. The composer
// decides every break itself, by the rules of Chinese typesetting: a mark that would begin a line
// stays on the line before, which is squeezed to hold it (挤压); when that would squeeze too much,
// the character before it goes down with it (推出). Then it gives each line the spacing that makes
// both programs break exactly there: the line fits in each program's width, and with the next
// character added overflows in each. Where the two widths are too far apart for one spacing to do
// both (a line with many numbers: LibreOffice's space beside each), it looks for a nearby break
// that allows it, and failing that keeps Word's break exact.

import { canBreak, Measure, Metrics } from './measure';

/** A line of a block: [start, end) UTF-16 offsets into the block's text, and the spacing added to each of its characters. */
export interface LayoutLine {
  start: number;
  end: number;
  /** Twips added to every character of the line (negative: squeezed), on top of the text's own spacing. */
  adjust: number;
  /**
   * True when no spacing makes both programs break here (a line of many numbers: LibreOffice's space
   * beside each is wider than a line's slack): the break is Word's; LibreOffice may end the line sooner.
   */
  wordOnly?: boolean;
}

/**
 * The room on a block's lines, in twips: the first line's (after its indent) and the others', in the
 * narrower of the two programs (LibreOffice), and how much more Word has.
 */
export interface LineRoom {
  first: number;
  rest: number;
  /** Word's extra room (its type area is not rounded to whole grid cells). */
  wider: number;
}

/** Rounding in the renderers: a line keeps this much from either edge of its decision. */
const SAFETY = 14;
/** The most a character of a line is squeezed (0.8 pt of 3号): beyond it the character before the mark goes down with it. */
const MAX_SQUEEZE = 16;
/** The most a character of a line is spread to push the next one down (2 pt). */
const MAX_SPREAD = 24;

/** Lays `text` out in lines of the given room; `runStarts` are the offsets where a new run begins. */
export function composeLines(
  text: string,
  room: LineRoom,
  m: Metrics,
  runStarts: readonly number[] = [],
): LayoutLine[] {
  const chars = Array.from(text);
  const offsets: number[] = [0];
  for (const ch of chars) offsets.push(offsets[offsets.length - 1] + ch.length);
  const index = new Map(offsets.map((o, i) => [o, i]));
  const starts = new Set(runStarts.map((o) => index.get(o) ?? 0).filter((i) => i > 0));
  const measure = new Measure(chars, m, starts);
  const lines: LayoutLine[] = [];
  let start = 0;
  while (start < chars.length) {
    const avail = lines.length ? room.rest : room.first;
    const { end, adjust, wordOnly } = nextLine(chars, measure, start, { lo: avail, word: avail + room.wider });
    lines.push({ start: offsets[start], end: offsets[end], adjust, ...(wordOnly && { wordOnly }) });
    start = end;
  }
  return lines;
}

interface Rooms {
  lo: number;
  word: number;
}

/** The line from `start`: its end and spacing, by preference the natural break, then a squeezed or pulled-back one. */
function nextLine(
  chars: readonly string[],
  measure: Measure,
  start: number,
  room: Rooms,
): { end: number; adjust: number; wordOnly?: boolean } {
  // Word's natural break: the characters that fit at the text's own spacing.
  let natural = start;
  let width = 0;
  while (natural < chars.length) {
    width += measure.width(natural, natural + 1).word;
    if (width > room.word) break;
    natural++;
  }
  if (natural >= chars.length) {
    // The rest fits in Word; squeeze it a little if LibreOffice needs it.
    const w = measure.width(start, chars.length);
    const need = w.libreOffice + SAFETY - room.lo;
    return { end: chars.length, adjust: need > 0 ? -Math.ceil(need / Math.max(1, w.spacedLo)) : 0 };
  }
  natural = Math.max(natural, start + 1);
  const legal = (e: number) => e > start && (e >= chars.length || canBreak(chars[e - 1], chars[e]));
  const candidates = [natural, natural + 1, natural + 2];
  for (let e = natural - 1; e > start && e >= natural - 8; e--) candidates.push(e);
  const allowed = candidates.filter((e) => e <= chars.length && legal(e));
  for (const e of allowed) {
    const adjust = spacingFor(measure, start, e, chars.length, room, true);
    if (adjust !== undefined) return { end: e, adjust };
  }
  // No break both programs take exactly (too many numbers in the line): Word's exactly, LibreOffice's near.
  const e = allowed.find((x) => x <= natural) ?? allowed[0] ?? natural;
  return { end: e, adjust: spacingFor(measure, start, e, chars.length, room, false) ?? 0, wordOnly: true };
}

/** Integer a with coef·a ≤ rhs (or > rhs when `strict`): a bound on a, as [low, high]. */
function bound(coef: number, rhs: number, strict: boolean): [number, number] {
  if (coef === 0) return (strict ? 0 > rhs : 0 <= rhs) ? [-Infinity, Infinity] : [Infinity, -Infinity];
  // strict: coef·a > rhs.
  if (strict) return coef > 0 ? [Math.floor(rhs / coef) + 1, Infinity] : [-Infinity, Math.ceil(rhs / coef) - 1];
  return coef > 0 ? [-Infinity, Math.floor(rhs / coef)] : [Math.ceil(rhs / coef), Infinity];
}

/**
 * The spacing (closest to 0) that makes both programs break after chars[start, end): each fits the
 * line and overflows with the next character. With `both` false, Word's conditions only (and
 * LibreOffice's fit if it can be had too).
 */
function spacingFor(
  measure: Measure,
  start: number,
  end: number,
  length: number,
  room: Rooms,
  both: boolean,
): number | undefined {
  const w = measure.width(start, end);
  // The next character is the next line's: its own spacing, not this line's.
  const next = end < length ? measure.width(end, end + 1).word : undefined;
  // Each condition as coef·a ≤ rhs, or coef·a > rhs (overflowing with the next character).
  const fitLo = bound(w.spacedLo, room.lo - SAFETY - w.libreOffice, false);
  const fitWord = bound(w.spaced, room.word - SAFETY - w.word, false);
  const overLo = next === undefined ? undefined : bound(w.spacedLo, room.lo + SAFETY - w.libreOffice - next, true);
  const overWord = next === undefined ? undefined : bound(w.spaced, room.word + SAFETY - w.word - next, true);
  const pick = (...bounds: Array<[number, number] | undefined>) => {
    let low = -MAX_SQUEEZE;
    let high = MAX_SPREAD;
    for (const b of bounds) if (b) [low, high] = [Math.max(low, b[0]), Math.min(high, b[1])];
    if (low > high) return undefined;
    return low > 0 ? low : high < 0 ? high : 0;
  };
  const exact = pick(fitLo, fitWord, overLo, overWord);
  if (both || exact !== undefined) return exact;
  return pick(fitLo, fitWord, overWord) ?? pick(fitWord, overWord);
}
