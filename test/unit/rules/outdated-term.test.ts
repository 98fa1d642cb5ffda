import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinableFixes, fixAll } from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'outdated-term';

test('outdated-term: found by the draft year from the title or first line', () => {
  // [text, covered, first fix applied (undefined: no fix), safe]
  const cases: Array<[string, string[], string | undefined, boolean]> = [
    [
      '2023年工作总结\n在以习近平同志为总书记的党中央坚强领导下',
      ['以习近平同志为总书记的党中央'],
      '2023年工作总结\n在以习近平同志为核心的党中央坚强领导下',
      true,
    ],
    [
      '2016年工作总结\n以习近平同志为总书记的党中央',
      ['以习近平同志为总书记的党中央'],
      '2016年工作总结\n以习近平同志为核心的党中央',
      true,
    ],
    ['2023年，我们继续落实新冠肺炎防控措施。', ['新冠肺炎'], '2023年，我们继续落实新冠病毒感染防控措施。', false],
    ['2023年，新冠肺炎疫情防控平稳转段。', ['新冠肺炎疫情'], '2023年，新冠疫情防控平稳转段。', false],
    ['2023年，继续落实“新冠”肺炎“乙类乙管”措施。', ['新冠”肺炎'], undefined, false],
    [
      '2023年工作总结\n以习近平新时代中国特色社会主义思想和党的十九大精神为指导',
      ['党的十九大精神'],
      '2023年工作总结\n以习近平新时代中国特色社会主义思想和党的二十大精神为指导',
      false,
    ],
    [
      '二〇二三年工作总结\n深入学习贯彻党的十九大精神。',
      ['党的十九大精神'],
      '二〇二三年工作总结\n深入学习贯彻党的二十大精神。',
      false,
    ],
    [
      '2022年工作总结\n决胜全面建成小康社会，为全面建成小康社会而奋斗。',
      ['决胜全面建成小康社会', '为全面建成小康社会'],
      undefined,
      false,
    ],
  ];
  for (const [text, want, after, safe] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].fixes.length ? applyFix(text, found[0]) : undefined, after, text);
    if (after) assert.equal(found[0].fixes[0].safe, safe, text);
  }
  const fixed = fixAll(cases[0][0], (t) => check(t, RULE)).text;
  assert.deepEqual(check(fixed, RULE), []);
});

test('outdated-term: never when the year is unknown or earlier, nor for historical mentions and achievements', () => {
  const cases = [
    '工作总结\n在以习近平同志为总书记的党中央坚强领导下，新冠肺炎，迎接党的二十大胜利召开。',
    '2015年工作总结\n在以习近平同志为总书记的党中央坚强领导下，决胜全面建成小康社会。',
    '2016年上半年工作总结\n以习近平同志为总书记的党中央',
    '政府工作报告\n各位代表：\n一、2015年工作回顾\n在以习近平同志为总书记的党中央坚强领导下。',
    '2022年工作总结\n新冠肺炎疫情防控，深入学习贯彻党的十九大精神。',
    '2023年工作总结\n五年来，我们深入学习贯彻党的十九大精神。全面建成了小康社会，如期全面建成小康社会。新冠疫情防控取得决定性胜利。',
    '2023年工作总结\n学习贯彻党的二十大精神，在以习近平同志为核心的党中央坚强领导下。',
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('outdated-term: the year setting wins; CRLF and 𠮷', () => {
  const text = '工作总结\r\n𠮷𠮷以习近平同志为总书记的党中央';
  assert.deepEqual(covered(text, check(text, RULE, { year: 2020 })), ['以习近平同志为总书记的党中央']);
  assert.deepEqual(check('2023年工作总结\n以习近平同志为总书记的党中央', RULE, { year: 2015 }), []);
  const [f] = check(text, RULE, { year: 2020 });
  assert.equal(applyFix(text, f), '工作总结\r\n𠮷𠮷以习近平同志为核心的党中央');
  assert.deepEqual(combinableFixes(check(applyFix(text, f), RULE, { year: 2020 })), []);
  assert.equal(f.message, '自2016年十八届六中全会起提法为“以习近平同志为核心的党中央”');
});
