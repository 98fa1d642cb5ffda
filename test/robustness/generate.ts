// Generated drafts for the robustness tests: a seeded PRNG (so a failure reproduces from its seed)
// and drafts made of report fragments, masks, heading markers, residue, odd Unicode and line endings.

import * as fs from 'fs';
import * as path from 'path';

import { random } from '../../scripts/corpus';

/** mulberry32: a small seeded PRNG, uniform in [0, 1) (the corpus generators' own). */
export const prng = random;

/** Random helpers over one PRNG. */
export class Rand {
  readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** The base seed: GONGWEN_FUZZ_SEED, or a fixed one so CI is deterministic. */
export const BASE_SEED = Number(process.env.GONGWEN_FUZZ_SEED ?? 20240808);

const SAMPLES = path.resolve(__dirname, '..', 'fixtures', 'samples');

function sampleLines(): string[] {
  const files = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((e) =>
            e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : [],
          )
      : [];
  const lines = files(SAMPLES)
    .sort()
    .flatMap((f) => fs.readFileSync(f, 'utf8').split(/\r?\n/))
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length
    ? lines
    : ['一、总体情况', '上半年，我们坚持以习近平新时代中国特色社会主义思想为指导，全面完成各项任务。'];
}

/** Lines of test/fixtures/samples (report fragments with real blanks and residue). */
export const FRAGMENTS = sampleLines();

export const MASKS = [
  '*',
  '**',
  '***',
  '＊＊',
  'X',
  'XX',
  'XXX',
  'xx',
  '××',
  '某某',
  '某',
  '〇〇',
  '○○',
  '□□',
  '___',
  '……',
  '【待填】',
  '（ ）',
  '(  )',
  '[ ]',
  'XX%',
  '**万元',
  '20XX年',
  'X月X日',
  '*个',
  '某某同志',
];

export const MARKERS = [
  '一、',
  '二、',
  '三、',
  '十、',
  '十一、',
  '二十、',
  '一，',
  '一.',
  '一．',
  '（一）',
  '（二）',
  '(三)',
  '（十二）',
  '（ 一 ）',
  '(一）',
  '1.',
  '2.',
  '10.',
  '1、',
  '2、',
  '１．',
  '２、',
  '1．',
  '（1）',
  '(2)',
  '（１）',
  '1)',
  '①',
  '②',
  '⑴',
  '一是',
  '二是',
  '三要',
  '第一，',
  '第二，',
  '第三',
  '首先，',
  '其次，',
  '最后，',
  '第一章',
  '第二部分',
  '# ',
  '## ',
  '### ',
  '**一、',
  '- ',
  '* ',
  '> ',
];

export const RESIDUE = [
  '来源：新华网 2023-05-01 10:30',
  '责任编辑：王某',
  '更多精彩内容请关注公众号“某某”',
  '点击下方二维码关注',
  '本文档共 12 页',
  'VIP专享',
  'http://www.gov.cn/zhengce/2023-03/14/content_5746704.htm',
  '【字体：大 中 小】【打印本页】【关闭窗口】',
  '微信号：abc12345',
  '（完）',
  '版权声明：如有侵权请联系删除',
  '下载全文',
  '原标题：关于做好2023年工作的通知',
  '扫一扫分享',
  '13812345678',
  'test@example.com',
  '阅读全文>>',
];

/**
 * Slips the sample drafts do not hold, written for the generator (never corpus text): a count its
 * list does not match, a confusable form, words broken by a bulk replace (县 → 区). With them every
 * rule fires somewhere in the generated drafts (the fuzz tests' floor). A slip of several lines (\n)
 * comes in as consecutive lines.
 */
export const SLIPS = [
  '今年重点做好以下四个方面工作：一是抓学习；二是抓调研；三是抓整改。',
  '存在三个方面的问题。一是学习不深，二是调研不实。',
  '截止2023年底，全镇完成投资3亿元。',
  '报名截至日期为6月1日。',
  '全区上下以区城建设为重点，推进区乡两级工作，区处级干部带头下沉，区直机关走访区城商户。',
  '（一）稳住农业基本盘。\n正文。\n（二）办好民生实事\n正文。\n（三）守牢安全底线。\n正文。',
];

const ODD = [
  '𠮷',
  '𠮷𠮷',
  '😀',
  '👍🏻',
  '👨‍👩‍👧',
  '🇨🇳',
  '\u200b',
  '\ufeff',
  '\u3000',
  '\u3000\u3000',
  '\t',
  '\0',
  '\u00a0',
  '\u2028',
  '\u0301',
  'é',
  'ｅ',
  'Ａ',
  '\ud800',
  '\udc00',
  '\uffff',
  '\ufffd',
  '、',
  '。。',
  '，，',
  '！？',
  '……',
  '…',
  '——',
  '—',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '（',
  '）',
  '(',
  ')',
  '《',
  '》',
  '〈',
  '〉',
  '【',
  '】',
  '：',
  ':',
  '；',
  ';',
  '!',
  '?',
  '.',
  ',',
  '%',
  '％',
  '2023年',
  '１２',
  '12.5%',
  '1,000',
  '二〇二三年',
  '一百',
  '5万元',
  '第',
  '年',
  '月',
  '日',
  ' ',
  '  ',
  '*',
  '#',
  '-',
  '`',
  '```',
  '<!--',
  '-->',
  '的',
  '一',
  '是',
  '要',
  '了',
  '和',
];

const EOLS = ['\n', '\r\n', '\r'];

/** A random character anywhere in the BMP or above (lone surrogates included: files can hold them). */
function randomChar(r: Rand): string {
  const range = r.int(4);
  if (range === 0) return String.fromCharCode(0x20 + r.int(0x5f));
  if (range === 1) return String.fromCharCode(0x4e00 + r.int(0x5200));
  if (range === 2) return String.fromCharCode(r.int(0x10000));
  return String.fromCodePoint(0x10000 + r.int(0x100000));
}

/** A piece of a line: a fragment (whole or cut), a mask, odd Unicode, residue or random characters. */
export function piece(r: Rand): string {
  const k = r.int(100);
  if (k < 35) {
    const f = r.pick(FRAGMENTS);
    if (r.chance(0.5)) return f;
    const a = r.int(f.length);
    return f.slice(a, a + 1 + r.int(40));
  }
  if (k < 50) return r.pick(MASKS);
  if (k < 75) return r.pick(ODD);
  if (k < 82) return r.pick(RESIDUE);
  if (k < 90) return r.pick(MARKERS);
  let s = '';
  for (let n = 1 + r.int(8); n > 0; n--) s += randomChar(r);
  return s;
}

/** One line: indentation, a heading or item marker, then pieces. */
function line(r: Rand): string {
  let s = r.chance(0.2) ? r.pick(['  ', '\u3000\u3000', '\t', ' ']) : '';
  if (r.chance(0.35)) s += r.pick(MARKERS);
  for (let n = r.int(5); n >= 0; n--) s += piece(r);
  if (r.chance(0.4)) s += r.pick(['。', '；', '：', '', '，', '！', '？', '”。']);
  return s;
}

/** A whole draft: a title, lines (some blank, some residue) and one kind of line ending or a mix. */
export function draft(r: Rand, maxLines = 30): string {
  const mixed = r.chance(0.3);
  const eol = r.pick(EOLS);
  const lines: string[] = [];
  if (r.chance(0.6))
    lines.push(r.pick(['2023年工作总结', '关于XX的述职报告', '某某单位2023年上半年工作总结', '工作报告']));
  for (let n = 1 + r.int(maxLines); n > 0; n--) {
    const k = r.int(10);
    if (k === 3) lines.push(...r.pick(SLIPS).split('\n'));
    else lines.push(k === 0 ? '' : k === 1 ? r.pick(RESIDUE) : k === 2 ? r.pick(FRAGMENTS) : line(r));
  }
  let text = '';
  lines.forEach((l, i) => (text += (i ? (mixed ? r.pick(EOLS) : eol) : '') + l));
  if (r.chance(0.3)) text += mixed ? r.pick(EOLS) : eol;
  return text;
}
