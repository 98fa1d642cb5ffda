// Quotations that run over several lines: a decision quoting the articles it amends (…修改为：“⏎一、…⏎
// 二、…”), a report quoting a judgment. Their numbering belongs to the quoted text, so a line that starts
// inside one is no heading. By the Chinese convention every quoted paragraph opens with “ and only the
// last closes with ”; a line that goes on inside an open quotation without its “ counts as well.

import { Line } from '../model';

const OPEN = '“「';
const CLOSE = '”」';
/** A quotation still open after this many lines is a stray mark, not a quotation: nothing inside it is hidden. */
const MAX_LINES = 40;

/** The lines that start inside a quotation opened on an earlier line and closed on this or a later one. */
export function quotedLines(text: string, lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let openedAt = -1;
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    if (openedAt >= 0 && i - openedAt > MAX_LINES) {
      // Never closed: a stray “. Start over from the line after it.
      i = openedAt;
      openedAt = -1;
      depth = 0;
      continue;
    }
    let first = true;
    for (let j = start; j < end; j++) {
      const c = text[j];
      if (first && /[\s\u3000]/.test(c)) continue;
      // The “ opening a line inside an open quotation continues it (the convention), it opens nothing.
      if (OPEN.includes(c) && !(first && depth > 0)) depth++;
      else if (CLOSE.includes(c) && depth > 0) depth--;
      first = false;
    }
    if (depth > 0 && openedAt < 0) openedAt = i;
    else if (depth === 0 && openedAt >= 0) {
      for (let k = openedAt + 1; k <= i; k++) out.add(k);
      openedAt = -1;
    }
  }
  return out;
}

/**
 * What of `line` decides the lines' quotation state: whether its first visible character opens a
 * quotation, and its quotation marks in order. Two lines of the same signature leave it alike.
 */
export function quoteSignature(text: string, line: Line): string {
  let out = '';
  let first = true;
  for (let j = line.start; j < line.end; j++) {
    const c = text[j];
    if (first && /[\s\u3000]/.test(c)) continue;
    if (OPEN.includes(c) || CLOSE.includes(c)) out += first ? `^${c}` : c;
    first = false;
  }
  return out;
}
