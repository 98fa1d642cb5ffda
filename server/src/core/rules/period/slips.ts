// The sentences of the body that speak of another period than the report's (model.period, read by the
// parser, or the year setting): half-year wording in a year-end report, a year named for the review or the plan that is not
// the report's, an apposition that contradicts itself (去年（2021年）), an event named as still ahead.

import { ReportModel, ReportPeriod, Span } from '../../model';
import { YEAR_SRC, yearValue } from '../../parse/period';
import { EVENTS, eventPast } from '../../lib/events';

/** What a sentence gets wrong about the period, as a message key with its arguments and the replacement if certain. */
export interface PeriodSlip extends Span {
  key: 'halfYear' | 'review' | 'plan' | 'yearIs' | 'relative' | 'since' | 'reached' | 'event' | 'title';
  args: Array<string | number>;
  /** The text that would put it right (a year as the report writes it), when there is one. */
  replacement?: string;
}

// Half-year wording: a year-end report copied from a half-year one.
const HALF =
  /(?<![0-9〇零一二三四五六七八九]年|明年|去年)(?:上半年以来|下半年(?:，)?(?:我们|我局|我单位|我委|我部|我办|我厅|我院|我校|我公司)?(?:将|拟|计划|打算)|下半年(?:工作)?(?:的)?(?:打算|安排|计划|思路|重点工作))/g;
const REVIEW = new RegExp(`${YEAR_SRC}年(?:度)?(?:的)?(?:国内)?(?:工作)?回顾|回顾${YEAR_SRC}年`, 'g');
const PLAN = new RegExp(
  `${YEAR_SRC}年(?:度)?(?:的)?(?:工作|经济社会发展|国民经济和社会发展|政府工作)?(?:的)?(?:总体要求|总体部署|主要任务|重点任务|工作重点|重点工作|主要预期目标|预期目标|工作思路|工作打算|工作计划|工作安排|工作要点)`,
  'g',
);
// A result stated as reached (2000年国家财政收入达13395亿元): its year is one the report looks back on.
const REACHED = new RegExp(
  `(?<![到至于在前])${YEAR_SRC}年(?:底|末|全年)?([^，。；：、0-9]{0,12})(?:达到|达)[0-9]`,
  'g',
);
const AHEAD = /将|要|预计|计划|力争|争取|可望|可以|能|需/;
const TARGET = /(?:到|至|力争|预计|争取|将|要|目标|计划|确保|实现)[^，。；]*$/;
// Any result reported for a year (2009年粮食产量达到…, 2009年全年增长…): the year the body looks back on.
const RESULT = new RegExp(
  `(?<![到至于在前])${YEAR_SRC}年(?:底|末|全年)?([^，。；：0-9]{0,15}?)(?:达到|达|增长|下降|完成|实现|突破|超过|同比)`,
  'g',
);
const RELATIVE = new RegExp(
  `(去年|上年|今年|本年|明年|来年)[（(]${YEAR_SRC}年?[)）]|${YEAR_SRC}年[（(](去年|上年|今年|本年|明年|来年)[)）]`,
  'g',
);
// 2006年是实施“十一五”规划的第一年: at a sentence start, a year the report either reviews or plans.
const YEAR_IS = new RegExp(`(?<=^|[。！？])${YEAR_SRC}年(?:，)?是`, 'g');
const SINCE = new RegExp(`${YEAR_SRC}年以来`, 'g');
const OFFSET: Record<string, number> = { 去年: -1, 上年: -1, 今年: 0, 本年: 0, 明年: 1, 来年: 1 };

/** Events named as still ahead after they took place in `text`, for a draft about `year` (wholeYear: it looks back on the whole year); offsets in `text`. */
export function eventSlips(text: string, year: number, wholeYear: boolean): PeriodSlip[] {
  const out: PeriodSlip[] = [];
  for (const e of EVENTS) {
    if (!eventPast(e, year, wholeYear)) continue;
    e.upcoming.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = e.upcoming.exec(text))) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        key: 'event',
        args: [e.name, `${e.year}年${e.month}月`, year],
      });
    }
  }
  return out;
}

/** Where the body starts: after the title and the lines under it, when the draft names its genre. */
export function bodyStart(model: ReportModel, period: ReportPeriod): number {
  return model.title || period.genre !== 'other' ? period.headEnd : 0;
}

