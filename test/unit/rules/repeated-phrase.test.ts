import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, combinableFixes, Finding, fixAll, fixAllAccepts, RuleOptions } from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const ID = 'repeated-phrase';
const opts = (repeatedPhrase: Record<string, number>, fixedPhrases: string[] = []): Partial<RuleOptions> => ({
  settings: { [ID]: repeatedPhrase },
  fixedPhrases,
});
const warnings = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning');
const infos = (fs: Finding[]) => fs.filter((f) => f.severity === 'information');
/** The text each finding's first related location covers. */
const relatedText = (text: string, f: Finding) => (f.related ?? []).map((r) => text.slice(r.start, r.end));

test('doubled text: the second copy is flagged as a warning and deleted with its joining mark', () => {
  // [text, covered second copy, text after the (safe) fix]
  const cases: Array<[string, string, string]> = [
    ['坚持稳中求进、坚持稳中求进，推动经济持续向好。', '坚持稳中求进', '坚持稳中求进，推动经济持续向好。'],
    ['着力推进推进重点项目建设。', '推进', '着力推进重点项目建设。'],
    [
      '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保不发生重大事故。',
      '认真落实安全生产责任制',
      '认真落实安全生产责任制，压实各方责任，确保不发生重大事故。',
    ],
    ['坚持稳中求进工作总基调，坚持稳中求进工作总基调。', '坚持稳中求进工作总基调', '坚持稳中求进工作总基调。'],
    [
      '要完整准确全面贯彻新发展理念，加快构建新发展格局，完整准确全面贯彻新发展理念。',
      '完整准确全面贯彻新发展理念',
      '要完整准确全面贯彻新发展理念，加快构建新发展格局。',
    ],
    ['我们要切实加强作风建设切实加强作风建设。', '切实加强作风建设', '我们要切实加强作风建设。'],
    ['全年完成固定资产投资完成固定资产投资12亿元。', '完成固定资产投资', '全年完成固定资产投资12亿元。'],
  ];
  for (const [text, copy, fixed] of cases) {
    const found = warnings(check(text, ID));
    assert.deepEqual(covered(text, found), [copy], text);
    assert.equal(relatedText(text, found[0])[0], copy, text);
    assert.equal(found[0].related![0].start < found[0].start, true, text);
    assert.equal(found[0].fixes[0].safe, true, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
  }
});

test('doubled text: a predicate said again inside its sentence is a slip, flagged without a fix', () => {
  const cases: Array<[string, string]> = [
    ['要切实抓好安全生产工作，确保切实抓好安全生产工作落到实处。', '切实抓好安全生产工作'],
    ['全力推进重点项目建设，确保全力推进重点项目建设取得实效。', '全力推进重点项目建设'],
    ['我县坚持以人民为中心的发展思想，始终坚持以人民为中心的发展思想，推进民生工程。', '坚持以人民为中心的发展思想'],
    [
      '深入开展“我为群众办实事”实践活动，在深入开展“我为群众办实事”实践活动中解决难题。',
      '深入开展“我为群众办实事”实践活动',
    ],
    // a clause said again with a word in front of it: both copies end their clauses
    ['一是干部作风还需进一步转变，部分干部作风还需进一步转变。', '干部作风还需进一步转变'],
  ];
  for (const [text, copy] of cases) {
    const found = check(text, ID);
    assert.deepEqual(covered(text, warnings(found)), [copy], text);
    assert.deepEqual(found[0].fixes, [], text);
  }
});

test('doubled text: ordinary reduplication and a term used twice in a sentence are not slips', () => {
  const clean = [
    '要研究研究这个问题，看看怎么办，常常想想，天天向上。',
    '一步一步往前走，干干净净做事，高高兴兴上班，人人参与，家家户户。',
    '大家讨论讨论，商量商量，再定。',
    '县级公立医院综合改革试点扩大到1000个县。',
  ];
  for (const text of clean) assert.deepEqual(covered(text, check(text, ID)), [], text);
  // A term said twice inside one sentence (two document titles, a modifier) is style: information, no fix.
  const text = '推进湖区渔业转型示范试点，设立湖区渔业转型示范引导基金。';
  const found = check(text, ID);
  assert.deepEqual(covered(text, warnings(found)), []);
  assert.deepEqual(covered(text, infos(found)), ['湖区渔业转型示范']);
  assert.deepEqual(found[0].fixes, []);
  // Parallel clauses repeat their middle and differ at their ends.
  const parallel = '城镇居民人均可支配收入实际增长6.5%，农村居民人均可支配收入实际增长7.5%。';
  assert.deepEqual(covered(parallel, warnings(check(parallel, ID))), []);
});

test('near repeats: 10+ characters again within the paragraph or the window', () => {
  // A copied clause: a warning, with the deletion offered (safe only for a copied whole sentence).
  let text = '加快推进新型城镇化建设，促进区域协调发展。同时，加快推进新型城镇化建设，改善人居环境。';
  let found = check(text, ID);
  assert.deepEqual(covered(text, warnings(found)), ['加快推进新型城镇化建设']);
  assert.deepEqual(relatedText(text, found[0]), ['加快推进新型城镇化建设']);
  assert.equal(found[0].related![0].start, 0);
  assert.equal(found[0].fixes[0].safe, false);
  assert.equal(applyFix(text, found[0]), '加快推进新型城镇化建设，促进区域协调发展。同时，改善人居环境。');

  text = '全面提升城市精细化管理水平。加快推进老旧小区改造。全面提升城市精细化管理水平。';
  found = check(text, ID);
  assert.deepEqual(covered(text, warnings(found)), ['全面提升城市精细化管理水平']);
  assert.equal(found[0].fixes[0].safe, true);
  assert.equal(applyFix(text, found[0]), '全面提升城市精细化管理水平。加快推进老旧小区改造。');

  // Restated inside different clauses: a matter of style, information without a fix.
  text = '要深化山区林权流转改革。今年重点是深化山区林权流转改革的各项任务。';
  found = check(text, ID);
  assert.deepEqual(covered(text, warnings(found)), []);
  assert.deepEqual(covered(text, infos(found)), ['深化山区林权流转改革']);
  assert.deepEqual(found[0].fixes, []);

  // Across paragraphs: only within the window.
  text = '加快推进新型城镇化建设，促进发展。\n同时，加快推进新型城镇化建设，改善环境。';
  assert.equal(warnings(check(text, ID)).length, 1);
  assert.equal(check(text, ID, opts({ nearWindow: 5 })).length, 0);
  // Shorter than the threshold: nothing; the threshold is a setting.
  assert.equal(check(text, ID, opts({ nearMinChars: 12 })).length, 0);
  assert.equal(check('加强基层党组织建设，促进发展。同时，加强基层党组织建设，改善环境。', ID).length, 0);
});

test('overuse: a phrase used 3+ times is one note, at its first use, pointing at the others', () => {
  const filler = (from: number) => Array.from({ length: 30 }, (_, i) => `第${from + i}项任务已完成。`).join('');
  const text = `统筹推进湖区渔业转型。${filler(1)}\n我们要统筹推进湖区渔业转型。${filler(101)}\n继续统筹推进湖区渔业转型。`;
  const found = check(text, ID);
  assert.deepEqual(covered(text, found), ['统筹推进湖区渔业转型']);
  for (const f of found) {
    assert.equal(f.severity, 'information');
    assert.equal(f.start, 0);
    assert.equal(f.message, '“统筹推进湖区渔业转型”在全文中用了 3 次，可考虑变换表述');
    assert.equal(f.related!.length, 2);
    assert.ok(f.related!.every((r) => r.start !== f.start && text.slice(r.start, r.end) === '统筹推进湖区渔业转型'));
    assert.deepEqual(f.fixes, []);
  }
  // Below the thresholds (settings), what is left is the near repeat of the first two uses.
  const near = check(text, ID, opts({ overuseMinCount: 4 }));
  assert.deepEqual(covered(text, near), ['统筹推进湖区渔业转型']);
  assert.ok(near.every((f) => f.related!.length === 1));
  assert.deepEqual(check(text, ID, opts({ overuseMinChars: 11, nearMinChars: 11 })), []);
});

test("fixed formulations never count as near repeats or overuse, built-in or the user's own", () => {
  const clean = [
    '坚持稳中求进工作总基调。我们坚持稳中求进工作总基调。全省坚持稳中求进工作总基调。',
    // compared with punctuation removed
    '要增强“四个意识”、坚定“四个自信”、做到“两个维护”。必须增强四个意识、坚定四个自信、做到两个维护。',
    // a phrase inside a fixed formulation
    '深入学习习近平新时代中国特色社会主义思想。认真领会习近平新时代中国特色社会主义思想。',
    '在以习近平同志为核心的党中央坚强领导下，经济稳步恢复。在以习近平同志为核心的党中央坚强领导下，社会大局稳定。',
    // the earlier form, as a 2015 report uses it three times
    '以习近平同志为总书记的党中央高度重视。我们紧密团结在以习近平同志为总书记的党中央周围。在以习近平同志为总书记的党中央领导下，奋力前行。',
  ];
  for (const text of clean) assert.deepEqual(covered(text, check(text, ID)), [], text);
  const text = '推进城乡融合发展示范区建设。持续推进城乡融合发展示范区建设。';
  assert.equal(check(text, ID).length, 1);
  assert.equal(check(text, ID, opts({}, ['推进城乡融合发展示范区建设'])).length, 0);
  assert.equal(check(text, ID, opts({}, ['“城乡融合发展示范区”'])).length, 0);
  // Said twice inside one sentence, a fixed formulation is still a slip.
  const doubled = '全面从严治党、全面从严治党，永远在路上。';
  assert.deepEqual(covered(doubled, warnings(check(doubled, ID, opts({}, ['全面从严治党'])))), ['全面从严治党']);
});

test("formulations the corpus shows recur across reports are spared; a drafter's own phrase is not", () => {
  const filler = (from: number) => Array.from({ length: 30 }, (_, i) => `第${from + i}项任务已完成。`).join('');
  const thrice = (phrase: string) => `${phrase}。${filler(1)}\n我们要${phrase}。${filler(101)}\n继续${phrase}。`;
  // Said across many reports (the phrase table), or a fixed formulation with a verb in front.
  for (const phrase of [
    '全面建成小康社会',
    '坚持以人民为中心的发展思想',
    '深化供给侧结构性改革',
    '推进中国式现代化',
    '学习贯彻党的二十大精神',
  ]) {
    assert.deepEqual(covered(thrice(phrase), check(thrice(phrase), ID)), [], phrase);
  }
  // Numerals folded: the table's 党的十九大 form covers a later congress as well.
  const later = '深入学习贯彻党的二十一大精神。要把学习贯彻党的二十一大精神落到实处。';
  assert.deepEqual(covered(later, check(later, ID)), []);
  // Not in the table: a drafter's phrase, overused and restated, with 𠮷 and CRLF.
  const own = thrice('统筹推进湖区渔业转型').replace(/\n/g, '\r\n').replace('我们要', '𠮷我们要');
  const found = check(own, ID);
  assert.deepEqual(covered(own, found), ['统筹推进湖区渔业转型']);
  assert.deepEqual(
    found[0].related!.map((r) => own.slice(r.start, r.end)),
    ['统筹推进湖区渔业转型', '统筹推进湖区渔业转型'],
  );
  // Inside one sentence a formulation restated with a word in front is still a slip.
  const slip = '我县坚持以人民为中心的发展思想，始终坚持以人民为中心的发展思想，推进民生工程。';
  assert.deepEqual(covered(slip, warnings(check(slip, ID))), ['坚持以人民为中心的发展思想']);
});

test('a title line said again as the first words of the text under it is structure, not a copied clause', () => {
  const text = '湖区渔业转型示范区建设启动\r\n湖区渔业转型示范区建设启动，首批十个项目开工。';
  assert.deepEqual(warnings(check(text, ID)), []);
  // With a sentence end, the same line is a clause copied: still a warning.
  const copied = '湖区渔业转型示范区建设启动。\r\n湖区渔业转型示范区建设启动，首批十个项目开工。';
  assert.deepEqual(covered(copied, warnings(check(copied, ID))), ['湖区渔业转型示范区建设启动']);
});

test('a run of placeholders is never a repeated phrase', () => {
  for (const text of [
    '完成【待填】【待填】【待填】【待填】万元。',
    '【待填】、【待填】、【待填】、【待填】、【待填】等工作。\r\n【待填】【待填】【待填】',
  ]) {
    assert.deepEqual(check(text, ID), [], text);
  }
  assert.deepEqual(check('完成XXXX，XXXX，XXXX。', ID, { placeholder: 'XXXX' }), []);
  // Lines of figures still to come are no repeat: what the blanks take differs.
  const figures =
    '新开工项目【待填】个，总投资【待填】亿元；续建项目【待填】个，总投资【待填】亿元；签约项目【待填】个，总投资【待填】亿元。';
  assert.deepEqual(check(figures, ID), []);
});

test('phrases start and end on word boundaries', () => {
  // Character by character 加强湖区渔业转型研究 repeats, but 研究生 is one word.
  const text = '加强湖区渔业转型研究。今年加强湖区渔业转型研究生培养。';
  assert.deepEqual(covered(text, check(text, ID, opts({ nearMinChars: 8 }))), ['加强湖区渔业转型']);
  assert.deepEqual(check(text, ID), []);
});

test('a repeated span is reported once, at its maximal length', () => {
  const text =
    '全市上下要持续深化营商环境优化提升行动，推动经济高质量发展。我们还要持续深化营商环境优化提升行动，推动经济高质量发展。';
  const found = check(text, ID);
  assert.deepEqual(covered(text, found), ['持续深化营商环境优化提升行动，推动经济高质量发展']);
  const clause =
    '加快推进新型城镇化建设，促进区域协调发展。同时，加快推进新型城镇化建设，促进区域协调发展，改善人居环境。';
  assert.deepEqual(covered(clause, check(clause, ID)), ['加快推进新型城镇化建设，促进区域协调发展']);
});

test('UTF-16 offsets after 𠮷, and CRLF line breaks', () => {
  let text = '𠮷𠮷，坚持稳中求进、坚持稳中求进。';
  let found = check(text, ID);
  assert.deepEqual(covered(text, found), ['坚持稳中求进']);
  assert.equal(applyFix(text, found[0]), '𠮷𠮷，坚持稳中求进。');
  text = '𠮷城加快推进新型城镇化建设，促进发展。\r\n𠮷城同时，加快推进新型城镇化建设，改善环境。\r\n';
  found = check(text, ID);
  assert.deepEqual(covered(text, found), ['加快推进新型城镇化建设']);
  assert.equal(applyFix(text, found[0]), '𠮷城加快推进新型城镇化建设，促进发展。\r\n𠮷城同时，改善环境。\r\n');
  text = '坚持稳中求进、坚持稳中求进。\r\n着力推进推进重点项目。\r\n';
  found = check(text, ID);
  assert.deepEqual(covered(text, found), ['坚持稳中求进', '推进']);
  assert.equal(
    applyEdits(
      text,
      combinableFixes(found).flatMap((f) => f.edits),
    ),
    '坚持稳中求进。\r\n着力推进重点项目。\r\n',
  );
});

test('fixed text is clean: nothing fixable is left after fix-all', () => {
  const text = [
    '坚持稳中求进、坚持稳中求进、坚持稳中求进，推动发展。',
    '着力推进推进推进重点项目建设。',
    '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全。',
    '全面提升城市精细化管理水平。加快推进老旧小区改造。全面提升城市精细化管理水平。',
  ].join('\n');
  // By default fix-all mends what was typed twice in a row only: deleting a clause said again is the quick fix's.
  assert.equal(
    fixAll(text, (t) => check(t, ID)).text,
    [
      '坚持稳中求进，推动发展。',
      '着力推进重点项目建设。',
      '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全。',
      '全面提升城市精细化管理水平。加快推进老旧小区改造。全面提升城市精细化管理水平。',
    ].join('\n'),
  );
  const { text: fixed } = fixAll(text, (t) => check(t, ID), fixAllAccepts(true));
  assert.equal(
    fixed,
    [
      '坚持稳中求进，推动发展。',
      '着力推进重点项目建设。',
      '认真落实安全生产责任制，压实各方责任，确保安全。',
      '全面提升城市精细化管理水平。加快推进老旧小区改造。',
    ].join('\n'),
  );
  assert.deepEqual(combinableFixes(check(fixed, ID), fixAllAccepts(true)), []);
});

test('long runs of one character stay fast and quiet', () => {
  for (const ch of ['*', '一', '（', '的', ' ']) {
    const text = ch.repeat(100_000);
    const t0 = performance.now();
    const found = check(text, ID);
    assert.ok(performance.now() - t0 < 5000, ch);
    assert.ok(
      found.every((f) => f.severity !== 'warning' || f.end - f.start < 100),
      ch,
    );
  }
});

test('published reports: at most 1 warning per 10,000 characters', { skip: !fs.existsSync(published()) }, () => {
  let chars = 0;
  let count = 0;
  for (const file of fs.readdirSync(published()).filter((f) => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(published(), file), 'utf8');
    chars += text.length;
    count += warnings(check(text, ID)).length;
  }
  assert.ok((count * 10_000) / chars <= 1, `${count} warnings in ${chars} characters`);
});

function published(): string {
  return path.resolve(__dirname, '..', '..', 'fixtures', 'samples', 'published');
}
