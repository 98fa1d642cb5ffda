// The parts of the .docx the docx package does not write as the national layout needs: the styles
// (written whole), a font table that lets Word pick a stand-in for a missing GB font, and the
// settings for Chinese text (no punctuation compression; Chinese as the theme's East Asian language).

import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { LayoutStyle } from '../../core';
import { stylesXml, xmlEscape } from './styles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The package with our styles, font table and settings in place of the docx package's. */
export function finishPackage(docx: Buffer, style: LayoutStyle): Buffer {
  const files = unzipSync(docx);
  files['word/styles.xml'] = strToU8(stylesXml(style));
  files['word/fontTable.xml'] = strToU8(fontTable(Object.values(style.fonts)));
  files['word/settings.xml'] = strToU8(settings(strFromU8(files['word/settings.xml'])));
  return Buffer.from(zipSync(files, { level: 6 }));
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

/** Each family with its kind (GB2312 character set, serif or sans) and an alternative name. */
function fontTable(families: readonly string[]): string {
  const fonts = [...new Set(families)].map((name) => {
    const alt = ALTERNATIVES[name];
    const hei = /黑/.test(name);
    return `<w:font w:name="${xmlEscape(name)}">${alt ? `<w:altName w:val="${xmlEscape(alt)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${hei ? 'modern' : 'roman'}"/><w:pitch w:val="${hei ? 'fixed' : 'variable'}"/></w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`;
}

/** The package's settings with no punctuation compression (after evenAndOddHeaders) and the theme's languages (after compat), in schema order. */
function settings(xml: string): string {
  return xml
    .replace(/(<w:evenAndOddHeaders\/>)/, '$1<w:characterSpacingControl w:val="doNotCompress"/>')
    .replace(/(<\/w:compat>)/, '$1<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
}
