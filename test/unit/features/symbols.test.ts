import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { getOutline, OutlineNode, parseReport } from '../../../server/src/core';

const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');

type R = OutlineNode['range'];
const inside = (inner: R, outer: R) => inner.start >= outer.start && inner.end <= outer.end;

/** Every node's selection inside its range, every child inside its parent (VS Code drops the whole outline otherwise). */
function problems(nodes: OutlineNode[], parent?: OutlineNode): string[] {
  return nodes.flatMap((n) => [
    ...(inside(n.selectionRange, n.range) ? [] : [`${n.name}: selection ${JSON.stringify(n.selectionRange)} outside ${JSON.stringify(n.range)}`]),
    ...(parent && !inside(n.range, parent.range) ? [`${n.name}: outside its parent ${parent.name}`] : []),
    ...problems(n.children, n),
  ]);
}

test('items separated by ； keep their selection inside their range', () => {
  const outline = getOutline(parseReport('一、甲\n一是加强学习；二是转变作风。'));
  const items = outline[0].children;
  assert.deepEqual(items.map((i) => i.name), ['一是加强学习', '二是转变作风']);
  assert.deepEqual(problems(outline), []);
});

test('every sample report: selections inside ranges, children inside parents', () => {
  for (const dir of ['drafts', 'published']) {
    for (const f of fs.readdirSync(path.join(SAMPLES, dir))) {
      const text = fs.readFileSync(path.join(SAMPLES, dir, f), 'utf8');
      assert.deepEqual(problems(getOutline(parseReport(text))), [], `${dir}/${f}`);
    }
  }
});

test('a long item name is cut by code points: 𠮷 at the cut stays whole', () => {
  // 29 characters, then 𠮷 as the 30th: a cut by UTF-16 units after 30 would keep half of it.
  const clause = '加'.repeat(29) + '𠮷' + '强'.repeat(5);
  const [item] = getOutline(parseReport(`一是${clause}。`));
  assert.equal(item.name, `一是${'加'.repeat(29)}𠮷…`);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(item.name), 'a lone surrogate');
  // 30 characters in 31 UTF-16 units: not too long, so not cut.
  const [whole] = getOutline(parseReport(`一是${'加'.repeat(29)}𠮷。`));
  assert.equal(whole.name, `一是${'加'.repeat(29)}𠮷`);
});
