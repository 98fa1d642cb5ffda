// Measure words and units: what a number stands before. Lists, not rules: the rules decide from
// the segmenter's tokens whether a unit character is a unit here (个 in 三个) or part of a word (个人).

/** Measure words that also occur in ordinary words (人, 次, 起…): a slot only where a quantity stands. */
export const SOFT_UNITS = [
  '人', '次', '个', '件', '起', '项', '家', '户', '亩', '条', '处', '名', '所', '篇', '场', '轮', '台', '套',
  '幢', '栋', '座', '辆', '张', '本', '块', '份', '批', '届', '位', '元', '吨', '倍', '株', '棵', '艘', '场次', '架次',
];

/** Units that are nothing but units: a number must stand before them. */
export const HARD_UNITS = [
  '人次', '户次', '家次', '批次', '个百分点', '百分点', '平方米', '平方公里', '平方千米', '公里', '千米', '公顷',
  '立方米', '千瓦时', '千瓦', '标准箱',
];

const MULTIPLIABLE = [
  '元', '美元', '人', '人次', '户', '名', '家', '个', '件', '套', '辆', '吨', '亩', '平方米', '㎡', '千瓦', '千瓦时',
  '立方米', '公里', '公顷', '头', '只', '株', '册', '台', '条', '项', '张', '所', '座', '场', '次', '篇', '千米', '标准箱',
];

/** 万元, 亿元, 万人, 万余人…: 万/亿 (with 余/多) before a unit, always a number's tail. */
export const MULTIPLIED_UNITS = ['万', '亿', '万余', '亿余', '万多', '亿多'].flatMap((m) => MULTIPLIABLE.map((u) => m + u));

/** Signs that follow a number directly. */
export const SYMBOL_UNITS = ['%', '％', '‰', '㎡'];

/** What may follow a masked number besides the units above: dates, times, multipliers. */
const AFTER_MASK = [
  '年', '月', '日', '号', '时', '分', '秒', '岁', '天', '周', '小时', '分钟', '个月', '季度', '月份', '频次',
  '万', '亿', '千', '百', '十', '期', '角', '米', '公斤', '千克', '克', '升', '人日', '名次',
];

/** A sticky matcher for the longest of `words` at a position. */
function matcher(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'y');
}

const ANY_UNIT = matcher([...SOFT_UNITS, ...HARD_UNITS, ...MULTIPLIED_UNITS, ...SYMBOL_UNITS]);
const MASK_UNIT = matcher([...SOFT_UNITS, ...HARD_UNITS, ...MULTIPLIED_UNITS, ...SYMBOL_UNITS, ...AFTER_MASK]);

const SOFT = new Set(SOFT_UNITS);
const SYMBOL = new Set(SYMBOL_UNITS);

/** The kind of a unit: soft (also in words), hard (only a unit) or a symbol (%). */
export function unitKind(unit: string): 'soft' | 'hard' | 'symbol' {
  return SOFT.has(unit) ? 'soft' : SYMBOL.has(unit) ? 'symbol' : 'hard';
}

/** The longest unit starting at `at`, or ''. */
export function unitAt(text: string, at: number): string {
  ANY_UNIT.lastIndex = at;
  return ANY_UNIT.exec(text)?.[0] ?? '';
}

/** The longest unit, date or multiplier starting at `at` (what may follow a masked number), or ''. */
export function maskUnitAt(text: string, at: number): string {
  MASK_UNIT.lastIndex = at;
  return MASK_UNIT.exec(text)?.[0] ?? '';
}

/** Characters that make what follows a counted quantity: digits, numerals, masks, determiners (每个, 各项, 这次). */
const COUNTED = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ〇○零一二两三四五六七八九十百千万亿兆几数半俩仨廿卅*＊×□每各这那此该本首某哪其另整单同全逐历诸若上下前后头末多余】]/;

/** True when `ch` (the character before a unit) supplies or stands for its number. */
export function isCounted(ch: string): boolean {
  return COUNTED.test(ch);
}

/**
 * Words that end in a measure word's character, for when the segmenter splits them apart
 * (产业链|条, 民生|为本): the character before and the unit make a word, not a quantity.
 */
