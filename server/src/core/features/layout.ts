// The report in the national layout (GB/T 9704) as plain data: blocks of styled runs, each
// with its offsets into the draft. The Word writer and the preview both draw from it, so
// they agree on what is a title, a heading of which level, body text and a blank.
//
// Only a report's own headings take the four heading levels. A regulation's text (its own, or
// quoted in a report) is laid out as regulations are published: a chapter line (第一章 总则) centred
// in the level-1 face, an article's number (第一条) in that face and its text as body, the article's
// items (（一）…；) as body paragraphs.

import { isArticle, isReportHeading } from '../lib/headings/levels';
import { Heading, HeadingLevel, ReportModel, Span } from '../model';
import { CLOSERS, isSentenceEnd, trimBlanks } from '../text';
import { SLOT_RULES } from './fixes';

/** The typeface roles of the layout: the writer and the preview map them to font families. */
export type Face = 'title' | 'level1' | 'level2' | 'level3' | 'level4' | 'body';

export interface LayoutRun extends Span {
  text: string;
  face: Face;
  /** Markdown strong emphasis (`**…**`). */
  bold?: boolean;
  /** Markdown emphasis (`*…*`): Chinese documents mark it with dots below (着重号), not italics. */
  emphasis?: boolean;
  /** An unfilled blank (【待填】, a mask such as *万元): highlighted so it cannot go out unnoticed. */
  blank?: boolean;
}

export interface LayoutBlock extends Span {
  kind: 'title' | 'heading' | 'body';
  /** The heading's level (kind 'heading' only). */
  level?: HeadingLevel;
  /** The addressee (主送机关, e.g. 各位代表：) stands flush left, without the two-character indent. */
  addressee?: boolean;
  /** A regulation's chapter, section or part line (第一章 总则): centred, without the indent (a body block). */
  centred?: boolean;
  runs: LayoutRun[];
}

const LEVEL_FACE: Record<HeadingLevel, Face> = { 1: 'level1', 2: 'level2', 3: 'level3', 4: 'level4' };

/** Lays a parsed report out as title, headings and body paragraphs; `blanks` are the spans of unfilled slots. */
export function layoutReport(model: ReportModel, blanks: readonly Span[] = []): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const { title } = model;
  if (title) blocks.push(block(model, 'title', title, [{ ...title, face: 'title' }], blanks));
  for (const p of model.paragraphs) {
    // Front matter, code and comments are the author's notes, not the report.
    if (p.verbatim) continue;
    // A Markdown rule (---, ***) separates; it is not text.
    if (model.format === 'markdown' && /^(?:[-*_][ \t]*){3,}$/.test(p.text.trim())) continue;
    if (title && p.start < title.end && p.end > title.start) continue;
    const h = p.heading;
    if (h && isArticle(h)) {
      // 第一章 总则 centred whole; 第一条 with its number in the level-1 face, its text as body.
      const centred = h.level !== 'article';
      const face = [
        { start: centred ? p.start : h.marker.start, end: centred ? p.end : h.marker.end, face: 'level1' as const },
      ];
      const b = block(model, 'body', p, face, blanks);
      blocks.push(centred ? { ...b, centred: true } : b);
      continue;
    }
    if (!h || !isReportHeading(h)) {
      const b = block(model, 'body', p, [{ start: p.start, end: p.end, face: 'body' }], blanks);
      blocks.push(isAddressee(b, blocks) ? { ...b, addressee: true } : b);
      continue;
    }
    const face = LEVEL_FACE[h.level];
    const end = h.runIn ? headingSentenceEnd(model.text, h) : h.range.end;
    // A run-in heading (（一）…。正文) keeps its body on the same line, in the body face.
    const faces = [{ start: h.range.start, end, face }];
    if (end < h.range.end) faces.push({ start: end, end: h.range.end, face: 'body' });
    blocks.push({ ...block(model, 'heading', h.range, faces, blanks), level: h.level });
  }
  return blocks;
}

