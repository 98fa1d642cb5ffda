import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { main } from '../../server/src/cli';

const ROOT = path.resolve(__dirname, '../..');
const DRAFT_B = path.resolve(ROOT, 'test/fixtures/samples/drafts/half-year-summary-b.txt');

async function run(
  argv: string[],
  locale: 'zh-cn' | 'en' = 'zh-cn',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) }, locale);
  return { code, out, err };
}

interface Node {
  name: string;
  kind: string;
  level?: number;
  range: unknown;
  selectionRange: unknown;
  children: Node[];
}

test('outline --format json: draft b has three level-1 headings with （一） children and 一是 items', async () => {
  const { code, out } = await run(['outline', '--format', 'json', DRAFT_B]);
  assert.equal(code, 0);
  const tree = JSON.parse(out) as Node[];
  assert.deepEqual(
    tree.map((n) => [n.kind, n.level, n.name.slice(0, 2)]),
    [
      ['heading', 1, '一、'],
      ['heading', 1, '二、'],
      ['heading', 1, '三、'],
    ],
  );
  assert.deepEqual(
    tree[0].children.map((c) => c.name.slice(0, 3)),
    ['（一）', '（二）', '（三）'],
  );
  const items = tree[1].children[0].children;
  assert.deepEqual(
    items.map((c) => [c.kind, c.name.slice(0, 2)]),
    [
      ['item', '一是'],
      ['item', '二是'],
    ],
  );
  assert.deepEqual(tree[0].selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 21 } });
});

test('outline --format text indents by depth', async () => {
  const { out } = await run(['outline', '--format', 'text', DRAFT_B]);
  assert.match(out, /^一、注重固本强基，领导班子履职能力显著增强\n {2}（一）坚持理论武装，提高理想信念\n/);
});

test('check --format json has the fixed shape; text reads like a compiler', async () => {
  const { code, out } = await run(['check', '--format', 'json', DRAFT_B]);
  assert.equal(code, 0); // draft b's findings are warnings and information: no error
  const result = JSON.parse(out) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
  assert.equal(result.length, 1);
  assert.equal(result[0].file, DRAFT_B);
  const rules = new Set(result[0].diagnostics.map((d) => d.rule));
  assert.ok(rules.has('missing-number') && rules.has('placeholder'), [...rules].join(' '));
  for (const d of result[0].diagnostics) {
    assert.deepEqual(Object.keys(d).sort(), ['fixes', 'message', 'range', 'rule', 'severity']);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity as string));
  }
  const text = await run(['check', DRAFT_B]);
  assert.equal(text.code, 0);
  const lines = text.out.split('\n').filter(Boolean);
  assert.equal(lines.length, result[0].diagnostics.length);
  for (const line of lines) assert.match(line, /^.+:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+$/);
});

test('check exits 1 when a finding is an error (a rule raised to error in .gongwenrc.json)', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-exit-'));
  const file = path.join(tmp, 'b.txt');
  fs.copyFileSync(DRAFT_B, file);
  fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
  const { code, out } = await run(['check', file]);
  assert.equal(code, 1);
  assert.match(out, / error placeholder /);
});

test('bad usage and unreadable input exit 2 with a clear message', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  const bin = path.join(tmp, 'a.txt');
  fs.writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
  const cases: Array<[string[], RegExp, RegExp]> = [
    [
      ['frobnicate', DRAFT_B],
      /^gongwen: 未知命令：frobnicate\n\n用法：gongwen <命令>/,
      /^gongwen: unknown command: frobnicate\n\nUsage: gongwen <command>/,
    ],
    [['check'], /^gongwen: 缺少文件\n\n用法：gongwen check/, /^gongwen: missing FILE\n\nUsage: gongwen check/],
    [
      ['check', '--format', 'xml', DRAFT_B],
      /^gongwen: --format 只能是 json 或 text\n/,
      /^gongwen: --format must be json or text\n/,
    ],
    [
      ['fix', '--bogus', DRAFT_B],
      /^gongwen: 未知选项：--bogus\n\n用法：gongwen fix/,
      /^gongwen: unknown option: --bogus\n\nUsage: gongwen fix/,
    ],
    [['outline', DRAFT_B, DRAFT_B], /^gongwen: outline 只接受一个文件\n/, /^gongwen: outline takes one FILE\n/],
    [
      ['check', '--jobs', '0', DRAFT_B],
      /^gongwen: --jobs 须为正整数\n/,
      /^gongwen: --jobs must be a positive integer\n/,
    ],
    [['check', path.join(tmp, 'missing.txt')], /no such file/, /no such file/],
    [['check', empty], /no reports/, /no reports/],
    [['check', bin], /binary file/, /binary file/],
  ];
  for (const [argv, zh, en] of cases) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, zh, argv.join(' '));
    const e = await run(argv, 'en');
    assert.equal(e.code, 2, argv.join(' '));
    assert.match(e.err, en, argv.join(' '));
  }
});

