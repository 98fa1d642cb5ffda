// The editor's pure helpers: which plain-text files read as reports (the offer to open them as
// 公文报告), and which values a number blank takes (填入数值…).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { isNumberValue } from '../../../client/src/context';
import { looksLikeReport } from '../../../client/src/reportLike';

const DRAFTS = path.resolve(__dirname, '../../fixtures/samples/drafts');

test('a title line and a heading marker below it make a report; notes, lists and prose do not', () => {
  const reports = [
    '2023年上半年工作总结\n一、总体情况\n今年以来，工作稳步推进。',
    '\r\n\r\n关于𠮷乡工作的报告\r\n\r\n各位代表：\r\n（一）抓落实\r\n',
    '述职报告\n　　一年来，我认真履职。\n　　一、加强学习\n',
  ];
  for (const text of reports) assert.equal(looksLikeReport(text), true, text);
  const others = [
    '买菜：鸡蛋、西红柿、面条。\n周六去医院。',
    '会议纪要\n今天讨论了三件事。',
    '一、总体情况\n今年以来，工作稳步推进。', // a heading but no title line
    '今天天气很好，我们去公园散步。\n一、二、三，大家一起数。',
    '',
  ];
  for (const text of others) assert.equal(looksLikeReport(text), false, text);
  // Without a title line, the findings tell: blanks and numbering are a report's.
  assert.equal(looksLikeReport('一、总体情况\n全年开展调研次。', ['missing-number']), true);
  assert.equal(looksLikeReport('我们去公园散步,很开心。', ['punctuation']), false);
  // The sample drafts: the one without a title line is found by its blanks.
  for (const f of fs.readdirSync(DRAFTS)) {
    const text = fs.readFileSync(path.join(DRAFTS, f), 'utf8');
    assert.equal(looksLikeReport(text, ['placeholder']), true, f);
  }
});

test('a number blank takes digits, 万/亿, a decimal, a percentage, a range or Chinese numerals; not words', () => {
  for (const v of [
    '12',
    '3.5',
    ' 1,200 ',
    '1.2万',
    '3亿',
    '15%',
    '15％',
    '0.8‰',
    '3～5',
    '-2.5%',
    '三',
    '十二',
    '两',
    '三点五',
  ])
    assert.equal(isNumberValue(v), true, v);
  for (const v of ['abc', '', '十二个', '12个', '约12', '1.2.3', '１２', '12万元', 'XX', '【待填】', '12 13'])
    assert.equal(isNumberValue(v), false, v);
});
