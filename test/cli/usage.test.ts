// The command line as a drafter meets it: each command's --help, messages in the chosen language,
// `| head` closing the pipe, `export FILE` without --format, what `fix --write` changed, and
// fix-all leaving content changes (a doubled clause, a duplicate paragraph) to the quick fix.
// Runs the bundled bin, as `npx gongwen` does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawn, spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/gongwen');
if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT });

const HAN = /\p{Script=Han}/u;

function gongwen(args: string[], lang: 'zh' | 'en', cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_LANG: lang },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Each command, the options its usage must name, and the words of its usage line. */
const COMMANDS: Array<[string[], string[], string]> = [
  [[], ['check', 'fix', 'outline', 'export', 'lsp', '--help'], 'gongwen <'],
  [['check'], ['--format text|json', '--jobs N', '--help'], 'gongwen check'],
  [['fix'], ['--write', 'contentChanges', '--help'], 'gongwen fix'],
  [['outline'], ['--format text|json', '--help'], 'gongwen outline'],
  [['export'], ['--format docx', '-o', '--allow-blanks', '--help'], 'gongwen export'],
  [['lsp'], ['--stdio', '--help'], 'gongwen lsp'],
];

test('--help of gongwen and of each command: its own usage, options, exit codes and an example on stdout, exit 0, Chinese or English', () => {
  for (const [command, options, line] of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const zh = gongwen([...command, flag], 'zh');
      const what = `gongwen ${[...command, flag].join(' ')}`;
      assert.equal(zh.code, 0, `${what}: ${zh.err}`);
      assert.equal(zh.err, '', what);
      assert.ok(zh.out.startsWith(`用法：${line}`), `${what}:\n${zh.out}`);
      for (const o of options) assert.ok(zh.out.includes(o), `${what} names ${o}:\n${zh.out}`);
      assert.match(zh.out, /\n退出码：0 /, what);
      assert.match(zh.out, /\n示例（?[^\n]*）?：\n {2}/, what);
      assert.doesNotMatch(zh.out, /Usage|Exit codes|Example/, `${what}: Chinese only`);

      const en = gongwen([...command, flag], 'en');
      assert.equal(en.code, 0, `${what}: ${en.err}`);
      assert.equal(en.err, '', what);
      assert.ok(en.out.startsWith(`Usage: ${line}`), `${what}:\n${en.out}`);
      for (const o of options) assert.ok(en.out.includes(o), `${what} names ${o}:\n${en.out}`);
      assert.match(en.out, /\nExit codes: 0 /, what);
      assert.match(en.out, /\nExamples?( \([^)]*\))?:\n {2}/, what);
      // English, but for the report's own terms (一、 一是) and sample file names.
      const words = en.out.replace(/一是|二是|一、|（一）|（1）/g, '');
      assert.doesNotMatch(words, HAN, `${what}: English only`);
    }
  }
  // Each command's usage is its own.
  const checkHelp = gongwen(['check', '--help'], 'en').out;
  assert.doesNotMatch(checkHelp, /--allow-blanks|--write/);
  assert.notEqual(gongwen(['fix', '--help'], 'en').out, checkHelp);
  assert.equal(gongwen([], 'en').out, gongwen(['--help'], 'en').out, 'no arguments: the overall usage');
});

test("the CLI's own errors are in the chosen language: GONGWEN_LANG=en reaches them", () => {
  const zh = gongwen(['check', '--bogus', 'a.txt'], 'zh');
  assert.equal(zh.code, 2);
  assert.match(zh.err, /^gongwen: 未知选项：--bogus\n\n用法：gongwen check/);
  assert.doesNotMatch(zh.err, /unknown|Usage/);
  const en = gongwen(['check', '--bogus', 'a.txt'], 'en');
  assert.equal(en.code, 2);
  assert.match(en.err, /^gongwen: unknown option: --bogus\n\nUsage: gongwen check/);
  assert.doesNotMatch(en.err, /未知|用法/);
  const lsp = gongwen(['export', '--format', 'pdf', 'a.txt'], 'en');
  assert.match(lsp.err, /^gongwen: --format must be docx\n\nUsage: gongwen export/);
});

