// Finding fixed formulations in the text with punctuation ignored: `深刻领悟“两个确立”的决定性意义`
// matches `深刻领悟两个确立的决定性意义` too. Each formulation is looked up by its longest unpunctuated
// piece with indexOf (native, fast), then checked outward character by character.

import { Span } from '../../model';

const CONTENT = /[\p{L}\p{N}]/u;
const CONTENT_RUNS = /[\p{L}\p{N}]+/gu;

/** True for a code unit that is a letter or digit, or half of one outside the BMP (𠮷). */
export function isContentUnit(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return CONTENT.test(String.fromCharCode(c));
}

/** Spans of `text` holding a fixed formulation (blanks and punctuation inside them ignored), merged and sorted. */
export function fixedSpans(text: string, phrases: readonly string[]): Span[] {
  const found: Span[] = [];
  for (const phrase of phrases) {
    const runs = phrase.match(CONTENT_RUNS);
    if (!runs) continue;
    const content = runs.join('');
    const anchor = runs.reduce((a, b) => (b.length > a.length ? b : a));
    const offset = content.indexOf(anchor);
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      const start = matchBack(text, at, content, offset);
      const end = start < 0 ? -1 : matchForward(text, at + anchor.length, content, offset + anchor.length);
      if (end >= 0) found.push({ start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

/** Matches content[0, k) ending just before `at`, skipping punctuation (not line breaks); the start or -1. */
function matchBack(text: string, at: number, content: string, k: number): number {
  let i = at;
  while (k > 0) {
    if (i <= 0) return -1;
    const c = text.charCodeAt(i - 1);
    if (c === content.charCodeAt(k - 1)) k--;
    else if (c === 10 || c === 13 || isContentUnit(c)) return -1;
    i--;
  }
  return i;
}

/** Matches content[k, end) starting at `at`, skipping punctuation (not line breaks); the end or -1. */
function matchForward(text: string, at: number, content: string, k: number): number {
  let i = at;
  while (k < content.length) {
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    if (c === content.charCodeAt(k)) k++;
    else if (c === 10 || c === 13 || isContentUnit(c)) return -1;
    i++;
  }
  return i;
}

/** Letters and digits (in code points) of text[a, b). */
export function contentChars(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of 𠮷 counts with the first
    if (isContentUnit(c)) n++;
  }
  return n;
}
