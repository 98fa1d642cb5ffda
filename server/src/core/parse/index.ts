// text -> ReportModel. One pass over the lines for paragraphs, headings and the title, then a pass
// over paragraphs for their parts (sentences, tokens, items: parts.ts). With the document's caches, a
// new version is parsed from the one before: the changed stretch of text is found by comparing the two
// (whole slices at a time), its lines split again and its paragraphs made again; the lines and
// paragraphs before it are kept, those after it moved, and only new paragraph texts are split and segmented.

import { Heading, Item, Line, Paragraph, ReportModel, Segmenter, Span, Title } from '../model';
import { CLOSERS, flat, isBlank, isSentenceEnd, LEADING_BLANKS, trimBlanks, trimmedEnd } from '../text';
import { KEPT_CONTEXT } from '../lib/memo';
import type { AnalysisCaches, Memo } from '../lib/memo';
import { RuleWork, WorkMeter, workOf } from '../lib/work';
import { matchArticleMarker, matchHeadingMarker, matchItemMarker } from './markers';
import { announcesList, nestHeadings } from './nesting';
import { quotedLines, quoteSignature } from './quotes';
import {
  hasTokens,
  itemsOf,
  movedHeading,
  ownTokens,
  ParagraphFields,
  paragraphOf,
  Parts,
  partsOf,
  partsOfParagraph,
  SAME_AROUND,
  SAME_TOKENS,
  setLineage,
  sharedContexts,
  withTokens,
} from './parts';
import type { Lineage } from './parts';
import { readPeriod } from './period';

export interface ParseOptions {
  format?: 'plain' | 'markdown';
  /** Supplies tokens per paragraph; without it the model is built unsegmented. */
  segmenter?: Segmenter;
  /**
   * The document's caches (always with the same segmenter): a paragraph's sentences and tokens are
   * kept by its text, and the version parsed last is kept, so a new version splits and segments only
   * what changed.
   */
  caches?: AnalysisCaches;
  /** When given, the parse's work (lines split, paragraphs split and segmented) is counted under 'parse'. */
  meter?: WorkMeter;
}

/** A paragraph as the line pass makes it, with its last line. */
interface Block extends ParagraphFields {
  lastLine: number;
  /** Its last line announces a list (…如下：): a heading right after it may restart one (parse/nesting.ts). */
  announces: boolean;
}

/** What a parse keeps in the document's caches for the next version. */
interface LastParse {
  text: string;
  format: 'plain' | 'markdown';
  lines: Line[];
  verbatim: Set<number>;
  /** Lines inside a quotation over lines (parse/quotes.ts): no headings there. */
  quoted: Set<number>;
  blocks: Block[];
  /** The title as the line pass found it (before the broken-title join), if any. */
  title?: Title;
  /** The model's paragraphs, one per block. */
  paragraphs: Paragraph[];
}

