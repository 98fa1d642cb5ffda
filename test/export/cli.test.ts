// `gongwen export`: refuses while blanks remain (how many, where), writes with --allow-blanks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli';
import { unzip } from './zip';

async function run(
  argv: string[],
  locale: 'zh-cn' | 'en' = 'zh-cn',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) }, locale);
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-'));
const draft = path.join(dir, '𠮷乡总结.txt');
fs.writeFileSync(draft, '关于𠮷乡的总结\r\n一、主要工作\r\n全年完成产值*万元，【待填】同志负责。\r\n');

test('export refuses a draft with blanks: how many and where (line:column), nothing written', async () => {
  const { code, err } = await run(['export', '--format', 'docx', draft]);
  assert.equal(code, 1);
  assert.match(err, /尚有 2 处待填，未导出/);
  assert.doesNotMatch(err, /blanks to fill/, 'Chinese only');
  assert.ok(err.includes(`${draft}:3:7 *\n`), err);
  assert.ok(err.includes(`${draft}:3:11 【待填】\n`), err);
  assert.ok(!fs.existsSync(draft.replace(/\.txt$/, '.docx')));
  const en = await run(['export', '--format', 'docx', draft], 'en');
  assert.equal(en.code, 1);
  assert.match(en.err, /^gongwen: 2 blanks to fill, not exported \(--allow-blanks exports anyway\):\n/);
  assert.doesNotMatch(en.err, /待填，/, 'English only');
});

test('export --allow-blanks writes FILE.docx beside the draft, blanks highlighted', async () => {
  const { code, out } = await run(['export', '--format', 'docx', '--allow-blanks', draft]);
  assert.equal(code, 0);
  const target = draft.replace(/\.txt$/, '.docx');
  assert.match(out, /2 处待填已标黄/);
  const xml = unzip(fs.readFileSync(target)).get('word/document.xml')!;
  assert.equal((xml.match(/<w:highlight w:val="yellow"\/>/g) ?? []).length, 2);
  assert.match(xml, /<w:pStyle w:val="Heading1"\/>.*一、主要工作/);
});

test('export -o OUT of a complete report; .gongwenrc.json sets the fonts', async () => {
  const sub = fs.mkdtempSync(path.join(dir, 'rc-'));
  fs.writeFileSync(
    path.join(sub, '.gongwenrc.json'),
    JSON.stringify({ export: { fonts: { level1: '方正黑体_GBK' }, level3Bold: true } }),
  );
  const file = path.join(sub, 'report.md');
  fs.writeFileSync(file, '# 工作报告\n\n一、总体情况\n\n今年以来，工作稳步推进。\n');
  const out = path.join(sub, 'out.docx');
  const { code } = await run(['export', '--format', 'docx', file, '-o', out]);
  assert.equal(code, 0);
  const styles = unzip(fs.readFileSync(out)).get('word/styles.xml')!;
  assert.match(styles, /w:styleId="Heading1">(?:(?!<\/w:style>).)*w:eastAsia="方正黑体_GBK"/s);
  assert.match(styles, /w:styleId="Heading3">(?:(?!<\/w:style>).)*<w:b\/>/s);
});

test('export FILE without --format writes docx, the only format', async () => {
  const sub = fs.mkdtempSync(path.join(dir, 'plain-'));
  const file = path.join(sub, 'report.txt');
  fs.writeFileSync(file, '工作报告\n一、总体情况\n今年以来，工作稳步推进。\n');
  const { code, out, err } = await run(['export', file]);
  assert.equal(code, 0, err);
  assert.equal(out, `${path.join(sub, 'report.docx')}\n`);
  assert.match(unzip(fs.readFileSync(path.join(sub, 'report.docx'))).get('word/document.xml')!, /一、总体情况/);
});

test('export: bad usage exits 2', async () => {
  assert.equal((await run(['export', '--format', 'pdf', draft])).code, 2);
  assert.equal((await run(['export', draft, '-o'])).code, 2, '-o without a name');
  assert.equal((await run(['export', '--format', 'docx'])).code, 2);
  assert.equal((await run(['export', '--format', 'docx', '--bogus', draft])).code, 2);
  assert.equal((await run(['export', '--format', 'docx', path.join(dir, 'missing.txt')])).code, 2);
});
