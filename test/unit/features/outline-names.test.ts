// Outline names: an item's first clause, cut by code points when it is long.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getOutline, parseReport } from '../../../server/src/core';

test('a long item name is cut by code points: 𠮷 at the cut stays whole', () => {
  // 29 characters, then 𠮷 as the 30th: a cut by UTF-16 units after 30 would keep half of it.
  const clause = '加'.repeat(29) + '𠮷' + '强'.repeat(5);
  const [item] = getOutline(parseReport(`一是${clause}。`));
  assert.equal(item.name, `一是${'加'.repeat(29)}𠮷…`);
  assert.ok(
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(item.name),
    'a lone surrogate',
  );
  // 30 characters in 31 UTF-16 units: not too long, so not cut.
  const [whole] = getOutline(parseReport(`一是${'加'.repeat(29)}𠮷。`));
  assert.equal(whole.name, `一是${'加'.repeat(29)}𠮷`);
});
