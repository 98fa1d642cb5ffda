// What the fill-value input box shows: the sentence around a blank, the blank marked. Pure (no
// vscode import), so the unit tests can run it.

/** Characters that end a sentence (or a clause long enough to stand alone) in a report. */
const SENTENCE_END = /[。！？；!?;\n\r]/;
/** At most this many characters either side of the blank. */
const REACH = 40;
/** Marks where the value goes. */
export const BLANK_MARK = '＿＿';

/**
 * The sentence holding `text[start, end)`, with that span replaced by BLANK_MARK; cut at REACH
 * characters either side (an ellipsis says so), never inside a surrogate pair.
 */
export function blankContext(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !SENTENCE_END.test(text[to])) to++;
  if (to < text.length && /[。！？；!?;]/.test(text[to])) to++; // keep the sentence's own end mark
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (isLowSurrogate(text.charCodeAt(to))) to--;
  const before = (from > 0 && !SENTENCE_END.test(text[from - 1]) ? '…' : '') + text.slice(from, start);
  const after =
    text.slice(end, to) +
    (to < text.length && !SENTENCE_END.test(text[to - 1]) && !SENTENCE_END.test(text[to]) ? '…' : '');
  return `${before.trimStart()}${BLANK_MARK}${after.trimEnd()}`;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** What a blank asks for: a number (missing-number) or a name or wording (placeholder). */
export function blankKind(ruleId: string | undefined): 'number' | 'name' {
  return ruleId === 'placeholder' ? 'name' : 'number';
}
