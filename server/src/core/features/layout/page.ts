// The page of GB/T 9704-2012 in numbers, the faces offices vary, and where each line of a laid-out
// report falls: 22 lines a page, as Word places them (headings kept with what follows).

import { Metrics } from './measure';

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
  /** The page number's dash stands 7 mm below the type area (§7.5). */
  pageNumberBelowMm: 7,
} as const;

/** Millimetres in twips (1/1440 inch), as Word stores lengths. */
export const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** The type area's width in twips (156 mm: 8844). */
export const TYPE_WIDTH = twips(GB_PAGE.widthMm - GB_PAGE.leftMm - GB_PAGE.rightMm);

/** One character of 3号 (16 pt), the unit of indents (Word's 字符 at this size): 320 twips. */
export const CHAR = GB_PAGE.bodyPt * 20;

/**
 * Word's document grid of 28 characters a line: the character pitch as the difference from 3号, in
 * 1/4096 pt (docGrid charSpace), rounded so that 28 pitches still fit the type area: −849.
 */
export const GRID_CHAR_SPACE = Math.floor((TYPE_WIDTH / 20 / GB_PAGE.chars - GB_PAGE.bodyPt) * 4096);

/**
 * The width lines are composed in: LibreOffice turns the declared grid into a text area of 28 whole
 * cells of its pitch, computed in hundredths of a millimetre and rounded down (about 440.5 pt),
 * centred in the type area. Word keeps the full 442.2 pt.
 */
export const LINE_ROOM = (() => {
  const mm100 = (tw: number) => Math.trunc((tw * 127) / 72);
  const main = Math.trunc((GRID_CHAR_SPACE & 0xfffff000) / 0x1000);
  const fraction = Math.trunc(((GRID_CHAR_SPACE & 0xfff) * 20) / 0xfff);
  const cell = mm100(CHAR) + mm100(main * 20) + mm100(fraction);
  return Math.floor((GB_PAGE.chars * cell * 72) / 127);
})();

/**
 * 28 characters of 3号 need 448 pt; the type area is 442.2 pt wide (LibreOffice's 440.5). Every
 * character of the body size is condensed by the same amount, so that 28 fit both and 29 neither:
 * −0.3 pt.
 */
export const BODY: Metrics = { em: CHAR, spacing: Math.floor(LINE_ROOM / GB_PAGE.chars - CHAR) };

/** The title: 2号, not condensed (20 characters a line). */
export const TITLE: Metrics = { em: GB_PAGE.titlePt * 20, spacing: 0 };

/** What offices vary: the font family of each role and whether level-3 headings are bold. */
export interface LayoutStyle {
  fonts: Record<'title' | 'level1' | 'level2' | 'level3' | 'level4' | 'body' | 'pageNumber', string>;
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

/** What placement needs of a block: its lines, an empty line before it, whether it stays with the next block. */
export interface Placeable {
  lines: readonly unknown[];
  gapBefore?: boolean;
  /** Its lines are never split across pages (keepLines). */
  keepLines?: boolean;
  /** Its last line stands on the page of the next block's first line (keepNext). */
  keepNext?: boolean;
}

/** A line's place: the page (from 0) and the row on it (0–21). */
export interface Place {
  page: number;
  row: number;
}

/** Where each block's lines fall (and the empty line before it, if any). */
export interface BlockPlace {
  gap?: Place;
  lines: Place[];
}

/** Places the blocks' lines on pages of 22 rows, as Word does with keepLines and keepNext and no widow control. */
export function placeLines(blocks: readonly Placeable[]): BlockPlace[] {
  const rows = GB_PAGE.lines;
  let page = 0;
  let row = 0;
  const next = (): Place => {
    if (row === rows) {
      page++;
      row = 0;
    }
    return { page, row: row++ };
  };
  // The rows a block needs on its page: its lines if kept together, and what it is kept with.
  const needed = (i: number): number => {
    const b = blocks[i];
    let n = b.keepLines || b.keepNext ? b.lines.length : 1;
    const after = blocks[i + 1];
    if (b.keepNext && after) n += (after.gapBefore ? 1 : 0) + needed(i + 1);
    return n;
  };
  return blocks.map((b, i) => {
    // The empty line before a block is kept with it (the writer gives it keepNext).
    const need = Math.min((b.gapBefore ? 1 : 0) + needed(i), rows);
    if (row > 0 && row + need > rows) {
      page++;
      row = 0;
    }
    const gap = b.gapBefore ? next() : undefined;
    return { ...(gap && { gap }), lines: b.lines.map(() => next()) };
  });
}

/** How many pages the placed blocks fill. */
export function pageCount(places: readonly BlockPlace[]): number {
  let last = 0;
  for (const p of places) for (const l of p.lines) last = Math.max(last, l.page);
  return last + 1;
}
