// Empty quantities: a unit or measure word where a number must stand before it but none does
// (开展专题调研次, 覆盖率达%, 惠及约万人, 清理广告牌余块). The segmenter's tokens tell the measure
// word (个) from a word containing it (个人, 首次, 企业家); the characters around it tell a
// quantity's position from ordinary prose.

import { Paragraph, ReportModel, Span, Token } from '../../model';
import { isBoundary, TokenIndex } from '../../lib/slots/text';
import { isCounted, makesWord, unitAt, unitKind } from '../../lib/slots/units';
import { charAt, charBefore, isHan } from '../../text';

export interface Gap {
  /** Where the number belongs: an empty span, or the blanks typed in its place (会议  次). */
  target: Span;
  /** The characters around the gap that the finding covers. */
  range: Span;
  unit: string;
}

/** Words before a unit that demand a number: 约万人, 达%, 共计件. */
export const DEMANDS_NUMBER = new Set(['约', '达', '达到', '共', '共计', '合计', '累计', '总计', '约为', '计']);
/** …and before a plain unit, also 近/逾/超 (近人 is no number, 近万人 is one). */
const DEMANDS_NUMBER_OR_ABOUT = new Set([...DEMANDS_NUMBER, '近', '逾', '超']);
/** Words that lead to a figure (压缩至个工作日, 提高到万元): before 个 or a unit that is only a unit, not before 人 (传导到人). */
export const LEADS_TO_NUMBER = new Set([
  '至',
  '到',
  '增至',
  '降至',
  '减至',
  '升至',
  '提高到',
  '增加到',
  '下降到',
  '减少到',
  '超过',
  '高于',
  '低于',
  '不低于',
  '不少于',
  '不超过',
  '控制在',
  '保持在',
]);
/** Continuations after a unit that keep it a quantity: 万人以上, 亿元左右. */
const QUANTITY_TAIL = /^(以上|以下|左右|之多|上下)/;
/** Tags of the word before an empty unit that make it a quantity's object (公务员人, 调研次, 巡河次). */
const CONTENT_TAG = /^(n|v|a|j|l|x|i|b|z|s|eng)/;
/** Before these units only some words make a quantity: people before 人 (公务员人, not 关心人),
 * a noun before 户 (人员户, not 脱贫户), an institution before 所 (学校所, not 司法所). */
const BEFORE_UNIT: Record<string, (t: Token) => boolean> = {
  人: (t) =>
    /(员|生|者|众|民|部|工|师|士|属|童|兵|警|官|长|书记|代表|对象|青年|妇女|儿童|老人|人口|就业|家庭|劳动力|骨干|分子|人|户|乡亲|游客|患者|病人|处分|问责|立案|函询|诫勉|约谈|培训|慰问|救助|安置|录用|招录|选派|提拔)$/.test(
      t.word,
    ),
  户: (t) => /^(n|j|l|x)/.test(t.tag) && t.tag !== 'vn',
  所: (t) => /(校|园|院|站|室|馆|中心|机构)$/.test(t.word),
};

/** Where the run of blanks (spaces, tabs, ideographic spaces) ending at `at` starts. */
export function blanksBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && /[ \t\u3000]/.test(text[from - 1])) from--;
  return from;
}

/** Up to 16 characters before `at`, back to the clause's start. */
function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 16 && !isBoundary(text[from - 1])) from--;
  return text.slice(from, at);
}

/** Words that take 余 without a number (其余, 业余): 余 there is not "more than". */
const YU_WORDS = /[其业多剩之有富盈结残空课工闲]$/;
/** …and 多 ("many") after these is no "more than" (很多人, 较多次). */
const DUO_WORDS = /[很许较诸更最过增居太大好繁颇甚偏差得]$/;

/** The empty quantities of one paragraph. `placeholder` counts as a number already written. */
export function findGaps(model: ReportModel, p: Paragraph, placeholder: string): Gap[] {
  const text = model.text;
  const tokens = new TokenIndex(p.tokens ?? []);
  const gaps: Gap[] = [];
  let lastUnitEnd = -1;
  for (let at = p.start; at < p.end;) {
    const unit = unitAt(text, at);
    if (!unit || at + unit.length > p.end) {
      at += charAt(text, at).length || 1;
      continue;
    }
    const gap = gapBefore(text, tokens, at, unit, placeholder, lastUnitEnd === at);
    if (gap) {
      gaps.push(gap);
      lastUnitEnd = at + unit.length;
    }
    at += unit.length;
  }
  return gaps;
}

