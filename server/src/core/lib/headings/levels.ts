// The two systems of heading levels in one tree: a report's own four (一、 （一） 1. （1）) and a
// regulation's structure (编 分编 章 节 条). Shared by the parser's nesting, the heading rules and the
// features that draw headings (outline, tokens, layout).

import { ArticleLevel, Heading, HeadingLevel } from '../../model';

/** A regulation's levels, outermost first: a level nests under every level before it. */
export const ARTICLE_LEVELS: readonly ArticleLevel[] = ['part', 'subpart', 'chapter', 'section', 'article'];

/** How far out an article level stands: 编 0 … 条 4. */
export function articleRank(level: ArticleLevel): number {
  return ARTICLE_LEVELS.indexOf(level);
}

/** The heading is one of a regulation's structure (第X编 … 第X条). */
export function isArticle(h: Heading): h is Heading & { level: ArticleLevel } {
  return typeof h.level === 'string';
}

/** The heading is one of the report's four levels (一、 （一） 1. （1）). */
export function isOutline(h: Heading): h is Heading & { level: HeadingLevel } {
  return typeof h.level === 'number';
}

/** The article (第X条) or other structure heading (第X章…) that holds `h`, if any: `h` is then part of a regulation's text. */
export function articleOf(h: Heading): Heading | undefined {
  for (let p = h.parent; p; p = p.parent) if (isArticle(p)) return p;
  return undefined;
}

/** A report heading of its own: one of the four levels, not inside a regulation's structure (an article's （一） is an item of it). */
export function isReportHeading(h: Heading): h is Heading & { level: HeadingLevel } {
  return isOutline(h) && articleOf(h) === undefined;
}