const WORDS_ENDING_IN_UNIT = new Set([
  '链条', '线条', '教条', '头条', '萧条', '苗条', '面条', '纸条', '金条', '借条', '便条', '逐条',
  '为本', '资本', '成本', '根本', '基本', '样本', '文本', '版本', '范本', '剧本', '课本', '书本', '账本', '标本', '读本', '蓝本', '脚本', '民本', '人本', '日本',
  '兴起', '崛起', '发起', '提起', '掀起', '唤起', '引起', '挑起', '担起', '扛起', '撑起', '筑起', '建起', '树起', '拿起', '做起', '干起', '抓起', '想起', '说起', '谈起', '比起', '一起', '了起', '看起', '立起',
  '之处', '好处', '用处', '难处', '长处', '短处', '住处', '去处', '到处', '随处', '各处', '深处', '远处', '高处', '益处', '相处', '共处', '判处', '论处', '惩处', '查处', '妙处',
  '国家', '大家', '专家', '作家', '画家', '农家', '商家', '厂家', '行家', '赢家', '名家', '独家', '居家', '回家', '成家', '安家', '当家', '管家', '东家', '人家', '老家', '全家', '皇家', '儒家', '道家', '法家', '万家', '千家', '百家',
  '个人', '老人', '成人', '家人', '他人', '本人', '别人', '敌人', '主人', '客人', '军人', '名人', '商人', '病人', '证人', '好人', '世人', '前人', '后人', '古人', '亲人', '友人', '为人', '用人', '惊人', '动人', '感人', '育人', '树人', '助人', '待人', '法人', '达人', '能人', '路人', '国人', '传人', '文人', '艺人', '匠人', '私人', '夫人', '新人', '旁人', '常人', '凡人', '见人', '到人',
  '首次', '每次', '多次', '这次', '此次', '本次', '历次', '屡次', '依次', '逐次', '其次', '层次', '档次', '名次', '班次', '车次', '再次', '上次', '下次', '数次', '几次', '初次', '渐次', '席次', '频次', '批次',
  '条件', '软件', '硬件', '部件', '零件', '配件', '要件', '急件', '附件', '快件', '原件',
  '事项', '各项', '每项', '多项', '此项', '单项', '强项', '弱项', '专项', '立项', '选项', '款项', '逐项', '进项', '分项', '要项', '缺项', '用项',
  '农户', '用户', '住户', '落户', '入户', '门户', '账户', '客户', '散户', '大户', '商户', '个户', '帮户', '窗户', '万户', '千户', '开户', '创户', '专户', '贫困户', '低保户', '五保户',
  '市场', '现场', '广场', '立场', '在场', '登场', '出场', '主场', '会场', '考场', '赛场', '农场', '林场', '牧场', '商场', '机场', '战场', '剧场', '球场', '当场', '全场', '开场', '收场', '官场', '职场', '入场', '退场', '到场', '排场', '下场',
  '出台', '平台', '舞台', '后台', '前台', '登台', '上台', '下台', '倒台', '柜台', '电台', '站台', '看台', '讲台', '阳台', '擂台', '灶台', '高台', '亮台',
  '配套', '成套', '整套', '全套', '老套', '手套', '圈套', '外套', '客套', '俗套', '笔套', '书套',
  '排名', '命名', '点名', '著名', '知名', '提名', '署名', '报名', '实名', '匿名', '签名', '联名', '有名', '出名', '成名', '功名', '虚名', '罪名', '书名', '地名', '人名', '姓名', '更名', '冠名', '挂名', '化名', '艺名', '齐名', '闻名', '大名', '慕名', '扬名', '驰名', '正名', '除名', '记名', '盛名', '美名', '好名',
  '场所', '住所', '处所', '厕所', '诊所', '会所', '哨所', '寓所', '研究所', '派出所', '事务所', '卫生所',
  '单位', '地位', '到位', '岗位', '职位', '部位', '方位', '定位', '席位', '学位', '首位', '高位', '低位', '就位', '让位', '在位', '补位', '缺位', '越位', '错位', '归位', '复位', '床位', '车位', '泊位', '摊位', '展位', '价位', '水位', '段位', '品位', '本位', '各位', '诸位', '列位', '哪位', '每位', '两位', '即位', '篡位', '王位', '上位', '卡位', '站位', '灯位', '穴位', '点位', '铺位', '虚位', '本位',
  '单元', '多元', '公元', '美元', '欧元', '日元', '英镑', '纪元', '状元', '开元', '一元', '二元', '三元', '韩元', '港元', 
  '一张', '主张', '紧张', '扩张', '开张', '慌张', '嚣张', '铺张', '夸张', '伸张', '纸张',
  '一块', '板块', '地块', '大块', '方块', '石块', '冰块', '肉块', '土块', '拼块', '积块', '模块', '区块', '色块',
  '身份', '省份', '股份', '月份', '年份', '成份', '部份', '充份', '一份', '过份', '缘份',
  '审批', '分批', '一批', '大批', '成批', '整批', '上批', '下批', '首批', '同批', '逐批', '获批', '报批', '签批', '分批次',
  '换届', '历届', '本届', '上届', '下届', '首届', '各届', '往届', '应届', '每届', '当届', '同届', '新一届', '往届',
  '翻倍', '加倍', '成倍', '双倍', '数倍', '百倍', '千倍', '万倍', '几倍', '一倍', '两倍',
  '客轮', '齿轮', '车轮', '货轮', '油轮', '巨轮', '年轮', '邮轮', '渡轮', '飞轮', '首轮', '新一轮', '每轮', '本轮', '上轮', '下轮', '几轮',
  '底座', '宝座', '讲座', '星座', '满座', '就座', '入座', '在座', '首座', '王座', '上座', '插座', '基座',
  '车辆', '乘车辆',
  '诗篇', '长篇', '短篇', '中篇', '开篇', '通篇', '全篇', '续篇', '新篇', '上篇', '下篇', '终篇', '首篇', '名篇',
  '日起', '年起', '月起', '周起', '时起', '天起', '今起', '期起',
  '楼栋',
]);

/** True when the character before a unit and the unit make a word (链条, 为本, 日起). */
export function makesWord(before: string, unit: string): boolean {
  return WORDS_ENDING_IN_UNIT.has(before + unit);
}
