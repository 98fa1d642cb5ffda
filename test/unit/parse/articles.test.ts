// A regulation's structure (第X编 第X章 第X节 第X条) as levels of their own: articles nest in chapters,
// an article's items （一）（二） nest in it; a report quoting articles keeps its own outline; a list
// restarting under a lead-in stays inside its section; numbering inside a quotation is no heading.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Heading, parseReport } from '../../../server/src/core';
import { matchArticleMarker } from '../../../server/src/core/parse/markers';

const lines = (...l: string[]) => l.join('\n');

/** Each heading as `marker<parent marker` (`-` at the top), in document order. */
const tree = (text: string) =>
  parseReport(text).allHeadings.map((h: Heading) => `${h.marker.text}<${h.parent?.marker.text ?? '-'}`);

test('article markers: 编 分编 章 节 条, 之一, and what is not one', () => {
  const cases: Array<[string, string | undefined, number?, number?]> = [
    ['第一条 为了规范管理，制定本条例。', 'article', 1],
    ['第十一条\u3000本条例自公布之日起施行。', 'article', 11],
    ['第一百零五条 有下列情形之一的：', 'article', 105],
    ['第一千二百六十条 本法自2021年1月1日起施行。', 'article', 1260],
    ['第一百二十条之一 资助恐怖活动组织的', 'article', 120, 1],
    ['第三章\u2002法律责任', 'chapter', 3],
    ['第二章总则', 'chapter', 2],
    ['第一节 一般规定', 'section', 1],
    ['第二编 物权', 'part', 2],
    ['第一分编 通则', 'subpart', 1],
    ['第五条', 'article', 5],
    // prose that starts with an article's name
    ['第三十一条的决定》第一次修正', undefined],
    ['第一条规定，国家实行……', undefined],
    ['第一章讲的是总体要求，第二章讲措施。', undefined],
    ['第一，坚持稳中求进。', undefined],
    ['第11条 阿拉伯数字不是法规的写法', undefined],
  ];
  for (const [s, level, ordinal, inserted] of cases) {
    const m = matchArticleMarker(s);
    assert.equal(m?.level, level, s);
    if (ordinal !== undefined) assert.equal(m?.ordinal, ordinal, s);
    assert.equal(m?.inserted, inserted, s);
  }
});

test('a regulation: articles in chapters and sections, items in articles, each article restarting its items', () => {
  const text = lines(
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
    '1．选举业主委员会；',
    '2．监督业主委员会。',
    '（二）决定其他事项。',
    '第二节 业主委员会',
    '第四条 业主委员会由业主大会选举产生。',
  );
  assert.deepEqual(tree(text), [
    '第一章<-',
    '第一条<第一章',
    '第二条<第一章',
    '（一）<第二条',
    '（二）<第二条',
    '第二章<-',
    '第一节<第二章',
    '第三条<第一节',
    '（一）<第三条',
    '1．<（一）',
    '2．<（一）',
    '（二）<第三条',
    '第二节<第二章',
    '第四条<第二节',
  ]);
  const model = parseReport(text);
  assert.equal(model.title?.text, '某某市物业管理条例');
  const article = model.allHeadings.find((h) => h.marker.text === '第三条')!;
  assert.equal(article.level, 'article');
  assert.equal(article.title.text, '业主大会应当履行下列职责：');
  // The article's section runs to the next article's line; the chapter's over its sections.
  assert.equal(text.slice(article.section.start, article.section.end).split('\n').pop(), '（二）决定其他事项。');
  const chapter = model.allHeadings.find((h) => h.marker.text === '第二章')!;
  assert.equal(chapter.section.end, text.length);
});

test('a report quoting articles keeps its own outline: its next heading closes the quotation', () => {
  const text = lines(
    '一、修订的主要内容',
    '（一）明确适用范围',
    '第二条 本条例适用于本市行政区域内的物业管理活动。',
    '第三条 物业管理应当遵循下列原则：',
    '（一）业主自治；',
    '（二）依法管理。',
    '（二）完善业主大会制度',
    '二、需要说明的问题',
  );
  assert.deepEqual(tree(text), [
    '一、<-',
    '（一）<一、',
    '第二条<（一）',
    '第三条<（一）',
    '（一）<第三条',
    '（二）<第三条',
    '（二）<一、',
    '二、<-',
  ]);
  // The article's list goes on after an item ending in ；: a （二） then is its, not the report's.
  const open = lines(
    '一、修订的主要内容',
    '（一）明确适用范围',
    '第三条 应当遵循下列原则：',
    '（一）业主自治；',
    '（二）依法管理。',
  );
  assert.deepEqual(tree(open).slice(-2), ['（一）<第三条', '（二）<第三条']);
  const ended = open.replace('（一）业主自治；', '（一）业主自治。');
  assert.deepEqual(tree(ended).slice(-2), ['（一）<第三条', '（二）<一、']);
});

