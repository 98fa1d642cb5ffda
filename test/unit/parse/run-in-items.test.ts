import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core';

test('items in the body of a run-in heading belong to that heading', () => {
  const text =
    '一、抓实能力作风建设，激活“新引擎”。我市坚持工作基础。一是高度重视，有效落实。二是明确重点；三是狠抓督导。\n二、积蓄攻坚克难动能\n一是甲。';
  const m = parseReport(text);
  assert.deepEqual(
    m.items.map((i) => [i.marker.text, i.parent?.marker.text]),
    [
      ['一是', '一、'],
      ['二是', '一、'],
      ['三是', '一、'],
      ['一是', '二、'],
    ],
  );
  assert.equal(text.slice(m.items[0].range.start, m.items[0].range.end), '一是高度重视，有效落实。');
});

test('the heading sentence itself and standalone headings hold no items', () => {
  const m = parseReport('（一）一要全面学习，二要立足大局\n（二）首先，要学习。\n第一，坚持。');
  // 一要 right after a marker is the heading's own title, and so is a standalone heading's 首先 sentence.
  assert.deepEqual(
    m.items.map((i) => [i.marker.text, i.parent?.marker.text]),
    [['第一', '（二）']],
  );
});
