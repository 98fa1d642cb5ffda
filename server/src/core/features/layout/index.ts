// The report in the national layout (GB/T 9704) as plain data: blocks of styled runs, each with
// its offsets into the draft, where it stands (alignment, indents, empty lines) and where each of
// its lines ends. The Word writer and the preview both draw from it, so they agree on what is a
// title, a heading of which level, body text, the closing block and a blank, line for line.

import { Heading, HeadingLevel, Paragraph, ReportModel, Span } from '../../model';
import { isArticle, isReportHeading } from '../../lib/headings/levels';
import { CLOSERS, isSentenceEnd, trimBlanks } from '../../text';
import { SLOT_RULES } from '../fixes';
import { composeLines, LayoutLine } from './lines';
import { widthOf } from './measure';
import { BODY, CHAR, LINE_ROOM, pageCount, placeLines, TITLE, TYPE_WIDTH } from './page';
import { attachmentPrefix, findClosing, frontMatter } from './roles';
import { Face, FaceSpan, LayoutRun, runsOf } from './runs';
import { breakTitle } from './title';

export type { Face, LayoutRun } from './runs';
export type { LayoutLine } from './lines';
export {
  BODY,
  CHAR,
  DEFAULT_LAYOUT_STYLE,
  GB_PAGE,
  GRID_CHAR_SPACE,
  LINE_ROOM,
  placeLines,
  TITLE,
  TYPE_WIDTH,
  twips,
} from './page';
export type { BlockPlace, LayoutStyle, Place } from './page';
export { MIN_TITLE_LINE } from './title';
export { isDateLine } from './roles';
export { canBreak, ems, widthOf } from './measure';

/**
 * What a block is: the title and the lines under it (a speech's subtitle and speaker), headings,
 * body text, and the closing block — the attachment note, the signature (署名), the date.
 */
export type BlockKind = 'title' | 'subtitle' | 'heading' | 'body' | 'attachment' | 'signature' | 'date';

export interface LayoutBlock extends Span {
  kind: BlockKind;
  /** The heading's level (kind 'heading' only). */
  level?: HeadingLevel;
  /** The addressee (主送机关, e.g. 各位代表：) stands flush left, without the two-character indent. */
  addressee?: boolean;
  runs: LayoutRun[];
  /** Body text is justified; the title and the lines under it centred; the signature right. */
  align: 'justify' | 'center' | 'right' | 'left';
  /** Indents in twips; a negative first line hangs (the attachment note). */
  indent: { left: number; right: number; firstLine: number };
  /** Where each line ends, as offsets into the runs' text joined. */
  lines: LayoutLine[];
  /** An empty line stands before the block (after the title, before the attachment note and the signature). */
  gapBefore?: boolean;
  /** The block's lines stay on one page. */
  keepLines?: boolean;
  /** The block stays on the page of the next one. */
  keepNext?: boolean;
}

const LEVEL_FACE: Record<HeadingLevel, Face> = { 1: 'level1', 2: 'level2', 3: 'level3', 4: 'level4' };
const NO_INDENT = { left: 0, right: 0, firstLine: 0 };
const BODY_INDENT = { left: 0, right: 0, firstLine: 2 * CHAR };

/** A paragraph of the draft that is drawn, with its faces. */
interface Source {
  paragraph: Paragraph;
  span: Span;
  faces: FaceSpan[];
  heading?: Heading & { level: HeadingLevel };
  /** A regulation's chapter, section or part line (第一章 总则): centred, without the indent. */
  centred?: boolean;
}

