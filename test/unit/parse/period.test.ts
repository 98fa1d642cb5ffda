import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodWith } from '../../../server/src/core';
import { check, covered, parse } from '../../helpers';

// The draft's period is read once, by the parser (model.period); outdated-term and period both read it.
test('model.period: full-width digits and a drafting note in the title give one year, read by both rules', () => {
  // [title, the year both rules work with]
  const cases: Array<[string, number]> = [
    ['２０２３年工作总结', 2023],
    ['2024年工作总结（2023年12月起草）', 2024],
    ['二〇二三年工作总结', 2023],
  ];
  for (const [title, year] of cases) {
    const model = parse(`${title}\n一、主要工作\n以习近平同志为总书记的党中央。下半年打算：继续推进。\n`);
    assert.equal(model.period.year, year, title);
    assert.equal(model.period.genre, 'yearEnd', title);
    assert.equal(periodWith(model.period)?.year, year, title);
    // outdated-term: the term is out of date from 2016 on, for every year above.
    const text = model.text;
    assert.deepEqual(covered(text, check(text, 'outdated-term')), ['以习近平同志为总书记的党中央'], title);
    // period: half-year wording in a year-end report of that year, the year in its message.
    const slips = check(text, 'period');
    assert.deepEqual(covered(text, slips), ['下半年打算'], title);
    assert.match(slips[0].message, new RegExp(String(year)), title);
  }
});

test('model.period: the year setting overrides the title for every rule; no year, no period', () => {
  const model = parse('2016年工作总结\n深入学习贯彻党的十九大精神。\n');
  assert.equal(periodWith(model.period, 2023)?.year, 2023);
  assert.equal(periodWith(model.period, 2023)?.from, 'setting');
  const text = model.text;
  // 党的十九大精神 is out of date only in a 2023 draft: the title says 2016, the setting 2023.
  assert.deepEqual(covered(text, check(text, 'outdated-term')), []);
  assert.deepEqual(covered(text, check(text, 'outdated-term', { year: 2023 })), ['党的十九大精神']);
  const none = parse('工作总结\n深入学习贯彻党的十九大精神。\n');
  assert.equal(none.period.year, undefined);
  assert.equal(periodWith(none.period), undefined);
});
