// Bad input to the CLI gives a clear result, never a crash or a hang: empty file, 10 MB file, one
// 1 MB line, NUL bytes, invalid UTF-8, GBK, binary files, a device, a file too large, folders with
// and without reports. Runs the bundled bin (as `npx gongwen` does) with a time limit; exit codes
// per the CLI contract: 0 no error findings, 1 error findings, 2 bad usage or input.
// (Missing files, an empty folder, an ELF binary and GBK outlines are in cli.test.ts.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.resolve(ROOT, 'test/fixtures/samples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bad-input-'));

/** Runs `gongwen …` from the bundle; a hang fails the test after `timeout` ms. */
function gongwen(args: string[], timeout = 60_000): { status: number | null; stdout: string; stderr: string } {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen'), ...args], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(r.error, undefined, `gongwen ${args.join(' ')}: ${String(r.error)}`);
  assert.equal(r.signal, null, `gongwen ${args.join(' ')} was killed (${r.signal}): a hang or a crash`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Report text from the samples, repeated to at least `bytes` bytes of UTF-8. */
function reportText(bytes: number): string {
  const files = fs
    .readdirSync(path.join(SAMPLES, 'drafts'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const base = files.map((f) => fs.readFileSync(path.join(SAMPLES, 'drafts', f), 'utf8')).join('\n');
  let text = base;
  while (Buffer.byteLength(text) < bytes) text += '\n' + base;
  return text;
}

/** Lines of text output: FILE:LINE:COL severity rule message. */
const findingLines = (out: string) => out.split('\n').filter(Boolean);

test('an empty file: nothing to report, exit 0, in every command', () => {
  const file = write('empty.txt', '');
  const check = gongwen(['check', file]);
  assert.equal(check.status, 0, check.stderr);
  assert.equal(check.stdout, '');
  assert.equal(check.stderr, '');
  const json = gongwen(['check', '--format', 'json', file]);
  assert.deepEqual(JSON.parse(json.stdout), [{ file, diagnostics: [] }]);
  const outline = gongwen(['outline', '--format', 'json', file]);
  assert.equal(outline.status, 0);
  assert.deepEqual(JSON.parse(outline.stdout), []);
  const fix = gongwen(['fix', file]);
  assert.equal(fix.status, 0);
  assert.equal(fix.stdout, '');
});

test('a 10 MB report is checked (findings, exit 0 or 1), without running out of time or memory', () => {
  const text = reportText(10 * 1024 * 1024);
  const file = write('ten-megabytes.txt', text);
  assert.ok(fs.statSync(file).size >= 10 * 1024 * 1024);
  const r = gongwen(['check', file], 180_000);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  const lines = findingLines(r.stdout);
  assert.ok(lines.length > 100, `${lines.length} findings`);
  const lastLine = text.split('\n').length;
  for (const l of lines) {
    const m = /^.+:(\d+):(\d+) (error|warning|information|hint) [a-z-]+ .+$/.exec(l);
    assert.ok(m && Number(m[1]) <= lastLine, l);
  }
});

test('one 1 MB line is checked: every finding on line 1', () => {
  const line = reportText(1024 * 1024).replace(/\r?\n/g, '');
  const file = write('one-line.txt', line);
  const r = gongwen(['check', file], 120_000);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  const lines = findingLines(r.stdout);
  assert.ok(lines.length > 10);
  for (const l of lines) assert.ok(l.startsWith(`${file}:1:`), l);
  const outline = gongwen(['outline', '--format', 'text', file]);
  assert.equal(outline.status, 0);
});

test('NUL bytes in a text: checked as text, with a note naming them', () => {
  const file = write(
    'nul.txt',
    Buffer.concat([
      Buffer.from('一、总体情况\n全年开展专题调研*次。\n正文'),
      Buffer.from([0, 0]),
      Buffer.from('内容。\n（三）存在问题\n'),
    ]),
  );
  const r = gongwen(['check', file]);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  assert.match(r.stderr, /contains 2 NUL character\(s\), the first on line 3/);
  assert.match(r.stdout, /:2:\d+ warning missing-number /);
  assert.match(r.stdout, /:4:1 warning heading-/);
});

test('invalid UTF-8: a clear error naming the encoding and where the bad byte is, exit 2', () => {
  const good = Buffer.from('一、总体情况\n全年开展专题调研12次。\n', 'utf8');
  const file = write(
    'invalid-utf8.txt',
    Buffer.concat([good.subarray(0, 19), Buffer.from([0xff]), good.subarray(19), good]),
  );
  const r = gongwen(['check', file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /invalid UTF-8: byte 0xFF at line 2 \(byte 19\)/);
  assert.equal(r.stdout, '');
  // Neither UTF-8 nor GBK: says so.
  const neither = write('neither.txt', Buffer.from('abc\xff\xfe\xfd def\n', 'latin1'));
  const n = gongwen(['check', neither]);
  assert.equal(n.status, 2);
  assert.match(n.stderr, /unknown encoding \(neither UTF-8 nor GBK\/GB18030\)/);
});

test('a GBK-encoded .txt is detected and decoded: its findings quote the right Chinese', () => {
  // 一、总体情况 / 全年开展专题调研*次。 / （三）存在问题, in GBK (Python: '…'.encode('gbk').hex()).
  const gbk = Buffer.from(
    'd2bba1a2d7dccce5c7e9bff60ac8abc4eabfaad5b9d7a8cce2b5f7d1d02ab4cea1a30aa3a8c8fda3a9b4e6d4dacecacce20a',
    'hex',
  );
  const file = write('gbk.txt', gbk);
  const r = gongwen(['check', '--format', 'json', file]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ rule: string; message: string }> }>;
  const slot = result.diagnostics.find((d) => d.rule === 'missing-number');
  assert.ok(slot, JSON.stringify(result.diagnostics));
  assert.match(slot.message, /专题调研▢次/);
  assert.ok(
    result.diagnostics.some((d) => d.rule === 'heading-sequence' && d.message.includes('（三）')),
    JSON.stringify(result.diagnostics),
  );
});

test('binary files are skipped with a message; in a folder the reports beside them are still checked', () => {
  // Compressed-looking random bytes (seeded), and a PNG header, both named .txt.
  let x = 12345;
  const random = Buffer.from(Buffer.alloc(4096, 0).map(() => (x = (x * 1103515245 + 12345) >>> 0) >>> 24));
  const noise = write('folder/noise.txt', random);
  write(
    'folder/image.txt',
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      Buffer.alloc(64),
    ]),
  );
  write('folder/photo.png', Buffer.alloc(64));
  const report = write('folder/sub/report.txt', '一、总体情况\n全年开展专题调研*次。\n');
  write('folder/notes.md', '# 一、情况\n\n正文。\n');
  const alone = gongwen(['check', noise]);
  assert.equal(alone.status, 2);
  assert.match(alone.stderr, /binary file skipped: .*noise\.txt/);
  const r = gongwen(['check', path.join(tmp, 'folder')]);
  assert.equal(r.status, 2, 'a skipped file is bad input');
  assert.match(r.stderr, /binary file skipped: .*noise\.txt/);
  assert.match(r.stderr, /binary file skipped: .*image\.txt/);
  assert.doesNotMatch(r.stderr + r.stdout, /photo\.png/);
  assert.match(
    r.stdout,
    new RegExp(`^${report.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+ warning missing-number`, 'm'),
  );
});

test('a folder of good reports: exit 0 or 1 by findings; without reports: exit 2', () => {
  const dir = path.join(tmp, 'good');
  write('good/a.txt', '一、总体情况\n正文。\n');
  write('good/b.md', '# 一、情况\n\n正文。\n');
  const r = gongwen(['check', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  write('nothing/readme.rtf', 'x');
  const none = gongwen(['check', path.join(tmp, 'nothing')]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no reports/);
});

test('a device, a file too large and a missing file among good ones: skipped with a message, the rest checked, exit 2', () => {
  const good = write('fine.txt', '一、总体情况\n全年开展专题调研*次。\n');
  const huge = path.join(tmp, 'huge.txt');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 17 * 1024 * 1024); // sparse: 17 MB of nothing, written in no time
  const args = ['check', good, huge, path.join(tmp, 'missing.txt')];
  if (fs.existsSync('/dev/zero')) args.push('/dev/zero');
  const r = gongwen(args);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /file too large, skipped \(17\.0 MB; limit 16\.0 MB\)/);
  assert.match(r.stderr, /no such file: .*missing\.txt/);
  if (fs.existsSync('/dev/zero')) assert.match(r.stderr, /not a regular file: \/dev\/zero/);
  assert.match(r.stdout, /fine\.txt:2:\d+ warning missing-number/);
});
