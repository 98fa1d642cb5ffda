// The text toolkit shared by the parser, the rules and the features: code points, Chinese
// characters, blanks, excerpts, lines. Each helper exists once; offsets are UTF-16 throughout.

import type { Line, Paragraph } from './model';

/** An LSP-style position: 0-based line, UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

/** Maps UTF-16 offsets to line/character positions and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** The index of `text`; `lines`: its lines as the parser split them (model.lines), so it is not split again. */
  constructor(
    private readonly text: string,
    lines?: ReadonlyArray<{ start: number }>,
  ) {
    if (lines) {
      this.starts = lines.map((l) => l.start);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset where line `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The position of `offset`, clamped into the text; never inside a CRLF pair. */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let character = offset - this.starts[lo];
    // An offset between \r and \n belongs to the end of the line's content.
    const lineEnd = this.contentEnd(lo);
    if (offset > lineEnd) character = lineEnd - this.starts[lo];
    return { line: lo, character };
  }

  /** The offset of `position`, clamped to its line's content. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.max(start, Math.min(start + Math.max(0, position.character), this.contentEnd(position.line)));
  }

  private contentEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * `s` as a string of its own. In V8 a slice of a long text (a paragraph of a document) keeps the whole
 * text alive: a cache keyed by slices would keep every version of an edited document. One copy.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral such as 一, 十二, 二十, 一百零五, 一千二百六十; NaN when it is not one. */
export function chineseNumber(s: string): number {
  if (s.length === 0) return NaN;
  if (!/[十百千]/.test(s)) {
    // A single digit; several digits in a row (二〇二三) are read digit by digit.
    let n = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      n = n * 10 + d;
    }
    return s.length === 1 || s.length === 4 ? n : NaN;
  }
  // Thousands, hundreds and tens, with 零 standing for a skipped place (一千零一, 一百零五).
  const m =
    /^(?:([一二两三四五六七八九])?千)?(零)?(?:([一二两三四五六七八九])?百)?(零)?(?:([一二两三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(
      s,
    );
  if (!m || s === '零') return NaN;
  const place = (unit: string, digit: string | undefined) => (s.includes(unit) ? (digit ? DIGITS[digit] : 1) : 0);
  const ones = m[6] ? DIGITS[m[6]] : 0;
  return place('千', m[1]) * 1000 + place('百', m[3]) * 100 + place('十', m[5]) * 10 + ones;
}

const CN_DIGITS = '零一二三四五六七八九';

/** Writes 1–9999 the way markers and article numbers do: 1→一, 10→十, 12→十二, 110→一百一十, 1001→一千零一. */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const k = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let s = k ? CN_DIGITS[k] + '千' : '';
  if (h) s += CN_DIGITS[h] + '百';
  else if (k && (t || o)) s += '零';
  if (t) s += (t === 1 && !h && !k ? '' : CN_DIGITS[t]) + '十';
  else if (h && o) s += '零';
  if (o) s += CN_DIGITS[o];
  return s;
}

/** Converts full-width digits (０-９) to ASCII digits. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A blank, as a regular-expression class body: JavaScript whitespace (`\s`: spaces, tabs, line breaks,
 * U+00A0, the full-width space U+3000, the BOM U+FEFF) and the zero-width marks U+200B–U+200D and
 * U+2060, which are invisible in an editor and count as nothing: not a character of 字数, not content.
 * Patterns for spacing inside one line (between a marker and its number, around a gap) write
 * `[ \t\u3000]` instead: they must not reach across a line break.
 */
export const BLANK_CLASS = '\\s\\u200b-\\u200d\\u2060';
const BLANK = new RegExp(`[${BLANK_CLASS}]`);

/** True for a blank character (see BLANK_CLASS). */
export function isBlank(ch: string): boolean {
  return ch !== '' && BLANK.test(ch);
}

/** The blanks at the start of a string: what may stand before a marker on a heading line. */
export const LEADING_BLANKS = new RegExp(`^[${BLANK_CLASS}]*`);

/** Where s[from, end) ends without its trailing blanks. A loop: /[…]+$/ is quadratic on long runs. */
export function trimmedEnd(s: string, from = 0, end = s.length): number {
  while (end > from && BLANK.test(s[end - 1])) end--;
  return end;
}

/** `s` without its leading and trailing blanks. */
export function trimBlanks(s: string): string {
  let start = 0;
  while (start < s.length && BLANK.test(s[start])) start++;
  return s.slice(start, trimmedEnd(s, start));
}

/** The code point ending just before `at` ('' at the start); a lone surrogate stands for itself. */
export function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** The code point starting at `at` ('' at the end). */
export function charAt(text: string, at: number): string {
  if (at >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(at)!);
}

const HAN = /\p{Script=Han}/u;

/** True for a Chinese character (any plane, so 𠮷 counts). */
export function isHan(ch: string): boolean {
  return ch !== '' && HAN.test(ch);
}

/** Openers and their closers: an excerpt never keeps one without the other. */
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '(': ')',
  '《': '》',
  '【': '】',
  '「': '」',
  '『': '』',
  '〈': '〉',
  '[': ']',
};

/**
 * `s` cut to about `max` code points with … after it when longer: never splits a surrogate pair,
 * ends at a clause mark when one is near the cut (not inside a word), and never keeps an opening
 * quote or bracket whose closer was cut off (「同比增长【待填」 would read as a typo).
 */
export function excerpt(s: string, max = 20): string {
  // Only the first max + 9 code points matter: a long text is not split whole.
  const chars = Array.from(s.length > 4 * max ? s.slice(0, 2 * max + 20) : s);
  if (chars.length <= max) return s;
  let n = max;
  // A pair closing just past the cut is kept whole; an opener left open is cut before.
  const open = (k: number) => {
    const stack: string[] = [];
    let at = -1;
    for (let i = 0; i < k; i++) {
      if (PAIRS[chars[i]]) {
        stack.push(chars[i]);
        if (stack.length === 1) at = i;
      } else if (stack.length && chars[i] === PAIRS[stack[stack.length - 1]]) stack.pop();
    }
    return stack.length ? at : -1;
  };
  const opener = open(n);
  if (opener >= 0) {
    const close = chars.indexOf(PAIRS[chars[opener]], n);
    n = close >= 0 && close < max + 8 && open(close + 1) < 0 ? close + 1 : opener;
  } else {
    // Back to a clause mark among the last few characters, so the cut falls between words.
    for (let i = n; i > n - 6 && i > max / 2; i--) {
      if (/[，、；：,;:。！？]/.test(chars[i - 1])) {
        n = i - 1;
        break;
      }
    }
  }
  if (n >= chars.length) return s;
  return (
    chars
      .slice(0, n)
      .join('')
      .replace(/[，、；：,;:\s]+$/, '') + '…'
  );
}

/** A line of a paragraph: its index in the model's lines and its span clipped to the paragraph. */
export interface ParagraphLine {
  index: number;
  start: number;
  end: number;
}

/** The lines of paragraph `p` (one in plain text, several in a wrapped Markdown paragraph), in order. */
export function paragraphLines(
  lines: readonly Line[],
  p: Pick<Paragraph, 'start' | 'end' | 'firstLine'>,
): ParagraphLine[] {
  const out: ParagraphLine[] = [];
  for (let l = p.firstLine; l < lines.length && (l === p.firstLine || lines[l].start <= p.end); l++) {
    out.push({ index: l, start: Math.max(lines[l].start, p.start), end: Math.min(lines[l].end, p.end) });
  }
  return out;
}

/** True for a character that ends a sentence. */
export function isSentenceEnd(ch: string): boolean {
  return ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?';
}

/** Characters that may close a sentence after its end mark (quotes, brackets). */
export const CLOSERS = '”’）》」』〉】)"\'';

/** The number of characters in text[start, end) other than blanks: 字数 as word processors count it (a surrogate pair is one). */
export function visibleLength(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > start && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)
      continue; // the second half of a pair
    if (!BLANK.test(text[i])) n++;
  }
  return n;
}