test('GBK-encoded drafts are decoded', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-gbk-'));
  const file = path.join(tmp, 'gbk.txt');
  // "一、总体情况" in GBK.
  fs.writeFileSync(file, Buffer.from('d2bba1a2d7dccce5c7e9bff6', 'hex'));
  const { code, out } = await run(['outline', '--format', 'text', file]);
  assert.equal(code, 0);
  assert.equal(out, '一、总体情况\n');
});

test('fix prints the text; --write writes it back only when it changed', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-'));
  const file = path.join(tmp, 'r.txt');
  const text = '一、总体情况\r\n正文𠮷。\r\n';
  fs.writeFileSync(file, text);
  const { code, out } = await run(['fix', file]);
  assert.equal(code, 0);
  const again = await run(['fix', '--write', file]);
  assert.equal(again.code, 0);
  assert.equal(fs.readFileSync(file, 'utf8'), out);
});

test('fix --write keeps the encoding: UTF-8 BOM, UTF-16 LE/BE; GBK is left untouched with exit 2', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-enc-'));
  const text = '一、总体情况\n开展调研5次,推进工作。\n'; // the half-width comma is fixable
  const fixed = '一、总体情况\n开展调研5次，推进工作。\n';
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const cases: Array<[string, Buffer, Buffer]> = [
    [
      'bom.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]),
    ],
    [
      'le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, 'utf16le')]),
    ],
    [
      'be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), be(text)]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be(fixed)]),
    ],
  ];
  for (const [name, before, after] of cases) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, before);
    assert.equal((await run(['fix', '--write', file])).code, 0, name);
    assert.deepEqual(fs.readFileSync(file), after, name);
  }
  // "一、总体情况⏎开展调研5次,推进工作。" in GBK: decoded and fixable, but not writable.
  const gbk = path.join(tmp, 'gbk.txt');
  const bytes = Buffer.from('d2bba1a2d7dccce5c7e9bff60abfaad5b9b5f7d1d035b4ce2ccdc6bdf8b9a4d7f7a1a30a', 'hex');
  fs.writeFileSync(gbk, bytes);
  const r = await run(['fix', '--write', gbk]);
  assert.equal(r.code, 2);
  assert.match(r.err, /GB18030|GBK/);
  assert.deepEqual(fs.readFileSync(gbk), bytes);
});

test('the bin runs from the bundle (npx gongwen)', () => {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen'), 'outline', '--format', 'text', DRAFT_B], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^一、注重固本强基/);
  const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen'), 'check', '/no/such/file.txt'], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
});

test('fix on a web copy leaves what fix leaves on the report it holds: no fragment of an ad block, no emptied shell', async () => {
  const web = path.join(ROOT, 'test/fixtures/web');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-web-'));
  const copies = fs.readdirSync(web).filter((f) => f.endsWith('.txt') && !f.endsWith('.clean.txt'));
  assert.ok(copies.length >= 6);
  for (const f of copies) {
    fs.copyFileSync(path.join(web, f), path.join(tmp, f));
    fs.copyFileSync(path.join(web, f.replace(/\.txt$/, '.clean.txt')), path.join(tmp, `clean-${f}`));
    const fixed = await run(['fix', path.join(tmp, f)]);
    const clean = await run(['fix', path.join(tmp, `clean-${f}`)]);
    assert.equal(fixed.code, 0, f);
    assert.equal(fixed.out, clean.out, f);
    assert.doesNotMatch(fixed.out, /（[^）]{0,6}来源[：:]?）|客服|【[^】]*(?:材料|素材|代写)[^】]*】/, f);
  }
  // A sample draft has no residue: fix leaves it as it does with copy-residue off.
  const off = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-off-'));
  fs.writeFileSync(path.join(off, '.gongwenrc.json'), JSON.stringify({ rules: { 'copy-residue': 'off' } }));
  const drafts = path.join(ROOT, 'test/fixtures/samples/drafts');
  for (const f of fs.readdirSync(drafts)) {
    fs.copyFileSync(path.join(drafts, f), path.join(off, f));
    assert.equal((await run(['fix', path.join(drafts, f)])).out, (await run(['fix', path.join(off, f)])).out, f);
  }
});
