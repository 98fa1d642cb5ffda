// Number forms (GB/T 15835-2011): a range keeps %, 万, 亿 on both numbers; a range of numbers takes ～;
// one approximation word per number; 〇 in a year written in Chinese; half-width digits; one percent
// sign throughout. Decimals, times, dates, PM2.5 and URLs are left alone.

import { Fix } from '../lib/findings';
import { inSpans, nonProse } from '../lib/hygiene/prose';
import { defineRule, RuleContext } from '../lib/rule';
import { Paragraph, ReportModel, Span } from '../model';

const messages = {
  rangeUnit: { zh: '数值范围两端都应带“{0}”：应为“{1}”', en: 'Both ends of a range take “{0}”: write “{1}”' },
  rangeDash: { zh: '数值范围应使用浪纹线“～”，不用“{0}”', en: 'Write a numeric range with “～”, not “{0}”' },
  doubleApprox: { zh: '“{0}”与“{1}”重复表示约数，只用其一', en: '“{0}” and “{1}” both mark an approximation: use one' },
  yearZero: { zh: '汉字年份中的零应写作“〇”：应为“{0}”', en: 'Write zero in a Chinese-numeral year as “〇”: “{0}”' },
  fullWidthDigits: { zh: '数字应使用半角阿拉伯数字：“{0}”', en: 'Use half-width digits: “{0}”' },
  mixedPercent: {
    zh: '全文百分号写法不一致：多数写作“{0}”，此处为“{1}”',
    en: 'Percent signs are mixed: mostly “{0}”, here “{1}”',
  },
};

type Ctx = RuleContext<keyof typeof messages>;

export const rule = defineRule({
  id: 'number-format',
  name: { 'zh-cn': '数字用法', en: 'Number format' },
  doc: {
    'zh-cn': '数字用法：范围、约数、年份、全角数字、百分号',
    en: '`15～30%`, `1－5月`, `约300余人`, `二0二三年`, full-width digits, mixed `％`/`%`',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'information',
  needsTokens: false,
  messages,
  check(model, ctx) {
    // Findings of one paragraph (all but the mixed percent signs): they depend on its text and surroundings only.
    ctx.eachParagraph((p) => paragraphFindings(model, scanner(model, p), ctx));
    // The percent signs of each paragraph, relative to it, kept by its text: the document's majority sign is a merge.
    const percents: Array<{ at: number; sign: string }> = [];
    for (const { paragraph, own } of ctx.contributions('percents', (p) => {
      const found: Array<{ at: number; sign: string }> = [];
      scanner(model, p)(/[%％]/g, (m, start) => found.push({ at: start - p.start, sign: m[0] }));
      return found;
    })) {
      for (const x of own) percents.push({ at: x.at + paragraph.start, sign: x.sign });
    }
    mixedPercents(percents, ctx);
  },
});

type Scan = (re: RegExp, each: (m: RegExpExecArray, start: number) => void) => void;

/** Runs a regular expression over the paragraph's text, leaving out what is not prose (URLs, code…). */
function scanner(model: ReportModel, p: Paragraph): Scan {
  let skip: Span[] | undefined;
  return (re, each) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const start = p.start + m.index;
      skip ??= nonProse(model, p);
      if (!inSpans(skip, start, start + m[0].length)) each(m, start);
    }
  };
}

function paragraphFindings(model: ReportModel, scan: Scan, ctx: Ctx): void {
  scan(RANGE_UNIT, (m, start) => rangeUnit(m, start, ctx));
  scan(RANGE_DASH, (m, start) => {
    const at = start + m[1].length;
    ctx.report(
      { start: at, end: at + 1 },
      'rangeDash',
      [m[2]],
      [ctx.fix.replace({ start: at, end: at + 1 }, '～', { safe: true })],
    );
  });
  scan(APPROX, (m, start) => approx(model.text, m, start, ctx));
  scan(YEAR, (m, start) => {
    if (!isYearWithZero(model.text, m[0], start)) return;
    const fixed = m[0].replace(/[零0０○OoΟ]/g, '〇');
    ctx.report(
      { start: start, end: start + m[0].length },
      'yearZero',
      [fixed],
      [ctx.fix.replace({ start, end: start + m[0].length }, fixed, { safe: true })],
    );
  });
  scan(FULL_DIGITS, (m, start) => {
    const fixed = m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    ctx.report(
      { start: start, end: start + m[0].length },
      'fullWidthDigits',
      [m[0]],
      [ctx.fix.replace({ start, end: start + m[0].length }, fixed, { safe: true })],
    );
  });
}

// A number not glued to letters, digits or a dot before it (so not PM2.5, v1.2, 2023-10-15).
const NUM = String.raw`(?<![0-9A-Za-z.．\-－/:])(\d+(?:\.\d+)?)`;

