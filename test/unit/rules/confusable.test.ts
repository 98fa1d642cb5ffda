import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, DEFAULT_OPTIONS, Finding, RULES } from '../../../server/src/core';
import { EMPTY_TABLES } from '../../../server/src/core';
import { readTables } from '../../../server/src/host/tables';
import { parse } from '../../helpers';

const rule = RULES.find((r) => r.id === 'confusable')!;
const tables = readTables(path.join(__dirname, '..', '..', '..', 'server', 'data'));

function check(text: string, locale: 'zh-cn' | 'en' = 'zh-cn', withTables = true): Finding[] {
  const options = { ...DEFAULT_OPTIONS, locale, rules: { confusable: 'warning' as const } };
  const result = analyze(parse(text), options, { rules: [rule], tables: withTables ? tables : EMPTY_TABLES });
  if (result.failures.length) throw result.failures[0].error;
  return result.findings;
}

const fixed = (text: string) => check(text).reduce((t, f) => applyEdits(t, f.fixes[0].edits), text);

test('confusable: decided by the neighbour, with the fix that writes the other form', () => {
  const cases: Array<[string, string]> = [
    ['报名截至日期为5月1日。', '报名截止日期为5月1日。'],
    ['其它同志要积极配合。', '其他同志要积极配合。'],
    ['认真落实上级决策布署。', '认真落实上级决策部署。'],
  ];
  for (const [text, want] of cases) {
    const found = check(text);
    assert.equal(found.length, 1, text);
    assert.equal(fixed(text), want, text);
  }
  assert.match(
    check('报名截至日期为5月1日。')[0].message,
    /^易混词语：此处宜用“截止”（已发表文本中“截止日期”\d+次，“截至日期”0次）$/,
  );
  assert.equal(fixed('要制订法律。'), '要制定法律。');
  assert.match(check('认真落实决策布署。', 'en')[0].message, /^Easily confused: “布署” should be “部署”/);
});

test('confusable: quiet where the corpus allows both, on the right forms, and without the table', () => {
  for (const text of [
    '截至目前，已完成任务。',
    '报名已经截止。',
    '其他工作有序推进。',
    '制定工作计划。',
    '制订了减产不减收的计划。',
    '正确行使人民赋予的权力。',
    '依法保障公民权利。',
    '确定单位负责人。',
  ]) {
    assert.deepEqual(check(text), [], text);
  }
  assert.deepEqual(check('认真落实上级决策布署。', 'zh-cn', false), []);
  const samples = path.join(__dirname, '..', '..', 'fixtures', 'samples');
  for (const dir of ['drafts', 'published']) {
    for (const f of fs.readdirSync(path.join(samples, dir)))
      assert.deepEqual(check(fs.readFileSync(path.join(samples, dir, f), 'utf8')), [], f);
  }
});

test('confusable: GF 1001-2001 variants as whole words, by the words beside them, with 𠮷 and CRLF offsets', () => {
  const text = '𠮷𠮷工作总结\r\n我们要再接再砺，积极参预国际竞争。\r\n确定单位负责人。';
  const found = check(text);
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['再接再砺', '参预'],
  );
  assert.match(
    found[0].message,
    /^异形词：按《第一批异形词整理表》（GF 1001-2001）宜用“再接再厉”（已发表文本中“再接再厉，”\d+次，“再接再砺，”0次）$/,
  );
  assert.equal(fixed(text), '𠮷𠮷工作总结\r\n我们要再接再厉，积极参与国际竞争。\r\n确定单位负责人。');
});

test('confusable: no finding without the words beside it as evidence, both ways', () => {
  // 成份 beside 思想: complete text has neither form there, so nothing says which was meant.
  assert.deepEqual(check('提高思想成份。'), []);
  // 其它方面, 截止2023年底, 应当制订: complete text of some register writes them too, so they are no slips.
  assert.deepEqual(check('其它方面的工作也要跟上。'), []);
  assert.deepEqual(check('截止2023年底，全县完成投资5亿元。'), []);
  assert.deepEqual(check('各单位应当制订节水措施方案。'), []);
  // 其他国家: complete text writes 其他国家 far more often than 其它国家 (the rates alone would favour 其它,
  // the rarer form, wherever it is used at all): a neighbour that prefers the form as written vetoes.
  assert.deepEqual(check('或者违法悬挂其他国家、地区或者组织的旗帜。'), []);
  // The same forms where the neighbours do speak.
  assert.equal(check('其它同志要积极配合。').length, 1);
  assert.equal(
    fixed('对直接负责的主管人员和其它直接责任人员依法给予处分。'),
    '对直接负责的主管人员和其他直接责任人员依法给予处分。',
  );
});
