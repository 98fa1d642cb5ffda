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
