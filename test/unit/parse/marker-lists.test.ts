import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchHeadingMarker } from '../../../server/src/core/parse/markers';

test('numbers listed at a sentence start (一、二季度, 1、2月份, 1、2、3号线) are not heading markers', () => {
  const cases: Array<[string, string | undefined]> = [
    ['一、二季度经济运行平稳', undefined],
    ['一、二、三产业协调发展', undefined],
    ['1、2月份，全市完成投资', undefined],
    ['1、2、3号线同步建设', undefined],
    ['一、二〇二三年工作回顾', '一、'],
    ['一、三农工作', '一、'],
    ['1、2023年工作', '1、'],
    ['四、四季度工作打算', '四、'],
    ['三、3月份', '三、'],
    ['3、3月份工作', '3、'],
    ['2.5', undefined],
  ];
  for (const [text, marker] of cases) assert.equal(matchHeadingMarker(text)?.text, marker, text);
});
