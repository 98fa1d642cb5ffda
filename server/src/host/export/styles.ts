// styles.xml of the export, written whole: the docx package's own (blue Heading 5/6, Caption, TOC,
// Hyperlink, footnotes…) would otherwise sit in Word's style list beside the national ones.
//
// Document defaults: 仿宋 3号, Chinese as the East Asian language, exact 28.95 pt lines (22 a page),
// no widow control, the line-start and line-end rules on, no automatic space between Chinese and
// Latin text, and no snapping to the character grid — the line composer has decided every break
// and the spacing that makes it (core/features/layout/lines.ts), so no mark needs to hang.
//
// overflowPunct is 1 on purpose. LibreOffice reads it inverted (writerfilter maps overflowPunct=0 to
// ParaIsHangingPunctuation=true), and a mark it hangs in a justified line is dropped from the page;
// with 1 it moves the character before the mark down instead. For Word 1 is its own default, and the
// composer's breaks leave it nothing to hang.

import { BODY, CHAR, GB_PAGE, LayoutStyle } from '../../core';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fonts = (family: string) => {
  const f = xmlEscape(family);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
};
const size = (pt: number) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
/** Exact line spacing of the grid: 28.95 pt. */
export const LINE_TWIPS = Math.round(GB_PAGE.linePitchPt * 20);

interface StyleDef {
  id: string;
  name: string;
  type?: 'paragraph' | 'character';
  basedOn?: string;
  next?: string;
  pPr?: string;
  rPr?: string;
  hidden?: boolean;
}

function style(s: StyleDef): string {
  return (
    `<w:style w:type="${s.type ?? 'paragraph'}" w:styleId="${s.id}"${s.id === 'Normal' ? ' w:default="1"' : ''}>` +
    `<w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    (s.hidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : '<w:qFormat/>') +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

const NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>';
const KEEP = '<w:keepNext/><w:keepLines/>';

/** The paragraph style of each heading level, the title, the lines under it and the page number. */
export function stylesXml(layout: LayoutStyle): string {
  const f = layout.fonts;
  const heading = (level: 1 | 2 | 3 | 4, family: string, bold: boolean) =>
    style({
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      pPr: `${KEEP}<w:outlineLvl w:val="${level - 1}"/>`,
      rPr: fonts(family) + (bold ? '<w:b/><w:bCs/>' : ''),
    });
  const styles = [
    style({
      id: 'Normal',
      name: 'Normal',
      pPr: `<w:ind w:firstLine="${2 * CHAR}" w:firstLineChars="200"/>`,
      // The size again on Normal: LibreOffice takes the grid's cell from Normal's own size, not the defaults'.
      rPr: `<w:spacing w:val="${BODY.spacing}"/>${size(GB_PAGE.bodyPt)}`,
    }),
    style({ id: 'DefaultParagraphFont', name: 'Default Paragraph Font', type: 'character', hidden: true }),
    style({
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      pPr: `${KEEP}${NO_INDENT}<w:jc w:val="center"/>`,
      // 2号 小标宋, not condensed: the title holds 20 characters a line.
      rPr: `${fonts(f.title)}<w:spacing w:val="0"/>${size(GB_PAGE.titlePt)}`,
    }),
    style({
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      pPr: `<w:keepNext/>${NO_INDENT}<w:jc w:val="center"/>`,
      rPr: fonts(f.level2),
    }),
    heading(1, f.level1, false),
    heading(2, f.level2, false),
    heading(3, f.level3, layout.level3Bold),
    heading(4, f.level4, false),
    style({ id: 'Signature', name: 'Signature', basedOn: 'Normal', pPr: `<w:keepNext/>${NO_INDENT}` }),
    style({ id: 'Date', name: 'Date', basedOn: 'Normal', pPr: NO_INDENT }),
    style({
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      // One 4号 line, exactly: the footer distance places its dash 7 mm under the type area.
      pPr: `<w:spacing w:line="${GB_PAGE.pageNumberPt * 20}" w:lineRule="exact"/>${NO_INDENT}`,
      rPr: `${fonts(f.pageNumber)}<w:spacing w:val="0"/>${size(GB_PAGE.pageNumberPt)}`,
    }),
  ];
  const defaults =
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `${fonts(f.body)}<w:color w:val="000000"/>${size(GB_PAGE.bodyPt)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    '<w:widowControl w:val="0"/><w:kinsoku/><w:overflowPunct w:val="1"/>' +
    '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/><w:jc w:val="both"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${defaults}${styles.join('')}</w:styles>`;
}
