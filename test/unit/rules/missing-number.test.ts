import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyEdits, combinableFixes, DEFAULT_OPTIONS, Finding, RULES } from '../../../server/src/core';
import { EMPTY_TABLES } from '../../../server/src/core';
import { slotTarget } from '../../../server/src/core/lib/slots/text';
import { applyFix, check, covered, parse } from '../../helpers';

/** "Mark all blanks": applies the slot fixes (which plain fix-all leaves alone) until none is left. */
function markAll(text: string, check: (text: string) => readonly Finding[]): { text: string } {
  for (let round = 0; round < 10; round++) {
    const fixes = combinableFixes(check(text), () => true);
    if (fixes.length === 0) break;
    text = applyEdits(
      text,
      fixes.flatMap((f) => f.edits),
    );
  }
  return { text };
}

const RULE = 'missing-number';
const found = (text: string) => covered(text, check(text, RULE));

test('missing-number: finds empty and masked quantities, covering only the slot', () => {
  const cases: Array<[string, string[]]> = [
    ['开展专题调研次。', ['研次']],
    ['乡镇覆盖率达%。', ['达%']],
    ['城镇登记失业率控制在%以内。', ['在%']],
    ['人口自然出生率为‰。', ['为‰']],
    ['实现营业收入亿元。', ['入亿元']],
    ['惠及约万人。', ['约万人']],
    ['新录用公务员人，', ['员人']],
    ['改造棚户区万平方米。', ['区万平方米']],
    ['申请优待证人次，', ['证人次']],
    ['，个村完成改造，个乡镇通过验收。', ['个', '个']],
    ['接种疫苗***万剂次，推送隔离**万余人。', ['***', '**']],
    ['培训干部人次，发放补贴万元。', ['部人次', '贴万元']],
    ['城镇新增就业人，', ['业人']],
    ['受理群众信访案件共计件。', ['共计件']],
    ['上半年信访绩效排名全市第位。', ['第位']],
    ['新建个村级服务站。', ['建个']],
    ['完成种粮农民补贴耕地面积亩。', ['积亩']],
    ['每天出动车辆余台、人员余人进行巡山。', ['辆余台', '员余人']],
    ['查处违法案件起，', ['件起']],
    ['城镇登记失业率下降个百分点。', ['降个百分点']],
    ['完成*万元，同比增长*％。', ['*', '*']],
    ['共培育党建品牌示范项目XX个。', ['XX']],
    ['集中办理率提高到XX%，', ['XX']],
    ['同比增长1*.6%。', ['*']],
    ['新增就业3X万人。', ['X']],
    ['占比**%。', ['**']],
    ['接待群众*余人次，受益群众*多人。', ['*', '*']],
    ['播放音频*频次。', ['*']],
    ['新建××个项目。', ['××']],
    ['于○○年完成。', ['○○']],
    ['建成□□个站点。', ['□□']],
    ['召开第*次会议，*月*日印发。', ['*', '*', '*']],
    ['耕地保护流出*个图斑*平方米，已核销*个点图斑。', ['*', '*', '*']],
    ['排查60岁以上老人使用燃气情况*户。', ['*']],
    ['开展志愿服务活动场次，覆盖群众万余人，投资余万元。', ['动场次', '众万余人', '资余万元']],
    ['给予党纪政务处分人，新发展党员名。', ['分人', '员名']],
    ['企业开办时间压缩至个工作日，人均收入提高到万元。', ['至个', '到万元']],
    ['同比增长*，完成率*。', ['*', '*']],
    ['全年共召开会议____次，', ['____']],
    ['全年共召开会议  次，培训干部　人次。', ['议  次', '部　人次']],
    ['于    年  月  日', ['于    年', '年  月', '月  日']],
    ['2023年  月  日', ['年  月', '月  日']],
    ['2023年月日印发', ['年月', '月日']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
});

test('missing-number: leaves words containing a unit, counted quantities and name masks alone', () => {
  const clean = [
    '使每个人成为示范者，培养人才。',
    '接待3000人次，累计1.2万人次。',
    '首次开展，每次，多次，这次，此次，本次，历次。',
    '深刻领悟“两个确立”的决定性意义，各个，几个，一个，整个，个别。',
    '召开三次会议，实施十余个项目。',
    '2023年5月1日，第3次，3～5个。',
    '增长5.2%，1－5月份，上升3个百分点。',
    '从今年起，自即日起，从5月1日起，从源头起。',
    '近万人，逾亿元，上亿人次，数万名。',
    '其余人员，业余时间，见物不见人，以人为本，为人民服务。',
    '检查企业家，国家，专家，千家万户。',
    '脱贫户、监测户、边缘户、低保户。',
    '关心人、爱护人，统筹人、财、物。',
    '延伸农业产业链条；民生为本。',
    '增长速度换挡期，改革进入攻坚期。',
    '联村帮户”工作机制，联百村包百企进万户。',
    '“万场党课万人讲”，万吨级泊位。',
    '件件有着落，事事有回音；财政支出稳步增长，这是一件大事。',
    '多次召开会议，出台一系列配套文件，人口总数万人以上的乡镇。',
    '坚持以人民为中心，保障个人权益，有个别同志，这个问题，那次会议。',
    '全省近万名干部，逾亿元投资，上万人次。',
    '司法所，派出所，管理处，不足之处，好处。',
    '出台政策，搭建平台，配套政策，各项工作，专项整治，立项。',
    '*市领导班子，**区，XX同志，入股到*项目，全*人民，困扰**多年。',
    '完成【待填】万元，【待填】个。',
    'X光机，Xbox，PM2.5，3×4，3x4，二○○八年，二〇〇八年。',
    '分清主次，亩均效益，一户一策，户籍。',
    '主要负责人，联系人，责任人，带头人。',
    '填写出生年月日，5月日均客流，2023年 5月，共 3 个，file_name，提高2个多百分点。',
  ];
  for (const text of clean) assert.deepEqual(found(text), [], text);
});

test('missing-number: messages show the gap in the drafter’s words, in Chinese and English', () => {
  assert.equal(check('开展专题调研次。', RULE)[0].message, '缺少数字：「开展专题调研▢次」');
  assert.equal(check('完成*万元。', RULE)[0].message, '缺少数字：「完成▢万元」（* 尚未替换为数字）');
  assert.equal(check('开展专题调研次。', RULE, { locale: 'en' })[0].message, 'Missing number: 「开展专题调研▢次」');
  assert.equal(check('乡镇覆盖率达%。', RULE)[0].severity, 'warning');
});

test('missing-number: severity follows confidence — certain a warning, plausible a note, below that nothing', () => {
  const cases: Array<[string, string, string]> = [
    ['完成*万元。', '*', 'warning'], // a mask
    ['乡镇覆盖率达%。', '达%', 'warning'], // a sign after a Chinese character
    ['，个村完成改造。', '个', 'warning'], // a measure word right after punctuation, where complete text counts
    ['全年共召开会议  次。', '议  次', 'warning'], // blanks typed for the number
    ['惠及约万人。', '约万人', 'warning'], // complete text always has a number here
    ['开展专题调研次。', '研次', 'warning'], // complete text of every register counts sessions after 调研
    ['新建学校所。', '校所', 'information'], // usually a number, not always
    ['集中学习次。', '习次', 'information'],
    // 受理群众来信1,200件: complete text counts letters here more often than it writes 来信件
    ['受理群众来信件，', '信件', 'information'],
    ['办好民生实事件，', '事件', 'information'], // 办好民生实事10件
  ];
  for (const [text, slot, severity] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), [slot], text);
    assert.equal(found[0].severity, severity, text);
  }
  // Complete text writes these characters together as words (信件, 事件): no blank is claimed.
  for (const text of ['保障个人权益。', '推进信访事件依法处理。', '处理突发事件。'])
    assert.deepEqual(found(text), [], text);
});

