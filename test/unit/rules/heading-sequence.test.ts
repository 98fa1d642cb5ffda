import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, covered } from '../../helpers';
import { toChineseNumber } from '../../../server/src/core';

const RULE = 'heading-sequence';
const lines = (...l: string[]) => l.join('\n');

test('heading-sequence: finds the first number out of line, with expected and found', () => {
  // [text, covered by each finding, the message of the first]
  const cases: Array<[string, string[], string]> = [
    // a typo: one heading out of an otherwise consistent series
    [
      lines('一、总体情况', '二、主要做法', '五、存在问题', '四、下步打算'),
      ['五、'],
      '编号有误：应为「三、」，实为「五、」',
    ],
    // a section deleted: a gap
    [
      lines('（一）坚持理论武装', '（二）严守政治纪律', '（四）坚持制度建设', '（五）凝聚班子力量'),
      ['（四）'],
      '编号不连续：应为「（三）」，实为「（四）」',
    ],
    // a section inserted by copying: a repeat
    [lines('1.加强学习', '2.开展调研', '2.开展调研', '3.整改落实'), ['2.'], '编号重复：应为「3.」，实为「2.」'],
    // a section moved
    [
      lines('（1）个人自学', '（3）专题辅导', '（2）集中研讨', '（4）交流发言'),
      ['（3）'],
      '编号顺序颠倒：应为「（2）」，实为「（3）」',
    ],
    // the first section deleted
    [lines('二、全面履职尽责', '三、坚持守土有责'), ['二、'], '编号不连续：应为「一、」，实为「二、」'],
    // each parent restarts its children; the second parent's children are wrong
    [
      lines('一、甲', '（一）子', '（二）子', '二、乙', '（二）子', '（三）子'),
      ['（二）'],
      '编号不连续：应为「（一）」，实为「（二）」',
    ],
    // inline series
    [lines('一、甲', '一是加强学习。三是严格考核。四是推进改革。'), ['三是'], '编号不连续：应为「二是」，实为「三是」'],
    [lines('一、甲', '一要全面学习；二要立足大局；二要狠抓落实。'), ['二要'], '编号重复：应为「三要」，实为「二要」'],
    [lines('一、甲', '第一，坚持。第三，推进。'), ['第三'], '编号有误：应为「第二」，实为「第三」'],
    [lines('一、甲', '首先，要学习。再次，要实践。最后，要总结。'), ['再次'], '编号有误：应为「其次」，实为「再次」'],
    // mixed forms
    [
      lines('一、甲', '一是加强学习。第二，推进改革。三是严格考核。'),
      ['第二'],
      '同一组序号形式不一：应为「二是」，实为「第二」',
    ],
    // two series in one section: the second restarts at 1 and has its own gap
    [lines('一、甲', '一是甲。二是乙。', '一是丙。三是丁。'), ['三是'], '编号有误：应为「二是」，实为「三是」'],
    // a run-in heading's body holds items too
    [lines('一、抓实能力作风建设。一是高度重视。三是狠抓督导。'), ['三是'], '编号有误：应为「二是」，实为「三是」'],
  ];
  for (const [text, want, message] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].message, message, text);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fixes[0].safe, true, text);
  }
});

