import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'period';
const lines = (...l: string[]) => l.join('\n');

test('period: the body against the period its title names', () => {
  // [text, covered, message, text after the fix (undefined: no fix)]
  const cases: Array<[string, string[], string, string | undefined]> = [
    // half-year wording in a year-end report
    [
      lines('2023年工作总结', '上半年以来，我局扎实推进各项工作。'),
      ['上半年以来'],
      '本文是2023年全年的总结，此处却是半年的说法',
      undefined,
    ],
    [
      lines('2023年度述职报告', '下半年，我们将继续抓好落实。'),
      ['下半年，我们将'],
      '本文是2023年全年的总结，此处却是半年的说法',
      undefined,
    ],
    // full-width digits, kept in the fix
    [
      lines('２０２３年工作总结', '一、２０２２年工作回顾'),
      ['２０２２'],
      '回顾的年份写作２０２２年，本报告回顾的是2023年',
      lines('２０２３年工作总结', '一、２０２３年工作回顾'),
    ],
    // the year reviewed and the year planned
    [
      lines('2023年工作总结', '一、2022年工作回顾'),
      ['2022'],
      '回顾的年份写作2022年，本报告回顾的是2023年',
      lines('2023年工作总结', '一、2023年工作回顾'),
    ],
    [
      lines('2023年工作总结', '三、2023年工作打算'),
      ['2023'],
      '部署的年份写作2023年，本报告部署的是2024年',
      lines('2023年工作总结', '三、2024年工作打算'),
    ],
    [
      lines('二〇二三年工作总结', '一、二〇二二年工作回顾'),
      ['二〇二二'],
      '回顾的年份写作二〇二二年，本报告回顾的是2023年',
      lines('二〇二三年工作总结', '一、二〇二三年工作回顾'),
    ],
    // a government work report reviews the year before and plans its own
    [
      lines('2024年政府工作报告', '一、2024年工作回顾'),
      ['2024'],
      '回顾的年份写作2024年，本报告回顾的是2023年',
      lines('2024年政府工作报告', '一、2023年工作回顾'),
    ],
    [
      lines('2024年政府工作报告', '二、2025年工作总体部署'),
      ['2025'],
      '部署的年份写作2025年，本报告部署的是2024年',
      lines('2024年政府工作报告', '二、2024年工作总体部署'),
    ],
    // 去年 / 今年 with a year that contradicts it
    [
      lines('2023年工作总结', '去年（2021年），全市完成投资100亿元。'),
      ['2021'],
      '“去年”是2022年，此处写作2021年',
      lines('2023年工作总结', '去年（2022年），全市完成投资100亿元。'),
    ],
    // a plan year that is the report's own year
    [
      lines('2023年工作总结', '明年（2023年），我们将继续深化改革。'),
      ['2023'],
      '“明年”是2024年，此处写作2023年',
      lines('2023年工作总结', '明年（2024年），我们将继续深化改革。'),
    ],
    [
      lines('2010年政府工作报告', '今年（2009年）要巩固回升势头。'),
      ['2009'],
      '“今年”是2010年，此处写作2009年',
      lines('2010年政府工作报告', '今年（2010年）要巩固回升势头。'),
    ],
    // a year not yet begun
    [
      lines('2023年工作总结', '2024年以来，我们坚持稳中求进。'),
      ['2024'],
      '“2024年以来”：本报告是2023年的，2024年尚未到来',
      undefined,
    ],
    // an event named as ahead after it took place
    [
      lines('2023年工作总结', '以优异成绩迎接党的二十大胜利召开。'),
      ['迎接党的二十大胜利召开'],
      '党的二十大已于2022年10月举行，2023年的文稿不宜再说“迎接”',
      undefined,
    ],
    [
      lines('2023年上半年工作总结', '以优异成绩迎接党的二十大胜利召开！'),
      ['迎接党的二十大胜利召开'],
      '党的二十大已于2022年10月举行，2023年的文稿不宜再说“迎接”',
      undefined,
    ],
    [
      lines('2022年工作总结', '以实际行动喜迎党的二十大。'),
      ['喜迎党的二十大'],
      '党的二十大已于2022年10月举行，2022年的文稿不宜再说“迎接”',
      undefined,
    ],
    [
      '2023年，我局以优异成绩迎接党的二十大。',
      ['迎接党的二十大'],
      '党的二十大已于2022年10月举行，2023年的文稿不宜再说“迎接”',
      undefined,
    ],
    // the title's year against the results the body reports (a title moved, or last year's kept)
    [
      lines(
        '2012年政府工作报告',
        '各位代表：',
        '2009年粮食产量达到5.3亿吨。2009年财政收入增长11.7%。2009年进出口总额下降13.9%。',
      ),
      ['2012'],
      '标题写的是2012年，正文所报成绩却无一是本报告回顾之年，多为2009年（3处）',
      lines(
        '2010年政府工作报告',
        '各位代表：',
        '2009年粮食产量达到5.3亿吨。2009年财政收入增长11.7%。2009年进出口总额下降13.9%。',
      ),
    ],
  ];
  for (const [text, want, message, fixed] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(found[0].message, message, text);
    assert.equal(found[0].severity, 'information');
    assert.equal(found[0].fixes.length ? applyFix(text, found[0]) : undefined, fixed, text);
    if (fixed) {
      assert.equal(found[0].fixes[0].safe, false, text);
      assert.deepEqual(check(fixed, RULE), [], fixed);
    }
  }
});

