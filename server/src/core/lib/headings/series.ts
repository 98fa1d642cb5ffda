// Shared by the heading rules: the series a heading belongs to, the number inside a marker,
// and the one shape of level error that also breaks numbering (a higher marker inside a lower list).

import { ArticleLevel, Heading, ReportModel } from '../../model';
import { toChineseNumber } from '../../text';
import { articleRank, isArticle, isOutline } from './levels';

/** The characters a marker's number is written with: Chinese numerals, digits, circled numbers. */
const NUMERAL = /[〇零一二三四五六七八九十百千0-9０-９\u2460-\u2473]/;

/** Where the number sits inside a marker's text (`（ 四 ）、` → the `四`, `第十一条之一` → the `十一`). */
export function numberSpan(marker: string): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  // An inserted article's 之一 is no part of its number.
  const to = marker.startsWith('第') && marker.includes('之') ? marker.indexOf('之') : marker.length;
  for (let i = 0; i < to; i++) {
    if (!NUMERAL.test(marker[i])) continue;
    if (start < 0) start = i;
    end = i + 1;
  }
  return start < 0 ? undefined : { start, end };
}

/** `n` written the way `old` writes its number: Chinese, half- or full-width digits, circled. */
export function writeNumberLike(old: string, n: number): string | undefined {
  if (/[\u2460-\u2473]/.test(old)) return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : undefined;
  if (/[０-９]/.test(old)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  if (/[0-9]/.test(old)) return String(n);
  return n >= 1 && n < 10000 ? toChineseNumber(n) : undefined;
}

/** The marker as written with its number changed to `n` (its form kept: the marker rule fixes forms). */
export function renumberedMarker(marker: string, n: number): string | undefined {
  const span = numberSpan(marker);
  const written = span && writeNumberLike(marker.slice(span.start, span.end), n);
  return span && written !== undefined ? marker.slice(0, span.start) + written + marker.slice(span.end) : undefined;
}

/** The structure levels each level restarts in: sections in each chapter, chapters and sub-parts in each part; articles never. */
const RESTARTS_IN: Record<ArticleLevel, number> = { part: -1, subpart: 0, chapter: 0, section: 2, article: -1 };

/**
 * Headings grouped into the series that count 1, 2, 3…, each in document order: a report's headings by
 * parent and level; a regulation's by level within what they restart in (articles run on through every
 * chapter and section, sections restart in each chapter); a restarting list by itself. An inserted article
 * (第十条之一) counts in none.
 */
export function headingSeries(model: ReportModel): Heading[][] {
  const out: Heading[][] = [];
  const byKey = new Map<Heading | undefined, Map<string | number, Heading[]>>();
  for (const h of model.allHeadings) {
    if (h.inserted !== undefined) continue;
    const owner = h.list ?? seriesOwner(h);
    let groups = byKey.get(owner);
    if (!groups) byKey.set(owner, (groups = new Map()));
    const series = groups.get(h.level);
    if (series) series.push(h);
    else {
      const fresh = [h];
      groups.set(h.level, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** What a heading's series is counted within: its parent, or for a regulation's level the nearest heading it restarts in. */
function seriesOwner(h: Heading): Heading | undefined {
  if (!isArticle(h)) return h.parent;
  const restartRank = RESTARTS_IN[h.level];
  let p = h.parent;
  while (p && isArticle(p) && articleRank(p.level) > restartRank) p = p.parent;
  return p;
}

/** The top-level headings, then each heading's children: every list of siblings. */
export function siblingLists(model: ReportModel): Heading[][] {
  return [model.headings, ...model.allHeadings.map((h) => h.children)];
}

/** A higher-level heading written where a lower list goes on (1. （1） （2） （一） 2.): B.3.8. */
export interface Interruption {
  heading: Heading;
  /** The lower heading whose series it breaks (the `1.`). */
  interrupted: Heading;
  /** The heading right after it that continues that series (the `2.`). */
  resumed: Heading;
}

/**
 * Headings that go back up a level where the writer plainly meant the lower list to go on:
 * the heading does not continue its own series (or follows a lower sibling: 一、 1. （一）), and the
 * next heading continues the lower one.
 */
export function interruptions(model: ReportModel): Interruption[] {
  const previous = new Map<Heading, Heading>();
  for (const series of headingSeries(model))
    for (let i = 1; i < series.length; i++) previous.set(series[i], series[i - 1]);
  const previousSibling = new Map<Heading, Heading>();
  for (const siblings of siblingLists(model)) {
    for (let i = 1; i < siblings.length; i++) previousSibling.set(siblings[i], siblings[i - 1]);
  }
  // A report heading's level; a regulation's structure counts as above all four (a walk up stops there).
  const level = (x: Heading | undefined) => (x && isOutline(x) ? x.level : 0);
  const all = model.allHeadings;
  const out: Interruption[] = [];
  for (let i = 1; i + 1 < all.length; i++) {
    const [before, h, next] = [all[i - 1], all[i], all[i + 1]];
    // Among a report's four levels only: a regulation's structure and a restarting list have levels of their own.
    if (!isOutline(h) || !isOutline(next) || !isOutline(before) || h.list || next.list) continue;
    if (before.level <= h.level || next.level <= h.level) continue;
    // A heading that continues its own series starts a new section, unless it follows a lower sibling (一、 1. （一）).
    const afterLower = level(previousSibling.get(h)) > h.level;
    if (!afterLower && h.ordinal === (previous.get(h)?.ordinal ?? 0) + 1) continue;
    // The open lower headings just before h: at most three, from the previous heading upwards.
    let open: Heading | undefined = before;
    while (open && level(open) > h.level && open.level !== next.level) open = open.parent;
    if (open && open.level === next.level && next.ordinal === open.ordinal + 1)
      out.push({ heading: h, interrupted: open, resumed: next });
  }
  return out;
}