/** Lays a parsed report out; `blanks` are the spans of unfilled slots. */
export function layoutReport(model: ReportModel, blanks: readonly Span[] = []): LayoutBlock[] {
  const sources = drawnParagraphs(model);
  const runs = sources.map((s) => runsOf(model, s.span, s.faces, blanks));
  const texts = runs.map((r) => trimBlanks(r.map((x) => x.text).join('')));
  const roles = texts.map((text, i) => ({ text, heading: !!sources[i].heading }));
  const blocks: LayoutBlock[] = [];
  const { title } = model;
  const front = title ? frontMatter(roles) : 0;
  if (title) blocks.push(titleBlock(model, runsOf(model, title, [{ ...title, face: 'title' }], blanks)));
  for (let i = 0; i < front; i++) {
    const r = runs[i].map((x) => ({ ...x, face: 'subtitle' as Face }));
    blocks.push(block('subtitle', sources[i].span, r, 'center', NO_INDENT, { keepNext: true }));
  }
  const closing = findClosing(roles);
  const tail = new Set([...closing.attachments, closing.signature, closing.date]);
  for (let i = front; i < sources.length; i++) {
    if (tail.has(i)) continue;
    const { span, heading, centred } = sources[i];
    if (centred) {
      blocks.push(block('body', span, runs[i], 'center', NO_INDENT));
      continue;
    }
    if (heading) {
      const keep = heading.runIn ? {} : { keepLines: true, keepNext: true };
      blocks.push({ ...block('heading', span, runs[i], 'justify', BODY_INDENT, keep), level: heading.level });
      continue;
    }
    const addressee = blocks.every((b) => b.kind === 'title' || b.kind === 'subtitle') && isAddressee(texts[i]);
    blocks.push(
      addressee
        ? { ...block('body', span, runs[i], 'justify', NO_INDENT), addressee: true }
        : block('body', span, runs[i], 'justify', BODY_INDENT),
    );
  }
  // The text under the title block begins after an empty line.
  const afterTitle = blocks.findIndex((b) => b.kind !== 'title' && b.kind !== 'subtitle');
  if (title && afterTitle > 0) blocks[afterTitle].gapBefore = true;
  closing.attachments.forEach((i, k) => blocks.push(attachmentBlock(sources[i].span, runs[i], texts[i], k === 0)));
  blocks.push(...closingBlocks(sources, runs, texts, closing.signature, closing.date));
  return blocks;
}

/** The paragraphs drawn, in order: no front matter, code or comments (notes, not the report), no Markdown rule, not the title. */
function drawnParagraphs(model: ReportModel): Source[] {
  const { title } = model;
  const out: Source[] = [];
  for (const p of model.paragraphs) {
    if (p.verbatim) continue;
    if (model.format === 'markdown' && /^(?:[-*_][ \t]*){3,}$/.test(p.text.trim())) continue;
    if (title && p.start < title.end && p.end > title.start) continue;
    const h = p.heading;
    if (h && isArticle(h)) {
      // Only a report's own headings take the four levels. A regulation's text (its own, or quoted in a
      // report) is laid out as regulations are published: 第一章 总则 centred whole in the level-1 face,
      // 第一条 with its number in that face and its text (and its items （一）…；) as body.
      const centred = h.level !== 'article';
      const faces: FaceSpan[] = centred
        ? [{ start: p.start, end: p.end, face: 'level1' }]
        : [
            { start: p.start, end: h.marker.end, face: 'level1' },
            { start: h.marker.end, end: p.end, face: 'body' },
          ];
      out.push({ paragraph: p, span: p, faces, centred });
      continue;
    }
    if (!h || !isReportHeading(h)) {
      out.push({ paragraph: p, span: p, faces: [{ start: p.start, end: p.end, face: 'body' }] });
      continue;
    }
    // A run-in heading (（一）…。正文) keeps its body on the same line, in the body face.
    const end = h.runIn ? headingSentenceEnd(model.text, h) : h.range.end;
    const faces: FaceSpan[] = [{ start: h.range.start, end, face: LEVEL_FACE[h.level] }];
    if (end < h.range.end) faces.push({ start: end, end: h.range.end, face: 'body' });
    out.push({ paragraph: p, span: h.range, faces, heading: h });
  }
  return out;
}

/** A block with its lines composed in the room its indents leave. */
function block(
  kind: BlockKind,
  span: Span,
  runs: LayoutRun[],
  align: LayoutBlock['align'],
  indent: LayoutBlock['indent'],
  keep: Pick<LayoutBlock, 'keepLines' | 'keepNext'> = {},
): LayoutBlock {
  const text = runs.map((r) => r.text).join('');
  const rest = LINE_ROOM - indent.left - indent.right;
  const runStarts: number[] = [];
  runs.reduce((at, r) => (runStarts.push(at), at + r.text.length), 0);
  const room = { first: rest - indent.firstLine, rest, wider: TYPE_WIDTH - LINE_ROOM };
  // An empty paragraph still takes a line on the page.
  const composed = composeLines(text, room, BODY, runStarts);
  const lines = composed.length ? composed : [{ start: 0, end: 0, adjust: 0 }];
  return { kind, start: span.start, end: span.end, runs, align, indent, lines, ...keep };
}

