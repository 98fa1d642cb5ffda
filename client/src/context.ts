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

/** A number as a report writes one: 12, 3.5, 1,200, 1.2万, 3亿, 15%, 3～5, or in Chinese numerals (三, 十二). */
const ARABIC = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万亿|万|亿|千|百)?[%％‰]?`;
const NUMBER_VALUE = new RegExp(
  String.raw`^(?:${ARABIC}(?:[～~]${ARABIC})?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)$`,
);

/** True when `value` (spaces around it aside) is a number a number blank can take. */
export function isNumberValue(value: string): boolean {
  return NUMBER_VALUE.test(value.trim());
}
