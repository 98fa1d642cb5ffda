// The period a draft is about, read once by the parser (model.period): the year and genre its title
// names (2023年上半年工作总结, 2024年度述职报告, 2025年政府工作报告), else the year its first paragraph
// opens with (2023年，我们…), else the first year of its first lines. Rules read it through
// `ctx.period`, where the year setting (gongwen.year) overrides the year.

import { DraftPeriod, Genre, Line, Paragraph, ReportPeriod, Span, Title } from '../model';
import { chineseNumber, halfWidthDigits, trimBlanks } from '../text';

/** A year as drafts write it: 2023, ２０２３ or 二〇二三 (a capture group). */
export const YEAR_SRC = '((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}|[〇零一二三四五六七八九]{4})';
const YEAR = new RegExp(`${YEAR_SRC}(?=年)`, 'g');

/** The value of a year as written (2023, ２０２３ or 二〇二三); NaN when it is not one. */
export function yearValue(s: string): number {
  const digits = halfWidthDigits(s);
  return /^[0-9]{4}$/.test(digits) ? Number(digits) : chineseNumber(s.replace(/零/g, '〇'));
}

// A title names its genre last (…工作总结, …述职报告, …政府工作报告, …工作要点); a draft without a title
// says it in its first paragraph (现将上半年工作总结如下). News headlines and ordinary first lines do neither.
const TITLE_GENRE = /(?:总结|报告|汇报|述职|计划|要点|打算|安排|思路)(?:[（(][^）)]{1,12}[）)])?$/;
const OPENING_GENRE = /现(?:将|就|把)[^。；]{0,30}(?:总结|报告|汇报|述职)/;

/** What the parser knows of a draft for reading its period. */
interface Head {
  text: string;
  lines: readonly Line[];
  title?: Title;
  firstHeadingLine?: number;
  paragraphs: readonly Paragraph[];
}

/** The draft's period as its text states it (no year when none can be read). */
export function readPeriod(d: Head): DraftPeriod {
  const head = headSpans(d);
  const lines = head.map((s) => d.text.slice(s.start, s.end).trim());
  const named = d.title ? TITLE_GENRE.test(d.title.text) : lines.length > 0 && OPENING_GENRE.test(lines[0]);
  const genre: Genre = named ? genreOf(lines.join('\n')) : 'other';
  const known = { genre, named, headEnd: head.length ? head[head.length - 1].end : 0 };
  if (named) {
    const found = firstYear(d.text, head);
    if (found) return { ...known, from: 'title', ...found };
  }
  const first = d.paragraphs.find((p) => !p.verbatim);
  const m = first && new RegExp(`^${YEAR_SRC}年`).exec(first.text);
  if (first && m && plausible(yearValue(m[1]))) {
    const source = { start: first.start, end: first.start + m[1].length };
    return { ...known, from: 'opening', year: yearValue(m[1]), source };
  }
  const found = firstYear(d.text, firstLines(d));
  if (found) return { ...known, from: 'head', ...found, wholeYear: wholeYearHint(d.text, firstLines(d)) };
  return known;
}

/** The period the rules work with: the draft's own, its year replaced by the setting's when there is one. */
export function periodWith(own: DraftPeriod, settingYear?: number): ReportPeriod | undefined {
  const year = settingYear ?? own.year;
  const from = settingYear ? 'setting' : own.from;
  if (!year || !from) return undefined;
  const { genre, named, headEnd } = own;
  return {
    year,
    genre,
    named,
    from,
    headEnd,
    source: settingYear ? undefined : own.source,
    reviewYear: genre === 'gov' ? year - 1 : year,
    planYear: genre === 'yearEnd' ? year + 1 : year,
    wholeYear: genre === 'yearEnd' || (own.wholeYear ?? false),
  };
}

const plausible = (y: number) => y >= 1949 && y <= 2100;

function firstYear(text: string, spans: readonly Span[]): { year: number; source: Span } | undefined {
  for (const s of spans) {
    YEAR.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = YEAR.exec(text.slice(s.start, s.end)));) {
      const y = yearValue(m[1]);
      if (plausible(y)) return { year: y, source: { start: s.start + m.index, end: s.start + m.index + m[1].length } };
    }
  }
  return undefined;
}

/** The lines that name the report: the title and the lines under it up to the salutation, or else the first line. */
function headSpans(d: Head): Span[] {
  const out: Span[] = [];
  for (const [i, line] of d.lines.entries()) {
    if (i === d.firstHeadingLine) break;
    const s = d.text.slice(line.start, line.end);
    if (!s.trim()) continue;
    // Under the title: its broken tail, the date line (——2017年3月5日在…), the author; not the first sentence.
    if (out.length && (s.trim().length > 60 || /[。，；！？：:,;!?]/.test(s) || out.length >= 6)) break;
    out.push({ start: line.start, end: line.end });
    if (!d.title && out.length === 1) break;
  }
  return out;
}

/** The first four non-blank lines, at most 80 characters of each. */
function firstLines(d: Head): Span[] {
  const out: Span[] = [];
  for (const line of d.lines) {
    if (out.length >= 4) break;
    const s = d.text.slice(line.start, line.end);
    if (!trimBlanks(s)) continue;
    const start = line.start + (s.length - s.trimStart().length);
    out.push({ start, end: Math.min(line.end, start + 80) });
  }
  return out;
}

/** The first lines look back on a whole year (工作总结, 述职, 一年来…) and not on a half year. */
function wholeYearHint(text: string, spans: readonly Span[]): boolean {
  const opening = spans.map((s) => text.slice(s.start, s.end)).join('\n');
  return (
    /总结|述职|年度|全年|年终|一年来|过去一年/.test(opening) &&
    !/半年|季度|[1１一][-－—～至到]\s*[0-9０-９一二三四五六七八九十]+月/.test(opening)
  );
}

function genreOf(head: string): Genre {
  if (/政府工作报告/.test(head)) return 'gov';
  if (/半年|季度|[1１一][-－—～至到][0-9０-９一二三四五六七八九十]+月/.test(head)) return 'halfYear';
  if (/总结|述职|年度|年终|全年/.test(head)) return 'yearEnd';
  if (/计划|要点|打算|安排|思路/.test(head)) return 'plan';
  return 'other';
}
