// text -> ReportModel. One pass over the lines for paragraphs, headings and the title,
// then a pass over paragraphs for sentences, items and tokens.

import { Heading, Item, Line, Paragraph, ReportModel, Segmenter, Title } from '../model';
import { CLOSERS, isBlank, isSentenceEnd, LEADING_BLANKS, trimBlanks, trimmedEnd } from '../text';
import type { AnalysisCaches } from '../lib/memo';
import { matchArticleMarker, matchHeadingMarker, matchItemMarker } from './markers';
import { announcesList, nestHeadings } from './nesting';
import { quotedLines } from './quotes';
import { partsMemo, placedParts } from './parts';
import { readPeriod } from './period';

export interface ParseOptions {
  format?: 'plain' | 'markdown';
  /** Supplies tokens per paragraph; without it the model is built unsegmented. */
  segmenter?: Segmenter;
  /**
   * The document's caches (always with the same segmenter): a paragraph's sentences and tokens are
   * kept by its text, so a new version re-splits and re-segments only the paragraphs that changed.
   */
  caches?: AnalysisCaches;
}

/** Parses report text into a ReportModel. Pure: the same text and segmenter give the same model. */
export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const format = options.format ?? 'plain';
  const lines = splitLines(text);
  const verbatim = format === 'markdown' ? markdownVerbatimLines(text, lines) : new Set<number>();
  // Numbering inside a quotation that runs over lines (…修改为：“⏎一、…⏎二、…”) is the quoted text's, not headings.
  const quoted = quotedLines(text, lines);
  const allHeadings: Heading[] = [];
  // Headings right after a lead-in (…如下：, 有以下几点。): a list may restart there.
  const leadIns = new Set<Heading>();
  let lastLine = '';
  const paragraphs: Paragraph[] = [];
  let title: Title | undefined;
  let seenContent = false;
  let open: Paragraph | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = text.slice(line.start, line.end);
    const isVerbatim = verbatim.has(i);
    const contentStart = line.start + contentOffset(raw, format, isVerbatim);
    const content = text.slice(contentStart, line.end);
    if (!visible(content)) {
      open = undefined;
      continue;
    }
    const heading = isVerbatim || quoted.has(i) ? undefined : parseHeading(text, i, contentStart, line.end, format);
    if (heading) allHeadings.push(heading);
    if (heading && announcesList(lastLine)) leadIns.add(heading);
    lastLine = text.slice(contentStart, trimmedEnd(text, contentStart, line.end));
    if (!seenContent && !heading && !isVerbatim) title = parseTitle(text, i, contentStart, line.end);
    seenContent = true;
    const startsBlock = heading !== undefined || isVerbatim || format === 'plain' || startsMarkdownBlock(raw);
    if (open && !startsBlock && !open.verbatim && !open.heading) {
      open.end = line.end;
      open.text = text.slice(open.start, open.end);
      continue;
    }
    open = {
      start: contentStart,
      end: line.end,
      text: content,
      firstLine: i,
      sentences: [],
      heading,
      verbatim: isVerbatim,
    };
    paragraphs.push(open);
    // A Markdown heading or list item is a block of its own: the next line starts a new paragraph.
    if (format === 'markdown' && (heading || /^\s*(#|[-*+]\s)/.test(raw))) open = undefined;
  }

  const headings = nestHeadings(allHeadings, text, lines, leadIns);
  if (title) title = title.line < (allHeadings[0]?.line ?? Infinity) ? joinBrokenTitle(text, lines, title) : undefined;
  const items: Item[] = [];
  const memo = partsMemo(options.caches);
  for (const p of paragraphs) {
    if (p.verbatim) continue;
    const parts = placedParts(p, memo, options.segmenter);
    p.sentences = parts.sentences;
    if (parts.tokens) p.tokens = parts.tokens;
    items.push(...findItems(text, p));
  }
  const topItems = attachItems(items, allHeadings);
  const segmented = options.segmenter !== undefined && paragraphs.every((p) => p.verbatim || p.tokens !== undefined);
  const period = readPeriod({ text, lines, title, firstHeadingLine: allHeadings[0]?.line, paragraphs });
  return { text, format, lines, title, headings, allHeadings, items, topItems, paragraphs, segmented, period };
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
    marker: { start, end: start + m.length, text: m.text },
    standardMarker: m.standard,
    ordinal: m.ordinal,
    ...(article?.inserted !== undefined && { inserted: article.inserted }),
    title: { start: titleStart, end: titleEnd, text: text.slice(titleStart, titleEnd) },
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
  return { start, end: e, text: s, line };
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

function trimEnd(text: string, end: number): number {
  return trimmedEnd(text, 0, end);
}

/** Inline items at the start of the paragraph or of a sentence or clause (after 。！？；：，), and a 一是 inside a clause whose 二是 follows. */
function findItems(text: string, p: Paragraph): Item[] {
  const found: Item[] = [];
  // A run-in heading's body (after its heading sentence) holds items too: `（一）…。一是…`.
  if (p.heading && !p.heading.runIn) return found;
  const from = p.heading ? p.heading.title.end : p.start;
  const starts = p.heading ? [] : [p.start];
  // Starts after a comma are inside a sentence: an item there must belong to a series its paragraph opens.
  const inSentence = new Set<number>();
  for (let i = from; i < p.end; i++) {
    const c = text[i];
    const comma = c === '，' || c === ',';
    if (isSentenceEnd(c) || c === '；' || c === '：' || c === ';' || c === ':' || comma || c === '\n') {
      let j = i + 1;
      while (j < p.end && (CLOSERS.includes(text[j]) || isBlank(text[j]))) j++;
      // `。\n一是` reaches the same start from the mark and from the line break: one item.
      if (j !== starts[starts.length - 1]) starts.push(j);
      if (comma) inSentence.add(j);
    }
  }
  starts.push(...innerFirsts(text, p, from, starts));
  starts.sort((a, b) => a - b);
  const opened = new Set<string>();
  let k = 0; // starts ascend, so one walk over the sentences finds each item's sentence
  for (const s of starts) {
    const m = matchItemMarker(text.slice(s, Math.min(p.end, s + 6)));
    if (!m) continue;
    if (m.ordinal === 1) opened.add(m.series);
    else if (inSentence.has(s) && !opened.has(m.series)) continue;
    while (k < p.sentences.length && p.sentences[k].end <= s) k++;
    const sentence = k < p.sentences.length && p.sentences[k].start <= s ? p.sentences[k] : undefined;
    const end = sentence ? sentence.end : p.end;
    found.push({
      series: m.series,
      marker: { start: s, end: s + m.length, text: m.text },
      ordinal: m.ordinal,
      range: { start: s, end },
      section: { start: s, end: p.end },
      text: text.slice(s + m.length, end),
    });
  }
  for (let k = 0; k + 1 < found.length; k++) found[k].section.end = trimEnd(text, found[k + 1].marker.start);
  return found;
}

// Characters that make 一是/一要 part of a word (统一是, 唯一要) or of a number (十一是).
const WORD_BEFORE_ONE = /[统唯单同专划归万第之逐十百〇零一二三四五六七八九]/;

/**
 * Where a series opens inside a clause (我们一要…，二要…): the last 一是/一要 before the first 二是/二要
 * found at a clause start, when no clause start already opens that series.
 */
function innerFirsts(text: string, p: Paragraph, from: number, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const form of ['是', '要']) {
    const at = (n: string) =>
      starts.find((s) => text.startsWith(n + form, s) && matchItemMarker(text.slice(s, s + 6))?.series === form);
    const second = at('二');
    if (second === undefined || at('一') !== undefined) continue;
    const i = text.lastIndexOf('一' + form, second);
    if (i <= from || i < p.start || WORD_BEFORE_ONE.test(text[i - 1]) || !matchItemMarker(text.slice(i, i + 6)))
      continue;
    if (!starts.includes(i)) out.push(i);
  }
  return out;
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
  const memo = partsMemo(caches);
  const paragraphs = model.paragraphs.map((p) => {
    if (p.verbatim || p.tokens) return p;
    const tokens = placedParts(p, memo, segmenter).tokens;
    return tokens ? { ...p, tokens } : p;
  });
  return { ...model, paragraphs, segmented: paragraphs.every((p) => p.verbatim || p.tokens !== undefined) };
}