/** Parses report text into a ReportModel. Pure: the same text and segmenter give the same model. */
export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const format = options.format ?? 'plain';
  const work = options.meter ? workOf(options.meter, 'parse') : undefined;
  const last = options.caches?.kept<LastParse>('parse/last');
  const pass = last && last.format === format ? lineDiff(last, text, work) : linePass(text, format, work);
  const { lines, blocks } = pass;

  const allHeadings: Heading[] = [];
  // Headings right after a lead-in (…如下：, 有以下几点。): a list may restart there.
  const leadIns = new Set<Heading>();
  for (const [q, b] of blocks.entries()) {
    if (!b.heading) continue;
    allHeadings.push(b.heading);
    if (q > 0 && blocks[q - 1].announces) leadIns.add(b.heading);
  }
  const headings = nestHeadings(allHeadings, text, lines, leadIns);
  let title = pass.title;
  if (title) title = title.line < (allHeadings[0]?.line ?? Infinity) ? joinBrokenTitle(text, lines, title) : undefined;
  const items: Item[] = [];
  const memo = options.caches?.memo<Parts>('parse/paragraphs');
  const paragraphs: Paragraph[] = [];
  let segmented = options.segmenter !== undefined;
  // A paragraph far from the change keeps what it had: its parts, the contexts around it, and (for the
  // runner) the findings rules made of it.
  const lineage: Lineage | undefined = last &&
    pass.origin && {
      from: last.paragraphs,
      origin: Int32Array.from(pass.origin),
      same: new Uint8Array(blocks.length),
    };
  for (const [q, b] of blocks.entries()) {
    // A paragraph kept or moved has the parts it had (no lookup by text); a new one looks its text up.
    const o = pass.origin?.[q] ?? -1;
    const was = o >= 0 ? last!.paragraphs[o] : undefined;
    const parts = b.verbatim
      ? undefined
      : was
        ? withTokens(partsOfParagraph(was), b.text, memo, options.segmenter, work)
        : partsOf(b.text, memo, options.segmenter, work);
    const far =
      was !== undefined &&
      (last!.blocks[o].end + KEPT_CONTEXT < pass.changed!.start ||
        last!.blocks[o].start - KEPT_CONTEXT > pass.changed!.end);
    if (lineage && far) lineage.same[q] = SAME_AROUND | (ownTokens(was!) === parts?.tokens ? SAME_TOKENS : 0);
    const p = paragraphOf(b, parts, q, far ? sharedContexts(was) : undefined);
    paragraphs.push(p);
    if (parts) {
      if (parts.items?.context !== '' || parts.items.items.length)
        for (const item of itemsOf(b, parts, work)) items.push(item);
      segmented &&= parts.tokens !== undefined;
    }
  }
  if (lineage) setLineage(paragraphs, lineage);
  options.caches?.keep<LastParse>('parse/last', {
    text,
    format,
    lines,
    verbatim: pass.verbatim,
    quoted: pass.quoted,
    blocks,
    title: pass.title,
    paragraphs,
  });
  const topItems = attachItems(items, allHeadings);
  const period = readPeriod({ text, lines, title, firstHeadingLine: allHeadings[0]?.line, paragraphs });
  return { text, format, lines, title, headings, allHeadings, items, topItems, paragraphs, segmented, period };
}

/** What the line pass gives: lines, blocks, the title; after a change, where each block was before and what changed. */
interface Pass {
  lines: Line[];
  verbatim: Set<number>;
  quoted: Set<number>;
  blocks: Block[];
  title?: Title;
  /** For each block, its index in the version before (-1: made again). */
  origin?: number[];
  /** The stretch of the version before that changed. */
  changed?: Span;
}

/** The lines, paragraphs and title of the whole text. */
function linePass(text: string, format: 'plain' | 'markdown', work: RuleWork | undefined): Pass {
  const lines = splitLines(text);
  if (work) work.chars += text.length;
  const verbatim = format === 'markdown' ? markdownVerbatimLines(text, lines) : new Set<number>();
  // Numbering inside a quotation that runs over lines (…修改为：“⏎一、…⏎二、…”) is the quoted text's, not headings.
  const quoted = quotedLines(text, lines);
  const state: LoopState = { open: undefined, seenContent: false, title: undefined };
  const blocks: Block[] = [];
  blockLoop(text, format, lines, verbatim, quoted, 0, state, blocks, () => false);
  return { lines, verbatim, quoted, blocks, title: state.title };
}

/**
 * The lines, paragraphs and title of `text` from those of the version before: the stretch that differs
 * is split into lines again and its paragraphs made again; before it all is kept, after it all moved.
 */
