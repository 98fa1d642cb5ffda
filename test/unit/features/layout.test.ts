// The layout model of GB/T 9704: the line composer (禁则 by squeezing or pulling down, the spacing that
// makes Word and LibreOffice break alike), the title's breaks by meaning, the closing block and the
// lines under a speech's title, and where lines fall on pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BODY,
  CHAR,
  canBreak,
  ems,
  GB_PAGE,
  isDateLine,
  layoutReport,
  LayoutBlock,
  LINE_ROOM,
  MIN_TITLE_LINE,
  placeLines,
  TYPE_WIDTH,
  widthOf,
} from '../../../server/src/core';
import { composeLines } from '../../../server/src/core/features/layout/lines';
import { findClosing, frontMatter } from '../../../server/src/core/features/layout/roles';
import { parse } from '../../helpers';

const ROOM = { first: LINE_ROOM - 2 * CHAR, rest: LINE_ROOM, wider: TYPE_WIDTH - LINE_ROOM };
const lineTexts = (text: string, room = ROOM) => composeLines(text, room, BODY).map((l) => text.slice(l.start, l.end));
const blockText = (b: LayoutBlock) => b.runs.map((r) => r.text).join('');
const linesOf = (b: LayoutBlock) => b.lines.map((l) => blockText(b).slice(l.start, l.end));
/** A line's width in ems, as GB fonts set it. */
const emWidth = (s: string) => [...s].reduce((w, c) => w + ems(c), 0);

test('the body size holds 28 characters a line in both programs, 29 in neither', () => {
  assert.equal(BODY.spacing, -6);
  for (const room of [TYPE_WIDTH, LINE_ROOM]) {
    assert.ok(28 * (CHAR + BODY.spacing) <= room, `28 fit ${room}`);
    assert.ok(29 * (CHAR + BODY.spacing) > TYPE_WIDTH, `29 do not fit ${room}`);
  }
  // A line of Chinese text: the same width in both; LibreOffice's space beside a number.
  assert.deepEqual(widthOf('中文中文', BODY), { word: 4 * 314, libreOffice: 4 * 314 + 6, spaced: 4, spacedLo: 3 });
  const digits = widthOf('增长12%', BODY);
  assert.equal(digits.word, 2 * 314 + 3 * 154);
  assert.ok(digits.libreOffice >= digits.word + 64, 'a fifth of an em between 长 and 1');
});

test('plain Chinese text: 26 characters after the indent, then 28, nothing lost', () => {
  const text =
    '为全面贯彻落实党中央国务院决策部署进一步优化营商环境激发市场主体活力推动经济社会高质量发展我们坚持问题导向聚焦企业群众办事难点堵点持续深化改革创新服务方式提升政务服务效能';
  const lines = lineTexts(text);
  assert.equal(lines.join(''), text);
  assert.deepEqual(
    lines.slice(0, -1).map((l) => [...l].length),
    [26, ...lines.slice(1, -1).map(() => 28)],
  );
});

test('a mark that would begin a line is squeezed onto the line before; two marks pull a character down', () => {
  // 26 characters, then the 27th a comma: squeezed in (the line condensed a little more).
  const squeezed = '一二三四五六七八九十一二三四五六七八九十一二三四五六，接着写下去的文字';
  const [first, rest] = lineTexts(squeezed);
  assert.equal(first, '一二三四五六七八九十一二三四五六七八九十一二三四五六，');
  assert.equal(rest, '接着写下去的文字');
  assert.ok(composeLines(squeezed, ROOM, BODY)[0].adjust < 0, 'squeezed');
  // 。” after the 26th: too much to squeeze, the 26th goes down with them.
  const pulled = '一二三四五六七八九十一二三四五六七八九十一二三四五六。”接着写下去的文字';
  const lines = lineTexts(pulled);
  assert.equal(lines[0], '一二三四五六七八九十一二三四五六七八九十一二三四五');
  assert.equal(lines[1], '六。”接着写下去的文字');
  assert.ok(composeLines(pulled, ROOM, BODY)[0].adjust > 0, 'spread so the next character does not fit');
  // An opening quote never ends a line.
  const opener = '一二三四五六七八九十一二三四五六七八九十一二三四五“六七”';
  for (const l of lineTexts(opener).slice(0, -1)) assert.ok(!l.endsWith('“'), l);
});

