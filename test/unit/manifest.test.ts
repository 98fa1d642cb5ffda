import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as semver from 'semver';
import { RULES } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '../..');
const json = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

test('every rule has a setting, a schema entry, and they name no other rule', () => {
  const ids = RULES.map((r) => r.id).sort();
  assert.deepEqual(
    Object.keys(json('package.json').contributes.configuration.properties['gongwen.rules'].properties).sort(),
    ids,
  );
  assert.deepEqual(Object.keys(json('schemas/gongwenrc.schema.json').properties.rules.properties).sort(), ids);
});

test('every %key% in package.json has English and Chinese text', () => {
  const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  const en = json('package.nls.json');
  const zh = json('package.nls.zh-cn.json');
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json lacks ${k}`);
    assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
  }
});

test('every vscode.l10n.t string of the client has a Chinese translation', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json');
  const dir = path.join(ROOT, 'client/src');
  // The sources below it too (webview/: the preview's page script).
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('extension.ts') && files.includes(path.join('webview', 'preview.ts')));
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g))
      assert.ok(bundle[m[1]], `${f}: no translation for "${m[1]}"`);
  }
});

test('engines.node agrees with every dependency: each Node it admits satisfies what each locked package needs (no EBADENGINE on npm ci)', () => {
  const ours: string = json('package.json').engines.node;
  const lock = json('package-lock.json') as { packages: Record<string, { engines?: { node?: string } | string[] }> };
  const clashes: string[] = [];
  for (const [where, p] of Object.entries(lock.packages)) {
    const needs = !Array.isArray(p.engines) ? p.engines?.node : undefined;
    if (!where || !needs || !semver.validRange(needs)) continue;
    if (!semver.subset(ours, needs)) clashes.push(`${where.replace(/^.*node_modules\//, '')} needs node ${needs}`);
  }
  assert.deepEqual(clashes, [], `engines.node is "${ours}"`);
  assert.ok(
    semver.satisfies(process.versions.node, ours),
    `this Node (${process.versions.node}) is one engines admits`,
  );
});