function lineDiff(last: LastParse, text: string, work: RuleWork | undefined): Pass {
  const old = last.text;
  const a = commonPrefix(old, text);
  const b = commonSuffix(old, text, Math.min(old.length, text.length) - a);
  const oldEnd = old.length - b;
  const by = text.length - old.length;

  // Lines: those whose break ends before the change are kept; those starting after it (past the
  // character that breaks the line before them) are the old ones moved; the stretch between is split again.
  const L = last.lines;
  const i0 = firstLineFrom(L, a);
  const j0 = firstStartAfter(L, oldEnd + 1);
  const from = i0 > 0 ? L[i0 - 1].next : 0;
  const scanned: Line[] = [];
  const stop = j0 < L.length ? L[j0].start + by : Infinity;
  const scanEnd = scanLines(text, from, stop, scanned);
  if (work) work.chars += scanEnd - from;
  if (stop !== Infinity && scanEnd !== stop) return linePass(text, last.format, work); // never: the lines after the change start where they did
  const lines = L.slice(0, i0);
  for (const l of scanned) lines.push(l);
  const lineShift = lines.length - j0;
  for (let j = j0; j < L.length; j++) lines.push({ start: L[j].start + by, end: L[j].end + by, next: L[j].next + by });
  const firstMoved = i0 + scanned.length;

  const linesQuoted = () => quotedLines(text, lines);
  let verbatim = last.verbatim;
  if (last.format === 'markdown') {
    verbatim = markdownVerbatimLines(text, lines);
    // Lines moved must keep their kind (a fence opened or closed in the change reaches past it): else all again.
    for (let j = firstMoved; j < lines.length; j++)
      if (verbatim.has(j) !== last.verbatim.has(j - lineShift))
        return wholePass(text, last.format, lines, verbatim, linesQuoted(), work);
    for (let j = 0; j < i0; j++)
      if (verbatim.has(j) !== last.verbatim.has(j))
        return wholePass(text, last.format, lines, verbatim, linesQuoted(), work);
  }

  // Quotations over lines: unchanged when the changed lines hold the same quotation marks in the same
  // places (a line's opening “ apart); else found again over the whole text, and if a line kept or
  // moved changes its kind, all again.
  let quoted = last.quoted;
  let sameQuotes = scanned.length === j0 - i0;
  for (let q = 0; sameQuotes && q < scanned.length; q++)
    sameQuotes = quoteSignature(text, scanned[q]) === quoteSignature(old, L[i0 + q]);
  if (!sameQuotes) {
    quoted = quotedLines(text, lines);
    if (work) work.chars += text.length;
    for (let j = 0; j < lines.length; j++) {
      const was = j < i0 ? j : j >= firstMoved ? j - lineShift : -1;
      if (was >= 0 && quoted.has(j) !== last.quoted.has(was))
        return wholePass(text, last.format, lines, verbatim, quoted, work);
    }
  }

  // Paragraphs: from the one holding the line before the change (it may run on into it), made again
  // line by line until the lines are the old ones moved and a paragraph starts afresh.
  const blocks: Block[] = [];
  const origin: number[] = [];
  let k = 0;
  while (k < last.blocks.length && last.blocks[k].lastLine < i0 - 1) k++;
  // In plain text every line is a paragraph of its own (and a title one line): nothing before the
  // changed lines runs on into them, so only they are made again.
  const runsOn = last.format === 'markdown' && k < last.blocks.length && last.blocks[k].firstLine < i0;
  const restart = runsOn ? last.blocks[k].firstLine : i0;
  for (let q = 0; q < last.blocks.length && last.blocks[q].firstLine < restart; q++) {
    blocks.push(kept(last.blocks[q]));
    origin.push(q);
  }
  const state: LoopState = {
    open: undefined,
    seenContent: blocks.length > 0,
    title: last.title && last.title.line < restart ? last.title : undefined,
  };
  const madeFrom = blocks.length;
  const at = blockLoop(text, last.format, lines, verbatim, quoted, restart, state, blocks, (j, open) => {
    if (j < firstMoved || !state.seenContent) return false;
    if (last.format === 'plain') return true;
    const l = lines[j];
    const raw = text.slice(l.start, l.end);
    const content = raw.slice(contentOffset(raw, last.format, verbatim.has(j)));
    return (
      !visible(content) ||
      startsBlock(raw, verbatim.has(j), quoted.has(j), last.format) ||
      (open === undefined && j - 1 >= firstMoved)
    );
  });
  for (let q = madeFrom; q < blocks.length; q++) {
    origin.push(-1);
    if (work) work.chars += blocks[q].text.length;
  }
  last.blocks.forEach((blk, q) => {
    if (blk.firstLine < at - lineShift) return;
    blocks.push(moved(blk, by, lineShift));
    origin.push(q);
  });
  return { lines, verbatim, quoted, blocks, title: state.title, origin, changed: { start: a, end: oldEnd } };
}

/** Everything again over lines already split (a Markdown fence opened or closed by the change). */
function wholePass(
  text: string,
  format: 'plain' | 'markdown',
  lines: Line[],
  verbatim: Set<number>,
  quoted: Set<number>,
  work: RuleWork | undefined,
): Pass {
  if (work) work.chars += text.length;
  const state: LoopState = { open: undefined, seenContent: false, title: undefined };
  const blocks: Block[] = [];
  blockLoop(text, format, lines, verbatim, quoted, 0, state, blocks, () => false);
  return { lines, verbatim, quoted, blocks, title: state.title };
}

