// Residue recognised by the shape of lines rather than by what they say: a line of interface words,
// separators, ids, dates and times (a toolbar, a breadcrumb, a font-size switch); the run of short
// lines a web page puts above the title and below the report; the lines of an advertising block
// between two residue lines. The report's own short lines — title, subtitle, speaker, date,
// headings, glossary, annexes, signature — are protected.

import { PADDED_DATE, ResidueKind } from './patterns';

// Words of page interfaces: buttons, menus, switches, share targets.
const UI = new Set(
  (
    '首页 主页 登录 注册 退出 搜索 检索 高级搜索 无障碍 无障碍浏览 长者模式 关怀模式 适老版 老年模式 简体 繁体 简 繁 English EN 网站地图 ' +
    '联系我们 关于我们 设为首页 加入收藏 收藏 返回 返回顶部 顶部 打印 关闭 分享 分享到 纠错 我要纠错 评论 点赞 转发 在看 举报 字号 字体 默认 ' +
    '大 中 小 A A+ A- T 上一篇 下一篇 上一页 下一页 更多 更多>> 扫一扫 微信 朋友圈 微博 新浪微博 QQ QQ空间 手机版 移动版 APP 客户端 RSS ' +
    '帮助 智能问答 政务公开 政府信息公开 信息公开 新闻中心 新闻动态 办事服务 政务服务 互动交流 政民互动 走进 概况 专题专栏 数据开放 领导信箱 ' +
    '当前位置 您的位置 位置 正文 详情 列表 视频 图片 音频 下载 附件下载 复制链接 二维码 护眼模式 夜间模式 听全文 朗读 语音播报 收起 展开'
  ).split(' '),
);
const SEPARATORS = /[：:\s\u3000|｜丨/／>＞»›·•,，、]+/;
const EXPLICIT = /[|｜丨>＞»›]/;
const DATE_TIME =
  /^(?:\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}月\d{1,2}日|(?:星期|周)[一二三四五六日天])$/;
const ID = /^(?:[A-Za-z]{0,4}\d[\w-]*|\d+(?:\.\d+)?[万千]?|[A-Za-z]{1,3}[+-]?|[-—－=_*~～·•.]+)$/;
const SENTENCE = /[。！？；!?;]|[，,][^，,]*[，,]/;

/** True for a line made only of interface words, separators, ids, dates and times, with one interface word at least. */
export function interfaceLine(trimmed: string): boolean {
  if (trimmed.length > 80 || SENTENCE.test(trimmed)) return false;
  const units = trimmed
    .replace(/[【】[\]「」]/g, ' ')
    .split(SEPARATORS)
    .filter(Boolean);
  if (units.length === 0) return false;
  let ui = 0;
  for (const u of units) {
    if (UI.has(u)) ui++;
    else if (!DATE_TIME.test(u) && !ID.test(u)) return navLine(trimmed, units);
  }
  return ui > 0;
}

/** A menu or breadcrumb: three short items or more, set apart by | or >, no sentence among them. */
function navLine(trimmed: string, units: string[]): boolean {
  return EXPLICIT.test(trimmed) && units.length >= 3 && units.every((u) => [...u].length <= 8);
}

// The report's own short lines: at its head (title, subtitle, speaker, date, document header) and
// at its tail (annexes, glossary, signature, date); headings anywhere.
const TITLE =
  /(?:报告|总结|讲话|汇报|述职|发言|意见|方案|要点|规划|决定|通知|情况|材料|计划|体会|纪要|公报|说明|致辞|提纲|办法|规定|条例|细则|决议|章程|通告|公告|通报|批复|纲要|准则|规则|建议|函)(?:[（(][^）)]*[）)])?$/;
