import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchHeadingMarker, matchItemMarker } from '../../../server/src/core/parse/markers';
import { chineseNumber, toChineseNumber } from '../../../server/src/core/text';

test('Chinese numerals read and write', () => {
  const cases: Array<[string, number]> = [
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['二〇二三', 2023],
  ];
  for (const [s, n] of cases) {
    assert.equal(chineseNumber(s), n, s);
    if (n < 1000) assert.equal(toChineseNumber(n), s, String(n));
  }
  assert.ok(Number.isNaN(chineseNumber('一一')));
  assert.ok(Number.isNaN(chineseNumber('十十')));
});

test('heading markers: the four levels and their wrong forms', () => {
  const cases: Array<[string, number | undefined, number?, string?]> = [
    ['一、注重固本强基', 1, 1, '一、'],
    ['十二、其他工作', 1, 12, '十二、'],
    ['二十、附则', 1, 20, '二十、'],
    ['一、2016年工作回顾', 1, 1, '一、'],
    ['（一）坚持理论武装', 2, 1, '（一）'],
    ['(三)严守政治纪律', 2, 3, '(三)'],
    ['（一)半角右括号', 2, 1, '（一)'],
    ['（ 二 ）空格', 2, 2, '（ 二 ）'],
    ['（一）、多了顿号', 2, 1, '（一）、'],
    ['1.加强组织领导', 3, 1, '1.'],
    ['12.第十二项', 3, 12, '12.'],
    ['1、顿号', 3, 1, '1、'],
    ['1．全角点', 3, 1, '1．'],
    ['（1）第四级', 4, 1, '（1）'],
    ['(2)半角', 4, 2, '(2)'],
    ['（1）、多了顿号', 4, 1, '（1）、'],
    ['①、圈码', 4, 1, '①、'],
    ['2.5', undefined],
    ['1.2亿元用于', undefined],
    ['2023年，全市', undefined],
    ['一是加强学习', undefined],
    ['十分重要', undefined],
  ];
  for (const [text, level, ordinal, marker] of cases) {
    const m = matchHeadingMarker(text);
    assert.equal(m?.level, level, text);
    if (level) {
      assert.equal(m?.ordinal, ordinal, text);
      assert.equal(m?.text, marker, text);
    }
  }
});

test('item markers: 一是 二要 第三 首先, not 是否 要求 第一次', () => {
  const cases: Array<[string, string | undefined, number?]> = [
    ['一是加强学习', '是', 1],
    ['十二是其他', '是', 12],
    ['二要立足大局', '要', 2],
    ['第三，坚持', '第', 3],
    ['首先，要', '首先', 1],
    ['其次，要', '首先', 2],
    ['最后，要', '首先', 0],
    ['一是否', undefined],
    ['二要求', undefined],
    ['第一次会议', undefined],
    ['第一书记', undefined],
    ['首先要', undefined],
  ];
  for (const [text, series, ordinal] of cases) {
    const m = matchItemMarker(text);
    assert.equal(m?.series, series, text);
    if (series) assert.equal(m?.ordinal, ordinal, text);
  }
});
