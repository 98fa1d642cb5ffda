// Outline, breadcrumbs and Go to Symbol: the title, then headings nested by level,
// with inline items as children of the section they are in. A regulation's structure (第一章 总则,
// 第一条 …) nests as the parser reads it, an article named by its number and its opening words.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { isArticle } from '../lib/headings/levels';
import { ArticleLevel, Heading, HeadingLevel, Item, ReportModel, Span } from '../model';
import { Locale, Message, say } from '../messages';
import { excerpt, LineIndex, toChineseNumber } from '../text';

/** Plain outline nodes, the shape the CLI prints and the server turns into DocumentSymbols. */
export interface OutlineNode {
  name: string;
  kind: 'title' | 'heading' | 'item';
  /** A heading's level: one of a report's four, or a regulation's (chapter, article…). */
  level?: HeadingLevel | ArticleLevel;
  /** The whole section (a title's or item's own text). */
  range: Span;
  /** The heading line, title or item sentence. */
  selectionRange: Span;
  children: OutlineNode[];
}

/** Builds the outline tree of a report. */
export function getOutline(model: ReportModel): OutlineNode[] {
  const roots: OutlineNode[] = [];
  if (model.title) {
    roots.push({
      name: model.title.text,
      kind: 'title',
      range: model.title,
      selectionRange: model.title,
      children: [],
    });
  }
  roots.push(...model.topItems.map(itemNode));
  roots.push(...model.headings.map(headingNode));
  return roots;
}

function headingNode(h: Heading): OutlineNode {
  // Items and subheadings in document order.
  const children = [...h.items.map(itemNode), ...h.children.map(headingNode)].sort(
    (a, b) => a.range.start - b.range.start,
  );
  return {
    name: headingName(h),
    kind: 'heading',
    level: h.level,
    range: h.section,
    selectionRange: h.range,
    children,
  };
}

/** 一、总体情况; 第一章 总则; 第十一条 and the article's first clause (its text is no title). */
function headingName(h: Heading): string {
  if (!isArticle(h)) return `${h.marker.text}${h.title.text}`.trim() || h.marker.text;
  const words = h.level === 'article' ? shorten(h.title.text, 16) : h.title.text.trim();
  return words ? `${h.marker.text} ${words}` : h.marker.text;
}

function itemNode(item: Item): OutlineNode {
  return {
    name: item.marker.text + shorten(item.text),
    kind: 'item',
    range: item.section,
    // An item's sentence may run past its section (一是…；二是…): editors require the selection inside the range.
    selectionRange: { start: item.range.start, end: Math.min(item.range.end, item.section.end) },
    children: [],
  };
}

/** An item's name: its first clause, at most `max` characters. */
function shorten(text: string, max = 30): string {
  const clause = text.split(/[，,；;。！？：:]/)[0].trim();
  return excerpt(clause, max);
}

/**
 * Symbol kinds as the Outline names them (its tooltip says "name (kind)", Go to Symbol groups by
 * kind): a section is a module of the report, an item (一是、二是) a member of an enumeration (列举),
 * the title names the file. Each also gets a detail in the user's language (一级标题, 列举, 标题).
 */
const KINDS = { title: SymbolKind.File, heading: SymbolKind.Module, item: SymbolKind.EnumMember } as const;

/** What the outline's detail calls a regulation's level. */
const ARTICLE_DETAIL: Record<ArticleLevel, Message> = {
  part: { zh: '编', en: 'part' },
  subpart: { zh: '分编', en: 'subpart' },
  chapter: { zh: '章', en: 'chapter' },
  section: { zh: '节', en: 'section' },
  article: { zh: '条', en: 'article' },
};

const DETAILS = {
  title: { zh: '标题', en: 'title' },
  heading: { zh: '{0}级标题', en: 'level-{0} heading' },
  item: { zh: '列举', en: 'item' },
} satisfies Record<OutlineNode['kind'], Message>;

/** A node's detail: what it is in the report (一级标题, 列举, 标题). */
function detailOf(n: OutlineNode, locale: Locale): string {
  if (typeof n.level === 'string') return say(ARTICLE_DETAIL[n.level], locale, []);
  const level = n.level ?? 1;
  return say(DETAILS[n.kind], locale, [locale === 'en' ? level : toChineseNumber(level)]);
}

/**
 * The outline as LSP DocumentSymbols, each with what it is as detail. In Markdown, the editor's own
 * outline already lists the `#` headings: those are left to it (their children move up, with the
 * heading's name as detail), so gongwen adds only what it lacks (一、/（一） lines that are no `#`
 * heading, and the items).
 */
export function getDocumentSymbols(model: ReportModel, index: LineIndex, locale: Locale = 'zh-cn'): DocumentSymbol[] {
  const convert = (n: OutlineNode, under?: string): DocumentSymbol => ({
    name: n.name,
    detail: under ? `${detailOf(n, locale)} · ${under}` : detailOf(n, locale),
    kind: KINDS[n.kind],
    range: toRange(index, n.range),
    selectionRange: toRange(index, n.selectionRange),
    children: n.children.flatMap((c) => place(c)),
  });
  const place = (n: OutlineNode, under?: string): DocumentSymbol[] =>
    model.format === 'markdown' && isMarkdownHeading(model, n)
      ? n.children.flatMap((c) => place(c, n.name))
      : [convert(n, under)];
  return getOutline(model).flatMap((n) => place(n));
}

/** True when a node's line is a Markdown heading (`## 一、…`, or a line underlined with === or ---). */
function isMarkdownHeading(model: ReportModel, n: OutlineNode): boolean {
  if (n.kind === 'item') return false;
  const at = model.lines.findIndex((l) => l.start <= n.selectionRange.start && n.selectionRange.start <= l.end);
  if (at < 0) return false;
  const line = model.lines[at];
  const next = model.lines[at + 1];
  return (
    /^ {0,3}#{1,6}(\s|$)/.test(model.text.slice(line.start, line.end)) ||
    (next !== undefined && /^ {0,3}(=+|-+)\s*$/.test(model.text.slice(next.start, next.end)))
  );
}

/** An offset span as an LSP range. */
export function toRange(index: LineIndex, span: Span) {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}
