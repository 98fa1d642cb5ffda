// The text toolkit's 字数: the one definition the status bar and the statistics command share.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getStats, parseReport, visibleLength } from '../../server/src/core';

test('visibleLength: blanks and zero-width marks count nothing, a character outside the BMP counts once', () => {
  assert.equal(visibleLength('甲\u200b乙\u200c丙\u200d丁\u2060'), 4);
  assert.equal(visibleLength('\ufeff𠮷　吉 \t'), 2);
  assert.equal(visibleLength('一、总体情况\r\n正文𠮷。\r\n'), 10);
  assert.equal(visibleLength('𠮷𠮷\u200b', 2, 5), 1);
  assert.equal(visibleLength(''), 0);
});

test('the statistics command counts 字数 as visibleLength does', () => {
  const text = '一、总体情况\r\n正文\u200b𠮷。\u2060\r\n';
  assert.equal(getStats(parseReport(text), []).characters, visibleLength(text));
  assert.equal(getStats(parseReport(text), []).characters, 10);
});
