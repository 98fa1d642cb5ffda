import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'count-claim';
const lines = (...l: string[]) => l.join('\n');

test('count-claim: a count that its list does not match, with the actual count and the fix', () => {
  // [text, covered, message, text after the fix]
  const cases: Array<[string, string[], string, string]> = [
    // items in the same paragraph
    [
      '今年重点做好以下四个方面工作：一是抓学习；二是抓调研；三是抓整改。',
      ['四个方面工作'],
      '此处说“四个方面工作”，下文实有3项（一是、二是、三是）',
      '今年重点做好以下三个方面工作：一是抓学习；二是抓调研；三是抓整改。',
    ],
    // items opening the following paragraphs
    [
      lines('主要抓了两个方面：', '一是加强学习。', '二是开展调研。', '三是狠抓整改。'),
      ['两个方面'],
      '此处说“两个方面”，下文实有3项（一是、二是、三是）',
      lines('主要抓了三个方面：', '一是加强学习。', '二是开展调研。', '三是狠抓整改。'),
    ],
    // a claim closing its sentence, items right after
    [
      '存在三个方面的问题。一是学习不深，二是调研不实。',
      ['三个方面的问题'],
      '此处说“三个方面的问题”，下文实有2项（一是、二是）',
      '存在两个方面的问题。一是学习不深，二是调研不实。',
    ],
    // next-level headings under the claim
    [
      lines(
        '一、主要工作',
        '一年来，我们主要抓了五个方面：',
        '（一）抓学习',
        '（二）抓调研',
        '（三）抓整改',
        '（四）抓制度',
        '二、存在问题',
      ),
      ['五个方面'],
      '此处说“五个方面”，下文实有4个小标题（（一）、（二）、（三）、（四））',
      lines(
        '一、主要工作',
        '一年来，我们主要抓了四个方面：',
        '（一）抓学习',
        '（二）抓调研',
        '（三）抓整改',
        '（四）抓制度',
        '二、存在问题',
      ),
    ],
    // the claim in a heading: its children, or the items of a run-in heading's body
    [
      lines('三、存在的三个方面问题', '（一）学习不深', '（二）调研不实'),
      ['三个方面问题'],
      '此处说“三个方面问题”，下文实有2个小标题（（一）、（二））',
      lines('三、存在的两个方面问题', '（一）学习不深', '（二）调研不实'),
    ],
    [
      lines('一、主要工作', '（一）抓好四项工作。一是甲；二是乙；三是丙。'),
      ['四项工作'],
      '此处说“四项工作”，下文实有3项（一是、二是、三是）',
      lines('一、主要工作', '（一）抓好三项工作。一是甲；二是乙；三是丙。'),
    ],
    // a quoted list it names
    [
      '全面实现“三个突破”：“产业突破”、“项目突破”。',
      ['三个突破'],
      '此处说“三个突破”，其后实列2项（“产业突破”、“项目突破”）',
      '全面实现“两个突破”：“产业突破”、“项目突破”。',
    ],
    // digits stay digits; ten and more in Chinese
    [
      '做好5项工作：一是甲；二是乙；三是丙；四是丁。',
      ['5项工作'],
      '此处说“5项工作”，下文实有4项（一是、二是、三是、四是）',
      '做好4项工作：一是甲；二是乙；三是丙；四是丁。',
    ],
  ];
  for (const [text, want, message, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].message, message, text);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fixes[0].safe, false, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('count-claim: the related locations are the members counted', () => {
  const text = '重点做好以下两项工作：一是甲；二是乙；三是丙。';
  const [f] = check(text, RULE);
  assert.deepEqual(
    f.related?.map((r) => text.slice(r.start, r.end)),
    ['一是', '二是', '三是'],
  );
  assert.deepEqual(
    f.related?.map((r) => r.message),
    ['第1项', '第2项', '第3项'],
  );
});

test('count-claim: quiet when the list agrees, when no list follows, or the count is of something else', () => {
  const cases = [
    '今年重点做好以下三个方面工作：一是抓学习；二是抓调研；三是抓整改。',
    lines('一、主要工作', '主要抓了两个方面：', '（一）抓学习', '（二）抓调研'),
    '取得了三个方面的成效。全年完成投资100亿元，同比增长8%。', // prose follows
    '我们在三个方面下功夫，效果明显。',
    '这三个方面的工作：一是甲；二是乙。', // pointing back
    '第三个方面：一是甲；二是乙。',
    '从增加供给和抑制需求两方面采取措施。一要甲。二要乙。三要丙。', // named before the count
    '从5个方面提出了14条措施。一是甲，二是乙，三是丙，四是丁，五是戊。', // two counts: unclear which
    '提出20项重点任务。一是甲。二是乙。三是丙。四是丁。五是戊。', // groups of the tasks
    '党的十九大报告指出：一是甲；二是乙。',
    '增长百分之十三点七，即增产四百亿斤。',
    '主要有三大特点：首先，甲；其次，乙。', // 首先…其次 with no 最后 may go on unmarked
    '坚持“两个毫不动摇”：“甲”、“乙”。',
    // headings of a later section are not this claim's list
    lines('一、主要工作', '（一）甲', '今年主要抓了三个方面：', '（二）乙', '（三）丙'),
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('count-claim: CRLF, 𠮷 and English', () => {
  const text = '𠮷𠮷工作总结\r\n𠮷局主要抓了三个方面：\r\n一是𠮷。\r\n二是𠮷𠮷。';
  const [f] = check(text, RULE);
  assert.deepEqual(covered(text, [f]), ['三个方面']);
  assert.equal(applyFix(text, f), '𠮷𠮷工作总结\r\n𠮷局主要抓了两个方面：\r\n一是𠮷。\r\n二是𠮷𠮷。');
  assert.equal(
    check(text, RULE, { locale: 'en' })[0].message,
    'Announces “三个方面”, but the list that follows has 2 items (一是、二是)',
  );
});

test('count-claim: an article’s count against its own items, not the items of the article before', () => {
  const text = lines(
    '第四条 业主享有下列权利：',
    '（一）接受服务；',
    '（二）提议召开会议；',
    '（三）参加会议。',
    '第五条 物业服务合同应当包括以下三项内容：',
    '（一）服务事项；',
    '（二）服务费用。',
  );
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['三项内容']);
  assert.equal(found[0].message, '此处说“三项内容”，下文实有2项（（一）、（二））');
  assert.equal(applyFix(text, found[0]), text.replace('以下三项内容', '以下两项内容'));
  const right = text.replace('以下三项内容', '以下两项内容');
  assert.deepEqual(check(right, RULE), []);
});
