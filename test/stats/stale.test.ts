// The committed corpus tables (server/data) must be what `npm run build:stats` makes from the corpus
// now: rebuilt with --check when ../shared/corpus is there, skipped (with a message) when it is not.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { corpusPresent, CORPUS_DIR } from '../../scripts/corpus';

const root = path.resolve(__dirname, '..', '..');

test(
  'the corpus tables in server/data are not stale',
  { skip: corpusPresent() ? false : `no corpus at ${CORPUS_DIR}: tables not rebuilt` },
  () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-stats.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 600_000,
    });
    assert.equal(r.status, 0, `npm run build:stats -- --check failed:\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /up to date/);
  },
);