/** The title, broken into lines by meaning at the segmenter's word boundaries. */
function titleBlock(model: ReportModel, runs: LayoutRun[]): LayoutBlock {
  const title = model.title!;
  const text = runs.map((r) => r.text).join('');
  // Word boundaries as offsets into the drawn text (runs skip the markup and line breaks of the draft).
  const at = new Map<number, number>();
  let k = 0;
  for (const r of runs) for (let i = 0; i < r.text.length; i++) at.set(r.start + i, k++);
  const words = new Set<number>();
  let segmented = false;
  for (const p of model.paragraphs) {
    if (!p.tokens || p.end <= title.start || p.start >= title.end) continue;
    segmented = true;
    for (const t of p.tokens) for (const o of [t.start, t.end]) if (at.has(o)) words.add(at.get(o)!);
  }
  const ends = breakTitle(text, LINE_ROOM, TITLE, segmented ? words : undefined);
  const lines = ends.map((end, i) => ({ start: i ? ends[i - 1] : 0, end, adjust: 0 }));
  return {
    kind: 'title',
    start: title.start,
    end: title.end,
    runs,
    align: 'center',
    indent: NO_INDENT,
    lines,
    keepLines: true,
    keepNext: true,
  };
}

/** An attachment (§7.3.4): 附件：1.名称, the next ones' numbers under the first's, a long name's lines under its first character. */
function attachmentBlock(span: Span, runs: LayoutRun[], text: string, first: boolean): LayoutBlock {
  const prefix = text.slice(0, attachmentPrefix(text, first));
  // The name starts after 附件：1. on the first line: every name and wrapped line starts there.
  const lead = first ? prefix : '附件：' + prefix;
  const nameAt = 2 * CHAR + widthOf(lead, BODY).word;
  const hang = widthOf(prefix, BODY).word;
  const b = block('attachment', span, runs, 'justify', { left: nameAt, right: 0, firstLine: -hang });
  return first ? { ...b, gapBefore: true } : b;
}

/** The signature and the date (§7.3.5.2, not sealed): 署名 two characters in from the right after an empty line, the date under it two characters further right. */
function closingBlocks(
  sources: readonly Source[],
  runs: readonly LayoutRun[][],
  texts: readonly string[],
  signature: number | undefined,
  date: number | undefined,
): LayoutBlock[] {
  const width = (i: number) => widthOf(texts[i], BODY).word;
  const out: LayoutBlock[] = [];
  if (signature === undefined) {
    // A date alone stands as a sealed document's does (§7.3.5.1): four characters in from the right.
    if (date !== undefined) {
      const b = block('date', sources[date].span, runs[date], 'right', { left: 0, right: 4 * CHAR, firstLine: 0 });
      out.push({ ...b, gapBefore: true });
    }
    return out;
  }
  const sig = width(signature);
  let sigStart = TYPE_WIDTH - 2 * CHAR - sig;
  let dateStart = sigStart + 2 * CHAR;
  // A date longer than the name: the date two characters in from the right, the name moved left with it.
  if (date !== undefined && dateStart + width(date) > TYPE_WIDTH - 2 * CHAR) {
    dateStart = TYPE_WIDTH - 2 * CHAR - width(date);
    sigStart = dateStart - 2 * CHAR;
  }
  const right = TYPE_WIDTH - sigStart - sig;
  const s = block('signature', sources[signature].span, runs[signature], 'right', { left: 0, right, firstLine: 0 });
  out.push({ ...s, gapBefore: true, keepNext: date !== undefined });
  if (date !== undefined)
    out.push(block('date', sources[date].span, runs[date], 'left', { left: dateStart, right: 0, firstLine: 0 }));
  return out;
}

/** The first line of text after the title, short and ending in a colon, not a 如下： lead-in: 各位代表：, 市委： */
function isAddressee(text: string): boolean {
  return text.length <= 40 && /[：:]$/.test(text) && !/[。！？；]|如下[：:]$/.test(text);
}

/** The end of a run-in heading's own sentence: past its 。 and any closing quotes. */
function headingSentenceEnd(text: string, h: Heading): number {
  let i = h.title.end;
  while (i < h.range.end && isSentenceEnd(text[i])) i++;
  while (i < h.range.end && CLOSERS.includes(text[i])) i++;
  return i;
}

/** The findings that are blanks (rules tagged `slot`: 【待填】, 某某, masks such as *万元), in document order. */
export function slotFindings<F extends Span & { ruleId: string }>(findings: readonly F[]): F[] {
  return findings.filter((f) => SLOT_RULES.includes(f.ruleId)).sort((a, b) => a.start - b.start);
}

/** Where each block's lines fall on the pages. */
export function paginate(blocks: readonly LayoutBlock[]) {
  return placeLines(blocks);
}

/** How many pages the blocks fill. */
export function estimatePages(blocks: readonly LayoutBlock[]): number {
  return pageCount(placeLines(blocks));
}
