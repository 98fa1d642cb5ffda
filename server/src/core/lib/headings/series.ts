// Shared by the heading rules: the series a heading belongs to, the number inside a marker,
// and the one shape of level error that also breaks numbering (a higher marker inside a lower list).

import { Heading, ReportModel } from '../../model';
import { toChineseNumber } from '../../text';

/** The characters a marker's number is written with: Chinese numerals, digits, circled numbers. */
const NUMERAL = /[〇零一二三四五六七八九十百0-9０-９\u2460-\u2473]/;

/** Where the number sits inside a marker's text (`（ 四 ）、` → the `四`). */
export function numberSpan(marker: string): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  for (let i = 0; i < marker.length; i++) {
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
  return n >= 1 && n < 1000 ? toChineseNumber(n) : undefined;
}

/** The marker as written with its number changed to `n` (its form kept: the marker rule fixes forms). */
export function renumberedMarker(marker: string, n: number): string | undefined {
  const span = numberSpan(marker);
  const written = span && writeNumberLike(marker.slice(span.start, span.end), n);
  return span && written !== undefined ? marker.slice(0, span.start) + written + marker.slice(span.end) : undefined;
}

/** Headings grouped by parent and level, each group in document order: the series that count 1, 2, 3… */
export function headingSeries(model: ReportModel): Heading[][] {
  const out: Heading[][] = [];
  for (const siblings of siblingLists(model)) {
    const byLevel: Heading[][] = [[], [], [], [], []];
    for (const h of siblings) byLevel[h.level].push(h);
    for (const series of byLevel) if (series.length) out.push(series);
  }
  return out;
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
  const all = model.allHeadings;
  const out: Interruption[] = [];
  for (let i = 1; i + 1 < all.length; i++) {
    const h = all[i];
    const next = all[i + 1];
    if (all[i - 1].level <= h.level || next.level <= h.level) continue;
    // A heading that continues its own series starts a new section, unless it follows a lower sibling (一、 1. （一）).
    const afterLower = (previousSibling.get(h)?.level ?? 0) > h.level;
    if (!afterLower && h.ordinal === (previous.get(h)?.ordinal ?? 0) + 1) continue;
    // The open lower headings just before h: at most three, from the previous heading upwards.
    let open: Heading | undefined = all[i - 1];
    while (open && open.level > h.level && open.level !== next.level) open = open.parent;
    if (open && open.level === next.level && next.ordinal === open.ordinal + 1)
      out.push({ heading: h, interrupted: open, resumed: next });
  }
  return out;
}