const HEADING =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|第[一二三四五六七八九十]+[章节条部分])/;
// A document's date: 2024年1月10日, never zero-padded (GB/T 9704: 月、日不编虚位), or in Chinese numerals.
const DOCUMENT_DATE =
  /^(?:\d{4}年[1-9]\d?月(?:[1-9]\d?日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/;
// A signature: the body that issues the report.
const SIGNATURE =
  /^[\u4e00-\u9fffA-Za-z*＊]{2,24}(?:委员会|人民政府|政府|党委|党组|办公室|局|委|厅|部|处|科|中心|公司|支部|街道|乡|镇|村|院|所|(?<!网)站|队)$/;
// The speaker or author under the title: 省长 王某某, XX县人民政府县长 张三, 述职人：张三.
const SPEAKER =
  /^[\u4e00-\u9fffA-Za-z]{0,16}(?:省长|主席|市长|县长|区长|州长|旗长|盟长|总理|书记|主任|局长|厅长|部长|院长|乡长|镇长|委员长)[\s\u3000]*[\u4e00-\u9fff·]{2,12}$|^(?:述职人|汇报人|报告人|发言人|署名)[：:\s\u3000]*[\u4e00-\u9fff·]{2,12}$/;
const TAIL = [
  /^(?:附件|附表|附：|附录|名词解释|注释|注：|说明：)|^[［[]\d+[］\]]/, // annexes, glossary
  DOCUMENT_DATE,
  SIGNATURE,
  /^(?:此致|敬礼|此致敬礼)$|^[（(][^）)]{2,40}[）)]$/, // closing, a note in brackets
  SPEAKER,
];
const HEAD = [
  TITLE,
  /^——|^—{1,2}在|^[（(]\s*\d{4}年\d{1,2}月\d{1,2}日[^）)]*[）)]$|^[（(][^）)]{2,40}[）)]$/, // subtitle, date or note in brackets
  /^[^。！？；]{0,60}会议上(?:的(?:报告|讲话|发言))?[）)]?$/, // the session, without a dash
  /[〔［[]\d{4}[〕］\]]\d+号|〔\d{4}〕|文件$|签发人|★|^(?:特急|加急|特提|平急)(?:[\s\u3000]|$)/, // document header
  /^[\u4e00-\u9fff、，（）()]{2,20}[：:]$/, // salutation or lead-in: 各位代表：, 同志们：
  SPEAKER,
];

/** True for the report's own short lines: title, subtitle, speaker, date, headings, glossary, annexes, signature. */
export function protectedLine(trimmed: string): boolean {
  return HEADING.test(trimmed) || HEAD.some((re) => re.test(trimmed)) || TAIL.some((re) => re.test(trimmed));
}

/** True for the short lines a report ends with (annexes, glossary, signature, date, closing) and headings. */
function tailLine(trimmed: string): boolean {
  return HEADING.test(trimmed) || TAIL.some((re) => re.test(trimmed));
}

/** True for a line of the report's prose: a sentence, or a long line. */
export function bodyLine(trimmed: string): boolean {
  return /[。！？；]/.test(trimmed) || [...trimmed].length > 60;
}

/** A title: a short line naming the genre, not a heading, a subtitle (——在…上的报告) or a clause. */
function titleLine(trimmed: string): boolean {
  return (
    TITLE.test(trimmed) &&
    !trimmed.startsWith('—') &&
    [...trimmed].length <= 60 &&
    !HEADING.test(trimmed) &&
    !/[，,。；]/.test(trimmed)
  );
}

/** A reporter's lead about the report, which pages print above or under its title: …同志作政府工作报告。 */
function leadLine(trimmed: string): boolean {
  if ([...trimmed].length > 200 || !/(?:(?:作|所作的?)了?[^，。；！？\s]{0,12}报告》?|报告工作)。$/.test(trimmed))
    return false;
  // Told of someone else: the report's own opening says 我代表…向大会作报告。
  const last = /[^。！？]*。$/.exec(trimmed)![0];
  return !/我/.test(last);
}

/** A line that may be an ad line: short, at most one sentence, not ending as the report's sentences do. */
export function adLine(trimmed: string): boolean {
  return [...trimmed].length <= 60 && !/[。；，、]$/.test(trimmed) && (trimmed.match(/[。！？；]/g) ?? []).length <= 1;
}

/** A line of an ad block's pitch: short, no sentence (海量精品范文每日更新，一站式解决写材料难题). */
function pitchLine(trimmed: string): boolean {
  return [...trimmed].length <= 30 && !/[。！？；!?;]/.test(trimmed) && !/[，、：:]$/.test(trimmed);
}

