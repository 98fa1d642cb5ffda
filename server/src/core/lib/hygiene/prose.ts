// Shared by the text-hygiene rules (punctuation, number-format, copy-residue): what counts as
// Chinese text around a character, and the stretches of a paragraph that are not prose at all
// (URLs, e-mail addresses, Markdown code spans) and must never be "corrected".

import { Paragraph, ReportModel, Span } from '../../model';
import { isHan } from '../../text';

/** Full-width punctuation that only occurs in Chinese text. */
const ZH_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·';

/** True for a Chinese character or full-width Chinese punctuation: the marks around it should be full-width. */
export function isZh(ch: string): boolean {
  return isHan(ch) || (ch !== '' && ZH_PUNCT.includes(ch));
}

/** True for an ASCII digit. */
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9' && ch.length === 1;
}

// A URL runs to the first blank, Chinese character or full-width mark; trailing ASCII punctuation is not part of it.
const URL =
  /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’《》（）]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’《》（）]*/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Spans of a paragraph that are not prose: URLs, e-mail addresses and (in Markdown) code spans. Sorted, document offsets. */
export function nonProse(model: ReportModel, p: Paragraph): Span[] {
  const spans: Span[] = [];
  const text = p.text;
  for (const re of [URL, EMAIL]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let end = m.index + m[0].length;
      // Trailing punctuation ends the sentence, not the URL; a ) closes the URL's own ( only.
      while (
        end > m.index &&
        (/[.,;:!?\]'"]/.test(text[end - 1]) || (text[end - 1] === ')' && !text.slice(m.index, end).includes('(')))
      )
        end--;
      spans.push({ start: p.start + m.index, end: p.start + end });
    }
  }
  if (model.format === 'markdown') spans.push(...codeSpans(text, p.start));
  return spans.sort((a, b) => a.start - b.start);
}

/** Markdown code spans: a run of backticks up to the next run of the same length. */
function codeSpans(text: string, offset: number): Span[] {
  const out: Span[] = [];
  const runs: Array<{ at: number; len: number }> = [];
  const re = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) runs.push({ at: m.index, len: m[0].length });
  // Pair each run with the next run of the same length (CommonMark); unmatched runs are literal.
  const nextOfLen = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = nextOfLen.get(r.len) ?? [];
    list.push(k);
    nextOfLen.set(r.len, list);
  });
  const used = new Map<number, number>();
  let k = 0;
  while (k < runs.length) {
    const r = runs[k];
    const list = nextOfLen.get(r.len)!;
    let pos = used.get(r.len) ?? 0;
    while (pos < list.length && list[pos] <= k) pos++;
    used.set(r.len, pos);
    if (pos >= list.length) {
      k++;
      continue;
    }
    const close = runs[list[pos]];
    out.push({ start: offset + r.at, end: offset + close.at + close.len });
    k = list[pos] + 1;
  }
  return out;
}

/** True when [start, end) touches one of the sorted `spans`. */
export function inSpans(spans: readonly Span[], start: number, end = start + 1): boolean {
  for (const s of spans) {
    if (s.start >= end) return false;
    if (s.end > start) return true;
  }
  return false;
}

/** The paragraphs the hygiene rules read: prose, not code blocks or front matter. */
export function proseParagraphs(model: ReportModel): Paragraph[] {
  return model.paragraphs.filter((p) => !p.verbatim);
}
