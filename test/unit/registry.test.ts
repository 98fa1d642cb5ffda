import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, EditorCommands, RULES } from '../../server/src/core';
import { SLOT_RULES } from '../../server/src/core/features/fixes';
import { derivedFiles } from '../../scripts/docs';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

test('README, package.json, its nls files, the .gongwenrc schema and the client slot list agree with the registry (npm run docs)', () => {
  for (const [file, text] of derivedFiles())
    assert.equal(read(file), text, `${file} is out of date with the rule registry: run npm run docs`);
});

test('README rule table: every rule once, with its name and default severity', () => {
  const readme = read('README.md');
  const rows = [...readme.matchAll(/^\s*\| `([\w-]+)` \| (.+?) \| .+ \| (\w+) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(
    rows,
    RULES.map((r) => [r.id, `${r.name['zh-cn']} ${r.name.en}`, r.defaultSeverity]),
  );
  assert.match(readme, /`heading-punctuation` \| [^|]+ \| [^|]+ \| information \|/);
});

test('settings schemas: every rule with its default, and no other', () => {
  const pkg = JSON.parse(read('package.json')).contributes.configuration.properties['gongwen.rules'].properties;
  const rc = JSON.parse(read('schemas/gongwenrc.schema.json')).properties.rules.properties;
  for (const props of [pkg, rc])
    assert.deepEqual(
      Object.entries(props).map(([id, p]) => [id, (p as { default: string }).default]),
      RULES.map((r) => [r.id, r.defaultSeverity]),
    );
});

test('rules: ids unique and file-named, names and docs in both languages, slot rules tagged', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  const dir = path.join(ROOT, 'server/src/core/rules');
  for (const r of RULES) {
    assert.ok(
      fs.existsSync(path.join(dir, `${r.id}.ts`)) || fs.existsSync(path.join(dir, r.id, 'index.ts')),
      `no file for ${r.id}`,
    );
    for (const text of [r.name['zh-cn'], r.name.en, r.doc['zh-cn'], r.doc.en])
      assert.ok(text.trim(), `${r.id}: empty name or doc`);
    assert.ok(Object.keys(r.messages).length > 0, `${r.id}: no messages`);
  }
  assert.deepEqual([...SLOT_RULES], ['missing-number', 'placeholder']);
  // rules/ holds only rules: every entry is a registered rule (or the registry itself).
  for (const entry of fs.readdirSync(dir))
    assert.ok(entry === 'index.ts' || ids.includes(entry.replace(/\.ts$/, '')), `rules/${entry} is not a rule`);
});

test('every rule has its test file (test/unit/rules/<id>.test.ts)', () => {
  const dir = path.join(ROOT, 'test/unit/rules');
  const missing = RULES.map((r) => r.id).filter((id) => !fs.existsSync(path.join(dir, `${id}.test.ts`)));
  assert.deepEqual(missing, [], 'rules without a test file');
});

test('command ids: package.json contributes every editor command, and the server commands are the ones it executes', () => {
  const contributed: string[] = JSON.parse(read('package.json'))
    .contributes.commands.map((c: { command: string }) => c.command)
    .sort();
  assert.deepEqual(contributed, Object.values<string>(EditorCommands).sort());
  for (const id of Object.values(Commands))
    assert.ok(!contributed.includes(id), `${id} is the server's: the language client registers it`);
  const server = read('server/src/host/handlers.ts');
  assert.match(server, /executeCommandProvider: \{ commands: Object\.values\(Commands\) \}/);
});
