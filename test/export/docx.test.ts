// The Word export's XML: page, type area, styles by level, indents, line spacing, page numbers,
// the outline's headings in order, blanks highlighted, text kept exactly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_LAYOUT_STYLE,
  DEFAULT_OPTIONS,
  getOutline,
  LayoutStyle,
  OutlineNode,
  parseReport,
} from '../../server/src/core';
import { toLayoutStyle } from '../../server/src/host/config';
import { exportDocx, prepareExport } from '../../server/src/host/export';
import { segmenter } from '../helpers';
import { unescapeXml } from './pdf';
import { unzip } from './zip';

const SAMPLES = path.resolve(__dirname, '../fixtures/samples');
const samples = ['drafts', 'published'].flatMap((d) =>
  fs.readdirSync(path.join(SAMPLES, d)).map((f) => path.join(SAMPLES, d, f)),
);

interface Para {
  style?: string;
  xml: string;
  text: string;
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p\/>|<w:p>(.*?)<\/w:p>/gs)].map(([, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1],
    xml: inner,
    text: [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(''),
  }));
}

/** A style's definition in styles.xml. */
function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 's').exec(styles);
  assert.ok(m, `style ${id} defined`);
  return m[1];
}

const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<${element} [^>]*w:${name}="([^"]+)"`).exec(xml)?.[1];

async function exported(
  text: string,
  format: 'plain' | 'markdown' = 'plain',
  style: LayoutStyle = DEFAULT_LAYOUT_STYLE,
) {
  const prepared = prepareExport(text, format, DEFAULT_OPTIONS, segmenter);
  const files = unzip(await exportDocx(prepared, style));
  return { prepared, files, document: files.get('word/document.xml')!, styles: files.get('word/styles.xml')! };
}

function headingsOf(nodes: OutlineNode[]): Array<[number, string]> {
  return nodes.flatMap((n) => [
    ...(n.kind === 'heading' ? [[n.level!, n.name] as [number, string]] : []),
    ...headingsOf(n.children),
  ]);
}

