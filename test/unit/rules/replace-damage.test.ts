import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, DEFAULT_OPTIONS, Finding, parseReport, RULES } from '../../../server/src/core';
import { EMPTY_TABLES } from '../../../server/src/core';
import { AnalysisCaches } from '../../../server/src/core/lib/memo';
import { WorkMeter } from '../../../server/src/core/lib/runner';
import { readTables } from '../../../server/src/host/tables';
import { MIN_RESTORED } from '../../../server/src/core/rules/replace-damage/infer';
import { indexWords, quantise } from '../../../server/src/core/rules/replace-damage/words';

const rule = RULES.find((r) => r.id === 'replace-damage')!;
const tables = readTables(path.join(__dirname, '..', '..', '..', 'server', 'data'));
const options = (locale: 'zh-cn' | 'en' = 'zh-cn') => ({
  ...DEFAULT_OPTIONS,
  locale,
  rules: { 'replace-damage': 'warning' as const },
});

function check(text: string, locale: 'zh-cn' | 'en' = 'zh-cn', withTables = true): Finding[] {
  const result = analyze(parseReport(text), options(locale), {
    rules: [rule],
    tables: withTables ? tables : EMPTY_TABLES,
  });
  if (result.failures.length) throw result.failures[0].error;
  return result.findings;
}

const warnings = (found: Finding[]) => found.filter((f) => f.severity === 'warning');
const spans = (text: string, found: Finding[]) => found.map((f) => text.slice(f.start, f.end));

// A county's report, written for these tests, adapted by a bulk replace of 县 by 区.
const COUNTY =
  '全县上下以县城建设为重点，推动县域经济发展。县委、县政府部署县乡两级工作，县城面貌焕然一新，县处级干部带头走访，县直机关下沉乡镇。';
const DISTRICT = COUNTY.split('县').join('区');

test('replace-damage: the words a bulk replace broke, each with the fix that writes it back', () => {
  const found = check(DISTRICT);
  const broken = warnings(found);
  assert.deepEqual(spans(DISTRICT, broken), ['区城', '区乡', '区城', '区处级']);
  assert.equal(broken[0].message, '疑为批量替换“县”→“区”造成：“区城”应为“县城”');
  for (const f of broken) {
    const fixed = applyEdits(DISTRICT, f.fixes[0].edits);
    assert.equal(fixed, DISTRICT.slice(0, f.start) + COUNTY.slice(f.start, f.end) + DISTRICT.slice(f.end));
  }
  // 区域 (was 县域) is a word either way, and 县域 is common in complete text: no note on it.
  assert.deepEqual(
    found.filter((f) => f.severity === 'information'),
    [],
  );
});

test('replace-damage: a real word the replace may have made, where complete text makes it far commoner, is information', () => {
  // The same tables with 区域 ten times as common as 县域 (in the committed ones it is about twice).
  const words = tables.words!;
  const index = indexWords(words, MIN_RESTORED);
  const bytes = Uint8Array.from(atob(words.counts), (c) => c.charCodeAt(0));
  bytes[index.find('区域', 0, 2)] = quantise(20 * index.countOf('县域'));
  const moved = tables.with({ words: { ...words, counts: Buffer.from(bytes).toString('base64') } });
  const result = analyze(parseReport(DISTRICT), options(), { rules: [rule], tables: moved });
  const info = result.findings.filter((f) => f.severity === 'information');
  assert.deepEqual(spans(DISTRICT, info), ['区域']);
  assert.equal(info[0].message, '批量替换“县”→“区”可能也改动了此处：“区域”原为“县域”？');
  assert.equal(applyEdits(DISTRICT, info[0].fixes[0].edits), DISTRICT.replace('区域', '县域'));
  // Not among the words the fix-all writes back.
  const all = result.findings.find((f) => f.severity === 'warning')!.fixes[1];
  assert.equal(applyEdits(DISTRICT, all.edits).includes('区域'), true);
});

