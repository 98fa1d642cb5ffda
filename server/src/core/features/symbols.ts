// Outline, breadcrumbs and Go to Symbol: the title, then headings nested by level,
// with inline items as children of the section they are in.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { Heading, Item, ReportModel, Span } from '../model';
import { excerpt, LineIndex } from '../text';

/** Plain outline nodes, the shape the CLI prints and the server turns into DocumentSymbols. */
export interface OutlineNode {
  name: string;
  kind: 'title' | 'heading' | 'item';
  level?: number;
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
    roots.push({ name: model.title.text, kind: 'title', range: model.title, selectionRange: model.title, children: [] });
  }
  roots.push(...model.topItems.map(itemNode));
  roots.push(...model.headings.map(headingNode));
  return roots;
}

function headingNode(h: Heading): OutlineNode {
  // Items and subheadings in document order.
  const children = [...h.items.map(itemNode), ...h.children.map(headingNode)].sort((a, b) => a.range.start - b.range.start);
  return {
    name: `${h.marker.text}${h.title.text}`.trim() || h.marker.text,
    kind: 'heading',
    level: h.level,
    range: h.section,
    selectionRange: h.range,
    children,
  };
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

/** An item's name: its first clause, at most 30 characters. */
function shorten(text: string): string {
  const clause = text.split(/[，,；;。！？：:]/)[0].trim();
  return excerpt(clause, 30);
}

const KINDS = { title: SymbolKind.File, heading: SymbolKind.String, item: SymbolKind.EnumMember } as const;

/** The outline as LSP DocumentSymbols. */
export function getDocumentSymbols(model: ReportModel, index: LineIndex): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    detail: n.kind === 'heading' ? `L${n.level}` : undefined,
    kind: KINDS[n.kind],
    range: toRange(index, n.range),
    selectionRange: toRange(index, n.selectionRange),
    children: n.children.map(convert),
  });
  return getOutline(model).map(convert);
}

/** An offset span as an LSP range. */
export function toRange(index: LineIndex, span: Span) {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}