test('a list restarting under a lead-in stays inside its section, and ends where the section goes on', () => {
  const text = lines(
    '一、总体情况',
    '二、主要做法',
    '技术改造从以下几个方面进行：',
    '一、节约能源，降低消耗；',
    '二、提高产品质量；',
    '三、增加花色品种。',
    '三、存在问题',
    '四、下步打算',
    '今年重点抓好以下几件事。',
    '一、稳增长',
    '二、促改革',
    '五、保障措施',
  );
  const model = parseReport(text);
  assert.deepEqual(tree(text), [
    '一、<-',
    '二、<-',
    '一、<二、',
    '二、<二、',
    '三、<二、',
    '三、<-',
    '四、<-',
    '一、<四、',
    '二、<四、',
    '五、<-',
  ]);
  assert.deepEqual(
    model.allHeadings.map((h) => h.list !== undefined),
    [false, false, true, true, true, false, false, true, true, false],
  );
  // Two lists in one section are two lists; the section's next （二） closes the second.
  const two = lines(
    '三、主要问题',
    '（一）基本建设',
    '存在以下问题：',
    '一、设计粗糙；',
    '二、施工马虎。',
    '今后要做好下列几件事：',
    '一、提高设计；',
    '二、加强施工。',
    '（二）工业生产',
  );
  assert.deepEqual(tree(two), [
    '三、<-',
    '（一）<三、',
    '一、<（一）',
    '二、<（一）',
    '一、<（一）',
    '二、<（一）',
    '（二）<三、',
  ]);
  const lists = parseReport(two).allHeadings.map((h) => h.list?.marker.start);
  assert.deepEqual(lists, [undefined, undefined, lists[2], lists[2], lists[4], lists[4], undefined]);
  assert.notEqual(lists[2], lists[4]);
  // Without the lead-in the same 一、 is a restarted (broken) series, not a list.
  assert.deepEqual(tree(lines('一、总体情况', '二、主要做法', '正文。', '一、节约能源')), [
    '一、<-',
    '二、<-',
    '一、<-',
  ]);
});

test('numbering inside a quotation over lines is the quoted text, not headings; a stray “ hides nothing', () => {
  const quoted = lines(
    '一、修改决定',
    '将第五条修改为：“',
    '一、坚持党的领导；',
    '二、坚持依法行政。”',
    '二、施行日期',
  );
  assert.deepEqual(tree(quoted), ['一、<-', '二、<-']);
  // Each quoted paragraph opening with “ (the convention) is inside the quotation too.
  const convention = lines(
    '将第五条修改为：“国家实行下列制度：',
    '“（一）备案制度；',
    '“（二）公示制度。”',
    '（一）后文',
  );
  assert.deepEqual(tree(convention), ['（一）<-']);
  // A judgment quoted inline, and one whose 判项 open lines inside the quotation.
  const judgment = lines(
    '一、案件情况',
    '二审判决：“一、撤销一审判决；二、驳回起诉。”',
    '一审判决如下：“',
    '一、被告赔偿损失；',
    '三、驳回其他诉讼请求。”',
    '二、主要做法',
  );
  assert.deepEqual(tree(judgment), ['一、<-', '二、<-']);
  // A “ never closed is a typo: the headings after it stay headings.
  const stray = [
    '一、总体情况',
    '他说“要抓落实。',
    ...Array.from({ length: 45 }, (_, i) => `正文${i}。`),
    '二、主要做法',
  ];
  assert.deepEqual(tree(lines(...stray)), ['一、<-', '二、<-']);
  const near = lines('一、总体情况', '他说“要抓落实。', '二、主要做法', '三、存在问题');
  assert.deepEqual(tree(near), ['一、<-', '二、<-', '三、<-']);
});

test('articles: CRLF and 𠮷 keep offsets right', () => {
  const text = '𠮷𠮷条例\r\n第一章\u3000总则\r\n第一条\u3000为了𠮷，制定本条例。\r\n（一）𠮷；\r\n第二条\u3000𠮷。';
  const model = parseReport(text);
  const [chapter, first, item, second] = model.allHeadings;
  assert.equal(text.slice(chapter.marker.start, chapter.marker.end), '第一章');
  assert.equal(text.slice(chapter.title.start, chapter.title.end), '总则');
  assert.equal(text.slice(first.title.start, first.title.end), '为了𠮷，制定本条例');
  assert.equal(item.parent, first);
  assert.equal(text.slice(second.marker.start, second.range.end), '第二条\u3000𠮷。');
  assert.equal(text.slice(first.section.start, first.section.end), '第一条\u3000为了𠮷，制定本条例。\r\n（一）𠮷；');
});
