import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { getOutline, LineIndex, parseReport } from '../../../server/src/core';

const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');
const sample = (p: string) => fs.readFileSync(path.join(SAMPLES, p), 'utf8');

test('headings at four levels with marker, ordinal, title and nesting', () => {
  const text = [
    '2023年上半年工作总结',
    '一、注重固本强基，领导班子履职能力显著增强',
    '（一）坚持理论武装',
    '1.加强学习。全年组织学习12次。',
    '（1）个人自学',
    '（2）集中研讨',
    '2.开展调研',
    '（二）严守政治纪律',
    '二、全面履职尽责',
  ].join('\n');
  const m = parseReport(text);
  assert.equal(m.title?.text, '2023年上半年工作总结');
  assert.deepEqual(
    m.allHeadings.map((h) => [h.level, h.marker.text, h.ordinal, h.title.text]),
    [
      [1, '一、', 1, '注重固本强基，领导班子履职能力显著增强'],
      [2, '（一）', 1, '坚持理论武装'],
      [3, '1.', 1, '加强学习'],
      [4, '（1）', 1, '个人自学'],
      [4, '（2）', 2, '集中研讨'],
      [3, '2.', 2, '开展调研'],
      [2, '（二）', 2, '严守政治纪律'],
      [1, '二、', 2, '全面履职尽责'],
    ],
  );
  const [one, two] = m.headings;
  assert.deepEqual(
    one.children.map((h) => h.marker.text),
    ['（一）', '（二）'],
  );
  assert.deepEqual(
    one.children[0].children.map((h) => h.marker.text),
    ['1.', '2.'],
  );
  assert.equal(one.children[0].children[0].children.length, 2);
  assert.equal(two.parent, undefined);
  // 1. is run-in (body text follows its sentence); the others stand alone.
  assert.deepEqual(
    m.allHeadings.map((h) => h.runIn),
    [false, false, true, false, false, false, false, false],
  );
  assert.equal(m.allHeadings[2].endPunct, '。');
  // Sections: 一、 runs up to 二、, （一） up to （二）.
  assert.equal(text.slice(one.section.start, one.section.end).split('\n').length, 7);
  assert.ok(text.slice(one.children[0].section.start, one.children[0].section.end).endsWith('2.开展调研'));
  assert.equal(text.slice(two.section.start, two.section.end), '二、全面履职尽责');
});

test('Chinese ordinals beyond ten', () => {
  const text = ['十一、十一', '十二、十二', '二十、二十', '（十三）子'].join('\n');
  assert.deepEqual(
    parseReport(text).allHeadings.map((h) => h.ordinal),
    [11, 12, 20, 13],
  );
});

test('tolerant input: indentation, full-width spaces, half-width brackets, CRLF, BOM, blank lines', () => {
  const text =
    '\ufeff报告标题\r\n\r\n　　一、总体情况\r\n\r\n  (一)半角括号\r\n\t（二）、错误形式\r\n　　1、顿号形式\r\n正文。\r\n';
  const m = parseReport(text);
  assert.equal(m.title?.text, '报告标题');
  assert.deepEqual(
    m.allHeadings.map((h) => [h.level, h.marker.text, h.title.text]),
    [
      [1, '一、', '总体情况'],
      [2, '(一)', '半角括号'],
      [2, '（二）、', '错误形式'],
      [3, '1、', '顿号形式'],
    ],
  );
  // Offsets point at the marker in the original text (after BOM, CRLF and indentation).
  for (const h of m.allHeadings) assert.equal(text.slice(h.marker.start, h.marker.end), h.marker.text);
  const idx = new LineIndex(text);
  assert.deepEqual(idx.positionAt(m.allHeadings[0].marker.start), { line: 2, character: 2 });
});

test('not headings: a decimal at a line start, an amount', () => {
  const text = '一、大气污染防治\n细颗粒物（PM\n2.5\n）年均浓度下降9.1%。\n1.2亿元用于改造。\n2023年，全市经济平稳。';
  const m = parseReport(text);
  assert.deepEqual(
    m.allHeadings.map((h) => h.marker.text),
    ['一、'],
  );
});

