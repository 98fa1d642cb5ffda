import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core';

const markers = (text: string) =>
  parseReport(text).items.map((i) => [text.slice(i.marker.start, i.marker.end), i.ordinal]);

test('items inside a sentence: after a comma when the paragraph opens the series, and a first one inside a clause', () => {
  const cases: Array<[string, Array<[string, number]>]> = [
    [
      '一是抓学习，二是抓调研，三是抓整改。',
      [
        ['一是', 1],
        ['二是', 2],
        ['三是', 3],
      ],
    ],
    [
      '我们一要提高认识，二要压实责任。',
      [
        ['一要', 1],
        ['二要', 2],
      ],
    ],
    [
      '𠮷，首先，要学习，其次，要调研，最后，要落实。',
      [
        ['首先', 1],
        ['其次', 2],
        ['最后', 0],
      ],
    ],
    // a 2 after a comma with no 1 before it in the paragraph is prose
    ['今年以来，二是我们的重点。', []],
    ['这是第一次会议，第二批次，其次是成本。', []],
    // 一是一，二是二 is an idiom; 统一是 and 唯一要 are words
    ['坚持一是一，二是二。', []],
    ['统一是前提，二是关键。', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(markers(text), want, text);
});

test('an item inside a sentence keeps its own sentence and section (CRLF)', () => {
  const text = '工作总结\r\n一是抓学习，二是抓调研。\r\n三是抓整改。';
  const m = parseReport(text);
  assert.deepEqual(
    m.items.map((i) => text.slice(i.section.start, i.section.end)),
    ['一是抓学习，', '二是抓调研。', '三是抓整改。'],
  );
  assert.deepEqual(
    m.items.map((i) => text.slice(i.range.start, i.range.end)),
    ['一是抓学习，二是抓调研。', '二是抓调研。', '三是抓整改。'],
  );
});