/** The first line of text after the title, short and ending in a colon, not a 如下： lead-in: 各位代表：, 市委： */
function isAddressee(b: LayoutBlock, before: readonly LayoutBlock[]): boolean {
  if (before.some((x) => x.kind !== 'title')) return false;
  const text = trimBlanks(b.runs.map((r) => r.text).join(''));
  return text.length <= 40 && /[：:]$/.test(text) && !/[。！？；]|如下[：:]$/.test(text);
}

/** The end of a run-in heading's own sentence: past its 。 and any closing quotes. */
function headingSentenceEnd(text: string, h: Heading): number {
  let i = h.title.end;
  while (i < h.range.end && isSentenceEnd(text[i])) i++;
  while (i < h.range.end && CLOSERS.includes(text[i])) i++;
  return i;
}

interface FaceSpan extends Span {
  face: Face;
}

/** One block: each character gets its face and marks, equal neighbours merge into runs. */
function block(
  model: ReportModel,
  kind: LayoutBlock['kind'],
  span: Span,
  faces: FaceSpan[],
  blanks: readonly Span[],
): LayoutBlock {
  const { text } = model;
  const { start, end } = span;
  const n = end - start;
  const face: Face[] = new Array(n).fill('body');
  for (const f of faces) for (let i = f.start; i < f.end; i++) face[i - start] = f.face;
  const blank = new Array<boolean>(n).fill(false);
  for (const b of blanks) for (let i = Math.max(b.start, start); i < Math.min(b.end, end); i++) blank[i - start] = true;
  const shown: Array<string | undefined> = Array.from(text.slice(start, end).split(''));
  const bold = new Array<boolean>(n).fill(false);
  const emphasis = new Array<boolean>(n).fill(false);
  joinLines(shown);
  if (model.format === 'markdown') markInline(text.slice(start, end), shown, bold, emphasis, blank);
  const runs: LayoutRun[] = [];
  for (let i = 0; i < n; i++) {
    const ch = shown[i];
    if (ch === undefined) continue;
    const last = runs[runs.length - 1];
    // A hidden mark (** or a line break) ends a run, so a run's offsets never cover markup.
    const same =
      last &&
      last.end === start + i &&
      last.face === face[i] &&
      !!last.bold === bold[i] &&
      !!last.emphasis === emphasis[i] &&
      !!last.blank === blank[i];
    if (same) {
      last.text += ch;
      last.end = start + i + 1;
    } else {
      runs.push({
        start: start + i,
        end: start + i + 1,
        text: ch,
        face: face[i],
        ...(bold[i] && { bold: true }),
        ...(emphasis[i] && { emphasis: true }),
        ...(blank[i] && { blank: true }),
      });
    }
  }
  return { kind, start, end, runs };
}

/** A Markdown paragraph spans lines: the breaks (and the indentation after them) go; a space stays between Latin words. */
function joinLines(shown: Array<string | undefined>): void {
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] !== '\n' && shown[i] !== '\r') continue;
    let j = i;
    while (j < shown.length && /^[\s\u3000]$/.test(shown[j] ?? '')) j++;
    const before = shown[i - 1] ?? '';
    const after = shown[j] ?? '';
    const latin = /[A-Za-z0-9,.;:]/.test(before) && /[A-Za-z0-9]/.test(after);
    for (let k = i; k < j; k++) shown[k] = undefined;
    if (latin) shown[i] = ' ';
    // A quote or list prefix on a continuation line is Markdown, not text.
    const prefix = /^(?:>[ \t]?|[-*+][ \t]+)+/.exec(
      shown
        .slice(j, j + 8)
        .map((c) => c ?? '')
        .join(''),
    );
    if (prefix) for (let k = j; k < j + prefix[0].length; k++) shown[k] = undefined;
    i = j - 1;
  }
}