test('Markdown: ATX headings, list markers, bold, code blocks', () => {
  const text = [
    '# 2023年工作总结',
    '',
    '## 一、总体情况',
    '',
    '### （一）主要做法',
    '',
    '- 1. 列表中的编号',
    '',
    '**（二）加粗标题**',
    '',
    '```',
    '一、代码块里不是标题',
    '```',
    '',
    '一是加强学习，提高能力。二是严守纪律。',
  ].join('\n');
  const m = parseReport(text, { format: 'markdown' });
  assert.equal(m.title?.text, '2023年工作总结');
  assert.deepEqual(
    m.allHeadings.map((h) => [h.level, h.marker.text, h.title.text]),
    [
      [1, '一、', '总体情况'],
      [2, '（一）', '主要做法'],
      [3, '1.', '列表中的编号'],
      [2, '（二）', '加粗标题'],
    ],
  );
  assert.deepEqual(
    m.items.map((i) => i.marker.text),
    ['一是', '二是'],
  );
  assert.equal(m.items[0].parent?.marker.text, '（二）');
});

test('inline items at paragraph and sentence starts, as children of their section', () => {
  const text =
    '（一）抓党的建设\n一是加强学习。二是规范党内生活；三是严格考核。\n下半年工作打算：一要全面学习；二要立足大局。\n第一，坚持。第二，推进。\n首先，要学习。其次，要实践。最后，要总结。\n这是第一次会议，一是否可行尚待研究。';
  const m = parseReport(text);
  assert.deepEqual(
    m.items.map((i) => [i.series, i.marker.text, i.ordinal]),
    [
      ['是', '一是', 1],
      ['是', '二是', 2],
      ['是', '三是', 3],
      ['要', '一要', 1],
      ['要', '二要', 2],
      ['第', '第一', 1],
      ['第', '第二', 2],
      ['首先', '首先', 1],
      ['首先', '其次', 2],
      ['首先', '最后', 0],
    ],
  );
  assert.ok(m.items.every((i) => i.parent === m.allHeadings[0]));
  const first = m.items[0];
  assert.equal(text.slice(first.range.start, first.range.end), '一是加强学习。');
  assert.equal(text.slice(first.section.start, first.section.end), '一是加强学习。');
  const last = m.items[2];
  assert.equal(text.slice(last.section.start, last.section.end), '三是严格考核。');
});

test('UTF-16 offsets survive characters outside the BMP', () => {
  const text = '𠮷𠮷报告\n一、𠮷字标题\n（一）子标题\n一是𠮷。';
  const m = parseReport(text);
  const h = m.allHeadings[0];
  assert.equal(text.slice(h.title.start, h.title.end), '𠮷字标题');
  const idx = new LineIndex(text);
  assert.deepEqual(idx.positionAt(h.title.end), { line: 1, character: 2 + 5 });
  assert.equal(text.slice(m.items[0].marker.start, m.items[0].marker.end), '一是');
});

test('paragraphs, sentences and tokens with document offsets', () => {
  const text = '　　开展专题调研，形成报告。全年“𠮷利”工程完工！\r\n第二段';
  const seg = (s: string) => Array.from(s).map((ch) => ({ word: ch, tag: 'x' }));
  const m = parseReport(text, { segmenter: seg });
  assert.equal(m.paragraphs.length, 2);
  assert.deepEqual(
    m.paragraphs[0].sentences.map((s) => text.slice(s.start, s.end)),
    ['开展专题调研，形成报告。', '全年“𠮷利”工程完工！'],
  );
  assert.ok(m.segmented);
  for (const t of m.paragraphs[0].tokens!) assert.equal(text.slice(t.start, t.end), t.word);
  assert.equal(parseReport(text).segmented, false);
  assert.equal(parseReport(text, { segmenter: () => undefined }).segmented, false);
});

test('draft b: three level-1 headings with their （一） children and 一是 items; no title', () => {
  const outline = getOutline(parseReport(sample('drafts/half-year-summary-b.txt')));
  assert.deepEqual(
    outline.map((n) => [n.kind, n.name.slice(0, 2)]),
    [
      ['heading', '一、'],
      ['heading', '二、'],
      ['heading', '三、'],
    ],
  );
  assert.deepEqual(
    outline.map((n) => n.children.filter((c) => c.kind === 'heading').length),
    [3, 5, 3],
  );
  const second = outline[1].children[0];
  assert.equal(second.name, '（一）着力推进全面振兴，经济运行稳中求进');
  assert.deepEqual(
    second.children.map((c) => [c.kind, c.name.slice(0, 2)]),
    [
      ['item', '一是'],
      ['item', '二是'],
    ],
  );
});

