import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, covered } from '../../helpers';

const RULE = 'heading-level';
const lines = (...l: string[]) => l.join('\n');

test('heading-level: going back up to a higher marker inside a lower list is a warning', () => {
  // [text, covered, message]
  const cases: Array<[string, string[], string]> = [
    // （一） written where （3） was meant: the 1. list goes on after it
    [
      lines('一、甲', '（一）子', '1.加强学习', '（1）个人自学', '（2）集中研讨', '（一）专题辅导', '2.开展调研'),
      ['（一）'],
      '层级混乱：「（一）」插在「1.」与「2.」之间，应为同级序号',
    ],
    [
      lines('一、甲', '（一）子', '1.加强学习', '（1）个人自学', '（一）专题辅导', '（2）交流发言'),
      ['（一）'],
      '层级混乱：「（一）」插在「（1）」与「（2）」之间，应为同级序号',
    ],
    // the same with 1. directly under 一、
    [
      lines('一、甲', '1.加强学习', '（1）个人自学', '（2）集中研讨', '（一）专题辅导', '2.开展调研'),
      ['（一）'],
      '层级混乱：「（一）」插在「1.」与「2.」之间，应为同级序号',
    ],
    // a higher marker after lower siblings in the same section
    [
      lines('一、甲', '1.加强学习', '2.开展调研', '（一）坚持制度建设'),
      ['（一）'],
      '层级倒置：同一部分已用下级序号「2.」，其后不应再用上级序号「（一）」',
    ],
    [
      lines('（一）子', '（二）子', '一、甲'),
      ['一、'],
      '层级倒置：同一部分已用下级序号「（二）」，其后不应再用上级序号「一、」',
    ],
  ];
  for (const [text, want, message] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].message, message, text);
    assert.equal(found[0].severity, 'warning');
    assert.deepEqual(found[0].fixes, []);
  }
});

test('heading-level: ordered outlines and new sections are left alone', () => {
  const cases = [
    lines('一、甲', '（一）子', '1.孙', '（1）a', '（2）b', '2.孙', '（二）子', '二、乙'),
    // （二） after a deep list continues its own series: a new section
    lines('一、甲', '（一）子', '1.孙', '（1）a', '（二）子', '1.孙'),
    lines('一、甲', '1.孙', '2.孙', '二、乙', '（一）子'),
    // skipping a level is not a warning
    lines('一、甲', '1.加强学习', '2.开展调研', '二、乙'),
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('heading-level: skipped levels are hints, reported only when the rule is set to hint', () => {
  const text = lines('一、甲', '1.加强学习', '2.开展调研', '二、乙', '（一）子', '（1）a', '（2）b');
  assert.deepEqual(covered(text, check(text, RULE)), []);
  const hints = check(text, RULE, { rules: { [RULE]: 'hint' } });
  assert.deepEqual(covered(text, hints), ['1.', '（1）']);
  assert.deepEqual(
    hints.map((f) => f.severity),
    ['hint', 'hint'],
  );
  assert.equal(hints[0].message, '层级跳跃：「一、」下直接使用「1.」，跳过了一级');
  assert.equal(
    check(text, RULE, { locale: 'en', rules: { [RULE]: 'hint' } })[0].message,
    'Skipped level: "1." directly under "一、"',
  );
});

test('heading-level: CRLF and 𠮷', () => {
  const text = '𠮷报告\r\n一、𠮷\r\n1.𠮷𠮷\r\n2.𠮷\r\n（一）𠮷';
  assert.deepEqual(covered(text, check(text, RULE)), ['（一）']);
});

test('heading-level: a regulation’s structure and its articles’ items have levels of their own', () => {
  const cases = [
    // items of an article, in older laws written 一、 after another article's （一）
    lines(
      '第一章 总则',
      '第一条 有下列情形之一的：',
      '（一）甲；',
      '（二）乙。',
      '第二条 可以申请：',
      '一、丙；',
      '二、丁。',
    ),
    // （一） after 1. inside one article: the article's own numbering
    lines('第三条 应当包括：', '1．甲；', '（一）乙。'),
    // a report quoting articles between its own headings
    lines('一、修订内容', '（一）适用范围', '第二条 本条例适用于本市。', '（二）管理原则', '二、其他'),
    // a list restarting under a lead-in, inside a lower section
    lines('一、甲', '（一）子', '（二）子', '主要做法如下：', '一、节约能源；', '二、提高质量。', '（三）子'),
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
  // The report's own levels are still checked around the quotation; a skip under an article is no hint.
  const broken = lines('一、甲', '1.子', '2.子', '（一）错', '第二条 本条例适用于本市。');
  assert.deepEqual(covered(broken, check(broken, RULE)), ['（一）']);
  const skip = lines('第一条 应当包括：', '1．甲；', '2．乙。');
  assert.deepEqual(covered(skip, check(skip, RULE, { rules: { [RULE]: 'hint' } })), []);
});
