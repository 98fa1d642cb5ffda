import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, combinableFixes, Finding } from '../../../server/src/core';
import { slotTarget } from '../../../server/src/core/lib/slots/text';
import { applyFix, check, covered } from '../../helpers';

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

const RULE = 'placeholder';
const found = (text: string) =>
  covered(
    text,
    check(text, RULE).filter((f) => f.severity !== 'information'),
  );

test('placeholder: finds unfilled names, empty pairs, hints, ellipses and 等 with nothing before it', () => {
  const cases: Array<[string, string[]]> = [
    ['*市领导班子始终紧扣中央部署。', ['*']],
    ['**区认真贯彻落实。', ['**']],
    ['XX同志任职以来，', ['XX']],
    ['党工委会议后，*领导班子始终坚持高标准。', ['*']],
    ['不断加快建设富裕文明和谐美丽新*奠定了基础。', ['*']],
    ['某某同志，某某县，', ['某某', '某某']],
    ['任某某局局长，向某某县通报，', ['某某', '某某']],
    ['某县人民政府，某同志，', ['某', '某']],
    ['开展“”主题活动，印发《》，（）内容', ['“”', '《》', '（）']],
    ['**（县名）人民政府', ['**（县名）']],
    ['请各单位于（填写日期）前报送（单位名称）材料。', ['（填写日期）', '（单位名称）']],
    ['围绕……主题开展活动。', ['……']],
    ['组织开展等主题活动，', ['展等']],
    ['XX源保护一、二期项目通过验收。', ['XX']],
    ['签约“i**”城市公共服务平台项目。', ['**']],
    ['位列全**市第一位，', ['**']],
    ['×××市，○○县，□□乡，____镇。', ['×××', '○○', '□□', '____']],
    ['对辖区内*等地势低洼地段进行勘察，开展*两村矿山修复。', ['*', '*']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
});

test('placeholder: 等 after a verb is judged by complete text: never written there a warning, sometimes a note, often nothing', () => {
  const severities = (text: string) => check(text, RULE).map((f) => `${text.slice(f.start, f.end)}/${f.severity}`);
  // 开展等 never occurs in complete text: the list before 等 is missing.
  assert.deepEqual(severities('组织开展等主题活动。'), ['展等/warning']);
  // 引进等 does (技术引进等): after an adverb it is still a verb, so plausibly a blank.
  assert.deepEqual(severities('积极引进等龙头企业。'), ['进等/information']);
  // 组织等, 改造等, 技术引进等: complete text ends lists with these words; and a list written out is whole.
  for (const text of [
    '加强技术引进等工作。',
    '推进老旧小区改造等民生工程。',
    '开展了文明实践、志愿服务等活动。',
    '引导企业、社会组织等参与。',
  ]) {
    assert.deepEqual(severities(text), [], text);
  }
  // 𠮷 and CRLF before it: the offsets stay UTF-16.
  const crlf = '𠮷𠮷\r\n组织开展等主题活动。\r\n';
  const [f] = check(crlf, RULE);
  assert.equal(crlf.slice(f.start, f.end), '展等');
  assert.equal(applyFix(crlf, f), '𠮷𠮷\r\n组织开展【待填】等主题活动。\r\n');
});

test('placeholder: policy and project names with X or × are no masks; a masked count is a number', () => {
  for (const text of [
    '推行“1+X”证书制度，实施“5×2”工作法。',
    '推进“N+X”模式，建设X射线检测站。',
    '推送隔离**万余人，接种疫苗***万剂次。',
    'X-51A试飞，X—47B无人机，*ST公司股票，X谱仪。',
    '面积为18米×18米，尺寸10*5*3米，功率2*150kW。',
    // one letter glued to the word before a closing quote ends a quoted name; × in a formula multiplies
    '实施“数据要素×”行动，打造“415X”产业集群。',
    '应纳税额＝销售额×税率。',
    // a column's title and an order in brackets are no template hints
    '【数字十年】各地加快发展，名单（按姓名笔划为序）如下。',
    // someone unnamed, and an ellipsis that closes a list or a thought
    '寇某某假冒他人，身边的某某去创业。',
    '运行稳定……短短二十年，北京、上海……各地。',
  ]) {
    assert.deepEqual(check(text, RULE), [], text);
  }
  // …while a mask before a name, a blank 某某 and an ellipsis inside a title still are blanks (with 𠮷 and CRLF).
  const text = '𠮷\r\n*市“X+1”行动，某某同志，围绕……主题开展活动，开展“XX”专项行动，（县名）人民政府。';
  assert.deepEqual(covered(text, check(text, RULE)), ['*', '某某', '……', 'XX', '（县名）']);
});

test('placeholder: leaves ordinary text, numbers and anonymised names alone', () => {
  const clean = [
    '某些问题，某种程度上，某个环节，某一方面。',
    '查处了张某某违纪问题，王某被立案审查。',
    '讲政治、顾大局……。我们要……',
    '诸如此类……等等',
    '加强学习、宣传、贯彻等环节，学习宣传贯彻等环节。',
    '通过走访、座谈、调研等方式，',
    '推动上海合作组织等区域合作机制发展。',
    '传统产业技术改造等项目，',
    '河（湖）长制，《条例（试行）》，（2023年）',
    'X光，Xbox，PM2.5，3×4，二○○八年。',
    '完成*万元，XX个，同比增长*％，第*次。',
    '“一国两制”、“港人治港”',
    '《中国共产党章程》',
    '“十四五”规划',
  ];
  for (const text of clean) assert.deepEqual(found(text), [], text);
});

test('placeholder: the document’s placeholder is listed at information level, with no safe fix', () => {
  const text = '完成【待填】万元，召开【待填】会议。';
  const findings = check(text, RULE);
  assert.deepEqual(covered(text, findings), ['【待填】', '【待填】']);
  for (const f of findings) {
    assert.equal(f.severity, 'information');
    assert.ok(f.fixes.every((fix) => !fix.safe));
    assert.equal(f.fixes[0].command, 'gongwen.fillValue');
  }
  assert.equal(findings[0].message, '待填写：「完成【待填】万元」');
  const custom = check('完成［　］万元，**区', RULE, { placeholder: '［　］' });
  assert.deepEqual(covered('完成［　］万元，**区', custom), ['［　］', '**']);
  assert.equal(custom[0].severity, 'information');
});

test('placeholder: messages name what is missing', () => {
  assert.equal(check('*市领导班子始终', RULE)[0].message, '缺少名称：「▢市领导班子始终」（* 尚未替换）');
  assert.equal(check('开展“”主题活动', RULE)[0].message, '内容为空：「开展“▢”主题活动」');
  assert.equal(check('组织开展等主题活动', RULE)[0].message, '“等”前缺少列举内容：「组织开展▢等主题活动」');
  assert.equal(check('（单位名称）', RULE)[0].message, '模板提示未替换：「（单位名称）」');
  assert.equal(
    check('*市领导班子始终', RULE, { locale: 'en' })[0].message,
    'Missing name: 「▢市领导班子始终」 (* is still to be replaced)',
  );
});

test('placeholder: fixes write the placeholder; fill-value names the span', () => {
  const cases: Array<[string, string]> = [
    ['*市领导班子始终', '【待填】市领导班子始终'],
    ['开展“”主题活动', '开展“【待填】”主题活动'],
    ['组织开展等主题活动', '组织开展【待填】等主题活动'],
    ['报送（单位名称）材料', '报送【待填】材料'],
    ['**（县名）人民政府', '【待填】人民政府'],
    ['某某同志', '【待填】同志'],
    ['围绕……主题开展活动', '围绕【待填】主题开展活动'],
  ];
  for (const [text, fixed] of cases) {
    const [f] = check(text, RULE);
    assert.equal(applyFix(text, f), fixed, text);
    assert.equal(f.fixes[0].safe, true);
    assert.equal(f.fixes[1].command, 'gongwen.fillValue');
    assert.equal(f.fixes[1].safe, false);
  }
  const quote = '开展“”主题活动';
  assert.deepEqual(slotTarget(check(quote, RULE)[0]), { start: 3, end: 3 });
  assert.equal(check('组织开展等主题活动', RULE)[0].fixes[0].title, '插入占位符');
  assert.equal(check('*市领导', RULE)[0].fixes[0].title, '替换为占位符');
});

test('placeholder: the fixed text is clean, every blank still listed', () => {
  const text = '*市领导班子组织开展等主题活动，印发《》，报送（单位名称），某某同志。';
  const { text: fixed } = markAll(text, (t) => check(t, RULE));
  assert.equal(fixed, '【待填】市领导班子组织开展【待填】等主题活动，印发《【待填】》，报送【待填】，【待填】同志。');
  const after = check(fixed, RULE);
  assert.equal(after.length, 5);
  assert.ok(after.every((f) => f.severity === 'information' && f.fixes.every((fix) => !fix.safe)));
});

test('placeholder and missing-number: every mask found by exactly one of them', () => {
  const text =
    '2023年，**在市委领导下，共开展集中学习共*次，完成*万元，入股到*项目，为*共*户安装设备，XX源保护，XX个，全*人民。';
  const both = [...check(text, RULE), ...check(text, 'missing-number')].map((f) => f.start).sort((a, b) => a - b);
  const masks = [...text.matchAll(/\*+|X+/g)].map((m) => m.index!);
  assert.deepEqual(both, masks);
  // Marking all blanks with both rules leaves each one listed once, at information level.
  const marked = markAll(text, (t) => [...check(t, RULE), ...check(t, 'missing-number')]).text;
  assert.deepEqual(check(marked, 'missing-number'), []);
  const listed = check(marked, RULE);
  assert.equal(listed.length, masks.length);
  assert.ok(listed.every((f) => f.severity === 'information'));
});

test('placeholder: UTF-16 offsets past 𠮷 and CRLF line ends', () => {
  const text = '𠮷𠮷同志述职\r\n*市领导班子\r\n开展“”活动\r\n';
  const findings = check(text, RULE);
  assert.deepEqual(covered(text, findings), ['*', '“”']);
  assert.equal(findings[0].start, text.indexOf('*'));
  assert.equal(applyFix(text, findings[1]), '𠮷𠮷同志述职\r\n*市领导班子\r\n开展“【待填】”活动\r\n');
});

test('placeholder: stays linear on long runs', () => {
  for (const ch of ['*', '（', '“', '…', '某', '的', ' ']) {
    const started = Date.now();
    check(ch.repeat(100_000), RULE);
    assert.ok(Date.now() - started < 5000, `100,000 × ${ch}`);
  }
});