const PUBLISHED: Record<string, Array<[string, string[]]>> = {
  '2013': [
    ['一、过去五年工作回顾', []],
    ['二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策', []],
    [
      '三、对今年政府工作的建议',
      [
        '（一）加快转变经济发展方式，促进经济持续健康发展',
        '（二）强化农业农村发展基础，推动城乡发展一体化',
        '（三）以保障和改善民生为重点，全面提高人民物质文化生活水平',
        '（四）以更大的政治勇气和智慧，深入推进改革开放',
      ],
    ],
  ],
  '2014': [
    ['一、2013年工作回顾', []],
    ['二、2014年工作总体部署', []],
    [
      '三、2014年重点工作',
      [
        '（一）推动重要领域改革取得新突破',
        '（二）开创高水平对外开放新局面',
        '（三）增强内需拉动经济的主引擎作用',
        '（四）促进农业现代化和农村改革发展',
        '（五）推进以人为核心的新型城镇化',
        '（六）以创新支撑和引领经济结构优化升级',
        '（七）加强教育、卫生、文化等社会建设',
        '（八）统筹做好保障和改善民生工作',
        '（九）努力建设生态文明的美好家园',
      ],
    ],
  ],
  '2015': [
    ['一、2014年工作回顾', []],
    ['二、2015年工作总体部署', []],
    ['三、把改革开放扎实推向纵深', []],
    ['四、协调推动经济稳定增长和结构优化', []],
    ['五、持续推进民生改善和社会建设', []],
    ['六、切实加强政府自身建设', []],
  ],
  '2016': [
    ['一、2015年工作回顾', []],
    ['二、“十三五”时期主要目标任务和重大举措', []],
    [
      '三、2016年重点工作',
      [
        '（一）稳定和完善宏观经济政策，保持经济运行在合理区间',
        '（二）加强供给侧结构性改革，增强持续增长动力',
        '（三）深挖国内需求潜力，开拓发展更大空间',
        '（四）加快发展现代农业，促进农民持续增收',
        '（五）推进新一轮高水平对外开放，着力实现合作共赢',
        '（六）加大环境治理力度，推动绿色发展取得新突破',
        '（七）切实保障改善民生，加强社会建设',
        '（八）加强政府自身建设，提高施政能力和服务水平',
      ],
    ],
  ],
  '2017': [
    ['一、2016年工作回顾', []],
    ['二、2017年工作总体部署', []],
    [
      '三、2017年重点工作任务',
      [
        '（一）用改革的办法深入推进“三去一降一补”',
        '（二）深化重要领域和关键环节改革',
        '（三）进一步释放国内需求潜力',
        '（四）以创新引领实体经济转型升级',
        '（五）促进农业稳定发展和农民持续增收',
        '（六）积极主动扩大对外开放',
        '（七）加大生态环境保护治理力度',
        '（八）推进以保障和改善民生为重点的社会建设',
        '（九）全面加强政府自身建设',
      ],
    ],
  ],
};

for (const [year, expected] of Object.entries(PUBLISHED)) {
  test(`published ${year}: level-1 and level-2 headings exactly, under the right parent`, () => {
    const outline = getOutline(parseReport(sample(`published/state-council-${year}.txt`)));
    const headings = outline.filter((n) => n.kind === 'heading');
    assert.deepEqual(
      headings.map((h) => [h.name, h.children.filter((c) => c.kind === 'heading').map((c) => c.name)]),
      expected,
    );
    assert.ok(
      headings.every((h) =>
        h.children.every((c) => c.kind !== 'heading' || c.children.every((g) => g.kind !== 'heading')),
      ),
    );
  });
}

test('a title broken across two lines by a PDF copy is joined; a short first paragraph is not', () => {
  const broken = parseReport('\u200b\n\n政府工作报\r\n告\r\n\r\n——2017年3月5日\r\n一、2016年工作回顾\r\n');
  assert.equal(broken.title?.text, '政府工作报告');
  assert.equal(broken.title?.line, 2);
  assert.equal(parseReport('年度工作总结\n好\n一、总体情况\n').title?.text, '年度工作总结');
  assert.equal(parseReport('2023年工作总结\n\n一、总体情况\n').title?.text, '2023年工作总结');
});