test('replace-damage: the second fix writes back every broken word of the substitution, and only those', () => {
  const found = warnings(check(DISTRICT));
  for (const f of found) assert.deepEqual(f.fixes[1].edits, found[0].fixes[1].edits);
  // The new name stays where the drafter meant it (全区, 区委, 区政府, 区直); the broken words are the county's again.
  assert.equal(
    applyEdits(DISTRICT, found[0].fixes[1].edits),
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

// The classes complete text writes that a table of national text alone read as damage, each beside a
// real replace in the same text (both directions: the class quiet, the damage still found).
// A village's report adapted to a town: 村 replaced by 镇.
const VILLAGE = '全村上下扎实推进农村人居环境整治，村民收入稳步增长。坚持村务公开，农村公路全部硬化。'
  .split('村')
  .join('镇');

const CLASSES: Array<[string, string]> = [
  // Article numbers: 第十一条 is no 第十一届 (the main this round started from read届→条 here).
  [
    'article numbers',
    ['十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九']
      .map((n) => `第${n}条 有关部门应当按照职责分工，做好相关工作。\n`)
      .join('\n'),
  ],
  // A province's own abbreviation: 来琼, 驻琼 are no broken 来华, 驻华 (read so by the main before), nor 川菜, 驻川.
  [
    "a province's abbreviation",
    '海南全省上下，外国人来琼工作人数较上年增长，驻琼部队和武警官兵大力支持，在琼两院院士达到新高，湘琼、粤琼合作深化，琼中、琼海发展加快，来琼旅游人数增长。川菜走向世界，驻川部队支持地方建设，来川投资企业增加。',
  ],
  // A segmentation artefact: 省人民政府 holds no 省人 to be read as 军人.
  [
    'a segmentation artefact',
    '经省人民政府批准，报省人民政府备案。全省人民团结奋斗，省人大常委会依法监督，省区市协同联动，省地共建项目加快推进。',
  ],
  // Numerals: a figure's number (图十一) is no broken 第十一, and 六国 is no broken 两国 (a numeral is no unit's name).
  [
    'numerals',
    '印章中央刊国徽，国徽外刊机关名称，印章图案见附图。' +
      ['二', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四']
        .map((n) => `自左而右环行（图${n}），`)
        .join('') +
      '中国同六国人民友谊深厚，六国关系稳步发展，愿同六国政府加强合作，六国人民和两国企业受益。',
  ],
  // Standard terms.
  [
    'standard terms',
    '全省综保区进出口增长，海口综保区、洋浦综保区加快建设；跨境电商综试区建设取得新进展，综试区政策红利持续释放。',
  ],
];

test('replace-damage: article numbers, abbreviations, segmentation artefacts and standard terms are no damage, both ways', () => {
  for (const [name, text] of CLASSES) {
    assert.deepEqual(spans(text, check(text)), [], name);
    // The same text beside a report made from another unit's: the damage is found, the class is not.
    // (A text full of 区 standing alone, 综保区 and 综试区, weakens the case for 县→区 itself: the
    // standard terms go beside the town's report, 村→镇.)
    const [damaged, broken] =
      name === 'standard terms'
        ? [VILLAGE, ['农镇', '镇民', '镇务公开', '农镇公路']]
        : [DISTRICT, ['区城', '区乡', '区城', '区处级']];
    const both = text + '\n' + damaged;
    assert.deepEqual(spans(both, warnings(check(both))), broken, name);
  }
});

test('replace-damage: other swaps, the English message', () => {
  const village = VILLAGE;
  const found = check(village, 'en');
  // 镇民 (a town's residents) is in complete text once: too rare to count as a word (MIN_ATTESTED), so
  // beside the other broken words of 村→镇 it is read as the broken 村民 it is here.
  assert.deepEqual(spans(village, found), ['农镇', '镇民', '镇务公开', '农镇公路']);
  assert.equal(found[0].message, 'Looks like a bulk replace of “村” by “镇”: “农镇” should be “农村”');
});

test('replace-damage: 𠮷 and CRLF keep the offsets right, and every fix leaves exactly the text it should', () => {
  const text = ('𠮷𠮷县工作报告\r\n' + COUNTY.replace('县城建设', '县城𠮷建设').replace('。', '。\r\n'))
    .split('县')
    .join('区');
  const found = warnings(check(text));
  assert.deepEqual(spans(text, found), ['区城', '区乡', '区城', '区处级']);
  for (const f of found) {
    const one = applyEdits(text, f.fixes[0].edits);
    assert.equal(one, text.slice(0, f.start) + text.slice(f.start, f.end).replace('区', '县') + text.slice(f.end));
  }
  assert.equal(
    applyEdits(text, found[0].fixes[1].edits),
    text
      .replace('区城𠮷', '县城𠮷')
      .replace('区乡', '县乡')
      .replace('区城面貌', '县城面貌')
      .replace('区处级', '县处级'),
  );
});

test('replace-damage: a one-character edit costs its paragraph, and gives what a fresh analysis gives', () => {
  // About 60,000 characters: the samples, then a district's paragraph made from a county's.
  const samples = path.join(__dirname, '..', '..', 'fixtures', 'samples', 'published');
  // (Lines without 县: a county's report adapted to a district has none left.)
  const body = fs
    .readdirSync(samples)
    .flatMap((f) => fs.readFileSync(path.join(samples, f), 'utf8').split('\n'))
    .filter((l) => !l.includes('县'))
    .join('\n');
  // The district's section (three paragraphs of it) at the end of a compilation: in 60,000 characters
  // that write 区 in their own words, one short paragraph is too little evidence for a bulk replace.
  const text = body.slice(0, 60_000) + '\n' + [DISTRICT, DISTRICT, DISTRICT].join('\n') + '\n';
  const caches = new AnalysisCaches();
  const run = (t: string, meter?: WorkMeter) =>
    analyze(parseReport(t, { caches }), options(), { rules: [rule], tables, caches, meter }).findings;
  run(text);
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 40);
  lines[at] = lines[at].slice(0, 20) + '的' + lines[at].slice(20);
  const edited = lines.join('\n');
  const meter: WorkMeter = new Map();
  const after = run(edited, meter);
  const work = meter.get('replace-damage')!;
  // The candidates of the changed paragraph, and its reading under each swap worth reading (at most 8).
  assert.ok(work.paragraphs <= 9, `${work.paragraphs} paragraphs`);
  assert.ok(work.chars <= 9 * lines[at].length, `${work.chars} characters`);
  assert.deepEqual(after, check(edited));
  assert.deepEqual(spans(edited, warnings(after)), Array(3).fill(['区城', '区乡', '区城', '区处级']).flat());
});
