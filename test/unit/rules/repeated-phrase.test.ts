import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  AnalysisCaches,
  analyze,
  applyEdits,
  combinableFixes,
  DEFAULT_OPTIONS,
  Finding,
  fixAll,
  fixAllAccepts,
  RULES,
  RuleOptions,
  WorkMeter,
} from '../../../server/src/core';
import { corpusTables } from '../../../server/src/host/tables';
import { applyFix, check, covered, parse } from '../../helpers';

const ID = 'repeated-phrase';
const opts = (repeatedPhrase: Record<string, number>, fixedPhrases: string[] = []): Partial<RuleOptions> => ({
  settings: { [ID]: repeatedPhrase },
  fixedPhrases,
});
const warnings = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning');
const infos = (fs: Finding[]) => fs.filter((f) => f.severity === 'information');
/** The text each finding's related locations cover. */
const relatedText = (text: string, f: Finding) => (f.related ?? []).map((r) => text.slice(r.start, r.end));
/** Filler sentences that repeat nothing (numbered tasks), to space uses apart. */
const filler = (from: number, n = 30) => Array.from({ length: n }, (_, i) => `第${from + i}项任务已完成。`).join('');

test('doubled text: the second copy is flagged as a warning and deleted with its joining mark', () => {
  // [text, covered second copy, the earlier copy, text after the (safe) fix]
  const cases: Array<[string, string, string, string]> = [
    [
      '坚持稳中求进、坚持稳中求进，推动经济持续向好。',
      '坚持稳中求进',
      '坚持稳中求进',
      '坚持稳中求进，推动经济持续向好。',
    ],
    ['着力推进推进重点项目建设。', '推进', '推进', '着力推进重点项目建设。'],
    [
      '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保不发生重大事故。',
      '认真落实安全生产责任制',
      '认真落实安全生产责任制',
      '认真落实安全生产责任制，压实各方责任，确保不发生重大事故。',
    ],
    [
      '坚持稳中求进工作总基调，坚持稳中求进工作总基调。',
      '坚持稳中求进工作总基调',
      '坚持稳中求进工作总基调',
      '坚持稳中求进工作总基调。',
    ],
    [
      '要完整准确全面贯彻新发展理念，加快构建新发展格局，完整准确全面贯彻新发展理念。',
      '完整准确全面贯彻新发展理念',
      '完整准确全面贯彻新发展理念',
      '要完整准确全面贯彻新发展理念，加快构建新发展格局。',
    ],
    ['我们要切实加强作风建设切实加强作风建设。', '切实加强作风建设', '切实加强作风建设', '我们要切实加强作风建设。'],
    [
      '全年完成固定资产投资完成固定资产投资12亿元。',
      '完成固定资产投资',
      '完成固定资产投资',
      '全年完成固定资产投资12亿元。',
    ],
    // A clause with figures, its signs taken along; two clauses pasted together are one copy.
    [
      '一季度，一产、二产增加值分别增长2.5%、4.8%，一产、二产增加值分别增长2.5%、4.8%，消费回升。',
      '一产、二产增加值分别增长2.5%、4.8%',
      '一产、二产增加值分别增长2.5%、4.8%',
      '一季度，一产、二产增加值分别增长2.5%、4.8%，消费回升。',
    ],
    [
      '夯实基层基础，补齐民生短板，夯实基层基础，补齐民生短板，推动各项工作落地。',
      '夯实基层基础，补齐民生短板',
      '夯实基层基础，补齐民生短板',
      '夯实基层基础，补齐民生短板，推动各项工作落地。',
    ],
    // Quotes are part of the clause.
    [
      '牢记“三个务必”，勇于担当作为，牢记“三个务必”，开创新局面。',
      '牢记“三个务必”',
      '牢记“三个务必”',
      '牢记“三个务必”，勇于担当作为，开创新局面。',
    ],
  ];
  for (const [text, copy, first, fixed] of cases) {
    const found = warnings(check(text, ID));
    assert.deepEqual(covered(text, found), [copy], text);
    assert.deepEqual(relatedText(text, found[0]), [first], text);
    assert.equal(found[0].related![0].start < found[0].start, true, text);
    assert.equal(found[0].fixes[0].safe, true, text);
    assert.equal(applyFix(text, found[0]), fixed, text);
  }
});

