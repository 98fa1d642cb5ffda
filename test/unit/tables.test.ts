import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { EMPTY_TABLES, tablesFrom } from '../../server/src/core';
import { readTables } from '../../server/src/host/tables';

test('corpus tables are checked on load: a wrong shape names the table and the field', () => {
  assert.throws(() => tablesFrom({ slots: { units: '个', contexts: {} } }), /slots\.units: must be a list of strings/);
  assert.throws(
    () => tablesFrom({ words: { tokens: 1, words: ['县', '县城'], counts: [12, 30] } }),
    /words\.counts: must be a string/,
  );
  assert.throws(() => tablesFrom({ phrases: [] }), /phrases\.json: must be an object/);
  assert.throws(() => tablesFrom({ slot: {} }), /slot\.json: unknown table/);
  const ok = tablesFrom({ words: { tokens: 3, words: ['', '县城'], counts: 'DQ==' } });
  assert.deepEqual(ok.words?.words, ['', '县城']);
});

test('the committed tables load and check; values derived from them are made once per tables object', () => {
  const tables = readTables(path.join(__dirname, '..', '..', 'server', 'data'));
  for (const name of ['slots', 'words', 'phrases', 'confusable'] as const) assert.ok(tables[name], name);
  let made = 0;
  const build = () => ({ n: ++made });
  const a = tables.derive('test/value', build);
  assert.equal(tables.derive('test/value', build), a);
  assert.equal(made, 1);
  // Another tables object (a bench moving a threshold) derives its own, under a new version.
  const moved = tables.with({});
  assert.notEqual(moved.version, tables.version);
  assert.notEqual(moved.derive('test/value', build), a);
  assert.notEqual(EMPTY_TABLES.version, tables.version);
});
