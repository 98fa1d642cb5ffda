import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AnalysisCaches,
  analyze,
  DEFAULT_OPTIONS,
  fixAll,
  fixAllAccepts,
  parseReport,
  RULES,
  toChineseNumber,
  WorkMeter,
} from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'duplicate-paragraph';
const P1 = '领导班子坚决贯彻落实党的路线、方针、政策，始终同党中央保持高度一致。';
const P2 = '坚持民主集中制原则，不断提高领导班子的执政能力和领导水平。';
/** Fix-all with `fixAll.contentChanges` on. */
const CONTENT = fixAllAccepts(true);

test('duplicate-paragraph: the later copy is found, pointed at the first, and deleted with its line break', () => {
  const text = `工作总结\n${P1}\n${P2}\n　　${P1}  \n结束语。`;
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), [`${P1}  `.trim()]);
  assert.equal(found[0].fixes[0].safe, true);
  // Deleting a paragraph changes what the report says: fix-all leaves it unless allowed.
  assert.equal(found[0].fixes[0].changesContent, true);
  assert.equal(fixAll(text, (t) => check(t, RULE)).text, text);
  assert.deepEqual(
    found[0].related?.map((r) => text.slice(r.start, r.end)),
    [P1],
  );
  assert.equal(found[0].message, '与前文第 2 行重复');
  assert.equal(applyFix(text, found[0]), `工作总结\n${P1}\n${P2}\n结束语。`);
});

test('duplicate-paragraph: three copies, the last line, CRLF and 𠮷', () => {
  const line = `𠮷${P2}`;
  const text = `${line}\r\n${P1}\r\n${line}\r\n${line}`;
  const found = check(text, RULE);
  assert.equal(found.length, 2);
  assert.deepEqual(
    found.map((f) => f.start),
    [text.indexOf(line, 1), text.lastIndexOf(line)],
  );
  assert.equal(applyFix(text, found[1]), `${line}\r\n${P1}\r\n${line}`);
  const fixed = fixAll(text, (t) => check(t, RULE), CONTENT).text;
  assert.equal(fixed, `${line}\r\n${P1}`);
  assert.deepEqual(check(fixed, RULE), []);
});

