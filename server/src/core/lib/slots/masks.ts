// Masks: the characters drafters type where a number or a name is still to come (*, XX, ×, ○○, □□).
// Both slot rules read them from here, so each mask is reported once: a mask standing before a
// unit or inside a number is a missing number; any other mask is a name left blank.

import { Paragraph, ReportModel, Span } from '../../model';
import { charAt, charBefore, isHan } from '../../text';
import { isBoundary, TokenIndex } from './text';
import { maskUnitAt } from './units';

export interface Mask extends Span {
  /** 'number' when the mask stands for (part of) a number, 'name' otherwise. */
  kind: 'number' | 'name';
  /** What a value replaces: the mask, or the whole partly masked number (`1*.6`). */
  value: Span;
}

const MASK_RUN = /[*＊]+|[XxＸｘ]+|×+|[○〇]{2,}|□{2,}|_{2,}|＿+/g;
const DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const CN_DIGIT = /[零一二三四五六七八九十]/;

/** The masks of one paragraph, each classified; masks inside the document's own `placeholder` are no masks. */
export function findMasks(model: ReportModel, p: Paragraph, placeholder = ''): Mask[] {
  const text = model.text;
  const tokens = new TokenIndex(p.tokens ?? []);
  const markup = markupStars(model, p);
  const masks: Mask[] = [];
  MASK_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MASK_RUN.exec(p.text));) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (markup.has(start) || !isMask(text, m[0], start, end) || inside(text, start, end, placeholder)) continue;
    const kind = standsForNumber(text, start, end, tokens) ? 'number' : 'name';
    masks.push({ start, end, kind, value: kind === 'number' ? numberSpan(text, start, end) : { start, end } });
  }
  return masks;
}

/** True when [start, end) lies inside an occurrence of `placeholder` (a marker such as XX chosen as the placeholder). */
function inside(text: string, start: number, end: number, placeholder: string): boolean {
  if (!placeholder) return false;
  for (let from = Math.max(0, end - placeholder.length); from <= start; from++) {
    if (text.startsWith(placeholder, from)) return true;
  }
  return false;
}

/** Rules out what only looks like a mask: Latin words (Xbox), multiplication (3×4), years (二○○八). */
function isMask(text: string, run: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  const after = charAt(text, end);
  const c = run[0];
  // “数据要素×”行动, “415X”集群, “1+X”: one letter glued to the word before a closing quote ends a
  // quoted name (complete text of the tune part writes it so 14 times); a drafter's blank is a run, or
  // stands apart (“XX”).
  if (
    run.length === 1 &&
    /[XxＸｘ×]/.test(c) &&
    /[\p{Script=Han}0-9０-９A-Za-z+＋]/u.test(before) &&
    /[”’」』]/.test(after)
  )
    return false;
  // Names and codes, not blanks: X-51A, X—47B (a dash joins a code), *ST (a stock's name before Latin letters).
  if (/[-—－–]/.test(after) && /[A-Za-z0-9]/.test(charAt(text, end + 1))) return false;
  if (/[*＊XxＸｘ×]/.test(c) && LATIN.test(after)) return false;
  // 18米×18米, 10*5*3米, 2*150kW: a product of measures, not a masked number.
  if (
    /[×*＊]/.test(c) &&
    DIGIT.test(after) &&
    /[0-9０-９][\p{Script=Han}A-Za-z]{0,2}$/u.test(text.slice(Math.max(0, start - 3), start))
  )
    return false;
  if (/[XxＸｘ]/.test(c)) {
    if (LATIN.test(before) || LATIN.test(after) || /[/@_\\]/.test(before + after)) return false;
    if (run.length === 1) {
      if (DIGIT.test(before) && DIGIT.test(after)) return false; // 3x4
      if (/^(光|射线|线|轴|型|谱)/.test(text.slice(end, end + 2))) return false; // X光, X射线, X谱仪
      return isHan(before) || isHan(after) || DIGIT.test(before) || DIGIT.test(after) || /[%％]/.test(after);
    }
    return true;
  }
  if (c === '×') {
    // 应纳税额＝销售额×税率: in a formula × multiplies words too.
    if (run.length === 1 && /[=＝]/.test(text.slice(Math.max(0, start - 24), start))) return false;
    return !(/[0-9０-９)）\s]/.test(before) && /[0-9０-９(（\s]/.test(after));
  }
  if (c === '○' || c === '〇') return !CN_DIGIT.test(before) && !CN_DIGIT.test(after);
  // Underscores are fill-in lines between words, not part of identifiers (file_name).
  if (c === '_') return !/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after);
  return true;
}

