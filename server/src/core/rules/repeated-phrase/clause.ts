// Where a copy sits in its sentence, and the spans that delete it cleanly. Offsets are the
// paragraph's (the stream's text).

import { Span } from '../../model';
import { TokenStream } from './stream';

const MARKS = /[，、；：,;:]/;

/** The text span of the token phrase [a, a+len): from its first word to its last. */
export function spanOf(s: TokenStream, a: number, len: number): Span {
  return { start: s.start[a], end: s.end[a + len - 1] };
}

/** Deleting the later of two copies written back to back (推进推进): from the end of the first to the end of the second. */
export function tandemDeletion(s: TokenStream, early: number, len: number): Span {
  return { start: s.end[early + len - 1], end: s.end[early + 2 * len - 1] };
}

/**
 * The text of clauses first..last (paragraph offsets): from after the mark before the first (or the
 * sentence's start) to the mark after the last (or the sentence's end mark), so a copy takes its
 * figures' signs and its quotes along (3.1%、5.1%, “四个意识”); `mark`: where the mark before it is (-1
 * at the sentence's start).
 */
export function clauseText(s: TokenStream, first: number, last: number): Span & { mark: number } {
  const a = s.clauseStart[first];
  const b = s.clauseEnd[last];
  const sentence = s.sentences[s.sent[a]];
  let start = sentence.start;
  let mark = -1;
  if (a > 0 && s.sent[a - 1] === s.sent[a]) {
    mark = s.end[a - 1] + s.text.slice(s.end[a - 1], s.start[a]).search(MARKS);
    start = mark + 1;
  }
  let end: number;
  if (b < s.n && s.sent[b] === s.sent[a]) end = s.end[b - 1] + s.text.slice(s.end[b - 1], s.start[b]).search(MARKS);
  else {
    const tail = s.text.slice(s.end[b - 1], sentence.end);
    const stop = tail.search(/[。！？!?…；;，,]/);
    end = s.end[b - 1] + (stop < 0 ? tail.length : stop);
  }
  while (start < end && /\s/.test(s.text[start])) start++;
  while (end > start && /\s/.test(s.text[end - 1])) end--;
  return { start, end, mark };
}
