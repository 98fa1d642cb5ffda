// A paragraph's own parts, its sentences and tokens: a function of its text alone (and the
// segmenter), so they are kept by text in the document's caches, relative to the paragraph's start.
// A new version of the document re-splits and re-segments only the paragraphs whose text changed;
// the others are placed at their new start, and a paragraph that has not moved gets the very arrays
// it had (models share them: nobody changes a model's sentences or tokens).

import type { AnalysisCaches, Memo } from '../lib/memo';
import { Segmenter, Sentence, Span, Token } from '../model';
import { CLOSERS, isSentenceEnd, LEADING_BLANKS, trimmedEnd } from '../text';

interface Parts {
  /** Relative to the paragraph's start. */
  sentences: Sentence[];
  tokens?: Token[];
  /** The last placement: the parts with document offsets for a paragraph starting at `at`. */
  at: number;
  placed: { sentences: Sentence[]; tokens?: Token[] };
}

/** The memo of paragraph parts in `caches` (none without caches: every paragraph is split afresh). */
export function partsMemo(caches: AnalysisCaches | undefined): Memo<Parts> | undefined {
  return caches?.memo<Parts>('parse/paragraphs');
}

/** The sentences and tokens (when the segmenter has them) of paragraph `p`, with document offsets. */
export function placedParts(
  p: Span & { text: string },
  memo: Memo<Parts> | undefined,
  segmenter: Segmenter | undefined,
): { sentences: Sentence[]; tokens?: Token[] } {
  let parts = memo?.get('', p.text);
  if (!parts) {
    const sentences = splitSentences(p.text, { start: 0, end: p.text.length });
    parts = { sentences, at: 0, placed: { sentences } };
    memo?.set('', p.text, '', parts);
  }
  if (!parts.tokens && segmenter) {
    parts.tokens = segment(p.text, segmenter);
    if (parts.tokens) parts.at = -1; // place them below
  }
  if (parts.at !== p.start) {
    parts.at = p.start;
    parts.placed = {
      sentences: parts.sentences.map((s) => shift(s, p.start)),
      tokens: parts.tokens?.map((t) => shift(t, p.start)),
    };
  }
  return parts.placed;
}

function shift<T extends Span>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** Splits a paragraph into sentences at 。！？ (keeping closing quotes with their sentence). */
function splitSentences(text: string, p: Span): Sentence[] {
  const out: Sentence[] = [];
  let start = p.start;
  for (let i = p.start; i < p.end; i++) {
    if (!isSentenceEnd(text[i])) continue;
    let j = i + 1;
    while (j < p.end && (isSentenceEnd(text[j]) || CLOSERS.includes(text[j]))) j++;
    pushSentence(text, out, start, j);
    start = j;
    i = j - 1;
  }
  pushSentence(text, out, start, p.end);
  return out;
}

function pushSentence(text: string, out: Sentence[], start: number, end: number): void {
  start += LEADING_BLANKS.exec(text.slice(start, end))![0].length;
  end = Math.max(start, trimmedEnd(text, 0, end));
  if (end > start) out.push({ start, end });
}

/** How far past its expected place a segmenter's word is looked for. */
const WORD_SLACK = 32;

/** Tokens of a paragraph's text, relative to its start; undefined when the segmenter is not ready. */
function segment(text: string, segmenter: Segmenter): Token[] | undefined {
  const words = segmenter(text);
  if (!words) return undefined;
  const tokens: Token[] = [];
  const end = text.length;
  let at = 0;
  for (const w of words) {
    if (!w.word) continue;
    let start = at;
    if (!text.startsWith(w.word, at)) {
      // A word that is not where it should be (a lone surrogate comes back as U+FFFD) is looked for a
      // little further on, never through the rest of the text: that made such input quadratic.
      const k = text.slice(at, Math.min(end, at + w.word.length + WORD_SLACK)).indexOf(w.word);
      if (k < 0) {
        at = Math.min(end, at + w.word.length);
        continue;
      }
      start = at + k;
    }
    if (start + w.word.length > end) continue;
    tokens.push({ start, end: start + w.word.length, word: w.word, tag: w.tag });
    at = start + w.word.length;
  }
  return tokens;
}