test('period: quiet on text that keeps to its period', () => {
  const cases = [
    // the government work report convention: 2009 reviewed, 2010 planned, in the 2010 report
    lines(
      '2010年政府工作报告',
      '各位代表：',
      '一、2009年工作回顾',
      '2009年粮食产量达到5.3亿吨。去年（2009年）经济回升。',
      '二、2010年工作的总体部署',
      '2010年是“十一五”规划的最后一年。今年（2010年）要巩固回升势头。2008年以来，我们有效应对国际金融危机。',
    ),
    lines('2023年上半年工作总结', '上半年以来，我局扎实推进各项工作。下半年，我们将继续抓好落实。'),
    lines(
      '2023年工作总结',
      '下半年以来，经济持续回升。明年下半年将开展评估。',
      '一、2023年工作回顾',
      '2021年以来，我们坚持稳中求进。',
      '二、2024年工作打算',
      '2023年是全面贯彻党的二十大精神的开局之年。',
    ),
    lines('2023年工作总结', '党的二十大胜利召开以来，我们认真学习贯彻。'),
    lines('2022年上半年工作总结', '以优异成绩迎接党的二十大胜利召开。'),
    lines('关于2021年工作情况', '2020年工作回顾'), // no genre in the title: its year is not the period
    lines('工作总结', '上半年以来，我局扎实推进。'), // no year
    '记者从会上获悉，2019年以来，全市新增就业10万人。',
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('period: the year setting, the report year as a related location, CRLF, 𠮷 and English', () => {
  assert.deepEqual(
    covered(
      lines('工作总结', '上半年以来，我局扎实推进。'),
      check(lines('工作总结', '上半年以来，我局扎实推进。'), RULE, { year: 2023 }),
    ),
    ['上半年以来'],
  );
  const text = '𠮷𠮷局2023年工作总结\r\n一、𠮷𠮷2022年工作回顾\r\n𠮷';
  const [f] = check(text, RULE);
  assert.deepEqual(covered(text, [f]), ['2022']);
  assert.equal(applyFix(text, f), '𠮷𠮷局2023年工作总结\r\n一、𠮷𠮷2023年工作回顾\r\n𠮷');
  assert.deepEqual(
    f.related?.map((r) => [text.slice(r.start, r.end), r.message]),
    [['2023', '报告期：2023年']],
  );
  assert.equal(
    check(text, RULE, { locale: 'en' })[0].message,
    'The year reviewed reads 2022; this report reviews 2023',
  );
});
