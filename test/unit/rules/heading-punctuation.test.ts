import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'heading-punctuation';
const lines = (...l: string[]) => l.join('\n');

test('heading-punctuation: the minority of standalone headings of a level is fixed to the majority', () => {
  // [text, covered, fixed text by the first finding]
  const cases: Array<[string, string[], string]> = [
    // published style: （一）…。 on a line of its own; one lacks the 。
    [
      lines(
        '三、重点工作',
        '（一）推动重要领域改革取得新突破。',
        '正文。',
        '（二）开创高水平对外开放新局面',
        '正文。',
        '（三）增强内需拉动经济的主引擎作用。',
      ),
      ['面'],
      lines(
        '三、重点工作',
        '（一）推动重要领域改革取得新突破。',
        '正文。',
        '（二）开创高水平对外开放新局面。',
        '正文。',
        '（三）增强内需拉动经济的主引擎作用。',
      ),
    ],
    // most without: the stray 。 goes
    [
      lines('一、注重固本强基。', '二、全面履职尽责', '三、坚持守土有责'),
      ['。'],
      lines('一、注重固本强基', '二、全面履职尽责', '三、坚持守土有责'),
    ],
    // a closing quote is no obstacle
    [
      lines('（一）推进“三去一降一补”', '（二）深化改革。', '（三）扩大内需。'),
      ['”'],
      lines('（一）推进“三去一降一补”。', '（二）深化改革。', '（三）扩大内需。'),
    ],
  ];
  for (const [text, want, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].fixes[0].safe, true);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('heading-punctuation: run-in headings, ties, other levels, ？ and ！ are left alone', () => {
  const cases = [
    // run-in headings end their heading sentence with 。
    lines(
      '一、抓实能力作风建设。“作风建设是党的建设重要组成部分。',
      '二、积蓄攻坚克难动能。正文。',
      '三、健全完善四个体系',
    ),
    // a tie
    lines('一、甲。', '二、乙'),
    // levels are compared apart: 一、 without, （一） with
    lines('一、甲', '（一）子。', '（二）子。', '二、乙', '（一）子。'),
    // each section's series apart: the review part with 。, the plan part without
    lines(
      '一、回顾',
      '（一）经济稳中有进。',
      '（二）改革纵深推进。',
      '（三）民生持续改善。',
      '二、安排',
      '（一）巩固实体经济',
      '（二）促进消费',
    ),
    // a regulation's articles and items are sentences of its text
    lines('第一条 甲。', '第二条 乙', '第三条 丙', '（一）甲', '（二）乙。', '（三）丙。'),
    // never demand 。 after ？ or ！, nor after ：
    lines('（一）怎么看？', '（二）怎么办！', '（三）主要做法：', '（四）甲。', '（五）乙。'),
    lines('（一）甲', '（二）乙', '（三）为什么？'),
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('heading-punctuation: messages, CRLF, 𠮷 and Markdown', () => {
  const text = '报告\r\n（一）𠮷。\r\n（二）乙𠮷\r\n（三）丙。';
  const [f] = check(text, RULE);
  assert.equal(text.slice(f.start, f.end), '𠮷');
  assert.equal(f.message, '本级其他标题末尾都有句号，此处缺少「。」');
  assert.equal(applyFix(text, f), '报告\r\n（一）𠮷。\r\n（二）乙𠮷。\r\n（三）丙。');
  assert.equal(
    check(text, RULE, { locale: 'en' })[0].message,
    'Other headings of this level end with 。; this one lacks it',
  );
  const md = '# 报告\n\n## 一、甲。\n\n## 二、乙\n\n## 三、**丙**\n';
  assert.equal(applyFix(md, check(md, RULE)[0]), '# 报告\n\n## 一、甲\n\n## 二、乙\n\n## 三、**丙**\n');
});
