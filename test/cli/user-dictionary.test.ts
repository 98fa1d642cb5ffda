// The CLI reads `userDictionary` from `.gongwenrc.json` as the server does, paths relative to that file.
// Each check runs in a process of its own: nodejieba loads its dictionaries once per process.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { userDictionariesFor } from '../../server/src/host/config';

const ROOT = path.resolve(__dirname, '../..');
// 万亩 is a unit: without the place name in a dictionary, 到万亩镇 reads as a quantity with its number missing.
const REPORT = '一、基本情况\n组织干部到万亩镇开展调研。\n';

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A folder with `sub/report.txt`, and a `.gongwenrc.json` naming `dicts/places.utf8` when `withDictionary`. */
function folder(withDictionary: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-userdict-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.mkdirSync(path.join(dir, 'dicts'));
  fs.writeFileSync(path.join(dir, 'sub', 'report.txt'), REPORT);
  fs.writeFileSync(path.join(dir, 'dicts', 'places.utf8'), '万亩镇 100000 ns\n');
  fs.writeFileSync(
    path.join(dir, '.gongwenrc.json'),
    JSON.stringify(withDictionary ? { userDictionary: ['dicts/places.utf8'] } : {}),
  );
  return dir;
}

/** `gongwen check --format json` on the sources, run from the repository (a path relative to the working folder would miss). */
function check(file: string): Array<{ rule: string }> {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'server/src/cli.ts'), 'check', '--format', 'json', file],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0); // missing-number is a warning
  const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
  return result.diagnostics;
}

test('the dictionaries of the nearest .gongwenrc.json, resolved against its folder', () => {
  const dir = folder(true);
  assert.deepEqual(userDictionariesFor(path.join(dir, 'sub', 'report.txt')), [path.join(dir, 'dicts', 'places.utf8')]);
  assert.deepEqual(userDictionariesFor(path.join(folder(false), 'sub', 'report.txt')), []);
});

test('a user dictionary changes what the CLI finds: a place name is not a quantity', () => {
  const without = check(path.join(folder(false), 'sub', 'report.txt'));
  assert.deepEqual(
    without.map((d) => d.rule),
    ['missing-number'],
  );
  const withDictionary = check(path.join(folder(true), 'sub', 'report.txt'));
  assert.deepEqual(
    withDictionary.map((d) => d.rule),
    [],
  );
});

test('export takes the dictionary too: a place name is no blank that stops the export', () => {
  const run = (dir: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'server/src/cli.ts'),
        'export',
        '--format',
        'docx',
        '-o',
        path.join(dir, 'out.docx'),
        path.join(dir, 'sub', 'report.txt'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
  const blocked = folder(false);
  assert.equal(run(blocked).status, 1);
  assert.ok(!fs.existsSync(path.join(blocked, 'out.docx')));
  const dir = folder(true);
  const r = run(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(fs.statSync(path.join(dir, 'out.docx')).size > 0);
});