test('duplicate-paragraph: short repeats and near repeats are not found', () => {
  const cases = [
    '各位代表：\n现在报告工作。\n各位代表：',
    '（一）存在的问题\n甲。\n（一）存在的问题',
    `${P1}\n${P1.replace('高度', '')}`,
    `${P1}\n${P1}补充一句。`,
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('duplicate-paragraph: Markdown paragraphs and their lines; code blocks are not compared', () => {
  const md = `# 报告\n\n${P1}\n${P2}\n\n${P1}\n${P2}\n\n${P2}\n\n\`\`\`\n${P1}\n\`\`\`\n`;
  const found = check(md, RULE);
  assert.deepEqual(covered(md, found), [`${P1}\n${P2}`, P2]);
  assert.equal(
    fixAll(md, (t) => check(t, RULE), CONTENT).text,
    `# 报告\n\n${P1}\n${P2}\n\n\n\n\`\`\`\n${P1}\n\`\`\`\n`,
  );
});

const ITEM = '（一）具有刑事诉讼法第十六条规定情形之一的；';
const FORMULA = '单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。';

test('duplicate-paragraph: a regulation’s list items and formulas recur in different articles by design', () => {
  const cases = [
    [
      '第一条 有下列情形之一的，不予受理：',
      ITEM,
      '（二）撤回申请的。',
      '第二条 有下列情形之一的，终止审理：',
      ITEM,
      '（二）死亡的。',
    ],
    ['第三条 违反本条例规定的，处罚款。', FORMULA, '第四条 伪造证件的，处罚款。', FORMULA],
    // an amendment's items each quoting the article they change
    [
      '一、将第三条修改为：“违反规定的，处罚款。',
      `“${FORMULA}”`,
      '二、将第四条修改为：“伪造证件的，处罚款。',
      `“${FORMULA}”`,
    ],
    // a report: a short list item in two sections
    [
      '一、学习方面',
      '（一）认真学习党的二十大精神，深刻领会其内涵；',
      '二、工作方面',
      '（一）认真学习党的二十大精神，深刻领会其内涵；',
    ],
    // a rule of dashes or markup is no text
    ['<!-- 以下为正文 -->', '正文甲。', '<!-- 以下为正文 -->'].map((s) => s.replace('以下为正文', 'FORCE BREAK')),
  ].map((l) => l.join('\n'));
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('duplicate-paragraph: the same item twice in one article, a pasted article, a long paragraph in two sections — found and deleted exactly', () => {
  const twice = ['第一条 有下列情形之一的，不予受理：', ITEM, ITEM, '（二）撤回申请的。'].join('\n');
  const ARTICLE = '第三条 违反本条例第十条规定的，由主管部门处以罚款。';
  const pasted = [ARTICLE, FORMULA, ARTICLE, FORMULA].join('\n');
  const long = `一、学习方面\n${P1}${P2}\n二、工作方面\n${P1}${P2}`;
  const inList = `一、学习方面\n（一）认真学习党的二十大精神，深刻领会其内涵；\n（一）认真学习党的二十大精神，深刻领会其内涵；`;
  const cases: Array<[string, string[], string]> = [
    [twice, [ITEM], ['第一条 有下列情形之一的，不予受理：', ITEM, '（二）撤回申请的。'].join('\n')],
    // the pasted article's heading line is found first; its formula is found too (both in 第三条)
    [pasted, [ARTICLE, FORMULA], [ARTICLE, FORMULA, FORMULA].join('\n')],
    [long, [`${P1}${P2}`], `一、学习方面\n${P1}${P2}\n二、工作方面`],
    // a formula of an earlier article, pasted twice in a later one: compared with the copy just before it
    [
      ['第一条 伪造证件的，处罚款。', FORMULA, '第二条 走私的，处罚款。', FORMULA, FORMULA].join('\n'),
      [FORMULA],
      ['第一条 伪造证件的，处罚款。', FORMULA, '第二条 走私的，处罚款。', FORMULA].join('\n'),
    ],
    [
      inList,
      ['（一）认真学习党的二十大精神，深刻领会其内涵；'],
      '一、学习方面\n（一）认真学习党的二十大精神，深刻领会其内涵；',
    ],
  ];
  for (const [text, want, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
  }
});

test('duplicate-paragraph: articles with CRLF and 𠮷', () => {
  const item = '（一）𠮷具有刑事诉讼法第十六条规定情形之一的；';
  const spared = ['第一条\u3000不予受理：', item, '第二条\u3000终止审理：', item].join('\r\n');
  assert.deepEqual(check(spared, RULE), []);
  const twice = ['第一条\u3000不予受理：', item, item, '第二条\u3000终止审理。'].join('\r\n');
  const [f] = check(twice, RULE);
  assert.equal(f.start, twice.lastIndexOf(item));
  assert.equal(applyFix(twice, f), ['第一条\u3000不予受理：', item, '第二条\u3000终止审理。'].join('\r\n'));
});

test('numbering rules after a one-character edit: the changed paragraph anew, the rest a merge over headings', () => {
  const articles = Array.from({ length: 40 }, (_, i) => [
    `第${toChineseNumber(i + 1)}条 违反本条例第${toChineseNumber(i + 2)}条规定的，由主管部门责令改正。`,
    ITEM,
    FORMULA,
  ]).flat();
  const text = ['某某条例', '第一章 总则', ...articles].join('\n');
  const ids = ['heading-sequence', 'heading-level', 'heading-marker', 'heading-punctuation', RULE];
  const rules = RULES.filter((r) => ids.includes(r.id));
  const options = { ...DEFAULT_OPTIONS, rules: Object.fromEntries(ids.map((id) => [id, 'warning' as const])) };
  const caches = new AnalysisCaches();
  analyze(parseReport(text), options, { rules, caches });
  const edited = text.replace('第二十条 违反本条例', '第二十条 违反该条例');
  const meter: WorkMeter = new Map();
  const after = analyze(parseReport(edited), options, { rules, caches, meter });
  assert.deepEqual(after.findings, []);
  const changed = edited.split('\n').find((l) => l.includes('违反该条例'))!;
  // Computed anew: the changed paragraph. (Reads of the text outside memos are the work-count test's:
  // test/unit/work.test.ts, where this rule is still pending.)
  const work = meter.get(RULE)!;
  assert.deepEqual({ paragraphs: work.paragraphs, chars: work.chars }, { paragraphs: 1, chars: changed.length });
  for (const id of ids.slice(0, 4)) assert.equal(meter.get(id)?.chars ?? 0, 0, id);
});
