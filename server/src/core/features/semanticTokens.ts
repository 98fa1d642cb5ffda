// Semantic tokens: the report's title line, each heading's marker and title by level, and inline
// item markers.
// The types are our own, each with a standard super type (package.json) so that the
// default Dark+ and Light+ themes give every level its own colour. A regulation's structure has
// types of its own: a chapter (编 章 节) line whole, an article's number only (its text is body),
// and the items of an article (（一）…；) are marked like inline items.

import { articleOf, isArticle, isOutline } from '../lib/headings/levels';
import { ReportModel } from '../model';
import { LineIndex } from '../text';

export const TOKEN_TYPES = [
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'item',
  'title',
  'chapter',
  'article',
] as const;
export const TOKEN_MODIFIERS = ['marker'] as const;

const ITEM = TOKEN_TYPES.indexOf('item');
const CHAPTER = TOKEN_TYPES.indexOf('chapter');
const ARTICLE = TOKEN_TYPES.indexOf('article');

/** LSP's relative encoding of the heading and item tokens of a report. */
export function getSemanticTokens(model: ReportModel, index: LineIndex): number[] {
  const tokens: Array<[start: number, end: number, type: number, modifiers: number]> = [];
  if (model.title) tokens.push([model.title.start, model.title.end, TOKEN_TYPES.indexOf('title'), 0]);
  for (const h of model.allHeadings) {
    if (isArticle(h) && h.level === 'article') {
      tokens.push([h.marker.start, h.marker.end, ARTICLE, 1]);
      continue;
    }
    if (!isArticle(h) && articleOf(h)) {
      tokens.push([h.marker.start, h.marker.end, ITEM, 1]);
      continue;
    }
    const type = isOutline(h) ? h.level - 1 : CHAPTER;
    tokens.push([h.marker.start, h.marker.end, type, 1]);
    if (h.title.end > h.title.start) tokens.push([h.title.start, h.title.end, type, 0]);
  }
  for (const item of model.items) tokens.push([item.marker.start, item.marker.end, ITEM, 1]);
  tokens.sort((a, b) => a[0] - b[0]);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const [start, end, type, modifiers] of tokens) {
    const s = index.positionAt(start);
    const e = index.positionAt(end);
    // Headings and item markers never cross a line; be safe with the length anyway.
    const length =
      e.line === s.line ? e.character - s.character : index.offsetAt({ line: s.line, character: 1e9 }) - start;
    if (length <= 0) continue;
    data.push(s.line - prevLine, s.line === prevLine ? s.character - prevChar : s.character, length, type, modifiers);
    prevLine = s.line;
    prevChar = s.character;
  }
  return data;
}
