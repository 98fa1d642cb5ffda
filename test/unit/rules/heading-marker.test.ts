import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'heading-marker';

test('heading-marker: wrong forms, fixed to the standard form by exact text', () => {
  // [text, covered, fixed text]
  const cases: Array<[string, string, string]> = [
    ['（一）、坚持理论武装', '（一）、', '（一）坚持理论武装'],
    ['（1）、个人自学', '（1）、', '（1）个人自学'],
    ['1、加强组织领导', '1、', '1.加强组织领导'],
    ['1．加强组织领导', '1．', '1.加强组织领导'],
    ['１２．第十二项', '１２．', '12.第十二项'],
    ['①、圈码', '①、', '（1）圈码'],
    ['②圈码', '②', '（2）圈码'],
    ['(三)严守政治纪律', '(三)', '（三）严守政治纪律'],
    ['（一)半角右括号', '（一)', '（一）半角右括号'],
    ['(一）半角左括号', '(一）', '（一）半角左括号'],
    ['(2)半角', '(2)', '（2）半角'],
    ['（ 二 ）空格', '（ 二 ）', '（二）空格'],
    ['（一） 、空格再顿号', '（一） 、', '（一）空格再顿号'],
    ['一.总体情况', '一.', '一、总体情况'],
    ['一．总体情况', '一．', '一、总体情况'],
    ['三 、空格', '三 、', '三、空格'],
    ['2 .空格', '2 .', '2.空格'],
  ];
  for (const [text, want, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), [want], text);
    assert.equal(found[0].fixes[0].safe, true, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('heading-marker: standard markers and non-headings are left alone', () => {
  const cases = [
    '一、注重固本强基',
    '十二、其他工作',
    '（一）坚持理论武装',
    '（十三）子',
    '1.加强学习',
    '12.第十二项',
    '（1）个人自学',
    '2.5微米',
    '一是加强学习',
    '　　（一）缩进的标题',
    '一、 标题前有空格',
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('heading-marker: edits leave the number alone unless it is written wrong', () => {
  const text = '(二)、乙';
  const [f] = check(text, RULE);
  assert.deepEqual(
    f.fixes[0].edits.map((e) => [text.slice(e.start, e.end), e.newText]),
    [
      ['(', '（'],
      [')、', '）'],
    ],
  );
  assert.equal(f.message, '序号格式不规范：「(二)、」应为「（二）」');
  assert.equal(
    check(text, RULE, { locale: 'en' })[0].message,
    'Non-standard heading marker: "(二)、" should be "（二）"',
  );
});

test('heading-marker: CRLF, 𠮷 and Markdown keep offsets right', () => {
  const text = '𠮷𠮷报告\r\n一、𠮷\r\n（一）、𠮷字\r\n1、𠮷';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['（一）、', '1、']);
  assert.equal(applyFix(applyFix(text, found[1]), found[0]), '𠮷𠮷报告\r\n一、𠮷\r\n（一）𠮷字\r\n1.𠮷');
  const md = '# 报告\n\n## (一)总体情况\n';
  assert.equal(applyFix(md, check(md, RULE)[0]), '# 报告\n\n## （一）总体情况\n');
});

test('heading-marker: a regulation keeps its own forms — (一) and 1． in an article are as laws write them', () => {
  const law = ['第三条 应当载明下列事项：', '(一)名称；', '(二)住所：', '1．经营场所；', '2．通讯地址。'].join('\n');
  assert.deepEqual(check(law, RULE), []);
  // The report's own heading around it is still checked, and fixed exactly.
  const report = `(一)修订内容\n${law}`;
  const found = check(report, RULE);
  assert.deepEqual(
    found.map((f) => report.slice(f.start, f.end)),
    ['(一)'],
  );
  assert.equal(applyFix(report, found[0]), `（一）修订内容\n${law}`);
});
