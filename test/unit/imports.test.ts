// The import graph of server/src has no cycle. `import type` is left out: it is erased by the
// compiler and cannot make a load-order cycle (a rule's helpers import the rule's `Ctx` type so).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../server/src');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

/** The files `file` imports at run time (relative imports; `import type` and `export type` left out). */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]*)['"]/gm)) {
    // Type-only imports, and data (package.json for the version), are no modules of the graph.
    if (m[1] || m[2].endsWith('.json')) continue;
    const base = path.resolve(path.dirname(file), m[2]);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    assert.ok(target, `${path.relative(SRC, file)}: cannot resolve ${m[2]}`);
    out.push(target);
  }
  return out;
}

/** A cycle in the graph as a list of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const cycle = visit(g);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of graph.keys()) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

test('server/src: no import cycle', () => {
  const graph = new Map(sources(SRC).map((f) => [f, imports(f)]));
  assert.ok(graph.size > 50);
  const cycle = findCycle(graph);
  assert.equal(cycle, undefined, `import cycle: ${cycle?.map((f) => path.relative(SRC, f)).join(' → ')}`);
});

test('the cycle finder finds a cycle', () => {
  assert.deepEqual(
    findCycle(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
      ]),
    ),
    ['a', 'b', 'c', 'a'],
  );
});

test('host, server and CLI enter the core through core/index.ts only', () => {
  for (const f of sources(SRC).filter((f) => !f.startsWith(path.join(SRC, 'core') + path.sep))) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/from ['"]([^'"]*\/core\/[^'"]+)['"]/g)) {
      // protocol.ts is bundled into the client too: it takes the command table alone, not the whole core.
      if (path.basename(f) === 'protocol.ts' && m[1] === './core/commands') continue;
      assert.fail(`${path.relative(SRC, f)} imports ${m[1]}: use the core's index`);
    }
  }
});

test('the client takes from server/src only modules that reach neither the host nor nodejieba', () => {
  const CLIENT = path.resolve(__dirname, '../../client/src');
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    imports(f).forEach(visit);
  };
  fs.readdirSync(CLIENT)
    .filter((f) => f.endsWith('.ts'))
    .forEach((f) => visit(path.join(CLIENT, f)));
  const server = [...seen].filter((f) => f.startsWith(SRC + path.sep));
  assert.ok(
    server.some((f) => f.endsWith(path.join('core', 'text.ts'))),
    'the status bar counts with the core text toolkit',
  );
  for (const f of server) {
    assert.ok(!f.startsWith(path.join(SRC, 'host') + path.sep), `the client bundle pulls ${path.relative(SRC, f)}`);
    assert.doesNotMatch(
      fs.readFileSync(f, 'utf8'),
      /require\(['"]nodejieba['"]\)|from ['"]nodejieba['"]/,
      path.relative(SRC, f),
    );
  }
});
