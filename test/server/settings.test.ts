import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { SettingsCache } from '../../server/src/host/settings';

test('one segmenter per dictionary set; a set no document uses any more is disposed', async () => {
  let userDictionary: string[] = [];
  const connection = {
    workspace: { getConfiguration: async () => ({ userDictionary }) },
    console: { warn: () => undefined },
  } as unknown as Connection;
  const cache = new SettingsCache(connection, '/no/worker.js'); // workers start only on prepare()
  cache.initialize({
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  } as InitializeParams);
  const [a, b] = ['untitled:a', 'untitled:b'];
  await Promise.all([cache.load(a), cache.load(b)]);
  const first = cache.segmenterFor(a);
  assert.equal(cache.segmenterFor(b), first, 'the same dictionaries share one worker');

  userDictionary = ['/tmp/local-names.dict'];
  cache.clear(); // as on a configuration change
  await Promise.all([cache.load(a), cache.load(b)]);
  const second = cache.segmenterFor(a);
  assert.notEqual(second, first);
  assert.equal(first.isDisposed, true, 'the old ~300 MB worker goes');
  assert.equal(second.isDisposed, false);
  assert.equal(cache.segmenterFor(b), second);
  cache.dispose();
  assert.equal(second.isDisposed, true);
});

test('.gongwenrc.json dictionaries: relative to that file; a name that is not a list is ignored, not a crash', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-settings-'));
  try {
    fs.mkdirSync(path.join(dir, 'sub'));
    const connection = {
      workspace: { getConfiguration: async () => ({}) },
      console: { warn: () => undefined },
    } as unknown as Connection;
    const cache = new SettingsCache(connection, '/no/worker.js');
    cache.initialize({ processId: null, rootUri: null, capabilities: {} } as InitializeParams);
    const uri = pathToFileURL(path.join(dir, 'sub', 'report.txt')).href;
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ userDictionary: ['dicts/places.utf8'] }));
    assert.deepEqual((await cache.load(uri)).host.userDictionary, [path.join(dir, 'dicts', 'places.utf8')]);
    cache.clear();
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ userDictionary: 'dicts/places.utf8' }));
    assert.deepEqual((await cache.load(uri)).host.userDictionary, []);
    cache.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