/** Every slip of one paragraph of the body (its text) against the period, offsets in `text`, in order. */
export function paragraphSlips(text: string, period: ReportPeriod): PeriodSlip[] {
  const out: PeriodSlip[] = [];
  const wholeYear = period.genre === 'yearEnd';
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) f(m);
  };
  if (wholeYear)
    each(HALF, (m) => out.push({ start: m.index, end: m.index + m[0].length, key: 'halfYear', args: [period.year] }));
  if (period.genre !== 'other' && period.genre !== 'plan') {
    each(REVIEW, (m) => yearSlip(out, m.index + (m[1] ? 0 : 2), m[1] ?? m[2], period.reviewYear, 'review', period));
  }
  if (period.genre !== 'other') each(PLAN, (m) => yearSlip(out, m.index, m[1], period.planYear, 'plan', period));
  if (period.genre === 'gov' || period.genre === 'yearEnd') {
    each(YEAR_IS, (m) => {
      const y = yearValue(m[1]);
      if (y !== period.reviewYear && y !== period.planYear)
        out.push({
          start: m.index,
          end: m.index + m[1].length,
          key: 'yearIs',
          args: [m[1], period.reviewYear, period.planYear],
        });
    });
  }
  each(RELATIVE, (m) => {
    const word = m[1] ?? m[4];
    const written = m[2] ?? m[3];
    const yearAt = m[2] ? m.index + m[0].indexOf(written, word.length) : m.index;
    yearSlip(out, yearAt, written, period.year + OFFSET[word], 'relative', period, word);
  });
  if (period.genre === 'gov' || period.genre === 'yearEnd' || period.genre === 'halfYear') {
    each(REACHED, (m) => {
      const y = yearValue(m[1]);
      if (y > period.reviewYear && !TARGET.test(text.slice(Math.max(0, m.index - 20), m.index)) && !AHEAD.test(m[2])) {
        out.push({ start: m.index, end: m.index + m[1].length, key: 'reached', args: [m[1], period.reviewYear] });
      }
    });
  }
  each(SINCE, (m) => {
    const y = yearValue(m[1]);
    if (y > period.year) out.push({ start: m.index, end: m.index + m[1].length, key: 'since', args: [y, period.year] });
  });
  out.push(...eventSlips(text, period.year, wholeYear));
  return out.sort((a, b) => a.start - b.start);
}

/** The years of the results a paragraph's text reports (2009年粮食产量达到…), in order. */
export function resultYears(text: string): number[] {
  const out: number[] = [];
  RESULT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RESULT.exec(text))) {
    if (AHEAD.test(m[2]) || TARGET.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push(yearValue(m[1]));
  }
  return out;
}

/**
 * The title's year against the results the body reports (`counts`: how many are of each year): when
 * none is of the year the report reviews and at least three are of one other year, the title names the
 * wrong year (a draft of last year's). `written`: the title's year as written.
 */
export function titleSlip(
  counts: ReadonlyMap<number, number>,
  period: ReportPeriod,
  written: (source: Span) => string,
): PeriodSlip | undefined {
  if (!period.source || (period.genre !== 'gov' && period.genre !== 'yearEnd')) return undefined;
  if (counts.get(period.reviewYear)) return undefined;
  let best: [number, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  if (!best || best[1] < 3) return undefined;
  const year = written(period.source);
  const expected = period.year + best[0] - period.reviewYear;
  const replacement = writeYearLike(year, expected);
  return { ...period.source, key: 'title', args: [year, best[0], best[1]], replacement };
}

/** Adds a slip when the year written at `start` is not `expected`; the replacement keeps the way it is written. */
function yearSlip(
  out: PeriodSlip[],
  start: number,
  written: string,
  expected: number,
  key: PeriodSlip['key'],
  period: ReportPeriod,
  word?: string,
): void {
  const y = yearValue(written);
  if (!(y >= 1949) || y === expected) return;
  const replacement = writeYearLike(written, expected);
  out.push({
    start,
    end: start + written.length,
    key,
    args: word ? [word, written, expected] : [written, expected, period.year],
    replacement,
  });
}

/** `y` written the way `old` writes its year: 2023, ２０２３ or 二〇二三. */
export function writeYearLike(old: string, y: number): string {
  if (/^[0-9]/.test(old)) return String(y);
  if (/^[０-９]/.test(old)) return String(y).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return String(y).replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)]);
}