/** Strong (**…**, __…__) and emphasis (*…*, _…_), inline code and links; a `*` that is a blank (a mask) is no markup. */
function markInline(
  s: string,
  shown: Array<string | undefined>,
  bold: boolean[],
  emphasis: boolean[],
  blank: boolean[],
): void {
  const isFree = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (blank[i] || shown[i] === undefined) return false;
    return true;
  };
  const apply = (
    re: RegExp,
    mark: boolean[] | undefined,
    open: (m: RegExpExecArray) => number,
    close: (m: RegExpExecArray) => number,
  ) => {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const a = m.index;
      const b = m.index + m[0].length;
      const o = open(m);
      const c = close(m);
      if (!isFree(a, a + o) || !isFree(b - c, b)) continue;
      for (let i = a; i < a + o; i++) shown[i] = undefined;
      for (let i = b - c; i < b; i++) shown[i] = undefined;
      if (mark) for (let i = a + o; i < b - c; i++) mark[i] = true;
    }
  };
  apply(
    /`([^`\n]+)`/g,
    undefined,
    () => 1,
    () => 1,
  );
  // [text](url): the text stays, the address goes.
  apply(
    /\[([^\]\n]+)\]\(([^)\s]*)\)/g,
    undefined,
    () => 1,
    (m) => m[2].length + 3,
  );
  apply(
    /(\*\*|__)(?=\S)([^\n]*?\S)\1/g,
    bold,
    () => 2,
    () => 2,
  );
  apply(
    /(?<![*_\w])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![*_\w])/g,
    emphasis,
    () => 1,
    () => 1,
  );
}

/** What offices vary: the font family of each role and whether level-3 headings are bold. */
export interface LayoutStyle {
  fonts: Record<Face | 'pageNumber', string>;
  level3Bold: boolean;
}

/** GB/T 9704-2012's faces: 小标宋 title, 黑体 / 楷体 headings, 仿宋 body, 宋体 page numbers. */
export const DEFAULT_LAYOUT_STYLE: LayoutStyle = {
  fonts: {
    title: '方正小标宋简体',
    level1: '黑体',
    level2: '楷体_GB2312',
    level3: '仿宋_GB2312',
    level4: '仿宋_GB2312',
    body: '仿宋_GB2312',
    pageNumber: '宋体',
  },
  level3Bold: false,
};

/** The page of GB/T 9704-2012: A4, type area 156 mm × 225 mm, 22 lines of 28 characters, sizes in points. */
export const GB_PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  leftMm: 28,
  rightMm: 26,
  bottomMm: 35,
  lines: 22,
  chars: 28,
  /** 22 lines in 225 mm: 28.95 pt (579 twips, the largest whole twip count that fits 22). */
  linePitchPt: 28.95,
  /** 2号 */
  titlePt: 22,
  /** 3号 */
  bodyPt: 16,
  /** 4号 */
  pageNumberPt: 14,
} as const;

/** The findings that are blanks (rules tagged `slot`: 【待填】, 某某, masks such as *万元), in document order. */
export function slotFindings<F extends Span & { ruleId: string }>(findings: readonly F[]): F[] {
  return findings.filter((f) => SLOT_RULES.includes(f.ruleId)).sort((a, b) => a.start - b.start);
}

/** How many lines of the type area a block takes (approximate: Latin letters and digits are half a character wide). */
export function blockLines(b: LayoutBlock): number {
  let width = 0;
  for (const r of b.runs) for (const ch of r.text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  if (b.kind === 'title') return Math.max(1, Math.ceil((width * GB_PAGE.titlePt) / (GB_PAGE.chars * GB_PAGE.bodyPt)));
  return Math.max(1, Math.ceil((width + 2) / GB_PAGE.chars));
}

/** The lines of block `i` with the empty line under the title. */
const linesAt = (blocks: readonly LayoutBlock[], i: number) =>
  blockLines(blocks[i]) + (blocks[i].kind === 'title' && blocks[i + 1]?.kind !== 'title' ? 1 : 0);

/** The page (from 0) each block starts on, 22 lines a page, with the empty line under the title; approximate. */
export function paginate(blocks: readonly LayoutBlock[]): number[] {
  let line = 0;
  return blocks.map((_, i) => {
    const page = Math.floor(line / GB_PAGE.lines);
    line += linesAt(blocks, i);
    return page;
  });
}

/** How many pages the blocks fill, estimated as `paginate` does. */
export function estimatePages(blocks: readonly LayoutBlock[]): number {
  let line = 0;
  for (let i = 0; i < blocks.length; i++) line += linesAt(blocks, i);
  return Math.max(1, Math.ceil(line / GB_PAGE.lines));
}
