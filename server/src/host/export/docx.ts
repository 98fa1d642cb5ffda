// The layout as a Word document (.docx) in GB/T 9704-2012: A4, type area 156 mm × 225 mm, a
// declared grid of 22 lines × 28 characters, headings as Word heading styles (so Word's navigation
// pane shows the outline), page numbers — 1 — at the outer edge, 7 mm under the type area.

import { Document, Footer, Packer, Paragraph, SimpleField, TextRun } from 'docx';
import { DEFAULT_LAYOUT_STYLE, GB_PAGE, GRID_CHAR_SPACE, LayoutBlock, LayoutStyle, twips } from '../../core';
import { finishPackage } from './package';
import { paragraphsOf } from './paragraphs';
import { LINE_TWIPS } from './styles';

/** The page in twips: the margins give exactly the 156 mm × 225 mm type area. */
const PAGE_TWIPS = {
  width: twips(GB_PAGE.widthMm),
  height: twips(GB_PAGE.heightMm),
  top: twips(GB_PAGE.topMm),
  bottom: twips(GB_PAGE.bottomMm),
  left: twips(GB_PAGE.leftMm),
  right: twips(GB_PAGE.rightMm),
  line: LINE_TWIPS,
  footer: footerDistance(),
};

/**
 * The footer's distance from the page's lower edge: its one exact 4号 line is centred on the dash,
 * which stands 7 mm under the type area (§7.5: 一字线上距版心下边缘7mm).
 */
function footerDistance(): number {
  const dash = twips(GB_PAGE.bottomMm - GB_PAGE.pageNumberBelowMm);
  return dash - (GB_PAGE.pageNumberPt * 20) / 2;
}

/**
 * Word's document grid (页面设置 › 文档网格): 22 lines of 28 characters. Paragraphs do not snap to it —
 * the composer's spacing already gives 28 a line in Word and in LibreOffice.
 */
const GRID = { linePitch: LINE_TWIPS, charSpace: GRID_CHAR_SPACE };

/** Writes the blocks as a .docx file's bytes. */
export async function writeDocx(
  blocks: readonly LayoutBlock[],
  style: LayoutStyle = DEFAULT_LAYOUT_STYLE,
  title = '',
): Promise<Buffer> {
  const doc = new Document({
    creator: 'gongwen',
    title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: {
              top: PAGE_TWIPS.top,
              bottom: PAGE_TWIPS.bottom,
              left: PAGE_TWIPS.left,
              right: PAGE_TWIPS.right,
              header: twips(15),
              footer: PAGE_TWIPS.footer,
              gutter: 0,
            },
          },
          grid: { type: 'linesAndChars', ...GRID },
        },
        footers: {
          default: new Footer({ children: [pageNumber('odd')] }),
          even: new Footer({ children: [pageNumber('even')] }),
        },
        children: paragraphsOf(blocks, style),
      },
    ],
  });
  return finishPackage(await Packer.toBuffer(doc), style);
}

/**
 * — N — in 4号 宋体 (the Footer style), one character in from the outer edge: odd pages right, even
 * pages left. The PAGE field carries a number, so a viewer that does not compute fields shows one.
 */
function pageNumber(side: 'odd' | 'even'): Paragraph {
  const pad = GB_PAGE.pageNumberPt * 20;
  return new Paragraph({
    style: 'Footer',
    alignment: side === 'odd' ? 'right' : 'left',
    indent: side === 'odd' ? { right: pad } : { left: pad },
    children: [new TextRun('— '), new SimpleField('PAGE', side === 'odd' ? '1' : '2'), new TextRun(' —')],
  });
}