for (const file of samples) {
  test(`export ${path.basename(path.dirname(file))}/${path.basename(file)}: page, styles, spacing, page numbers, headings as in the outline`, async () => {
    const text = fs.readFileSync(file, 'utf8');
    const { prepared, files, document, styles } = await exported(text);

    // A4 and the type area of GB/T 9704: 156 mm × 225 mm, top margin 37 mm, left 28 mm.
    const mm = (twips: string | undefined) => (Number(twips) / 1440) * 25.4;
    const pg = /<w:pgSz [^>]*\/>/.exec(document)![0];
    const mar = /<w:pgMar [^>]*\/>/.exec(document)![0];
    assert.equal(Math.round(mm(attr(pg, 'w:pgSz', 'w'))), 210);
    assert.equal(Math.round(mm(attr(pg, 'w:pgSz', 'h'))), 297);
    assert.ok(Math.abs(mm(attr(mar, 'w:pgMar', 'top')) - 37) < 0.1);
    assert.ok(Math.abs(mm(attr(mar, 'w:pgMar', 'left')) - 28) < 0.1);
    const width =
      Number(attr(pg, 'w:pgSz', 'w')) - Number(attr(mar, 'w:pgMar', 'left')) - Number(attr(mar, 'w:pgMar', 'right'));
    const height =
      Number(attr(pg, 'w:pgSz', 'h')) - Number(attr(mar, 'w:pgMar', 'top')) - Number(attr(mar, 'w:pgMar', 'bottom'));
    assert.ok(Math.abs(mm(String(width)) - 156) < 0.1, `type area width ${mm(String(width))} mm`);
    assert.ok(Math.abs(mm(String(height)) - 225) < 0.1, `type area height ${mm(String(height))} mm`);

    // Body: 3号 (32 half-points) 仿宋, exact line spacing giving 22 lines, first line indented two characters.
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/s.exec(styles)![1];
    const normal = styleXml(styles, 'Normal');
    assert.equal(attr(defaults, 'w:rFonts', 'eastAsia'), '仿宋_GB2312');
    assert.equal(attr(defaults, 'w:sz', 'val'), '32');
    assert.equal(attr(normal, 'w:sz', 'val'), '32', 'the size on Normal too: LibreOffice takes the grid cell from it');
    assert.equal(attr(defaults, 'w:lang', 'eastAsia'), 'zh-CN');
    assert.equal(attr(defaults, 'w:spacing', 'lineRule'), 'exact');
    const line = Number(attr(defaults, 'w:spacing', 'line'));
    assert.equal(Math.floor(height / line), 22, `${height} / ${line}`);
    assert.equal(attr(normal, 'w:ind', 'firstLineChars'), '200');
    assert.equal(attr(normal, 'w:ind', 'firstLine'), '640');
    assert.match(defaults, /<w:widowControl w:val="0"\/>/, 'no widow control: 22 lines on every full page');
    for (const off of ['autoSpaceDE', 'autoSpaceDN', 'snapToGrid'])
      assert.match(defaults, new RegExp(`<w:${off} w:val="0"/>`), `${off} off: the composer's widths are Word's`);
    assert.match(defaults, /<w:kinsoku\/>/);
    // 28 characters a line: each condensed so that 28 fit the width and 29 do not.
    const pitch = 320 + Number(attr(normal, 'w:spacing', 'val'));
    assert.equal(Math.floor(width / pitch), 28, `pitch ${pitch} twips`);
    assert.equal(attr(styleXml(styles, 'Title'), 'w:spacing', 'val'), '0', 'the title is not condensed');
    assert.equal(attr(styleXml(styles, 'Footer'), 'w:spacing', 'val'), '0', 'nor the page number');
    // Word's document grid shows 22 lines of 28 characters.
    const grid = /<w:docGrid [^>]*\/>/.exec(document)![0];
    assert.equal(attr(grid, 'w:docGrid', 'type'), 'linesAndChars');
    assert.equal(Math.floor(height / Number(attr(grid, 'w:docGrid', 'linePitch'))), 22);
    const charPitch = 16 + Number(attr(grid, 'w:docGrid', 'charSpace')) / 4096;
    assert.equal(Math.floor(width / 20 / charPitch), 28, `grid pitch ${charPitch} pt`);
    // Only the national styles: none of the docx package's (blue Heading 5/6, Caption, TOC, Hyperlink…).
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(ids, [
      'Date',
      'DefaultParagraphFont',
      'Footer',
      'Heading1',
      'Heading2',
      'Heading3',
      'Heading4',
      'Normal',
      'Signature',
      'Subtitle',
      'Title',
    ]);
    assert.doesNotMatch(styles, /w:color w:val="(?!000000)/, 'no coloured text');

    // The heading styles by level, and the title's.
    const faces: Record<string, string> = {
      Title: '方正小标宋简体',
      Heading1: '黑体',
      Heading2: '楷体_GB2312',
      Heading3: '仿宋_GB2312',
      Heading4: '仿宋_GB2312',
    };
    for (const [id, face] of Object.entries(faces)) {
      const s = styleXml(styles, id);
      assert.equal(attr(s, 'w:rFonts', 'eastAsia'), face, id);
      assert.equal(attr(s, 'w:sz', 'val') ?? attr(normal, 'w:sz', 'val'), id === 'Title' ? '44' : '32', id);
      if (id !== 'Title') assert.equal(attr(s, 'w:outlineLvl', 'val'), String(Number(id.slice(-1)) - 1), id);
      assert.match(s, /<w:keepNext\/><w:keepLines\/>/, `${id}: kept whole and with what follows`);
    }
    assert.match(styleXml(styles, 'Title'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(styleXml(styles, 'Heading3'), /<w:b\/>/, 'level 3 is not bold by default');
    // The font table: each GB font with a common alternative for machines without it.
    const fontTable = files.get('word/fontTable.xml')!;
    assert.match(
      fontTable,
      /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/><w:charset w:val="86"\/><w:family w:val="roman"\/>/,
    );
    assert.match(fontTable, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.match(
      fontTable,
      /<w:font w:name="黑体"><w:altName w:val="SimHei"\/><w:charset w:val="86"\/><w:family w:val="modern"\/>/,
    );

    // Every heading of the outline, in order, with its level's style.
    const paras = paragraphs(document);
    const model = parseReport(text);
    const outline = headingsOf(getOutline(model));
    const headingParas = paras.filter((p) => p.style?.startsWith('Heading'));
    assert.ok(outline.length > 0 || !/一、/.test(text));
    assert.equal(headingParas.length, outline.length);
    headingParas.forEach((p, i) => {
      assert.equal(p.style, `Heading${outline[i][0]}`, p.text);
      assert.ok(p.text.startsWith(outline[i][1]), `${p.text} starts with ${outline[i][1]}`);
    });
    const title = paras.find((p) => p.style === 'Title');
    assert.equal(title?.text, model.title?.text);

    // Nothing lost: the document's paragraphs are the draft's, character for character.
    const t = model.title;
    const body = model.paragraphs.filter((p) => !p.verbatim && !(t && p.start < t.end && p.end > t.start));
    const source = [
      ...(t ? [t.text] : []),
      ...body.map((p) => (p.heading ? text.slice(p.heading.range.start, p.heading.range.end) : p.text).trimEnd()),
    ];
    assert.deepEqual(
      paras.map((p) => p.text).filter((x) => x),
      source,
    );

    // Page numbers: — N — in 4号 宋体, odd pages right, even pages left, with even and odd footers on.
    assert.match(files.get('word/settings.xml')!, /<w:evenAndOddHeaders\/>/);
    const footers = [...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    assert.deepEqual(footers.sort(), ['default', 'even']);
    for (const [n, align, cached] of [
      ['1', 'right', '1'],
      ['2', 'left', '2'],
    ]) {
      const footer = files.get(`word/footer${n}.xml`)!;
      assert.match(footer, new RegExp(`<w:jc w:val="${align}"/>`));
      assert.match(footer, /<w:pStyle w:val="Footer"\/>/);
      // The PAGE field carries a number for viewers that do not compute fields.
      assert.match(
        footer,
        new RegExp(
          `— </w:t>.*<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>${cached}</w:t></w:r></w:fldSimple>.*> —</w:t>`,
          's',
        ),
      );
    }
    const footerStyle = styleXml(styles, 'Footer');
    assert.equal(attr(footerStyle, 'w:rFonts', 'eastAsia'), '宋体');
    assert.equal(attr(footerStyle, 'w:sz', 'val'), '28');
    // The dash 7 mm under the type area: the footer's one exact 4号 line is centred on it.
    const footerLine = Number(attr(footerStyle, 'w:spacing', 'line'));
    const dashFromBottom = mm(String(Number(attr(mar, 'w:pgMar', 'footer')) + footerLine / 2));
    assert.ok(Math.abs(dashFromBottom - (35 - 7)) < 0.1, `dash ${dashFromBottom} mm above the page's edge`);

    // Blanks are highlighted, each one exactly.
    const highlighted = [
      ...document.matchAll(
        /<w:r><w:rPr>(?:(?!<\/w:r>).)*<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs,
      ),
    ].map((m) => unescapeXml(m[1]));
    assert.deepEqual(
      highlighted,
      prepared.blanks.map((b) => b.text),
    );
    if (file.includes('drafts')) assert.ok(prepared.blanks.length > 0, 'the drafts have blanks');
  });
}

test('a run-in heading keeps its body on the line: only the heading sentence in the heading face', async () => {
  const { document } = await exported('（一）加强组织领导。各级党组织把责任扛在肩上。\n');
  const [p] = paragraphs(document);
  assert.equal(p.style, 'Heading2');
  const runs = [...p.xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
    font: attr(m[1], 'w:rFonts', 'eastAsia'),
    text: /<w:t[^>]*>([^<]*)</.exec(m[1])![1],
  }));
  assert.deepEqual(runs, [
    { font: undefined, text: '（一）加强组织领导。' },
    { font: '仿宋_GB2312', text: '各级党组织把责任扛在肩上。' },
  ]);
});

test('𠮷 and CRLF: the text comes through exactly, blanks at their UTF-16 line:column', async () => {
  const text = '关于𠮷市的报告\r\n𠮷市完成产值*万元。\r\n二、𠮷乡工作\r\n某某同志负责【待填】。\r\n';
  const { prepared, document } = await exported(text);
  assert.deepEqual(
    paragraphs(document).map((p) => p.text),
    ['关于𠮷市的报告', '', '𠮷市完成产值*万元。', '二、𠮷乡工作', '某某同志负责【待填】。'],
  );
  assert.deepEqual(
    prepared.blanks.map((b) => `${b.line}:${b.column} ${b.text}`),
    ['2:8 *', '4:1 某某', '4:7 【待填】'],
  );
});

test('the addressee (主送机关) stands flush left; a 如下： lead-in keeps its indent', async () => {
  const { document } = await exported('关于工作的报告\n各位代表：\n现在，我代表市政府报告工作。\n');
  const [, , addressee, body] = paragraphs(document);
  assert.equal(addressee.text, '各位代表：');
  assert.match(addressee.xml, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
  assert.doesNotMatch(body.xml, /<w:ind /);
  const lead = paragraphs((await exported('现将有关情况报告如下：\n一、总体情况\n')).document)[0];
  assert.doesNotMatch(lead.xml, /<w:ind /);
});

test('Markdown: strong is bold, emphasis gets dots below, list items are paragraphs, a rule (***) goes', async () => {
  const md =
    '# 关于工作的报告\n\n一年来，我们**抓落实**，做到_守底线_。\n\n- 第一项\n- 第二项\n\n***\n\n## 一、总体情况\n\n正文第一行\n接着写 [链接文字](http://x) 和 `代码`。\n';
  const { document } = await exported(md, 'markdown');
  const paras = paragraphs(document);
  assert.deepEqual(
    paras.map((p) => [p.style, p.text]),
    [
      ['Title', '关于工作的报告'],
      [undefined, ''],
      [undefined, '一年来，我们抓落实，做到守底线。'],
      [undefined, '第一项'],
      [undefined, '第二项'],
      ['Heading1', '一、总体情况'],
      [undefined, '正文第一行接着写 链接文字 和 代码。'],
    ],
  );
  assert.match(paras[2].xml, /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>抓落实<\/w:t>/);
  assert.match(paras[2].xml, /<w:em w:val="dot"\/><\/w:rPr><w:t[^>]*>守底线<\/w:t>/);
});

test('Markdown: front matter, code and comments are not exported', async () => {
  const md = '---\ntitle: x\n---\n\n一、总体\n\n<!-- 备注 -->\n\n```\ncode\n```\n\n正文。\n';
  const { document } = await exported(md, 'markdown');
  assert.deepEqual(
    paragraphs(document).map((p) => p.text),
    ['一、总体', '正文。'],
  );
});

test('Markdown: a mask * next to its unit is a blank, not emphasis', async () => {
  const { prepared, document } = await exported('# 报告\n\n全年完成产值*万元，增长*%。\n', 'markdown');
  assert.ok(prepared.blanks.some((b) => b.text === '*'));
  assert.equal(paragraphs(document)[2].text, '全年完成产值*万元，增长*%。');
  assert.doesNotMatch(document, /<w:em /);
});

test('settings: level 3 bold and the fonts per level, from .gongwenrc.json layers', async () => {
  const style = toLayoutStyle({ export: { level3Bold: true, fonts: { level1: '方正黑体_GBK', title: '' } } });
  assert.equal(style.fonts.title, '方正小标宋简体', 'an empty name keeps the default');
  const { styles } = await exported('一、总体\n1.具体\n', 'plain', style);
  assert.match(styleXml(styles, 'Heading3'), /<w:b\/>/);
  assert.equal(attr(styleXml(styles, 'Heading1'), 'w:rFonts', 'eastAsia'), '方正黑体_GBK');
});

test('every element of GB/T 9704 in the XML: title lines, addressee, closing block, attachment note', async () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/export/every-element.txt'), 'utf8');
  const { prepared, document, styles } = await exported(text);
  const paras = paragraphs(document);
  // The title over two lines: a line break where the layout broke it, nothing else.
  const title = paras.find((p) => p.style === 'Title')!;
  const [titleBlock] = prepared.blocks;
  assert.equal((title.xml.match(/<w:br\/>/g) ?? []).length, titleBlock.lines.length - 1);
  assert.equal(titleBlock.lines.length, 2);
  // The text after the title block begins after an empty line, the addressee flush left.
  const at = paras.indexOf(title);
  assert.equal(paras[at + 1].text, '');
  assert.match(paras[at + 1].xml, /<w:keepNext\/>/);
  assert.equal(paras[at + 2].text, '市人民政府：');
  assert.match(paras[at + 2].xml, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
  // The attachment note hangs: 附件：1. two characters in, the names under one another.
  const [first, second] = paras.filter((p) => /^(附件：1\.|2\.政务)/.test(p.text));
  const ind = (p: Para) => ({
    left: Number(attr(p.xml, 'w:ind', 'left')),
    hanging: Number(attr(p.xml, 'w:ind', 'hanging')),
  });
  assert.equal(ind(first).left - ind(first).hanging, 640, '附件 two characters in');
  assert.equal(ind(second).left, ind(first).left, 'the names start at one place');
  assert.ok(ind(second).hanging < ind(first).hanging, '2. under 1.');
  assert.equal(paras[paras.indexOf(first) - 1].text, '', 'an empty line before the note');
  // The signature right, two characters in, after an empty line; the date under it, left-indented.
  const signature = paras.find((p) => p.style === 'Signature')!;
  const date = paras.find((p) => p.style === 'Date')!;
  assert.equal(signature.text, '滨江市发展和改革委员会');
  assert.match(signature.xml, /<w:jc w:val="right"\/>/);
  assert.equal(attr(signature.xml, 'w:ind', 'right'), '640');
  assert.equal(paras[paras.indexOf(signature) - 1].text, '');
  assert.match(styleXml(styles, 'Signature'), /<w:keepNext\/>/, 'kept with the date');
  assert.equal(paras[paras.indexOf(signature) + 1], date);
  assert.equal(date.text, '2024年7月15日');
  assert.match(date.xml, /<w:jc w:val="left"\/>/);
  assert.ok(Number(attr(date.xml, 'w:ind', 'left')) > 5000);
  // A line the composer squeezed or spread carries its spacing on every one of its characters.
  const spaced = [...document.matchAll(/<w:spacing w:val="(-?\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.ok(spaced.length > 0 && spaced.every((v) => v >= -6 - 16 && v <= -6 + 40), spaced.join(' '));
});

test("the lines under a speech's title: the Subtitle style, centred, in the level-2 face", async () => {
  const { document, styles } = await exported(
    '政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理\n李克强\n各位代表：\n现在，我代表国务院报告工作。\n',
  );
  const paras = paragraphs(document);
  assert.deepEqual(
    paras.map((p) => [p.style, p.text]),
    [
      ['Title', '政府工作报告'],
      ['Subtitle', '——2017年3月5日在第十二届全国人民代表大会第五次会议上'],
      ['Subtitle', '国务院总理'],
      ['Subtitle', '李克强'],
      [undefined, ''],
      [undefined, '各位代表：'],
      [undefined, '现在，我代表国务院报告工作。'],
    ],
  );
  const subtitle = styleXml(styles, 'Subtitle');
  assert.match(subtitle, /<w:jc w:val="center"\/>/);
  assert.equal(attr(subtitle, 'w:rFonts', 'eastAsia'), '楷体_GB2312');
});

test('a regulation: no article takes a heading style; a chapter is centred, an article’s number in 黑体', async () => {
  const text = [
    '某某市物业管理条例',
    '第一章 总则',
    '第一条 为了规范物业管理活动，制定本条例。',
    '（一）按照物业服务合同的约定，接受服务；',
  ].join('\n');
  const { document } = await exported(text);
  const paras = paragraphs(document);
  assert.deepEqual(
    paras.map((p) => [p.style, p.text]),
    [
      ['Title', '某某市物业管理条例'],
      [undefined, ''],
      [undefined, '第一章 总则'],
      [undefined, '第一条 为了规范物业管理活动，制定本条例。'],
      [undefined, '（一）按照物业服务合同的约定，接受服务；'],
    ],
  );
  const [chapter, article] = [paras[2], paras[3]];
  assert.match(chapter.xml, /<w:jc w:val="center"\/>/);
  assert.match(chapter.xml, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
  assert.equal(attr(chapter.xml, 'w:rFonts', 'eastAsia'), '黑体');
  const runs = [...article.xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
    font: attr(m[1], 'w:rFonts', 'eastAsia'),
    text: /<w:t[^>]*>([^<]*)</.exec(m[1])![1],
  }));
  assert.deepEqual(runs, [
    { font: '黑体', text: '第一条' },
    { font: undefined, text: ' 为了规范物业管理活动，制定本条例。' },
  ]);
  // A report quoting the article keeps its own 一、 and （一） as Heading1 and Heading2 around it.
  const report = [
    '一、修订的主要内容',
    '（一）明确适用范围',
    '第二条 本条例适用于本市：',
    '（一）住宅小区。',
    '（二）完善制度',
  ];
  assert.deepEqual(
    paragraphs((await exported(report.join('\n'))).document).map((p) => p.style),
    ['Heading1', 'Heading2', undefined, undefined, 'Heading2'],
  );
});