test('missing-number: a masked count before a two-character unit is one blank, and marking it leaves nothing', () => {
  const text = '接种疫苗***万剂次，推送隔离**万余人。\r\n𠮷完成X万元。';
  const findings = check(text, RULE);
  assert.deepEqual(covered(text, findings), ['***', '**', 'X']);
  const { text: marked } = markAll(text, (t) => [
    ...check(t, RULE),
    ...check(t, 'placeholder').filter((f) => f.severity !== 'information'),
  ]);
  assert.equal(marked, '接种疫苗【待填】万剂次，推送隔离【待填】万余人。\r\n𠮷完成【待填】万元。');
  assert.deepEqual(check(marked, RULE), []);
  assert.deepEqual(
    check(marked, 'placeholder').map((f) => f.severity),
    ['information', 'information', 'information'],
  );
  // The masked count is a number, never a missing name.
  assert.deepEqual(check(text, 'placeholder'), []);
});

test('missing-number: without the corpus tables the hand rules still find empty quantities', () => {
  const text = '开展专题调研次，惠及约万人。';
  const rule = RULES.find((r) => r.id === RULE)!;
  const result = analyze(parse(text), { ...DEFAULT_OPTIONS }, { rules: [rule], tables: EMPTY_TABLES });
  assert.deepEqual(covered(text, result.findings), ['研次', '约万人']);
});