test('`gongwen check --format json FILE | head`: the closed pipe ends the CLI quietly, no EPIPE stack trace', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pipe-'));
  const file = path.join(dir, 'long.txt');
  // Far more JSON than a pipe buffers (64 KB): a blank and a half-width comma in every line.
  fs.writeFileSync(file, `工作报告\n${'全年开展专题调研次,惠及群众XX人。\n'.repeat(3000)}`);
  const child = spawn(process.execPath, [BIN, 'check', '--format', 'json', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GONGWEN_LANG: 'en' },
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  // As `head -1`: read the first chunk, then close our end.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.doesNotMatch(err, /EPIPE|Error|at /, err);
  assert.equal(err, '');
  assert.equal(code, 0);
});

test('export FILE without --format writes FILE.docx (docx is the only format)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-default-'));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, '工作报告\n一、总体情况\n今年以来，工作稳步推进。\n');
  const r = gongwen(['export', file], 'en');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `${path.join(dir, 'report.docx')}\n`);
  assert.equal(fs.readFileSync(path.join(dir, 'report.docx')).subarray(0, 2).toString(), 'PK');
});

test('fix --write says per file what it fixed (rules by name), or that there was nothing to fix', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-summary-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  fs.writeFileSync(a, '一、总体情况\n坚持稳中求进,推动发展,完成投资9～16亿元。\n（一）、主要做法\n正文𠮷。\n');
  fs.writeFileSync(b, '一、总体情况\n正文。\n');
  const zh = gongwen(['fix', '--write', a, b], 'zh');
  assert.equal(zh.code, 0, zh.err);
  assert.equal(zh.out, `${a}：修复 4 处（标点符号 2，序号格式 1，数字用法 1）\n${b}：没有可自动修复的问题\n`);
  assert.equal(
    fs.readFileSync(a, 'utf8'),
    '一、总体情况\n坚持稳中求进，推动发展，完成投资9亿～16亿元。\n（一）主要做法\n正文𠮷。\n',
  );
  fs.writeFileSync(a, '一、总体情况\r\n推进推进工作。\r\n');
  const en = gongwen(['fix', '--write', a, b], 'en');
  assert.equal(en.code, 0, en.err);
  assert.equal(en.out, `${a}: 1 fixed (Repeated phrase 1)\n${b}: nothing to fix\n`);
  assert.equal(fs.readFileSync(a, 'utf8'), '一、总体情况\r\n推进工作。\r\n');
});

test('fix: a doubled clause and a duplicate paragraph are deleted only with "fixAll": {"contentChanges": true}', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-content-'));
  const file = path.join(dir, 'r.txt');
  const paragraph = '坚持民主集中制原则，不断提高领导班子的执政能力和领导水平。';
  const text = [
    '2023年工作总结',
    '一、总体情况',
    '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全,推进推进工作。',
    paragraph,
    paragraph,
    '',
  ].join('\r\n');
  fs.writeFileSync(file, text);
  // Default: the comma and the word typed twice are mended; the clause and the paragraph stay.
  const plain = gongwen(['fix', file], 'zh');
  assert.equal(plain.code, 0, plain.err);
  assert.equal(
    plain.out,
    [
      '2023年工作总结',
      '一、总体情况',
      '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全，推进工作。',
      paragraph,
      paragraph,
      '',
    ].join('\r\n'),
  );
  // With the setting: they go too.
  fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ fixAll: { contentChanges: true } }));
  const content = gongwen(['fix', file], 'zh');
  assert.equal(content.code, 0, content.err);
  assert.equal(
    content.out,
    [
      '2023年工作总结',
      '一、总体情况',
      '认真落实安全生产责任制，压实各方责任，确保安全，推进工作。',
      paragraph,
      '',
    ].join('\r\n'),
  );
});
