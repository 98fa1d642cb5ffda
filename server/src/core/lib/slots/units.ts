// Measure words and units: what a number stands before. Data, not rules: the rules decide from the
// segmenter's tokens (and, with the corpus tables, from evidence) whether a unit character is a unit
// here (个 in 三个) or part of a word (个人). Each list is one line of words separated by spaces.

const words = (list: string): string[] => list.split(' ');

/** Measure words that also occur in ordinary words (人, 次, 起…): a slot only where a quantity stands. */
export const SOFT_UNITS = words(
  '人 次 个 件 起 项 家 户 亩 条 处 名 所 篇 场 轮 台 套 幢 栋 座 辆 张 本 块 份 批 届 位 元 吨 倍 株 棵 艘 场次 架次',
);

/** Units that are nothing but units: a number must stand before them. */
export const HARD_UNITS = words(
  '人次 户次 家次 批次 个百分点 百分点 平方米 平方公里 平方千米 公里 千米 公顷 立方米 千瓦时 千瓦 标准箱',
);

/** Units 万 and 亿 multiply (万元, 亿人次). */
const MULTIPLIABLE = words(
  '元 美元 人 人次 户 名 家 个 件 套 辆 吨 亩 平方米 ㎡ 千瓦 千瓦时 立方米 公里 公顷 头 只 株 册 台 条 项 张 所 座 场 次 篇 千米 标准箱',
);

/** 万元, 亿元, 万人, 万余人…: 万/亿 (with 余/多) before a unit, always a number's tail. */
export const MULTIPLIED_UNITS = ['万', '亿', '万余', '亿余', '万多', '亿多'].flatMap((m) =>
  MULTIPLIABLE.map((u) => m + u),
);

/** Signs that follow a number directly. */
export const SYMBOL_UNITS = ['%', '％', '‰', '㎡'];

/** What may follow a masked number besides the units above: dates, times, multipliers. */
const AFTER_MASK = words(
  '年 月 日 号 时 分 秒 岁 天 周 小时 分钟 个月 季度 月份 频次 万 亿 千 百 十 期 角 米 公斤 千克 克 升 人日 名次',
);

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
const COUNTED =
  /[0-9０-９A-Za-zＡ-Ｚａ-ｚ〇○零一二两三四五六七八九十百千万亿兆几数半俩仨廿卅*＊×□每各这那此该本首某哪其另整单同全逐历诸若上下前后头末多余】]/;

/** True when `ch` (the character before a unit) supplies or stands for its number. */
export function isCounted(ch: string): boolean {
  return COUNTED.test(ch);
}

/**
 * Words that end in a measure word's character, for when the segmenter splits them apart
 * (产业链|条, 民生|为本): by the unit, what stands before it in such a word (链条, 线条…; 贫困户).
 */
const WORDS_BY_UNIT: Record<string, string> = {
  条: '链 线 教 头 萧 苗 面 纸 金 借 便 逐',
  本: '为 资 成 根 基 样 文 版 范 剧 课 书 账 标 读 蓝 脚 民 人 日',
  起: '兴 崛 发 提 掀 唤 引 挑 担 扛 撑 筑 建 树 拿 做 干 抓 想 说 谈 比 一 了 看 立 日 年 月 周 时 天 今 期',
  处: '之 好 用 难 长 短 住 去 到 随 各 深 远 高 益 相 共 判 论 惩 查 妙',
  家: '国 大 专 作 画 农 商 厂 行 赢 名 独 居 回 成 安 当 管 东 人 老 全 皇 儒 道 法 万 千 百',
  人: '个 老 成 家 他 本 别 敌 主 客 军 名 商 病 证 好 世 前 后 古 亲 友 为 用 惊 动 感 育 树 助 待 法 达 能 路 国 传 文 艺 匠 私 夫 新 旁 常 凡 见 到',
  次: '首 每 多 这 此 本 历 屡 依 逐 其 层 档 名 班 车 再 上 下 数 几 初 渐 席 频 批',
  件: '条 软 硬 部 零 配 要 急 附 快 原',
  项: '事 各 每 多 此 单 强 弱 专 立 选 款 逐 进 分 要 缺 用',
  户: '农 用 住 落 入 门 账 客 散 大 商 个 帮 窗 万 千 开 创 专 贫困 低保 五保',
  场: '市 现 广 立 在 登 出 主 会 考 赛 农 林 牧 商 机 战 剧 球 当 全 开 收 官 职 入 退 到 排 下',
  台: '出 平 舞 后 前 登 上 下 倒 柜 电 站 看 讲 阳 擂 灶 高 亮',
  套: '配 成 整 全 老 手 圈 外 客 俗 笔 书',
  名: '排 命 点 著 知 提 署 报 实 匿 签 联 有 出 成 功 虚 罪 书 地 人 姓 更 冠 挂 化 艺 齐 闻 大 慕 扬 驰 正 除 记 盛 美 好',
  所: '场 住 处 厕 诊 会 哨 寓 研究 派出 事务 卫生',
  位: '单 地 到 岗 职 部 方 定 席 学 首 高 低 就 让 在 补 缺 越 错 归 复 床 车 泊 摊 展 价 水 段 品 本 各 诸 列 哪 每 两 即 篡 王 上 卡 站 灯 穴 点 铺 虚',
  元: '单 多 公 美 欧 日 纪 状 开 一 二 三 韩 港',
  张: '一 主 紧 扩 开 慌 嚣 铺 夸 伸 纸',
  块: '一 板 地 大 方 石 冰 肉 土 拼 积 模 区 色',
  份: '身 省 股 月 年 成 部 充 一 过 缘',
  批: '审 分 一 大 成 整 上 下 首 同 逐 获 报 签',
  批次: '分',
  届: '换 历 本 上 下 首 各 往 应 每 当 同 新一',
  倍: '翻 加 成 双 数 百 千 万 几 一 两',
  轮: '客 齿 车 货 油 巨 年 邮 渡 飞 首 新一 每 本 上 下 几',
  座: '底 宝 讲 星 满 就 入 在 首 王 上 插 基',
  辆: '车 乘车',
  篇: '诗 长 短 中 开 通 全 续 新 上 下 终 首 名',
  栋: '楼',
};
const WORDS_ENDING_IN_UNIT = new Set(
  Object.entries(WORDS_BY_UNIT).flatMap(([unit, before]) => words(before).map((b) => b + unit)),
);

/** True when the character before a unit and the unit make a word (链条, 为本, 日起). */
export function makesWord(before: string, unit: string): boolean {
  return WORDS_ENDING_IN_UNIT.has(before + unit);
}