test('doubled text: copies that differ in their light words are flagged, and deleted only after a look', () => {
  const text = '我们一定要守住安全底线，一定要守住安全底线。';
  const found = warnings(check(text, ID));
  assert.deepEqual(covered(text, found), ['一定要守住安全底线']);
  assert.equal(found[0].fixes[0].safe, false);
  assert.equal(applyFix(text, found[0]), '我们一定要守住安全底线。');
});

test('doubled text: a clause restated in the next one is a slip, flagged without a fix', () => {
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

test('constructions of the register are no repeats: series, chaining, chiasmus, lists of names, frames', () => {
  const clean = [
    // Series: the same frame with a different head or complement.
    '第一产业投资增长8%左右，第二产业投资增长8%左右，第三产业投资增长9%左右。',
    '城市居民人均收入增长与经济增长同步，农村居民人均收入增长快于经济增长。',
    '主城区新增就业2万人、县城新增就业2万人、新增返乡创业就业1万人。',
    '城镇居民人均可支配收入实际增长6.5%，农村居民人均可支配收入实际增长7.5%。',
    // Chaining (顶真) and chiasmus (回环).
    '没收违法所得；违法所得五万元以上的，并处违法所得一倍以上三倍以下罚款。',
    '以项目建设带动产业升级、产业升级反哺项目建设。',
    '以新技术催生新产业、新产业拉动新技术。',
    '组织县属国企迁入新城区，新城区要素配置更加高效。',
    // A list of names that share words.
    '组建县规划建设委员会、县规划建设委员会办公室、县城市运行服务平台。',
    '创建绿色车间、零碳车间、零碳园区。',
    '业主应当遵守临时使用规约、使用规约。',
    // A term used twice in a sentence (two documents' names, a modifier).
    '推进湖区渔业转型示范试点，设立湖区渔业转型示范引导基金。',
    // The frame of a series: the same clause at the same place of each item.
    '无证经营的，没收违法所得，并处罚款；情节严重的，吊销许可证件，并处罚款。',
    '对直接责任人员，根据情节轻重，给予警告或者记过处分；对主要负责人员，根据情节轻重，给予记大过、降级处分。',
    // …and a frame beside two figures (items of a table said as a series).
    '钢材完成五百万吨，等于上年的一点五倍；水泥完成八百万吨，等于上年的一点五倍；原煤也有增长。',
    // Alternatives, a condition echoed, a clause referred to.
    '在经营活动中违反国家规定收受财物，或者违反国家规定索取财物的，依法处理。',
    '镇人民代表大会主席不得兼任行政职务；如果兼任行政职务，应当辞去主席职务。',
    '我们一定能够战胜这些困难，团结一心就是我们能够战胜这些困难的保证。',
    // A target restated where it is explained, in another paragraph.
    `全年主要目标是：城镇新增就业8万人以上，城镇调查失业率5%左右。\n${filler(1, 3)}\n城镇调查失业率5%左右，体现了稳就业的要求。`,
    // Sentences of a series, each with its own subject.
    '粮食、油料的产量，都比上年增长一成。蔬菜、水果的产量，也都比上年增长一成。',
    // Ordinary reduplication.
    '要研究研究这个问题，看看怎么办，常常想想，天天向上。',
    '一步一步往前走，干干净净做事，高高兴兴上班，人人参与，家家户户。',
    '大家讨论讨论，商量商量，再定。',
    '一个问题一个问题解决，一项任务一项任务落实。',
  ];
  for (const text of clean) assert.deepEqual(covered(text, check(text, ID)), [], text);
});

test('near-identical sentences: said again in the paragraph, word for word or with one change', () => {
  // Word for word: the later goes whole, safely.
  let text = '全面提升城市精细化管理水平。加快推进老旧小区改造。全面提升城市精细化管理水平。';
  let found = check(text, ID);
  assert.deepEqual(covered(text, warnings(found)), ['全面提升城市精细化管理水平']);
  assert.deepEqual(relatedText(text, found[0]), ['全面提升城市精细化管理水平']);
  assert.equal(found[0].fixes[0].safe, true);
  assert.equal(applyFix(text, found[0]), '全面提升城市精细化管理水平。加快推进老旧小区改造。');
  // One word changed, or the sentence extended: a warning without a fix (which one is the leftover?).
  for (const t of [
    '加快推进新型城镇化建设，促进区域协调发展。加快推进新型城镇化建设，推动区域协调发展。',
    '加快推进新型城镇化建设，促进区域协调发展。同时，加快推进新型城镇化建设，促进区域协调发展，改善人居环境。',
  ]) {
    found = check(t, ID);
    assert.equal(warnings(found).length, 1, t);
    assert.deepEqual(found[0].fixes, [], t);
  }
  // Light words in front differ: deleting is offered, after a look.
  text = '统筹推进湖区渔业转型。我们要统筹推进湖区渔业转型。';
  found = warnings(check(text, ID));
  assert.deepEqual(covered(text, found), ['统筹推进湖区渔业转型']);
  assert.equal(found[0].fixes[0].safe, false);
  assert.equal(applyFix(text, found[0]), '统筹推进湖区渔业转型。');
  // A clause of the sentence before said again is no leftover; shorter than the setting, nothing.
  assert.deepEqual(
    check('加快推进新型城镇化建设，促进区域协调发展。同时，加快推进新型城镇化建设，改善人居环境。', ID),
    [],
  );
  assert.deepEqual(check('加强基层组织建设。开展调研。加强基层组织建设。', ID, opts({ nearMinChars: 12 })), []);
  // An amendment quotes the old wording beside the new.
  const amended = '第五条“乡镇企业依法自主经营。”修改为：“乡镇企业和个体企业依法自主经营。”';
  assert.deepEqual(check(amended, ID), []);
});

test('near-identical sentences across paragraphs: word for word within the window, not at the same place', () => {
  let text =
    '今年以来全县经济运行平稳。新建湖区渔业转型示范点十二个，带动农户增收。\n新建湖区渔业转型示范点十二个，带动农户增收。新增市场主体三千户。';
  const found = warnings(check(text, ID));
  assert.deepEqual(covered(text, found), ['新建湖区渔业转型示范点十二个，带动农户增收']);
  assert.equal(
    applyFix(text, found[0]),
    '今年以来全县经济运行平稳。新建湖区渔业转型示范点十二个，带动农户增收。\n新增市场主体三千户。',
  );
  assert.deepEqual(check(text, ID, opts({ nearWindow: 1 })), []);
  // One word changed across paragraphs: parallel paragraphs differ at one place by design.
  text =
    '今年以来全县经济运行平稳。新建湖区渔业转型示范点十二个，带动农户增收。\n新建湖区渔业转型示范点十五个，带动农户增收。新增市场主体三千户。';
  assert.deepEqual(check(text, ID), []);
  // The same sentence closing two paragraphs is their frame (a law's articles).
  text =
    '第二十条 监察人员不得违规过问案件。有关情况应当登记备案。\n第二十一条 监察人员不得私下接触当事人。有关情况应当登记备案。';
  assert.deepEqual(check(text, ID), []);
});

test("overuse: a drafter's habit is one note at its first use, pointing at the others", () => {
  const text = `统筹推进湖区渔业转型。${filler(1)}\n我们要统筹推进湖区渔业转型。${filler(101)}\n继续统筹推进湖区渔业转型。`;
  const found = check(text, ID);
  assert.deepEqual(covered(text, found), ['统筹推进湖区渔业转型']);
  const f = found[0];
  assert.equal(f.severity, 'information');
  assert.equal(f.start, 0);
  assert.equal(f.message, '“统筹推进湖区渔业转型”在全文中用了 3 次，可考虑变换表述');
  assert.equal(f.related!.length, 2);
  assert.ok(f.related!.every((r) => r.start !== f.start && text.slice(r.start, r.end) === '统筹推进湖区渔业转型'));
  assert.deepEqual(f.fixes, []);
  // Below the thresholds (settings), nothing.
  assert.deepEqual(check(text, ID, opts({ overuseMinCount: 4 })), []);
  assert.deepEqual(check(text, ID, opts({ overuseMinChars: 11 })), []);
});

test('overuse: names and defined terms are never a habit, nor are formulations', () => {
  // A campaign's name, a regulation's defined term: they open with no predicate.
  for (const name of ['能力作风建设年活动', '县级以上地方各级人民政府', '矛盾纠纷排查化解工作领导小组']) {
    const text = `${name}要抓好落实。${filler(1)}\n${name}要加强统筹。${filler(101)}\n${name}要加强督导。${filler(201)}\n${name}要总结经验。`;
    assert.deepEqual(infos(check(text, ID)), [], name);
  }
  const thrice = (phrase: string) => `${phrase}。${filler(1)}\n我们要${phrase}。${filler(101)}\n继续${phrase}。`;
  // Said across many documents of the corpus (the phrase table), or a fixed formulation with a verb in front.
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
  const later = `深入学习贯彻党的二十一大精神。${filler(1)}\n要把学习贯彻党的二十一大精神落到实处。${filler(101)}\n学习贯彻党的二十一大精神。`;
  assert.deepEqual(covered(later, check(later, ID)), []);
  // The user's own formulations.
  const own = thrice('推进城乡融合发展示范区建设');
  assert.equal(check(own, ID).length, 1);
  assert.deepEqual(check(own, ID, opts({}, ['推进城乡融合发展示范区建设'])), []);
  assert.deepEqual(check(own, ID, opts({}, ['“城乡融合发展示范区”'])), []);
});

test('overuse: a law repeats its procedures by design (15 uses per 10,000 characters and at least 5)', () => {
  const article = (n: number, body: string) => `第${n}条 ${body}`;
  const uses = (k: number) =>
    Array.from({ length: k }, (_, i) => article(i + 1, `经营者应当依法办理登记手续，并报送第${i + 1}类材料。`)).join(
      '\n',
    );
  assert.deepEqual(check(uses(4), ID), []);
  // The same four uses outside a law: a habit.
  const report = Array.from({ length: 4 }, (_, i) => `经营者应当依法办理登记手续，并报送第${i + 1}类材料。`).join('\n');
  assert.deepEqual(covered(report, check(report, ID)), ['依法办理登记手续']);
  assert.equal(check(uses(6), ID).length, 1);
});

test('what the rule reports is bounded: at most 5 notes of habits and 100 findings per document', () => {
  const verbs = ['统筹推进', '加快实施', '持续深化', '全面落实', '着力打造', '积极培育', '稳步扩大', '不断完善'];
  const lines: string[] = [];
  verbs.forEach((v, i) => {
    for (let k = 0; k < 3 + i; k++) lines.push(`${v}湖区渔业转型工程。${filler(1000 * i + 100 * k, 3)}`);
  });
  const text = lines.join('\n');
  const notes = infos(check(text, ID));
  assert.equal(notes.length, 5);
  // The most used ones, in document order.
  assert.deepEqual(
    covered(text, notes).map((c) => c.slice(0, 4)),
    ['全面落实', '着力打造', '积极培育', '稳步扩大', '不断完善'],
  );
  const doubled = Array.from({ length: 150 }, (_, i) => `第${i + 1}批项目推进推进顺利。`).join('\n');
  assert.equal(warnings(check(doubled, ID)).length, 100);
});

test('a title line said again as the first words of the text under it is structure, not a leftover', () => {
  const text = '湖区渔业转型示范区建设启动\r\n湖区渔业转型示范区建设启动，首批十个项目开工。';
  assert.deepEqual(warnings(check(text, ID)), []);
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
  // Character by character 加强湖区渔业转型研究 is restated, but 研究生 is one word: what is restated
  // is then a part of the clause, and a part restated is no slip.
  assert.deepEqual(check('要加强湖区渔业转型研究，确保加强湖区渔业转型研究生培养。', ID), []);
  const text = '要加强湖区渔业转型研究，确保加强湖区渔业转型研究取得成效。';
  assert.deepEqual(covered(text, check(text, ID)), ['加强湖区渔业转型研究']);
});

test('UTF-16 offsets after 𠮷, and CRLF line breaks', () => {
  let text = '𠮷𠮷，坚持稳中求进、坚持稳中求进。';
  let found = check(text, ID);
  assert.deepEqual(covered(text, found), ['坚持稳中求进']);
  assert.equal(applyFix(text, found[0]), '𠮷𠮷，坚持稳中求进。');
  text = '𠮷城加快推进新型城镇化建设，促进发展，𠮷城加快推进新型城镇化建设，改善环境。\r\n';
  found = check(text, ID);
  assert.deepEqual(covered(text, found), ['𠮷城加快推进新型城镇化建设']);
  assert.equal(applyFix(text, found[0]), '𠮷城加快推进新型城镇化建设，促进发展，改善环境。\r\n');
  text =
    '今年𠮷城经济平稳。新建湖区渔业转型示范点十二个，带动农户增收。\r\n新建湖区渔业转型示范点十二个，带动农户增收。新增市场主体三千户。\r\n';
  found = check(text, ID);
  assert.deepEqual(covered(text, found), ['新建湖区渔业转型示范点十二个，带动农户增收']);
  assert.equal(
    applyFix(text, found[0]),
    '今年𠮷城经济平稳。新建湖区渔业转型示范点十二个，带动农户增收。\r\n新增市场主体三千户。\r\n',
  );
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

test('an edit recomputes its paragraph only, and the counts across paragraphs follow it', () => {
  const rule = RULES.find((r) => r.id === ID)!;
  const options: RuleOptions = { ...DEFAULT_OPTIONS, rules: { [ID]: 'warning' } };
  const run = (text: string, caches: AnalysisCaches, meter?: WorkMeter) =>
    analyze(parse(text), options, { rules: [rule], caches, tables: corpusTables(), meter }).findings;
  const key = (fs: Finding[]) => fs.map((f) => JSON.stringify([f.start, f.end, f.message, f.related, f.fixes]));
  const paragraphs = Array.from({ length: 40 }, (_, i) => filler(100 * i, 5));
  paragraphs[3] = `统筹推进湖区渔业转型。${paragraphs[3]}`;
  paragraphs[20] = `我们要统筹推进湖区渔业转型。${paragraphs[20]}`;
  const caches = new AnalysisCaches();
  let text = paragraphs.join('\n');
  assert.deepEqual(run(text, caches), []);
  const changed = (before: string, after: string) => {
    const old = new Set(before.split('\n'));
    return after.split('\n').filter((l) => !old.has(l));
  };
  // A third use, typed into one paragraph: a note pointing at all three; one character more; the use taken out.
  const edits = [
    (t: string) => t.replace('第3100项任务已完成。', '第3100项任务已完成。继续统筹推进湖区渔业转型。'),
    (t: string) => t.replace('第1000项', '第1000项新'),
    (t: string) => t.replace('继续统筹推进湖区渔业转型。', ''),
  ];
  for (const [i, edit] of edits.entries()) {
    const before = text;
    text = edit(text);
    const [line, ...more] = changed(before, text);
    assert.deepEqual(more, []);
    const meter: WorkMeter = new Map();
    const warm = run(text, caches, meter);
    // The last edit takes the paragraph back to a text seen before: its part is kept, nothing is computed.
    // (What it computed anew; its reads of other paragraphs' kept parts are the merge.)
    const work = meter.get(ID);
    const computed = work?.paragraphs ? { paragraphs: work.paragraphs, chars: work.chars } : undefined;
    assert.deepEqual(computed, i < 2 ? { paragraphs: 1, chars: line.length } : undefined, `edit ${i}`);
    assert.deepEqual(key(warm), key(run(text, new AnalysisCaches())), `edit ${i}`);
    assert.equal(infos(warm).length, i < 2 ? 1 : 0, `edit ${i}`);
  }
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

test('published reports: no warning, at most one note each', { skip: !fs.existsSync(published()) }, () => {
  for (const file of fs.readdirSync(published()).filter((f) => f.endsWith('.txt'))) {
    const found = check(fs.readFileSync(path.join(published(), file), 'utf8'), ID);
    assert.deepEqual(warnings(found), [], file);
    assert.ok(infos(found).length <= 1, file);
  }
});

function published(): string {
  return path.resolve(__dirname, '..', '..', 'fixtures', 'samples', 'published');
}