test('heading-sequence: leaves whole series alone', () => {
  const cases = [
    lines('一、甲', '（一）子', '（二）子', '1.孙', '2.孙', '（三）子', '二、乙', '（一）子', '1.孙'),
    lines('十、甲', '十一、乙', '十二、丙').replace(
      '十、甲',
      '一、甲\n二、\n三、\n四、\n五、\n六、\n七、\n八、\n九、\n十、甲',
    ),
    lines('一、甲', '一是加强学习。第一，坚持。第二，推进。二是严格考核。'), // 第一/第二 nested in 一是/二是
    lines('一、甲', '首先，要学习。其次，要实践。最后，要总结。'),
    lines('一、甲', '一是甲。二是乙。最后，丙。'), // 最后 without 首先 is prose
    lines('一、甲', '其次，我们还要看到。'), // 其次 alone is prose
    lines('一、甲', '这是第一次会议，第二批次。'),
    lines('一、甲', '一是甲。二是乙。', '二、乙', '一是丙。'),
    lines('PM2.5浓度下降', '2.5微米以下'),
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('heading-sequence: one fix renumbers the series; the renumber edit text is exact', () => {
  // [text, fixed text, number of edits]
  const cases: Array<[string, string, number]> = [
    // typo: only that one changes
    [lines('一、甲', '二、乙', '五、丙', '四、丁'), lines('一、甲', '二、乙', '三、丙', '四、丁'), 1],
    // deleted: everything after the gap moves up
    [
      lines('一、甲', '二、乙', '四、丙', '五、丁', '六、戊'),
      lines('一、甲', '二、乙', '三、丙', '四、丁', '五、戊'),
      3,
    ],
    // inserted: everything after the repeat moves down
    [lines('（一）甲', '（二）乙', '（二）新', '（三）丙'), lines('（一）甲', '（二）乙', '（三）新', '（四）丙'), 2],
    // moved
    [lines('1.甲', '3.丙', '2.乙', '4.丁'), lines('1.甲', '2.丙', '3.乙', '4.丁'), 2],
    // past ten
    [
      lines('九、甲', '十、乙', '十二、丙').replace('九、甲', '一、\n二、\n三、\n四、\n五、\n六、\n七、\n八、\n九、甲'),
      lines('九、甲', '十、乙', '十一、丙').replace('九、甲', '一、\n二、\n三、\n四、\n五、\n六、\n七、\n八、\n九、甲'),
      1,
    ],
    // only the number changes: the marker's wrong form is heading-marker's business
    [lines('（一）、甲', '(三)乙'), lines('（一）、甲', '(二)乙'), 1],
    [lines('１．甲', '３．乙'), lines('１．甲', '２．乙'), 1],
    [lines('①甲', '③乙'), lines('①甲', '②乙'), 1],
    // items: number and form; 第 takes a comma, 是 none
    [lines('一、甲', '一是甲。第二，乙。三是丙。'), lines('一、甲', '一是甲。二是乙。三是丙。'), 1],
    [lines('一、甲', '第一，甲。二是乙。第三，丙。'), lines('一、甲', '第一，甲。第二，乙。第三，丙。'), 1],
    [lines('一、甲', '一是甲。三是乙。四是丙。'), lines('一、甲', '一是甲。二是乙。三是丙。'), 2],
    [lines('一、甲', '首先，甲。再次，乙。最后，丙。'), lines('一、甲', '首先，甲。其次，乙。最后，丙。'), 1],
  ];
  for (const [text, fixed, edits] of cases) {
    const found = check(text, RULE);
    assert.equal(found.length, 1, text);
    assert.equal(found[0].fixes.length, 1, text);
    assert.equal(found[0].fixes[0].edits.length, edits, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('heading-sequence: renumber edits touch only the number inside the marker', () => {
  const text = lines('（一）甲', '（ 三 ）、乙');
  const [f] = check(text, RULE);
  assert.deepEqual(
    f.fixes[0].edits.map((e) => text.slice(e.start, e.end)),
    ['三'],
  );
  assert.equal(f.message, '编号有误：应为「（ 二 ）、」，实为「（ 三 ）、」');
});

test('heading-sequence: CRLF and characters outside the BMP keep offsets right', () => {
  const text = '𠮷𠮷工作总结\r\n一、𠮷字标题\r\n（一）𠮷\r\n（三）𠮷𠮷\r\n（四）乙\r\n一是𠮷。三是𠮷。';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['（三）', '三是']);
  assert.equal(
    applyFix(text, found[0]),
    '𠮷𠮷工作总结\r\n一、𠮷字标题\r\n（一）𠮷\r\n（二）𠮷𠮷\r\n（三）乙\r\n一是𠮷。三是𠮷。',
  );
  assert.equal(
    applyFix(text, found[1]),
    '𠮷𠮷工作总结\r\n一、𠮷字标题\r\n（一）𠮷\r\n（三）𠮷𠮷\r\n（四）乙\r\n一是𠮷。二是𠮷。',
  );
});

test('heading-sequence: a higher marker inside a lower list is left to heading-level', () => {
  const text = lines('一、甲', '（一）子', '1.孙', '（1）a', '（2）b', '（一）错', '2.孙');
  assert.deepEqual(covered(text, check(text, RULE)), []);
});

test('heading-sequence: English messages', () => {
  const text = lines('一、甲', '三、乙');
  assert.equal(check(text, RULE, { locale: 'en' })[0].message, 'Wrong number: expected "二、", found "三、"');
});

test('heading-sequence: a series inside one paragraph, wherever its markers stand', () => {
  // [text, covered, fixed by the renumber fix]
  const cases: Array<[string, string[], string]> = [
    // after commas, not only at sentence starts
    ['一、甲\n我们一是抓学习，二是抓调研，四是抓整改。', ['四是'], '一、甲\n我们一是抓学习，二是抓调研，三是抓整改。'],
    ['主要有三点：一是学习，三是调研，二是整改。', ['三是'], '主要有三点：一是学习，二是调研，三是整改。'],
    // the first marker inside a clause (我们一要…), the rest after commas
    [
      '会议要求，大家一要提高认识，二要压实责任，二要狠抓落实。',
      ['二要'],
      '会议要求，大家一要提高认识，二要压实责任，三要狠抓落实。',
    ],
    // 首先…其次…其次
    [
      '做好工作，首先，要学习，其次，要调研，其次，要落实。',
      ['其次'],
      '做好工作，首先，要学习，其次，要调研，再次，要落实。',
    ],
    // the series around a series inside a sentence goes on past it
    [
      lines('一、甲', '一是抓学习。', '二是抓调研，其中一是走访，二是座谈。', '四是抓整改。'),
      ['四是'],
      lines('一、甲', '一是抓学习。', '二是抓调研，其中一是走访，二是座谈。', '三是抓整改。'),
    ],
    // 𠮷 and CRLF before the series
    ['𠮷𠮷工作总结\r\n𠮷一是𠮷，二是𠮷，二是𠮷。', ['二是'], '𠮷𠮷工作总结\r\n𠮷一是𠮷，二是𠮷，三是𠮷。'],
  ];
  for (const [text, want, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].fixes[0].safe, true, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('heading-sequence: no false series inside a paragraph', () => {
  const cases = [
    '坚持一是一，二是二，实事求是。', // an idiom, not a series
    '一是坚持一是一、二是二的作风，二是严格考核。', // the idiom inside a real series
    '这是第一次会议，第一书记讲话，第二批次。',
    '质量其次，关键是速度，其次是成本。', // 其次 without 首先
    '我们要统一思想，唯一要做的是落实，二要加强。', // 统一/唯一 open no series
    '“一要吃饭，二要建设”是我们的原则。',
    '一是加强学习，二是开展调研。三是狠抓整改，四是建章立制。',
    '今年以来，二是我们的重点。', // a 2 after a comma with no 1 in its paragraph
    lines('一、甲', '一是抓学习。', '二是抓调研，其中一是走访，二是座谈，三是问卷。', '三是抓整改。'), // a series inside an item ends with its paragraph
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

/** A regulation in the shape laws take: chapters, articles running on through them, items restarting in each article. */
const REGULATION = lines(
  '某某市物业管理条例',
  '第一章 总则',
  '第一条 为了规范物业管理活动，制定本条例。',
  '第二条 业主享有下列权利：',
  '（一）按照物业服务合同的约定，接受服务；',
  '（二）提议召开业主大会会议。',
  '第二章 业主大会',
  '第一节 一般规定',
  '第三条 业主大会应当履行下列职责：',
  '（一）制定管理规约；',
  '（二）选举业主委员会。',
  '第四条 业主大会会议可以采用集体讨论的形式。',
  '第二节 业主委员会',
  '第五条 业主委员会由业主大会选举产生。',
  '第三章 附则',
  '第六条 本条例自公布之日起施行。',
);

test('heading-sequence: a regulation is whole — items restart in each article, articles run on through chapters', () => {
  assert.deepEqual(covered(REGULATION, check(REGULATION, RULE)), []);
  // An inserted article (第四条之一) stands outside the series; a report quoting an excerpt starts where it starts.
  const inserted = REGULATION.replace('第二节', '第四条之一 业主大会可以设立监事。\n第二节');
  assert.deepEqual(covered(inserted, check(inserted, RULE)), []);
  const excerpt = lines('一、修订说明', '第十一条 甲。', '第十二条 乙。', '第十五条 丙。', '二、其他');
  assert.deepEqual(covered(excerpt, check(excerpt, RULE)), []);
});

test('heading-sequence: a regulation broken — an article removed, two swapped, a number changed — renumbered exactly', () => {
  // [mutated, covered, fixed by the renumber fix]
  const removed = REGULATION.replace(
    '第三条 业主大会应当履行下列职责：\n（一）制定管理规约；\n（二）选举业主委员会。\n',
    '',
  );
  const swapped = REGULATION.replace(
    '第四条 业主大会会议可以采用集体讨论的形式。\n第二节 业主委员会\n第五条',
    '第五条 业主大会会议可以采用集体讨论的形式。\n第二节 业主委员会\n第四条',
  );
  const cases: Array<[string, string[], string]> = [
    [removed, ['第四条'], removed.replace('第四条', '第三条').replace('第五条', '第四条').replace('第六条', '第五条')],
    [swapped, ['第五条'], REGULATION],
    [REGULATION.replace('第二章', '第三章'), ['第三章'], REGULATION],
    [REGULATION.replace('第二节', '第一节'), ['第一节'], REGULATION],
    // an item in the second article's list, not the first's
    [REGULATION.replace('（二）选举', '（三）选举'), ['（三）'], REGULATION],
  ];
  for (const [text, want, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('heading-sequence: articles past a thousand renumber in the laws’ own numerals; CRLF and 𠮷', () => {
  // A series past 1 is an excerpt: its gap is no finding.
  const excerpt = '第一千零九条\u3000𠮷。\r\n第一千零一十一条\u3000甲。\r\n第一千零一十二条\u3000乙。';
  assert.deepEqual(check(excerpt, RULE), []);
  const whole = ['第一条\u3000𠮷𠮷。', '第二条\u3000甲。', '第四条\u3000乙。'].join('\r\n');
  const [g] = check(whole, RULE);
  assert.equal(whole.slice(g.start, g.end), '第四条');
  assert.equal(g.message, '编号有误：应为「第三条」，实为「第四条」');
  assert.equal(applyFix(whole, g), ['第一条\u3000𠮷𠮷。', '第二条\u3000甲。', '第三条\u3000乙。'].join('\r\n'));
  const long = Array.from({ length: 1011 }, (_, i) => `第${toChineseNumber(i + 1)}条 甲。`);
  long.splice(1005, 1); // 第一千零六条 deleted
  const [h] = check(long.join('\n'), RULE);
  assert.equal(h.message, '编号不连续：应为「第一千零六条」，实为「第一千零七条」');
  const fixed = applyFix(long.join('\n'), h).split('\n');
  assert.deepEqual(fixed.slice(1004), [
    '第一千零五条 甲。',
    '第一千零六条 甲。',
    '第一千零七条 甲。',
    '第一千零八条 甲。',
    '第一千零九条 甲。',
    '第一千零一十条 甲。',
  ]);
});

test('heading-sequence: a quoted excerpt out of order is found, without a fix (its numbers are not known)', () => {
  const text = lines('一、修订说明', '第十二条 甲。', '第十一条 乙。');
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['第十一条']);
  assert.equal(found[0].message, '摘录的条文编号应递增：「第十一条」在「第十二条」之后');
  assert.deepEqual(found[0].fixes, []);
  assert.equal(
    check(text, RULE, { locale: 'en' })[0].message,
    'Quoted article numbers should increase: "第十一条" follows "第十二条"',
  );
});

test('heading-sequence: a list restarting under a lead-in counts on its own; without the lead-in the restart is found', () => {
  const list = lines(
    '一、总体情况',
    '二、主要做法',
    '从以下几个方面进行：',
    '一、节约能源；',
    '二、提高质量。',
    '三、存在问题',
  );
  assert.deepEqual(covered(list, check(list, RULE)), []);
  const broken = list.replace('二、提高质量。', '三、提高质量。');
  const [f] = check(broken, RULE);
  assert.equal(broken.slice(f.start, f.end), '三、');
  assert.equal(f.start, broken.indexOf('三、提高'));
  assert.equal(applyFix(broken, f), list);
  const restarted = lines('一、总体情况', '二、主要做法', '正文。', '一、存在问题');
  assert.deepEqual(covered(restarted, check(restarted, RULE)), ['一、']);
});

test('heading-sequence: numbering quoted over lines is not counted', () => {
  const text = lines('一、修改决定', '将第五条修改为：“', '一、坚持党的领导；', '三、坚持依法行政。”', '二、施行日期');
  assert.deepEqual(covered(text, check(text, RULE)), []);
});
