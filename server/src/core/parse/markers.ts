// Recognising heading markers (一、 （一） 1. （1）, a regulation's 第X章 第X条) and inline enumeration
// markers (一是 二要 第三 首先) at the start of a line or sentence.

import { ArticleLevel, HeadingLevel, ItemSeries } from '../model';
import { chineseNumber, halfWidthDigits, toChineseNumber } from '../text';

export interface MarkerMatch {
  level: HeadingLevel;
  /** Length of the marker as written, in UTF-16 units. */
  length: number;
  text: string;
  ordinal: number;
  standard: string;
}

const CN = '〇零一二三四五六七八九十百';
// Level 2 and 4: a number in brackets, full- or half-width, possibly mismatched, spaces inside,
// possibly followed by a stray 、 or dot.
const BRACKETED_CN = new RegExp(`^[（(][ \\u3000]*([${CN}]{1,4})[ \\u3000]*[）)](?:[ \\u3000]*[、.．，,])?`);
const BRACKETED_NUM = /^[（(][ \u3000]*([0-9０-９]{1,3})[ \u3000]*[）)](?:[ \u3000]*[、.．，,])?/;
// Level 1: 一、 (also the wrong forms 一. 一．); not numbers listed at a sentence start (一、二、三产业).
const LEVEL1 = new RegExp(`^([${CN}]{1,4})[ \\u3000]*(?:、(?![一二三四五六七八九十]{1,2}、)|[.．](?![0-9０-９]))`);
// Level 3: 1. (also 1、 1．); never a decimal such as 2.5 or 1.2亿元, nor a list 1、2、3号线.
const LEVEL3 = /^([0-9０-９]{1,3})[ \u3000]*(?:、(?![0-9０-９]{1,2}、)|[.．](?![0-9０-９]))/;
// What follows 一、 in 一、二季度 or 1、2月份: a later quarter or month (三、三季度工作 is a heading).
const RANGE_END = /^([一二三四五六七八九十]{1,2}|[0-9０-９]{1,2})(?=季|月)/;
const CIRCLED = /^([\u2460-\u2473])(?:[ \u3000]*[、.．])?/;

/** The heading marker at the start of `s`, if there is one. */
export function matchHeadingMarker(s: string): MarkerMatch | undefined {
  let m: RegExpExecArray | null;
  if ((m = BRACKETED_CN.exec(s))) return make(2, m[0], chineseNumber(m[1]));
  if ((m = BRACKETED_NUM.exec(s))) return make(4, m[0], Number(halfWidthDigits(m[1])));
  if ((m = LEVEL1.exec(s)))
    return isRange(s, m[0], chineseNumber(m[1])) ? undefined : make(1, m[0], chineseNumber(m[1]));
  if ((m = LEVEL3.exec(s)))
    return isRange(s, m[0], Number(halfWidthDigits(m[1]))) ? undefined : make(3, m[0], Number(halfWidthDigits(m[1])));
  if ((m = CIRCLED.exec(s))) return make(4, m[0], m[1].charCodeAt(0) - 0x2460 + 1);
  return undefined;
}

/** True for 一、二季度 and 1、2月份: two quarters or months, not a marker. */
function isRange(s: string, marker: string, first: number): boolean {
  const m = RANGE_END.exec(s.slice(marker.length));
  if (!m) return false;
  const second = /[0-9０-９]/.test(m[1]) ? Number(halfWidthDigits(m[1])) : chineseNumber(m[1]);
  return second > first;
}

function make(level: HeadingLevel, text: string, ordinal: number): MarkerMatch | undefined {
  if (!Number.isFinite(ordinal) || ordinal <= 0) return undefined;
  return { level, length: text.length, text, ordinal, standard: standardMarker(level, ordinal) };
}

/** The standard marker of a heading of `level` numbered `ordinal`. */
export function standardMarker(level: HeadingLevel, ordinal: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumber(ordinal)}、`;
    case 2:
      return `（${toChineseNumber(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

export interface ArticleMatch {
  level: ArticleLevel;
  /** Length of the marker (第十一条, 第一百二十条之一), without the blank after it. */
  length: number;
  text: string;
  ordinal: number;
  /** The number after 之 of an inserted article (第一百二十条之一 → 1). */
  inserted?: number;
}

const ARTICLE_WORDS: Record<string, ArticleLevel> = {
  编: 'part',
  分编: 'subpart',
  章: 'chapter',
  节: 'section',
  条: 'article',
};
// 第X编 第X分编 第X章 第X节 第X条 (第X条之一), as laws number them: in Chinese numerals up to the thousands.
const ARTICLE = /^第([〇零一二三四五六七八九十百千]{1,10})(分编|编|章|节|条)(?:之([一二三四五六七八九十]{1,3}))?/;
// What follows an article's marker: a blank (第十一条　…) or the end of the line; a chapter's may run
// straight into a short title (第一章总则).
const AFTER_ARTICLE = /^(?:\s|$)/;
const SHORT_TITLE = /^[^。；;，,：:！？!?、“”]{1,20}$/;

/** The regulation's structure marker at the start of a line's content (`s` is the line's rest), if there is one. */
export function matchArticleMarker(s: string): ArticleMatch | undefined {
  const m = ARTICLE.exec(s);
  if (!m) return undefined;
  const level = ARTICLE_WORDS[m[2]];
  const rest = s.slice(m[0].length);
  if (!AFTER_ARTICLE.test(rest) && (level === 'article' || !SHORT_TITLE.test(rest.trim()))) return undefined;
  const ordinal = chineseNumber(m[1]);
  const inserted = m[3] === undefined ? undefined : chineseNumber(m[3]);
  if (!(ordinal > 0) || (inserted !== undefined && !(inserted > 0))) return undefined;
  return { level, length: m[0].length, text: m[0], ordinal, ...(inserted !== undefined && { inserted }) };
}

export interface ItemMatch {
  series: ItemSeries;
  length: number;
  text: string;
  /** 1, 2, 3…; 0 stands for 最后 (the last, whatever its number). */
  ordinal: number;
}

// 一是 二要 … (not 是否, 要求, 要素 …)
const SHI_YAO = /^([一二三四五六七八九十]{1,3})(是|要)(?![否求素点闻务害件领])(?!\1[，,、；;。])/;
// 第一， 第二： (the punctuation keeps 第一次, 第二批 and 第一书记 out)
const DI = /^第([一二三四五六七八九十]{1,3})(?=[，,：:、])/;
const SEQUENCE_WORDS = /^(首先|其次|再次|最后)(?=[，,：:、])/;
const SEQUENCE_ORDINALS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** The inline enumeration marker at the start of `s`, if there is one. */
export function matchItemMarker(s: string): ItemMatch | undefined {
  let m: RegExpExecArray | null;
  if ((m = SHI_YAO.exec(s))) {
    const ordinal = chineseNumber(m[1]);
    if (ordinal > 0) return { series: m[2] as ItemSeries, length: m[0].length, text: m[0], ordinal };
  }
  if ((m = DI.exec(s))) {
    const ordinal = chineseNumber(m[1]);
    if (ordinal > 0) return { series: '第', length: m[0].length, text: m[0], ordinal };
  }
  if ((m = SEQUENCE_WORDS.exec(s))) {
    return { series: '首先', length: m[0].length, text: m[0], ordinal: SEQUENCE_ORDINALS[m[1]] };
  }
  return undefined;
}
