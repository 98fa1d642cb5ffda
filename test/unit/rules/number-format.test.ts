import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinableFixes, fixAll } from '../../../server/src/core';
import { check, covered } from '../../helpers';

const RULE = 'number-format';
const fixed = (text: string) => fixAll(text, (t) => check(t, RULE)).text;

test('number-format: must-find with safe fixes, exact covered text and fixed text', () => {
  const cases: Array<[string, string[], string]> = [
    ['增长15～30%', ['15～30%'], '增长15%～30%'],
    ['投资9～16亿元', ['9～16亿'], '投资9亿～16亿元'],
    ['补助13至17万元', ['13至17万'], '补助13万至17万元'],
    ['降低1.5～2.5％', ['1.5～2.5％'], '降低1.5％～2.5％'],
    ['1－5月份共检查企业', ['－'], '1～5月份共检查企业'],
    ['2023-2025年规划', ['-'], '2023～2025年规划'],
    ['3-5个工作日', ['-'], '3～5个工作日'],
    ['二0二三年', ['二0二三'], '二〇二三年'],
    ['二零二三年', ['二零二三'], '二〇二三年'],
    ['二○○五年', ['二○○五'], '二〇〇五年'],
    ['完成１２６项', ['１２６'], '完成126项'],
    ['达到１２．５亿元', ['１２．５'], '达到12.5亿元'],
    ['增长5%，增长6%，增长7％。', ['％'], '增长5%，增长6%，增长7%。'],
    ['增长5％，增长6％，增长7%。', ['%'], '增长5％，增长6％，增长7％。'],
  ];
  for (const [text, want, after] of cases) {
    assert.deepEqual(covered(text, check(text, RULE)), want, text);
    assert.equal(fixed(text), after, text);
    assert.deepEqual(combinableFixes(check(after, RULE)), [], after);
  }
});

test('number-format: two approximation words on one number: found, no safe fix', () => {
  const cases: Array<[string, string, string[]]> = [
    ['参会约300余人', '约300余', ['参会300余人', '参会约300人']],
    ['将近400余人', '将近400余', ['400余人', '将近400人']],
    ['约300人左右', '约300人左右', ['300人左右', '约300人']],
    ['至少3个以上', '至少3个以上', ['3个以上', '至少3个']],
    ['300余人左右', '300余人左右', ['300人左右', '300余人']],
    ['约三百余人', '约三百余', ['三百余人', '约三百人']],
  ];
  for (const [text, want, options] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), [want], text);
    assert.ok(
      found[0].fixes.every((f) => !f.safe),
      text,
    );
    const texts = found[0].fixes.map((f) =>
      f.edits.reduce((s, e) => s.slice(0, e.start) + e.newText + s.slice(e.end), text),
    );
    assert.deepEqual(texts, options, text);
  }
});

test('number-format: must-not-find: decimals, times, dates, PM2.5, phone numbers, URLs, single approximations', () => {
  const cases = [
    '增长5.2%，达到126万亿元，时间8:30，PM2.5为35微克。',
    '2023-10-15召开，电话0531-88888888，2023年1月至5月。',
    '访问https://a.com/x?id=15-30%25查看。',
    '节约300多万元，近3年多来，最近5天，约300人，300余人，7.5%左右，近两个多月。',
    '二〇二三年，一九四九年，十二五期间。',
    '增长15%～30%，9亿～16亿元，1—5月，1～5月。',
    '增长5%，增长6%。',
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
  assert.deepEqual(check('使用 `15-30%` 与 `１２６` 配置\n\n# 标题\n', RULE), []);
});

test('number-format: CRLF and 𠮷 keep offsets right', () => {
  const text = '𠮷𠮷\r\n𠮷增长15～30%\r\n𠮷１２６项';
  assert.deepEqual(covered(text, check(text, RULE)), ['15～30%', '１２６']);
  assert.equal(fixed(text), '𠮷𠮷\r\n𠮷增长15%～30%\r\n𠮷126项');
  assert.equal(
    check('增长15～30%', RULE, { locale: 'en' })[0].message,
    'Both ends of a range take “%”: write “15%～30%”',
  );
});