test('missing-number: fixes insert or write the placeholder; fill-value names the span', () => {
  const cases: Array<[string, string]> = [
    ['开展专题调研次。', '开展专题调研【待填】次。'],
    ['完成*万元。', '完成【待填】万元。'],
    ['同比增长1*.6%。', '同比增长【待填】%。'],
    ['开展志愿服务活动场次。', '开展志愿服务活动【待填】场次。'],
    ['惠及约万人。', '惠及约【待填】万人。'],
    ['覆盖率达%。', '覆盖率达【待填】%。'],
    ['全年共召开会议  次。', '全年共召开会议【待填】次。'],
    ['全年共召开会议____次。', '全年共召开会议【待填】次。'],
  ];
  for (const [text, fixed] of cases) {
    const [f] = check(text, RULE);
    assert.equal(applyFix(text, f), fixed, text);
    assert.equal(f.fixes[0].safe, true);
    assert.match(f.fixes[0].title, /^(插入占位符|替换为占位符)$/);
  }
  const gap = check('开展专题调研次。', RULE)[0];
  assert.deepEqual(slotTarget(gap), { start: 6, end: 6 });
  assert.equal(gap.fixes[1].command, 'gongwen.fillValue');
  assert.equal(gap.fixes[1].safe, false);
  assert.equal(gap.fixes[1].title, '填入数值…');
  const partial = '同比增长1*.6%。';
  const target = slotTarget(check(partial, RULE)[0])!;
  assert.equal(partial.slice(target.start, target.end), '1*.6');
  assert.equal(applyEdits(partial, [{ ...target, newText: '12.6' }]), '同比增长12.6%。');
  assert.equal(applyFix('完成*万元。', check('完成*万元。', RULE, { placeholder: '［　］' })[0]), '完成［　］万元。');
});

test('missing-number: the fixed text is clean', () => {
  const text = '开展专题调研次，完成*万元，同比增长*％，覆盖群众万余人，惠及约万人，改造棚户区万平方米。';
  const { text: fixed } = markAll(text, (t) => check(t, RULE));
  assert.equal(
    fixed,
    '开展专题调研【待填】次，完成【待填】万元，同比增长【待填】％，覆盖群众【待填】万余人，惠及约【待填】万人，改造棚户区【待填】万平方米。',
  );
  assert.deepEqual(check(fixed, RULE), []);
  const date = markAll('2023年  月  日', (t) => check(t, RULE)).text;
  assert.equal(date, '2023年【待填】月【待填】日');
  assert.deepEqual(check(date, RULE), []);
});

