// Blank dates: 年 月 日 with the numbers left out, as templates leave them (2023年  月  日,
// 于    年  月  日, 2023年5月日). 出生年月日 is a phrase, not a blank: with no blanks typed,
// a missing month needs a year written before it.

import { Paragraph, ReportModel } from '../../model';
import { isBoundary } from '../../lib/slots/text';
import { charAt, charBefore, isHan } from '../../text';
import { blanksBefore, Gap } from './gaps';

const NUMERAL = /[0-9０-９〇○零一二三四五六七八九十]/;

/** The blank year, month or day numbers of one paragraph. */
export function findDateGaps(model: ReportModel, p: Paragraph): Gap[] {
  const text = model.text;
  const gaps: Gap[] = [];
  let monthGap = -1; // where the last blank month's 月 is: its day is blank too when none follows
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i];
    if (ch !== '年' && ch !== '月' && ch !== '日') continue;
    const blank = blanksBefore(text, i);
    const prev = charBefore(text, blank);
    const spaced = blank < i;
    let empty: boolean;
    if (ch === '年') {
      // 于    年  月: blanks for the year, then a month marker.
      empty =
        spaced &&
        (prev === '' || (isHan(prev) && !NUMERAL.test(prev)) || isBoundary(prev)) &&
        nextMarker(text, i + 1, p.end) === '月';
    } else if (ch === '月') {
      empty =
        prev === '年' &&
        (spaced || NUMERAL.test(charBefore(text, blank - 1))) &&
        nextMarker(text, i + 1, p.end) === '日';
    } else {
      const next = charAt(text, i + 1);
      empty =
        prev === '月' &&
        (spaced || monthGap === blank - 1 || NUMERAL.test(charBefore(text, blank - 1))) &&
        !(isHan(next) && /[均常益前后]/.test(next));
    }
    if (!empty) continue;
    if (ch === '月') monthGap = i;
    const from = Math.max(prev && !isBoundary(prev) ? blank - prev.length : blank, i + 1 - 12);
    gaps.push({ target: { start: blank, end: i }, range: { start: from, end: i + 1 }, unit: ch });
  }
  return gaps;
}

/** The next date marker after blanks and at most two numerals (月 in `  5月`, 日 in `  日`), or ''. */
function nextMarker(text: string, from: number, end: number): string {
  let at = blanksEnd(text, from, end);
  let digits = 0;
  while (at < end && digits < 3 && NUMERAL.test(text[at])) {
    at++;
    digits++;
  }
  at = blanksEnd(text, at, end);
  return at < end && (text[at] === '月' || text[at] === '日') ? text[at] : '';
}

function blanksEnd(text: string, from: number, end: number): number {
  let at = from;
  // Bounded: a long run of blanks is scanned once per date marker before it, and markers are rare.
  while (at < end && at - from < 40 && /[ \t\u3000]/.test(text[at])) at++;
  return at;
}
