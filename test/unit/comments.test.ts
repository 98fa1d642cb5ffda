// Comments and docs in the repository never send the reader to documents outside it: what a reader
// needs is written here. The corpus beside the checkout (../shared/corpus) is data the scripts read, not a document.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
// Built from pieces so that this file does not match itself.
const POINTER = new RegExp(
  [
    ['REPORT', 'RULES'],
    ['E2E', 'RECIPE'],
    ['HOUSE', 'STYLE'],
  ]
    .map((p) => p.join('-'))
    .join('|') + '|\\.\\./shared/(?!corpus)',
);
const SKIP = new Set(['node_modules', '.run', 'screenshots', 'samples', 'language-pack']);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|mjs|cjs|js|sh|md|lua|el)$/.test(e.name) ? [p] : [];
  });
}

test('no comment points outside the repository', () => {
  const all = [
    path.join(ROOT, 'README.md'),
    ...['server', 'client', 'test', 'bench', 'scripts'].flatMap((d) =>
      fs.existsSync(path.join(ROOT, d)) ? files(path.join(ROOT, d)) : [],
    ),
  ];
  assert.ok(all.length > 50);
  const found = all.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) => (POINTER.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
  );
  assert.deepEqual(found, []);
});