/** A block of the version before, kept where it was (its heading made afresh: headings are linked per version). */
function kept(b: Block): Block {
  return b.heading ? { ...b, heading: movedHeading(b.heading, 0, 0) } : b;
}

/** A block of the version before, moved by `by` characters and `lines` lines. */
function moved(b: Block, by: number, lines: number): Block {
  if (by === 0 && lines === 0) return kept(b);
  return {
    start: b.start + by,
    end: b.end + by,
    text: b.text,
    firstLine: b.firstLine + lines,
    lastLine: b.lastLine + lines,
    heading: b.heading && movedHeading(b.heading, by, lines),
    verbatim: b.verbatim,
    announces: b.announces,
  };
}

/** The index of the first line whose break does not end before offset `a` (the first line the change may touch). */
function firstLineFrom(lines: readonly Line[], a: number): number {
  let lo = 0;
  let hi = lines.length - 1; // the last line (no break) is always scanned again
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].next < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first line starting at or after `offset` (lines.length when none does). */
function firstStartAfter(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a and b first differ (compared a slice at a time: the engine compares whole slices at memory speed). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  let step = 256;
  while (lo < n) {
    const hi = Math.min(n, lo + step);
    if (a.slice(lo, hi) !== b.slice(lo, hi)) {
      // The first difference is in [lo, hi): halve it, comparing the first half as a whole.
      let l = lo;
      let h = hi;
      while (h - l > 16) {
        const mid = (l + h) >> 1;
        if (a.slice(l, mid) === b.slice(l, mid)) l = mid;
        else h = mid;
      }
      for (let i = l; i < h; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
      return h;
    }
    lo = hi;
    step = Math.min(step * 2, 1 << 16);
  }
  return n;
}

/** How many characters a and b share at their ends, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  let n = 0;
  let step = 256;
  while (n < max) {
    const m = Math.min(max, n + step);
    if (a.slice(la - m, la - n) !== b.slice(lb - m, lb - n)) {
      // The first difference from the end is in [n, m): halve it, comparing the nearer half as a whole.
      let l = n;
      let h = m;
      while (h - l > 16) {
        const mid = (l + h) >> 1;
        if (a.slice(la - mid, la - l) === b.slice(lb - mid, lb - l)) l = mid;
        else h = mid;
      }
      for (let i = l; i < h; i++) if (a.charCodeAt(la - 1 - i) !== b.charCodeAt(lb - 1 - i)) return i;
      return h;
    }
    n = m;
    step = Math.min(step * 2, 1 << 16);
  }
  return max;
}

/** The state of the line pass between lines. */
interface LoopState {
  open: Block | undefined;
  seenContent: boolean;
  title: Title | undefined;
}

/**
 * Makes paragraphs of lines from `first` on into `blocks`, until `done(j, open)` says line j need not be
 * looked at (the rest is known); returns where it stopped.
 */
function blockLoop(
  text: string,
  format: 'plain' | 'markdown',
  lines: readonly Line[],
  verbatim: Set<number>,
  quoted: Set<number>,
  first: number,
  state: LoopState,
  blocks: Block[],
  done: (j: number, open: Block | undefined) => boolean,
): number {
  let open = state.open;
  const close = () => {
    if (open && open.lastLine > open.firstLine) open.text = flat(text.slice(open.start, open.end));
  };
  let i = first;
  for (; i < lines.length; i++) {
    if (done(i, open)) break;
    const line = lines[i];
    const raw = text.slice(line.start, line.end);
    const isVerbatim = verbatim.has(i);
    const contentStart = line.start + contentOffset(raw, format, isVerbatim);
    if (!visible(raw.slice(contentStart - line.start))) {
      close();
      open = undefined;
      continue;
    }
    const heading = isVerbatim || quoted.has(i) ? undefined : parseHeading(text, i, contentStart, line.end, format);
    const announces = announcesList(text.slice(contentStart, trimmedEnd(text, contentStart, line.end)));
    if (!state.seenContent && !heading && !isVerbatim) state.title = parseTitle(text, i, contentStart, line.end);
    state.seenContent = true;
    const block = heading !== undefined || isVerbatim || format === 'plain' || startsMarkdownBlock(raw);
    if (open && !block && !open.verbatim && !open.heading) {
      open.announces = announces;
      open.end = line.end;
      open.lastLine = i;
      continue;
    }
    close();
    open = {
      start: contentStart,
      end: line.end,
      text: flat(text.slice(contentStart, line.end)),
      firstLine: i,
      lastLine: i,
      heading,
      verbatim: isVerbatim,
      announces,
    };
    blocks.push(open);
    // A Markdown heading or list item is a block of its own: the next line starts a new paragraph.
    if (format === 'markdown' && (heading || /^\s*(#|[-*+]\s)/.test(raw))) {
      close();
      open = undefined;
    }
  }
  close();
  state.open = open;
  return i;
}

/** True when line `raw` starts a paragraph of its own wherever it stands (or is not content at all). */
function startsBlock(raw: string, isVerbatim: boolean, isQuoted: boolean, format: 'plain' | 'markdown'): boolean {
  if (isVerbatim || format === 'plain' || startsMarkdownBlock(raw)) return true;
  if (isQuoted) return false;
  const content = raw.slice(contentOffset(raw, format, false));
  return matchArticleMarker(content) !== undefined || matchHeadingMarker(content) !== undefined;
}

/** Splits text[from…] into lines until a line would start at or after `stop`; returns where it stopped. */
function scanLines(text: string, from: number, stop: number, out: Line[]): number {
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      out.push({ start, end: i, next });
      start = next;
      i = next - 1;
      if (start >= stop) return start;
    }
  }
  out.push({ start, end: text.length, next: text.length });
  return text.length;
}

/** Splits text into lines on CRLF, LF or CR. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** True when `s` holds something other than blanks and zero-width marks. */
function visible(s: string): boolean {
  return LEADING_BLANKS.exec(s)![0].length < s.length;
}

/** How far into a line its content starts: past indentation, a BOM and Markdown's block prefixes. */
function contentOffset(raw: string, format: 'plain' | 'markdown', isVerbatim: boolean): number {
  let n = LEADING_BLANKS.exec(raw)![0].length;
  if (format === 'markdown' && !isVerbatim) {
    const md = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)+/.exec(raw.slice(n));
    if (md) n += md[0].length;
    n += LEADING_BLANKS.exec(raw.slice(n))![0].length;
    // Bold or italic around a heading: **一、总体情况**
    const em = /^(\*\*|__|\*|_)(?=\S)/.exec(raw.slice(n));
    if (em && matchHeadingMarker(raw.slice(n + em[0].length))) n += em[0].length;
  }
  return n;
}