/** The gap before the unit at [u0, u0 + unit.length), if the unit stands there with no number. */
function gapBefore(
  text: string,
  tokens: TokenIndex,
  u0: number,
  unit: string,
  placeholder: string,
  afterGap: boolean,
): Gap | undefined {
  const u1 = u0 + unit.length;
  if (!isUnitHere(tokens, text, u0, u1)) return undefined;
  if (placeholder && u0 >= placeholder.length && text.startsWith(placeholder, u0 - placeholder.length))
    return undefined;
  const kind = unitKind(unit);
  const prev = charBefore(text, u0);
  const make = (at: number, from: number): Gap => ({
    target: { start: at, end: at },
    range: { start: from, end: u1 },
    unit,
  });
  // 召开会议  次: blanks typed where the number goes.
  const blank = blanksBefore(text, u0);
  if (blank < u0) {
    const before = charBefore(text, blank);
    if (!isHan(before) || isBoundary(before) || isCounted(before)) return undefined;
    if (kind === 'soft' && !endsQuantity(text, tokens, u1, unit)) return undefined;
    return {
      target: { start: blank, end: u0 },
      range: { start: Math.max(blank - before.length, u1 - 12), end: u1 },
      unit,
    };
  }
  // 户万平方米: a unit right after an empty unit is a second empty quantity.
  if (afterGap) return make(u0, u0 - prev.length);
  // 广告牌余块: 余 ("more than") with nothing before it; 群众多人， likewise with 多 at a quantity's end.
  if (prev === '余' || (prev === '多' && (kind !== 'soft' || endsQuantity(text, tokens, u1, unit)))) {
    const yu = u0 - 1;
    const t = tokens.at(yu);
    if (t && t.start < yu) return undefined; // 其余, 业余, 剩余, 很多, 许多
    const p2 = charBefore(text, yu);
    if (!isHan(p2) || isCounted(p2) || (prev === '余' ? YU_WORDS : DUO_WORDS).test(p2)) return undefined;
    // 2个多百分点: the count stands before the measure word (but 车辆余台: 辆 ends the word 车辆).
    if (unitAt(text, yu - p2.length) && tokens.at(yu - p2.length)?.start === yu - p2.length) return undefined;
    return make(yu, yu - p2.length);
  }
  const prevToken = tokens.at(u0 - prev.length);
  const multiplied = /^[万亿]/.test(unit);
  // 第位 (排名第位): an ordinal with no number.
  if (prev === '第' && prevToken?.end === u0 && charBefore(text, u0 - 1) !== '次') return make(u0, u0 - 1);
  // 约万人, 达%, 共计件: the word before asks for a number (but 近万人, 逾亿元 are numbers: 近万 = nearly ten thousand).
  const demands = multiplied ? DEMANDS_NUMBER : DEMANDS_NUMBER_OR_ABOUT;
  if (prevToken && prevToken.end === u0 && demands.has(prevToken.word)) return make(u0, prevToken.start);
  if (
    prevToken &&
    prevToken.end === u0 &&
    LEADS_TO_NUMBER.has(prevToken.word) &&
    (kind !== 'soft' || unit === '个') &&
    tokens.at(u0)?.start === u0
  ) {
    return make(u0, Math.max(prevToken.start, u0 - 2));
  }
  // 为共户/x: the segmenter joined the unknown phrase, but 共 still asks for a number.
  if (
    prevToken &&
    prevToken.end > u0 &&
    prevToken.tag === 'x' &&
    (demands.has(prev) || (unit === '个' && LEADS_TO_NUMBER.has(prev)))
  ) {
    return make(u0, u0 - prev.length);
  }
  if (!isHan(prev) || isCounted(prev)) return undefined;
  // 提高到%, 控制在%以内, 出生率为‰: a sign straight after a Chinese word always lacks its number.
  if (kind === 'symbol') return make(u0, u0 - prev.length);
  if (prevToken && prevToken.end <= u0 && !CONTENT_TAG.test(prevToken.tag)) return undefined;
  // 进万户, 帮户, 到人: a one-character word before a unit is a set phrase more often than a blank.
  if (prevToken && prevToken.end <= u0 && prevToken.end - prevToken.start === prev.length) return undefined;
  if (kind === 'soft' && makesWord(prev, unit)) return undefined;
  if (kind === 'soft' && prevToken && prevToken.end <= u0 && BEFORE_UNIT[unit] && !BEFORE_UNIT[unit](prevToken))
    return undefined;
  // 人、财、物: people among the resources, not a count.
  if (unit === '人' && /^、[财物事地岗]/.test(text.slice(u1, u1 + 2))) return undefined;
  // 从源头起，自即日起: 起 there is "from", not a count of cases.
  if (unit === '起' && /[从自由]/.test(clauseBefore(text, u0))) return undefined;
  // 联百村包百企进万户: 万 among 百 and 千 is a count in a slogan.
  if (multiplied && /[百千]/.test(text.slice(Math.max(0, u0 - 8), u0))) return undefined;
  if (!endsQuantity(text, tokens, u1, kind === 'soft' ? unit : '')) return undefined;
  return make(u0, u0 - prev.length);
}

/**
 * True when the unit is a word of its own here: the tokens start and end with it (个 in 项目个),
 * or it ends an unknown join the segmenter made (巡河次), or follows 余 in one token (余块).
 * False inside a word (个人, 人才, 首次, 企业家, 信件).
 */
function isUnitHere(tokens: TokenIndex, text: string, u0: number, u1: number): boolean {
  const first = tokens.at(u0);
  const last = tokens.at(u1 - 1);
  if (!first || !last) return true;
  // 个点/x: 个 never begins an unknown word, the segmenter just did not know 点位.
  if (text[u0] === '个' && u1 === u0 + 1 && first.start === u0 && first.tag === 'x') return true;
  if (last.end !== u1) return false;
  if (first.start === u0) return true;
  return first === last && (first.tag === 'x' || /^[余约近第]$/.test(text.slice(first.start, u0)));
}

/**
 * True when the text after a unit ends the quantity: a clause boundary, 以上/左右, or another
 * unit (户万平方米). A soft unit (人, 次) needs this; a bare 个 may also stand before its noun.
 */
function endsQuantity(text: string, tokens: TokenIndex, u1: number, soft: string): boolean {
  const next = charAt(text, u1);
  // A closing quote ends a name (“联村帮户”), not a quantity.
  if (/[”’》」』]/.test(next)) return false;
  if (isBoundary(next)) return true;
  if (QUANTITY_TAIL.test(text.slice(u1, u1 + 2))) return true;
  if (!soft && next === '的') return true;
  const nextUnit = unitAt(text, u1);
  const t: Token | undefined = tokens.at(u1);
  if (nextUnit && t && t.start === u1 && t.end === u1 + nextUnit.length) return true;
  return soft === '个' && tokens.at(u1 - 1)?.start === u1 - 1;
}