test('no line begins with a mark or ends with an opener; dashes, ellipses and numbers stay whole', () => {
  const text =
    '经济运行稳中向好——国内生产总值增长5.2%，城镇新增就业1244万人……居民消费价格上涨0.2%，“十四五”规划主要指标进展符合预期，粮食产量13908亿斤，再创历史新高。'.repeat(
      4,
    );
  const lines = lineTexts(text);
  assert.equal(lines.join(''), text);
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [[...lines[i - 1]].at(-1)!, [...lines[i]][0]];
    assert.ok(canBreak(a, b), `${lines[i - 1]} | ${lines[i]}`);
    assert.ok(!/[，。、；：？！）》”’…—%]/.test(b), `line begins with ${b}`);
    assert.ok(!/[（《“‘]/.test(a), `line ends with ${a}`);
    assert.ok(!(/[0-9.]/.test(a) && /[0-9.%]/.test(b)), `a number split: ${a}|${b}`);
  }
  for (const l of composeLines(text, ROOM, BODY)) assert.ok(l.adjust >= -16 && l.adjust <= 40, `${l.adjust}`);
});

test('𠮷 and other characters beyond the BMP: one character, offsets in UTF-16', () => {
  const text = '𠮷'.repeat(40);
  const lines = composeLines(text, ROOM, BODY);
  assert.deepEqual(
    lines.map((l) => [l.start, l.end]),
    [
      [0, 52],
      [52, 80],
    ],
  );
});

test('the break rules: marks, openers, Latin words, zero-width characters', () => {
  assert.equal(canBreak('中', '，'), false);
  assert.equal(canBreak('“', '中'), false);
  assert.equal(canBreak('—', '—'), false);
  assert.equal(canBreak('2', '0'), false);
  assert.equal(canBreak('长', '5'), true);
  assert.equal(canBreak('%', '、'), false);
  assert.equal(canBreak('、', '9'), false, 'a number parts only from a Chinese letter');
  assert.equal(canBreak('中', '\u200b'), false);
  assert.equal(canBreak('中', '文'), true);
});

test('a long title breaks between words in a trapezoid, no line under three characters', () => {
  for (const title of [
    '关于2023年度领导班子和领导干部述职述廉述德述学述法述安报告',
    '关于2024年上半年全市优化营商环境和政务服务改革工作情况的报告',
    '中共某某市委员会关于进一步加强新时代基层党组织建设的实施意见',
  ]) {
    const [b] = layoutReport(parse(`${title}\n各位代表：\n正文。\n`));
    assert.equal(b.kind, 'title');
    const lines = linesOf(b);
    assert.equal(lines.join(''), title);
    assert.ok(lines.length >= 2, title);
    for (const l of lines) {
      assert.ok([...l].length >= MIN_TITLE_LINE, `${title}: "${l}"`);
      assert.ok(emWidth(l) * GB_PAGE.titlePt <= TYPE_WIDTH / 20, `${title}: "${l}" fits`);
    }
    // Not where the line is full: 报 / 告, 情况 / 的报告.
    assert.ok(!lines.some((l) => l === '告' || l.startsWith('的')), `${title}: ${lines.join(' / ')}`);
    const widths = lines.map(emWidth);
    const trapezoid = widths.every((w, i) => i === 0 || w >= widths[i - 1] - 1);
    const diamond = widths.length === 3 && widths[1] >= widths[0] && widths[1] >= widths[2];
    assert.ok(trapezoid || diamond, `${title}: ${lines.join(' / ')} (${widths.join(', ')})`);
  }
  const [short] = layoutReport(parse('政府工作报告\n正文。\n'));
  assert.deepEqual(linesOf(short), ['政府工作报告']);
});

