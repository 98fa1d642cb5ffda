import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, DEFAULT_OPTIONS, Finding, parseReport, RULES } from '../../../server/src/core';
import { EMPTY_TABLES } from '../../../server/src/core';
import { readTables } from '../../../server/src/host/tables';

const rule = RULES.find((r) => r.id === 'replace-damage')!;
const tables = readTables(path.join(__dirname, '..', '..', '..', 'server', 'data'));

function check(text: string, locale: 'zh-cn' | 'en' = 'zh-cn', withTables = true): Finding[] {
  const options = { ...DEFAULT_OPTIONS, locale, rules: { 'replace-damage': 'warning' as const } };
  const result = analyze(parseReport(text), options, { rules: [rule], tables: withTables ? tables : EMPTY_TABLES });
  if (result.failures.length) throw result.failures[0].error;
  return result.findings;
}

// A county's report, written for these tests, adapted by a bulk replace of 县 by 区.
const COUNTY =
  '全县上下以县城建设为重点，推动县域经济发展。县委、县政府部署县乡两级工作，县城面貌焕然一新，县处级干部带头走访，县直机关下沉乡镇。';
const DISTRICT = COUNTY.split('县').join('区');

test('replace-damage: the words a bulk replace broke, each with the fix that writes it back', () => {
  const found = check(DISTRICT);
  const broken = found.filter((f) => f.severity === 'warning');
  assert.deepEqual(
    broken.map((f) => DISTRICT.slice(f.start, f.end)),
    ['区城', '区乡', '区城', '区处级'],
  );
  assert.equal(broken[0].message, '疑为批量替换“县”→“区”造成：“区城”应为“县城”');
  for (const f of broken) {
    const fixed = applyEdits(DISTRICT, f.fixes[0].edits);
    assert.equal(fixed.slice(f.start, f.end), COUNTY.slice(f.start, f.end));
    assert.equal(fixed.length, DISTRICT.length);
  }
  // The real word it may have made is information only: 区域 was 县域.
  const info = found.filter((f) => f.severity === 'information');
  assert.deepEqual(
    info.map((f) => DISTRICT.slice(f.start, f.end)),
    ['区域'],
  );
  assert.equal(applyEdits(DISTRICT, info[0].fixes[0].edits), DISTRICT.replace('区域', '县域'));
});

test('replace-damage: the second fix writes back every broken word of the substitution, and only those', () => {
  const found = check(DISTRICT).filter((f) => f.severity === 'warning');
  for (const f of found) assert.deepEqual(f.fixes[1].edits, found[0].fixes[1].edits);
  const fixed = applyEdits(DISTRICT, found[0].fixes[1].edits);
  // The new name stays where the drafter meant it (全区, 区委, 区政府, 区直); the broken words are the county's again.
  assert.equal(
    fixed,
    '全区上下以县城建设为重点，推动区域经济发展。区委、区政府部署县乡两级工作，县城面貌焕然一新，县处级干部带头走访，区直机关下沉乡镇。',
  );
  assert.equal(found[0].fixes[1].title, '把本文件中4处“区”改回“县”（批量替换误伤）');
});

test('replace-damage: nothing on complete text, on one broken word, or without the word table', () => {
  assert.deepEqual(check(COUNTY), []);
  // One word, however often, is no evidence of a replace.
  assert.deepEqual(check('全区以区城建设为重点，区城面貌焕然一新，区城人口增长。'), []);
  assert.deepEqual(check(DISTRICT, 'zh-cn', false), []);
  const samples = path.join(__dirname, '..', '..', 'fixtures', 'samples');
  for (const dir of ['drafts', 'published']) {
    for (const f of fs.readdirSync(path.join(samples, dir)))
      assert.deepEqual(check(fs.readFileSync(path.join(samples, dir, f), 'utf8')), [], f);
  }
});

test('replace-damage: other swaps, the English message', () => {
  const village = '全村上下扎实推进农村人居环境整治，村民收入稳步增长。坚持村务公开，农村公路全部硬化。'
    .split('村')
    .join('镇');
  const found = check(village, 'en');
  assert.deepEqual(
    found.map((f) => village.slice(f.start, f.end)),
    ['农镇', '镇民', '镇务公开', '农镇公路'],
  );
  assert.equal(found[0].message, 'Looks like a bulk replace of “村” by “镇”: “农镇” should be “农村”');
});

test('replace-damage: 𠮷 and CRLF keep the offsets right', () => {
  const text =
    '𠮷𠮷县工作报告\r\n' + COUNTY.replace('县城建设', '县城𠮷建设').replace('。', '。\r\n').split('县').join('区');
  const found = check(text).filter((f) => f.severity === 'warning');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['区城', '区乡', '区城', '区处级'],
  );
  const fixed = applyEdits(text, found[0].fixes[1].edits);
  assert.equal(
    fixed,
    text
      .replace('区城𠮷', '县城𠮷')
      .replace('区乡', '县乡')
      .replace('区城面貌', '县城面貌')
      .replace('区处级', '县处级'),
  );
});
