// The year a draft is about, from a setting or from its title and first lines (2023年工作总结,
// 2023年，…, 二〇二三年…). Used by rules whose answer depends on when the draft was written.

import { ReportModel } from '../../model';
import { chineseNumber, trimBlanks } from '../../text';

export interface DraftYear {
  year: number;
  /** The draft looks back on a whole year (工作总结, 述职, 年度…), so it was written at the year's end or later. */
  yearEnd: boolean;
}

const YEAR = /((?:19|20)\d{2})(?=年)|([〇零一二三四五六七八九]{4})(?=年)/g;

/** The draft's year: `optionYear` if set, else the earliest year in the title and first lines; undefined when none. */
export function draftYear(model: ReportModel, optionYear?: number): DraftYear | undefined {
  const head: string[] = [];
  for (const line of model.lines) {
    const s = trimBlanks(model.text.slice(line.start, line.end));
    if (!s) continue;
    head.push(s.slice(0, 80));
    if (head.length >= 4) break;
  }
  const opening = head.join('\n');
  const yearEnd =
    /总结|述职|年度|全年|年终|一年来|过去一年/.test(opening) &&
    !/半年|季度|[1１一][-－—～至到]\s*[0-9０-９一二三四五六七八九十]+月/.test(opening);
  if (optionYear) return { year: optionYear, yearEnd };
  let year: number | undefined;
  YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(opening))) {
    const y = m[1] ? Number(m[1]) : chineseNumber(m[2].replace(/零/g, '〇'));
    if (y >= 1949 && y <= 2100) year = year === undefined ? y : Math.min(year, y);
  }
  return year === undefined ? undefined : { year, yearEnd };
}
