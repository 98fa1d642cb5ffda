// Where a copy sits in its sentence, and the deletions that remove it cleanly.

import { Span } from '../../model';
import { TokenStream } from './stream';

const CLAUSE_BEFORE = '，、；：,;:';
const CLAUSE_AFTER = '，、；：。！？,;:!?…';
// No backtracking: the optional mark and its trailing blanks are one group (a long run of blanks was quadratic).
const JOIN = /^[ \t\u3000]*(?:[、，,；;][ \t\u3000]*)?$/;

/** The text span of the token phrase [a, a+len): from its first word to its last. */
export function spanOf(s: TokenStream, a: number, len: number): Span {
  return { start: s.start[a], end: s.end[a + len - 1] };
}

/** True when only blanks and at most one joining mark (、，；) stand between two copies. */
export function joined(text: string, s: TokenStream, late: number, tight: boolean): boolean {
  const gap = text.slice(s.end[late - 1], s.start[late]);
  return tight ? gap === '' : JOIN.test(gap);
}

/** Deleting the later of two adjacent copies: the joining mark goes with it. */
export function tandemDeletion(s: TokenStream, early: number, len: number): Span {
  return { start: s.end[early + len - 1], end: s.end[early + 2 * len - 1] };
}

/** The text around a copy: the mark before it and after it ('' at its sentence's edge). */
function edges(
  text: string,
  s: TokenStream,
  a: number,
  len: number,
): { span: Span; before: string; after: string; sentence: Span } {
  const span = spanOf(s, a, len);
  const first = s.sentences[s.sent[a]];
  const last = s.sentences[s.sent[a + len - 1]];
  const tail = text.slice(span.end, last.end);
  return {
    span,
    before: span.start > first.start ? text[span.start - 1] : '',
    after: tail === '' || /^[。！？!?”’」』）)]+$/.test(tail) ? '' : text[span.end],
    sentence: { start: first.start, end: last.end },
  };
}

/** True when the copy is a whole clause: a clause mark or its sentence's start before it, a mark or its end after. */
export function isClause(text: string, s: TokenStream, a: number, len: number): boolean {
  const { before, after } = edges(text, s, a, len);
  return (before === '' || CLAUSE_BEFORE.includes(before)) && (after === '' || CLAUSE_AFTER.includes(after));
}

/** True when the copy runs to the end of its clause: a clause mark or its sentence's end right after it. */
export function endsClause(text: string, s: TokenStream, a: number, len: number): boolean {
  const { after } = edges(text, s, a, len);
  return after === '' || CLAUSE_AFTER.includes(after);
}

/** True when the phrase [a, a+len) is its whole sentence (or run of sentences) but for the closing marks. */
export function wholeSentence(text: string, s: TokenStream, a: number, len: number): Span | undefined {
  const { before, after, sentence } = edges(text, s, a, len);
  return before === '' && after === '' ? sentence : undefined;
}

/**
 * Deleting a copy that is a whole clause: the mark before it goes too, so `甲，乙，甲，丙` becomes
 * `甲，乙，丙`; a copy opening its sentence goes with the mark after it. Undefined when it is not a clause.
 */
export function clauseDeletion(text: string, s: TokenStream, a: number, len: number): Span | undefined {
  const { span, before, after, sentence } = edges(text, s, a, len);
  if (!isClause(text, s, a, len)) return undefined;
  if (before !== '') return { start: span.start - 1, end: span.end };
  if (after !== '' && CLAUSE_BEFORE.includes(after)) return { start: span.start, end: span.end + 1 };
  return sentence;
}