function startsMarkdownBlock(raw: string): boolean {
  return /^\s*(#|[-*+]\s|>|\d+[.)]\s|\||```|~~~)/.test(raw);
}

/** Lines of a Markdown document that are not prose: fenced code, front matter, HTML comments. */
function markdownVerbatimLines(text: string, lines: Line[]): Set<number> {
  const out = new Set<number>();
  let fence: string | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = text.slice(lines[i].start, lines[i].end);
    if (i === 0 && raw === '---') {
      let j = 1;
      while (j < lines.length && text.slice(lines[j].start, lines[j].end) !== '---') j++;
      if (j < lines.length) {
        for (let k = 0; k <= j; k++) out.add(k);
        i = j;
        continue;
      }
    }
    const f = /^\s*(```+|~~~+)/.exec(raw);
    if (fence) {
      out.add(i);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      out.add(i);
      continue;
    }
    if (inComment || /^\s*<!--/.test(raw)) {
      out.add(i);
      inComment = !raw.includes('-->');
    }
  }
  return out;
}

function parseHeading(text: string, line: number, start: number, end: number, format: string): Heading | undefined {
  const content = text.slice(start, end);
  const article = matchArticleMarker(content);
  const m = article ? { ...article, standard: article.text } : matchHeadingMarker(content);
  if (!m) return undefined;
  let titleStart = start + m.length;
  titleStart += LEADING_BLANKS.exec(text.slice(titleStart, end))![0].length;
  let lineEnd = end;
  while (lineEnd > titleStart && isBlank(text[lineEnd - 1])) lineEnd--;
  if (format === 'markdown') {
    const tail = /(?:\*\*|__|\*|_|[ \t]+#+)$/.exec(text.slice(titleStart, lineEnd));
    if (tail) lineEnd -= tail[0].length;
  }
  // The heading sentence ends at the first 。！？; text after it makes the heading run-in.
  let titleEnd = lineEnd;
  let endPunct = '';
  let runIn = false;
  for (let i = titleStart; i < lineEnd; i++) {
    if (isSentenceEnd(text[i])) {
      let j = i + 1;
      while (j < lineEnd && CLOSERS.includes(text[j])) j++;
      titleEnd = i;
      endPunct = text[i];
      runIn = visible(text.slice(j, lineEnd));
      break;
    }
  }
  return {
    level: m.level,
    marker: { start, end: start + m.length, text: flat(m.text) },
    standardMarker: m.standard,
    ordinal: m.ordinal,
    ...(article?.inserted !== undefined && { inserted: article.inserted }),
    title: { start: titleStart, end: titleEnd, text: flat(text.slice(titleStart, titleEnd)) },
    line,
    range: { start, end: lineEnd },
    section: { start, end: lineEnd },
    runIn,
    endPunct,
    children: [],
    items: [],
  };
}

/** The first line is the title when it is short, has no marker and does not read as a sentence. */
function parseTitle(text: string, line: number, start: number, end: number): Title | undefined {
  const e = trimmedEnd(text, start, end);
  const s = text.slice(start, e);
  if (s.length === 0 || s.length > 40 || /[。；;，,：:！!？?]/.test(s) || matchItemMarker(s)) return undefined;
  return { start, end: e, text: flat(s), line };
}

/** A title broken across two lines by a PDF copy (政府工作报⏎告): the short tail joins it. */
function joinBrokenTitle(text: string, lines: Line[], title: Title): Title {
  const next = lines[title.line + 1];
  if (!next || title.end < lines[title.line].end - 1) return title;
  const tail = trimBlanks(text.slice(next.start, next.end));
  const after = lines[title.line + 2];
  const alone = !after || trimBlanks(text.slice(after.start, after.end)) === '';
  if (!alone || !/^\p{Script=Han}{1,2}$/u.test(tail)) return title;
  const end = next.start + text.slice(next.start, next.end).indexOf(tail) + tail.length;
  return { ...title, end, text: title.text + tail };
}

/** Gives each item to the innermost heading whose section holds it; returns the items before any heading. */
function attachItems(items: Item[], headings: Heading[]): Item[] {
  const top: Item[] = [];
  let h = 0;
  let current: Heading | undefined;
  for (const item of items) {
    while (h < headings.length && headings[h].range.start <= item.marker.start) current = headings[h++];
    let owner = current;
    while (owner && owner.section.end < item.marker.start) owner = owner.parent;
    if (owner) {
      item.parent = owner;
      owner.items.push(item);
    } else {
      top.push(item);
    }
  }
  return top;
}

/**
 * Gives tokens to the paragraphs that lack them, once the segmenter has them: what a parse with
 * that segmenter would give, without parsing again. Returns a new model; `model` is left as it was.
 */
export function addTokens(model: ReportModel, segmenter: Segmenter, caches?: AnalysisCaches): ReportModel {
  // A new model (and new paragraphs where tokens came): an analysis may still hold the old one.
  const memo: Memo<Parts> | undefined = caches?.memo<Parts>('parse/paragraphs');
  let segmented = true;
  const paragraphs = model.paragraphs.map((p, q) => {
    if (p.verbatim || hasTokens(p)) return p;
    const parts = partsOf(p.text, memo, segmenter, undefined);
    if (!parts.tokens) {
      segmented = false;
      return p;
    }
    const { start, end, text, firstLine, heading, verbatim } = p;
    return paragraphOf({ start, end, text, firstLine, heading, verbatim }, parts, q, sharedContexts(p));
  });
  // Every paragraph is where it was; those that got tokens are the same but for them.
  const same = new Uint8Array(paragraphs.length);
  paragraphs.forEach((p, q) => (same[q] = SAME_AROUND | (p === model.paragraphs[q] ? SAME_TOKENS : 0)));
  setLineage(paragraphs, { from: model.paragraphs, origin: Int32Array.from(paragraphs, (_, q) => q), same });
  // The next version is parsed from this one: its paragraphs have their tokens.
  const last = caches?.kept<LastParse>('parse/last');
  if (last?.paragraphs === model.paragraphs) caches!.keep<LastParse>('parse/last', { ...last, paragraphs });
  return { ...model, paragraphs, segmented };
}