test('missing-number: UTF-16 offsets past 𠮷 and CRLF line ends', () => {
  const text = '𠮷𠮷公司总结\r\n开展专题调研次\r\n完成*万元\r\n';
  const findings = check(text, RULE);
  assert.deepEqual(covered(text, findings), ['研次', '*']);
  assert.equal(findings[0].start, text.indexOf('研次'));
  assert.equal(findings[1].start, text.indexOf('*'));
  assert.equal(applyFix(text, findings[1]), '𠮷𠮷公司总结\r\n开展专题调研次\r\n完成【待填】万元\r\n');
  const lf = check('𠮷开展专题调研次\n', RULE)[0];
  assert.equal(lf.start, '𠮷开展专题调'.length);
});

test('missing-number: Markdown emphasis is no mask, a lone * before a unit is', () => {
  const text = '# 总结\n\n**一是加强学习。**完成*万元。\n';
  assert.deepEqual(found(text), ['*']);
  assert.equal(check(text, RULE)[0].start, text.indexOf('*万元'));
});

test('missing-number: stays linear on long runs', () => {
  for (const ch of ['*', '一', '（', '的', ' ', '个', '%']) {
    const started = Date.now();
    check(ch.repeat(100_000), RULE);
    assert.ok(Date.now() - started < 5000, `100,000 × ${ch}`);
  }
});

test('missing-number: the drafter’s counts left out after a word are found, by evidence of every register', () => {
  const cases: Array<[string, string[]]> = [
    ['提拔干部人，', ['部人']],
    ['留置案件件；集中学习次。', ['件件', '习次']],
    ['立案审查调查件，给予党纪处分人。', ['查件', '分人']],
    ['查处违纪问题起，培训干部人次。', ['题起', '部人次']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
  // With 𠮷 and CRLF: offsets stay UTF-16, the fix writes the placeholder there and nowhere else.
  const text = '𠮷提拔干部人，\r\n集中学习次。\r\n';
  const findings = check(text, RULE);
  assert.deepEqual(covered(text, findings), ['部人', '习次']);
  assert.equal(applyFix(text, findings[1]), '𠮷提拔干部人，\r\n集中学习【待填】次。\r\n');
});

test('missing-number: words, rates, round amounts and names with a marker are complete text — and their look-alikes blanks', () => {
  // Each complete-text class with a draft that lacks its number in the same place.
  const pairs: Array<[string, string, string[]]> = [
    ['公司法定代表人应当到场。', '新录用公务员人，', ['员人']],
    ['被拘留人的家属应当知情。', '给予党纪处分人。', ['分人']],
    ['接待游客人次、旅游收入分别增长10%。', '接待游客万人次，', ['客万人次']],
    ['农民人均可支配收入58万元/人。', '农民人均纯收入万元/人。', ['入万元']],
    ['地区生产总值突破万亿元。', '地区生产总值达到万亿元。', ['达到万亿元']],
    ['经济总量迈上4个万亿元台阶。', '，个村完成改造。', ['个']],
    ['形成“米”字形高铁网。', '乡镇覆盖率达%。', ['达%']],
    ['打造“415X”产业集群。', '新增就业3X万人。', ['X']],
  ];
  for (const [complete, draft, expected] of pairs) {
    assert.deepEqual(found(complete), [], complete);
    assert.deepEqual(found(draft), expected, draft);
  }
});

test('missing-number: a marked blank never makes a finding appear (小游园等类【待填】个)', () => {
  const text = '建成口袋公园、小游园等类【待填】个。';
  assert.deepEqual(found(text), []);
  // Marking every blank of a draft leaves no finding that was not there before.
  const draft = '提拔干部人，开展专题调研次，完成*万元，建成小游园等类个。\r\n𠮷惠及约万人。';
  const before = check(draft, RULE);
  const { text: marked } = markAll(draft, (t) => check(t, RULE));
  assert.ok(marked.includes('【待填】'), marked);
  const after = check(marked, RULE);
  for (const f of after)
    assert.ok(
      before.some((b) => b.message === f.message),
      f.message,
    );
});