/** The header an ad block opens with: a short line set off by a mark or brackets (【某某素材网】, ▌某某材料库). */
function headerLine(trimmed: string): boolean {
  return (
    [...trimmed].length <= 24 &&
    !/[。！？；，,]/.test(trimmed) &&
    (/^[▌■▍▎●◆★▶►◇□【[]/.test(trimmed) || /^[（(].*[）)]$/.test(trimmed))
  );
}

/** What the shape of a line says, for `residueByStructure`. */
export interface LineShape {
  /** The line trimmed; '' for a blank or verbatim line. */
  text: string;
  /** Residue found inside it covers much of a short line (an ad line the patterns found in part). */
  partial: boolean;
  /** A bare date, counter, separator or bracket: residue only beside residue. */
  weak: boolean;
  /** The kind of an ad or a contact found inside a short line that is no sentence of the report: an ad line found in part. */
  adKind?: ResidueKind;
}

const AD_KINDS: ReadonlySet<ResidueKind> = new Set(['ad', 'paywall', 'contact']);
/** The most lines an ad block takes beyond those found by pattern, whole or in part. */
const MAX_AD_LINES = 3;

/** The lines of a text as `residueByStructure` reads them. */
interface Lines {
  shapes: readonly LineShape[];
  content: readonly string[];
  /** The non-blank lines, by index. */
  filled: readonly number[];
  whole: Map<number, ResidueKind>;
  /** The report's first sentence that is no reporter's lead (Infinity: none). */
  opening: number;
  /** The report's title: the first line above its opening that names the genre. */
  title: number | undefined;
}

/**
 * Grows the residue found line by line (`whole`, by line index) into regions, by the shape of lines
 * and where they stand: above the title, the page's lines (site, menus, a reporter's lead); between
 * the title and the report's first sentence, leads and captions; below the report's last sentence,
 * once residue starts there, every line but the report's own tail lines, and the short lines above it
 * (headlines over a list of links); anywhere, the lines of an ad block: its header, the lines between
 * two of its lines, and the short lines after it up to the next line of the report.
 */
export function residueByStructure(shapes: readonly LineShape[], whole: Map<number, ResidueKind>): void {
  const content = shapes.map((s) => s.text);
  const filled = content.map((c, l) => (c ? l : -1)).filter((l) => l >= 0);
  if (filled.length === 0) return;
  // The lines of a title written over several lines (plain phrases) stay with it.
  const opening = filled.find((l) => bodyLine(content[l]) && !whole.has(l) && !leadLine(content[l])) ?? Infinity;
  const title = filled.find((l) => l < opening && !whole.has(l) && titleLine(content[l]));
  const lines: Lines = { shapes, content, filled, whole, opening, title };
  head(lines);
  tail(lines);
  adBlocks(lines);
  besideChrome(lines);
}

/** Above the title, every line but the title's own; between it and the report's first sentence, the reporter's lead. */
function head({ content, filled, whole, opening, title }: Lines): void {
  if (title === undefined) return;
  for (const l of filled) {
    if (l >= opening) break;
    if (whole.has(l)) continue;
    if (l < title ? !protectedLine(content[l]) && !titlePhrase(content[l]) : leadLine(content[l]))
      whole.set(l, leadLine(content[l]) ? 'source' : 'chrome');
  }
}

/**
 * Below the report's last sentence: the page's zero-padded dates, then from the first residue line
 * every line but the report's own tail lines; above it, headlines about the report.
 */
function tail({ shapes, content, filled, whole }: Lines): void {
  let lastBody = -1;
  for (const l of filled) if (bodyLine(content[l]) && !whole.has(l) && !exclaimedHeadline(content[l])) lastBody = l;
  if (lastBody < 0) return;
  const below = filled.filter((l) => l > lastBody);
  // A zero-padded date is the page's (a document's is never padded: GB/T 9704), unless it dates a signature.
  below.forEach((l, k) => {
    if (PADDED_DATE.test(content[l]) && shapes[l].weak && !(k > 0 && SIGNATURE.test(content[below[k - 1]])))
      whole.set(l, 'chrome');
  });
  const firstSeed = below.findIndex((l) => whole.has(l));
  if (firstSeed < 0) return;
  // Upward only over headlines about the report (…热议政府工作报告): a short line the report ends with is its own.
  for (let k = firstSeed - 1; k >= 0 && titleLine(content[below[k]]) && !tailLine(content[below[k]]); k--)
    whole.set(below[k], 'chrome');
  // Downward, a date too is the page's, unless it dates a signature.
  below.slice(firstSeed + 1).forEach((l, k, after) => {
    const dated = DOCUMENT_DATE.test(content[l]) && k > 0 && SIGNATURE.test(content[after[k - 1]]);
    if (!whole.has(l) && (!tailLine(content[l]) || (DOCUMENT_DATE.test(content[l]) && !dated))) whole.set(l, 'chrome');
  });
}

/**
 * Ad blocks: in a run of short lines (no sentence of the report, no line of its structure) around an
 * ad line found whole or in part, the lines between its ad lines, its header above them (a marked
 * short line: 【某某素材网】, ▌某某材料库) with the lines between, and below a block that opens with
 * its header, the lines up to the next line of the report.
 */
function adBlocks({ shapes, content, filled, whole, opening }: Lines): void {
  const isSeed = (l: number) => (whole.has(l) && AD_KINDS.has(whole.get(l)!)) || shapes[l].adKind !== undefined;
  const candidate = (l: number) =>
    !whole.has(l) && !protectedLine(content[l]) && pitchLine(content[l]) && !(l < opening && titlePhrase(content[l]));
  const kindOf = (l: number) => whole.get(l) ?? shapes[l].adKind!;
  for (let k = 0; k < filled.length;) {
    let j = k;
    while (j < filled.length && (whole.has(filled[j]) || isSeed(filled[j]) || candidate(filled[j]))) j++;
    const run = filled.slice(k, j);
    k = Math.max(j, k + 1);
    const seeds = run.filter(isSeed);
    if (seeds.length === 0) continue;
    const first = run.indexOf(seeds[0]);
    const last = run.indexOf(seeds[seeds.length - 1]);
    let top = first;
    for (let h = first - 1; h >= 0 && h >= first - MAX_AD_LINES && candidate(run[h]); h--)
      if (headerLine(content[run[h]])) top = h;
    // Below: after a header found alone, the lines up to the next line of the report; after the
    // block's own ad lines, only its pitch (clauses with no full stop, which headlines and the report's
    // sentences do not write).
    let bottom = last;
    const below = (l: number) => candidate(l) && (top === last || /[，,]/.test(content[l]));
    if (headerLine(content[run[top]]))
      while (bottom + 1 < run.length && bottom - last < MAX_AD_LINES && below(run[bottom + 1])) bottom++;
    for (const l of run.slice(top, bottom + 1)) if (!whole.has(l)) whole.set(l, isSeed(l) ? kindOf(l) : 'ad');
  }
}

/**
 * Beside residue: weak lines, short lines found in part, short lines between two residue lines, and
 * between the title and the report's first sentence, a short line beside the page's meta lines
 * (宁夏日报客户端 under 来源：) unless it may be a name under the title.
 */
function besideChrome({ shapes, content, filled, whole, opening, title }: Lines): void {
  // Passes alternate in direction, so that a run grows in one pass whichever way it points.
  const order = [...filled.keys()];
  for (let changed = true; changed; order.reverse()) {
    changed = false;
    for (const k of order) {
      const l = filled[k];
      if (whole.has(l) || protectedLine(content[l]) || (l < opening && titlePhrase(content[l]))) continue;
      const before = k > 0 && whole.has(filled[k - 1]) ? filled[k - 1] : undefined;
      const after = k + 1 < filled.length && whole.has(filled[k + 1]) ? filled[k + 1] : undefined;
      const from = before ?? after;
      if (from === undefined) continue;
      const s = shapes[l];
      const short = !bodyLine(s.text);
      const underTitle =
        title !== undefined &&
        l > title &&
        l < opening &&
        short &&
        [...s.text].length <= 20 &&
        !titlePhrase(s.text) &&
        !/^[\u4e00-\u9fff·]{2,4}$/.test(s.text);
      if (
        s.weak ||
        underTitle ||
        (s.partial && adLine(s.text)) ||
        (short && before !== undefined && nextResidue(content, filled, k, whole))
      ) {
        whole.set(l, whole.get(from)!);
        changed = true;
      }
    }
  }
}

/** A short question or exclamation (权威解读｜报告释放哪些信号？): a headline below the report, not its last sentence. */
function exclaimedHeadline(trimmed: string): boolean {
  return [...trimmed].length <= 40 && /[！？!?]$/.test(trimmed) && !/[。；]/.test(trimmed);
}

/** A line of Han words that may be part of a title written over several lines (决胜全面建成小康社会). */
function titlePhrase(trimmed: string): boolean {
  return /^[\u4e00-\u9fff“”、《》〈〉（）\s\u3000]{8,60}$/.test(trimmed);
}

/** True when residue follows over at most three short lines, with no sentence of the report between. */
function nextResidue(
  content: readonly string[],
  filled: readonly number[],
  k: number,
  whole: Map<number, ResidueKind>,
): boolean {
  for (let j = k + 1; j < filled.length && j <= k + 3; j++) {
    if (whole.has(filled[j])) return true;
    if (bodyLine(content[filled[j]]) || protectedLine(content[filled[j]])) return false;
  }
  return false;
}