/**
 * Starts of `*` runs in the paragraph that are markup, not masks: a list bullet (`* item`) and,
 * in Markdown, emphasis (`**重点**`: runs of one length paired left to right on a line).
 */
function markupStars(model: ReportModel, p: Paragraph): Set<number> {
  const out = new Set<number>();
  const text = model.text;
  for (const line of linesOf(model, p)) {
    const content = text.slice(line.start, line.end);
    const bullet = /^[ \t\u3000]*([*＊])[ \t]/.exec(content);
    if (bullet) out.add(line.start + bullet[0].length - 2);
    if (model.format !== 'markdown') continue;
    // __加粗__: Markdown strong emphasis with underscores, paired like the stars below.
    for (const r of content.matchAll(/(?<![_\w])__(?=[^_\s])([^_\r\n]{1,200}?)__(?![_\w])/g)) {
      out.add(line.start + r.index!);
      out.add(line.start + r.index! + r[0].length - 2);
    }
    const open = new Map<number, number>(); // run length -> offset of an unpaired opener
    for (const r of content.matchAll(/\*+/g)) {
      const at = r.index!;
      const len = r[0].length;
      if (len === 1 && !isLooseDelimiter(content, at, len)) continue;
      const opener = open.get(len);
      if (opener === undefined) {
        open.set(len, at);
        continue;
      }
      const inner = content.slice(opener + len, at);
      if (inner.length >= 2 && !/^\s|\s$/.test(inner)) {
        out.add(line.start + opener);
        out.add(line.start + at);
        open.delete(len);
      } else {
        open.set(len, at);
      }
    }
  }
  return out;
}

/** The lines a paragraph spans (binary search: lines are in order). */
function linesOf(model: ReportModel, p: Paragraph): Span[] {
  const lines = model.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= p.start) lo = mid;
    else hi = mid - 1;
  }
  const out: Span[] = [];
  for (let i = lo; i < lines.length && lines[i].start < p.end; i++)
    out.push({ start: Math.max(lines[i].start, p.start), end: Math.min(lines[i].end, p.end) });
  return out;
}

/** A single `*` that can be an emphasis delimiter: at a word edge (space or punctuation beside it). */
function isLooseDelimiter(line: string, at: number, length: number): boolean {
  const before = at > 0 ? line[at - 1] : ' ';
  const after = at + length < line.length ? line[at + length] : ' ';
  return /[\s\p{P}]/u.test(before) || /[\s\p{P}]/u.test(after);
}

/**
 * True when the mask stands for a number: inside a number (1*.6%, 3X万), after 第, or before a
 * unit that is a unit here (the segmenter keeps 个 apart in `*个`, but joins 项目 in `*项目`).
 */
function standsForNumber(text: string, start: number, end: number, tokens: TokenIndex): boolean {
  const before = charBefore(text, start);
  const after = charAt(text, end);
  if (DIGIT.test(before) || /[.．]/.test(before) || DIGIT.test(after) || /[.．%％‰]/.test(after)) return true;
  if (before === '第') return true;
  // 同比增长*，完成率*。: a figure's verb or measure before, nothing after.
  if (
    isBoundary(after) &&
    /(增长|下降|提高|降低|增加|减少|达到|达|约|共|共计|合计|累计|占|占比|比重|率|为)$/.test(
      text.slice(Math.max(0, start - 4), start),
    )
  )
    return true;
  let at = end;
  if (/[余多来]/.test(after)) {
    // *余人次, *多人; but 困扰**多年: 多年 is a word (many years), and the mask a name.
    const word = tokens.at(end);
    if (after === '多' && word && word.start === end && word.end > end + 1 && word.tag !== 'x') return false;
    at += 1;
  }
  const unit = maskUnitAt(text, at);
  if (!unit) return false;
  const t = tokens.at(at);
  // The tokens end with the unit, or inside it (万余/人 for 万余人): a unit here.
  if (!t || t.end <= at + unit.length) return true;
  // The unit begins a longer word: a word of its own (项目, 人民) says name; an unknown join (个点) says unit.
  return t.end > at + unit.length && (t.tag === 'x' || t.start < at);
}

/** The whole number a mask is part of (`1*.6` for the `*` in 1*.6%), or the mask itself. */
function numberSpan(text: string, start: number, end: number): Span {
  const part = /[0-9０-９.．*＊XxＸｘ×]/;
  // Numbers are short: looking further would make a long run of 1*1*1* quadratic.
  let s = start;
  while (s > 0 && start - s < 16 && part.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < 16 && part.test(text[e])) e++;
  // A trailing dot ends a sentence in half-width text, not a number.
  while (e > end && /[.．]/.test(text[e - 1])) e--;
  while (s < start && /[.．]/.test(text[s])) s++;
  return { start: s, end: e };
}