test('the closing block: attachment note, signature, date (§7.3.4–7.3.5)', () => {
  assert.ok(isDateLine('2024年7月15日'));
  assert.ok(isDateLine('二〇二四年七月十五日'));
  assert.ok(isDateLine('××××年××月××日'));
  assert.ok(!isDateLine('2024年7月15日召开会议。'));
  const p = (text: string, heading = false) => ({ text, heading });
  assert.deepEqual(
    findClosing([p('正文。'), p('附件：1.名单'), p('2.清单', true), p('滨江市人民政府'), p('2024年7月15日')]),
    { attachments: [1, 2], signature: 3, date: 4 },
  );
  assert.deepEqual(findClosing([p('正文。'), p('特此报告。'), p('2024年7月15日')]), { attachments: [], date: 2 });
  assert.deepEqual(
    findClosing([p('一、总体情况', true), p('3.具体措施', true)]),
    { attachments: [] },
    'no 附件: headings',
  );
  assert.deepEqual(findClosing([p('附件：1.甲'), p('3.丙')]), { attachments: [] }, 'numbers out of order');

  const blocks = layoutReport(
    parse('关于工作的报告\n市政府：\n正文。\n附件：1.名单\n2.清单\n滨江市发展和改革委员会\n2024年7月15日\n'),
  );
  const by = (kind: string) => blocks.filter((b) => b.kind === kind);
  const [first, second] = by('attachment');
  assert.ok(first.gapBefore, 'an empty line before the note');
  assert.equal(first.indent.left + first.indent.firstLine, 2 * CHAR, '附件 two characters in');
  assert.equal(first.indent.left, 2 * CHAR + widthOf('附件：1.', BODY).word, 'names start after 附件：1.');
  assert.equal(second.indent.left, first.indent.left);
  assert.equal(second.indent.left + second.indent.firstLine, 2 * CHAR + widthOf('附件：', BODY).word, '2. under 1.');
  const [signature] = by('signature');
  const [date] = by('date');
  assert.ok(signature.gapBefore && signature.keepNext);
  assert.equal(signature.align, 'right');
  const sigStart = TYPE_WIDTH - signature.indent.right - widthOf('滨江市发展和改革委员会', BODY).word;
  assert.equal(signature.indent.right, 2 * CHAR, 'two characters in from the right');
  assert.equal(date.align, 'left');
  assert.equal(date.indent.left, sigStart + 2 * CHAR, "the date's first character two right of the signature's");
  // A date longer than the name: the date two characters in from the right, the name further left.
  const [, , , sig2, date2] = layoutReport(parse('报告\n正文。\n特此报告。\n某局\n2024年12月25日\n'));
  const dateEnd = date2.indent.left + widthOf('2024年12月25日', BODY).word;
  assert.equal(dateEnd, TYPE_WIDTH - 2 * CHAR);
  assert.equal(TYPE_WIDTH - sig2.indent.right - widthOf('某局', BODY).word, date2.indent.left - 2 * CHAR);
});

test("a speech's subtitle and speaker stand centred under the title, the addressee flush left after an empty line", () => {
  const text =
    '政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理\n李克强\n各位代表：\n现在，我代表国务院报告工作。\n';
  const blocks = layoutReport(parse(text));
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.align, blockText(b)]),
    [
      ['title', 'center', '政府工作报告'],
      ['subtitle', 'center', '——2017年3月5日在第十二届全国人民代表大会第五次会议上'],
      ['subtitle', 'center', '国务院总理'],
      ['subtitle', 'center', '李克强'],
      ['body', 'justify', '各位代表：'],
      ['body', 'justify', '现在，我代表国务院报告工作。'],
    ],
  );
  assert.ok(blocks[4].addressee && blocks[4].gapBefore && blocks[4].indent.firstLine === 0);
  assert.ok(blocks[1].runs.every((r) => r.face === 'subtitle'));
  const p = (t: string) => ({ text: t, heading: false });
  assert.equal(frontMatter([p('国务院总理'), p('李克强'), p('各位代表：')]), 2, 'speaker lines before the addressee');
  assert.equal(frontMatter([p('一年来'), p('我们做了很多工作。')]), 0, 'a short first line of text is no speaker');
});

test('lines fall on pages of 22, headings kept with what follows', () => {
  const block = (n: number, keep = false) => ({ lines: new Array(n).fill(0), keepNext: keep, keepLines: keep });
  const places = placeLines([block(21), block(1, true), block(3)]);
  assert.deepEqual(places[1].lines, [{ page: 1, row: 0 }], 'the heading goes to the next page with its text');
  assert.deepEqual(places[2].lines[0], { page: 1, row: 1 });
  const flow = placeLines([block(30)]);
  assert.deepEqual(flow[0].lines[22], { page: 1, row: 0 }, 'body text flows on at line 23');
  // The signature with its empty line and its date: together, on the page they fit on.
  const fits = placeLines([block(19), { ...block(1), gapBefore: true, keepNext: true }, block(1)]);
  assert.deepEqual(fits[1], { gap: { page: 0, row: 19 }, lines: [{ page: 0, row: 20 }] });
  assert.deepEqual(fits[2].lines, [{ page: 0, row: 21 }]);
  const moves = placeLines([block(20), { ...block(1), gapBefore: true, keepNext: true }, block(1)]);
  assert.deepEqual(moves[1], { gap: { page: 1, row: 0 }, lines: [{ page: 1, row: 1 }] });
});