// 15～30%, 9～16亿, 13至17万元: the unit of magnitude only on the second number.
const RANGE_UNIT = new RegExp(`${NUM}([～~〜\\-－—–至到])(\\d+(?:\\.\\d+)?)(万亿|[%％‰万亿])`, 'g');

function rangeUnit(m: RegExpExecArray, start: number, ctx: Ctx): void {
  const [, first, dash, second, unit] = m;
  const at = start + first.length;
  const fixed = `${first}${unit}${dash}${second}${unit}`;
  ctx.report(
    { start: start, end: start + m[0].length },
    'rangeUnit',
    [unit, fixed],
    [ctx.fix.insert(at, unit, { title: ctx.fix.title('replace', fixed), safe: true })],
  );
}

// 1－5月, 2023-2025年, 3-5个: a hyphen or minus between two numbers followed by a Chinese unit.
// ～ rather than —: GB/T 15834 §4.13 gives ～ for ranges of numbers, and — between two digits is
// easily misread as 一 (one) or a minus sign.
const RANGE_DASH = /((?<![0-9A-Za-z.．\-－/:])\d{1,4})([－\-–])\d{1,4}(?=[\u4e00-\u9fff])/g;

// 约300余人, 将近400余人, 约300人左右, 至少3个以上, 300余人左右.
const APPROX =
  /(大约|大概|将近|接近|约|近|逾|超过|至少|不少于)?(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)((?:万亿|[万亿千百])?)(余|多)?((?:万亿|[万亿])?)(?:([\u4e00-\u9fff%％]{0,3}?)(左右|上下|以上(?![市级述])))?/g;
// 节约、最近、附近… are words of their own, not approximations.
const NOT_PREFIX = /(?:[节制预签合契条公邀简规履违守相盟集特婚][约]|[最附就临靠邻贴亲逼远][近])$/;
// 近三年、近两个多月 mean "the last three years", not "nearly".
const TIME_UNIT = /^(?:年|个月|月|天|日|周|期|届|个小时|小时|个季度|季度)/;

function approx(text: string, m: RegExpExecArray, start: number, ctx: Ctx): void {
  const [all, prefix, number, mag1, inner, mag2, , outer] = m;
  if (prefix && NOT_PREFIX.test(text.slice(Math.max(0, start - 1), start + prefix.length))) return;
  if (
    prefix === '近' &&
    TIME_UNIT.test(text.slice(start + prefix.length + number.length + mag1.length + (inner?.length ?? 0) + mag2.length))
  )
    return;
  if (!prefix && !/\d/.test(number)) return; // a run of Chinese numerals without 约 is too often part of a word
  const words = [prefix, inner, outer].filter((w): w is string => !!w);
  if (words.length < 2) return;
  // 约300余人 → 约300人 or 300余人: which word the writer meant to keep is a choice, so every fix is unsafe.
  const end = start + all.length;
  const at: Array<[string | undefined, number]> = [
    [prefix, start],
    [inner, start + (prefix?.length ?? 0) + number.length + mag1.length],
    [outer, end - (outer?.length ?? 0)],
  ];
  const fixes: Fix[] = at
    .filter((x): x is [string, number] => !!x[0])
    .map(([w, i]) => ctx.fix.remove({ start: i, end: i + w.length }));
  ctx.report({ start: start, end: end }, 'doubleApprox', [words[0], words[words.length - 1]], fixes);
}

// 二0二三年, 二零二三年, 二○二三年: four Chinese year digits with a zero written otherwise than 〇.
// The conditions are checked on each match (isYearWithZero): as lookarounds at the start of the
// expression they kept the engine from skipping ahead, which made it the rule's slowest part.
const YEAR = /[〇零0０○OoΟ一二三四五六七八九]{4}(?=年)/g;

/** True when the four characters before 年 at `start` are a year in Chinese numerals with a zero written otherwise than 〇. */
function isYearWithZero(text: string, year: string, start: number): boolean {
  if (start > 0 && /[〇零0-9０-９一二三四五六七八九十百千万]/.test(text[start - 1])) return false; // inside a longer number
  return /[零0０○OoΟ]/.test(year) && /[一二三四五六七八九]/.test(year);
}

const FULL_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;

/** Every % or ％ of the less used form, when a document uses both. */
function mixedPercents(percents: Array<{ at: number; sign: string }>, ctx: Ctx): void {
  const full = percents.filter((p) => p.sign === '％').length;
  const half = percents.length - full;
  if (!full || !half) return;
  const majority = full > half ? '％' : '%';
  for (const p of percents) {
    if (p.sign === majority) continue;
    ctx.report(
      { start: p.at, end: p.at + 1 },
      'mixedPercent',
      [majority, p.sign],
      [ctx.fix.replace({ start: p.at, end: p.at + 1 }, majority, { safe: true })],
    );
  }
}
