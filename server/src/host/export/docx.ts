// The layout as a Word document (.docx) in GB/T 9704-2012: A4, type area 156 mm × 225 mm,
// 22 lines of 28 characters, headings as Word heading styles (so Word's navigation pane shows
// the outline), page numbers — 1 — at the outer edge.

import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Document,
  Footer,
  IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { DEFAULT_LAYOUT_STYLE, Face, GB_PAGE, LayoutBlock, LayoutRun, LayoutStyle } from '../../core';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** The page in twips: the margins give exactly the 156 mm × 225 mm type area. */
export const PAGE_TWIPS = {
  width: twips(GB_PAGE.widthMm),
  height: twips(GB_PAGE.heightMm),
  top: twips(GB_PAGE.topMm),
  bottom: twips(GB_PAGE.bottomMm),
  left: twips(GB_PAGE.leftMm),
  right: twips(GB_PAGE.rightMm),
  /** Fixed line spacing: 22 × 579 = 12738 twips, within the 12756 of the type area (23 lines would not fit). */
  line: Math.round(GB_PAGE.linePitchPt * 20),
  /** The two-character first-line indent at 3号 (2 × 16 pt). */
  indent: 2 * GB_PAGE.bodyPt * 20,
  /** Page numbers: their line starts about 7 mm under the type area. */
  footer: twips(22),
};

/**
 * 28 characters of 3号 (16 pt) need 448 pt; the type area is 442 pt wide. Word's character grid would squeeze
 * them, but LibreOffice and WPS lay a grid out differently (a 16 pt glyph takes two 15.8 pt cells). Condensing
 * every character by the same amount gives 28 a line everywhere: the delta in twentieths of a point, rounded down.
 */
function condense(): number {
  const width = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;
  return Math.floor(width / GB_PAGE.chars - GB_PAGE.bodyPt * 20);
}

/**
 * No widow control: a page holds 22 lines, not 21 when a paragraph's last line would stand alone.
 * The package writes it in the defaults but its types only allow it on paragraphs.
 */
const NO_WIDOW_CONTROL: Record<string, unknown> = { widowControl: false };

const HEADING_FACE: Record<number, Face> = { 1: 'level1', 2: 'level2', 3: 'level3', 4: 'level4' };

const font = (family: string) => ({ ascii: family, hAnsi: family, eastAsia: family, cs: family });

/** Writes the blocks as a .docx file's bytes. */
export async function writeDocx(
  blocks: readonly LayoutBlock[],
  style: LayoutStyle = DEFAULT_LAYOUT_STYLE,
  title = '',
): Promise<Buffer> {
  const body = style.fonts.body;
  const line = { line: PAGE_TWIPS.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const headingStyle = (level: 1 | 2 | 3 | 4) => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {
      font: font(style.fonts[HEADING_FACE[level]]),
      size: halfPoints(GB_PAGE.bodyPt),
      bold: level === 3 && style.level3Bold,
      color: '000000',
    },
    paragraph: { outlineLevel: level - 1, spacing: line },
  });
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    const paragraphFace: Face = b.kind === 'title' ? 'title' : b.kind === 'heading' ? HEADING_FACE[b.level!] : 'body';
    const children = b.runs.map((r) => new TextRun(runOptions(r, paragraphFace, style)));
    if (b.kind === 'title') paragraphs.push(new Paragraph({ style: 'Title', children }));
    else if (b.kind === 'heading') {
      const runIn = b.runs.some((r) => r.face === 'body');
      paragraphs.push(new Paragraph({ style: `Heading${b.level}`, keepNext: !runIn, children }));
    } else
      paragraphs.push(
        new Paragraph({
          children,
          ...((b.addressee || b.centred) && { indent: { firstLine: 0, firstLineChars: 0 } }),
          ...(b.centred && { alignment: AlignmentType.CENTER }),
        }),
      );
    // The title stands one empty line above the text.
    if (b.kind === 'title' && blocks[blocks.indexOf(b) + 1]?.kind !== 'title')
      paragraphs.push(new Paragraph({ children: [] }));
  }
  const pageNumber = (align: 'odd' | 'even') =>
    new Paragraph({
      alignment: align === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      // One character in from the outer edge; no first-line indent or fixed spacing of the body.
      indent:
        align === 'odd'
          ? { right: GB_PAGE.pageNumberPt * 20, firstLine: 0 }
          : { left: GB_PAGE.pageNumberPt * 20, firstLine: 0 },
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [
        new TextRun({
          font: font(style.fonts.pageNumber),
          size: halfPoints(GB_PAGE.pageNumberPt),
          children: ['— ', PageNumber.CURRENT, ' —'],
        }),
      ],
    });
  const doc = new Document({
    creator: 'gongwen',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(body), size: halfPoints(GB_PAGE.bodyPt), color: '000000', characterSpacing: condense() },
          paragraph: {
            spacing: line,
            indent: { firstLine: PAGE_TWIPS.indent, firstLineChars: 200 },
            alignment: AlignmentType.JUSTIFIED,
            ...NO_WIDOW_CONTROL,
          },
        },
      },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(style.fonts.title), size: halfPoints(GB_PAGE.titlePt), bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: line },
        },
        headingStyle(1),
        headingStyle(2),
        headingStyle(3),
        headingStyle(4),
      ],
    },
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
          // The line pitch only, no grid type: LibreOffice's line grid would push the first line down a
          // line, and every paragraph's exact spacing gives Word and WPS the 22 lines anyway.
          grid: { linePitch: PAGE_TWIPS.line },
        },
        footers: {
          default: new Footer({ children: [pageNumber('odd')] }),
          even: new Footer({ children: [pageNumber('even')] }),
        },
        children: paragraphs,
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(doc), Object.values(style.fonts));
}

/** Common names Word can fall back on when an office's GB font is missing (a song face for 小标宋). */
const ALTERNATIVES: Record<string, string> = {
  方正小标宋简体: '宋体',
  方正小标宋_GBK: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  宋体: 'SimSun',
  仿宋: 'FangSong',
  楷体: 'KaiTi',
  黑体: 'SimHei',
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The package writes an empty font table; Word reads a missing font's kind (GB2312 character set, serif
 * or sans) and alternative name from it to pick a stand-in.
 */
function withFontTable(docx: Buffer, families: readonly string[]): Buffer {
  const files = unzipSync(docx);
  const fonts = [...new Set(families)].map((name) => {
    const alt = ALTERNATIVES[name];
    const hei = /黑/.test(name);
    return `<w:font w:name="${xmlEscape(name)}">${alt ? `<w:altName w:val="${xmlEscape(alt)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${hei ? 'modern' : 'roman'}"/><w:pitch w:val="${hei ? 'fixed' : 'variable'}"/></w:font>`;
  });
  const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  files['word/fontTable.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${ns}">${fonts.join('')}</w:fonts>`,
  );
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** A run's look: only what differs from its paragraph's style is written on the run. */
function runOptions(r: LayoutRun, paragraphFace: Face, style: LayoutStyle): IRunOptions {
  return {
    text: r.text,
    ...(r.face !== paragraphFace && { font: font(style.fonts[r.face]), bold: r.face === 'level3' && style.level3Bold }),
    ...(r.bold && { bold: true }),
    ...(r.emphasis && { emphasisMark: {} }),
    ...(r.blank && { highlight: 'yellow' }),
  };
}
