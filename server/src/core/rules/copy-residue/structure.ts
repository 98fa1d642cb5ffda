// Residue recognised by the shape of lines rather than by what they say: a line of interface words,
// separators, ids, dates and times (a toolbar, a breadcrumb, a font-size switch); the run of short
// lines a web page puts above the title and below the report; the lines of an advertising block
// between two residue lines. The report's own short lines — title, subtitle, speaker, date,
// headings, glossary, annexes, signature — are protected.

import { ResidueKind } from './patterns';

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
  /(?:报告|总结|讲话|汇报|述职|发言|意见|方案|要点|规划|决定|通知|情况|材料|计划|体会|纪要|公报|说明|致辞|提纲)(?:[（(][^）)]*[）)])?$/;
const HEADING =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|第[一二三四五六七八九十]+[章节条部分])/;
const TAIL = [
  /^(?:附件|附表|附：|附录|名词解释|注释|注：|说明：)|^[［[]\d+[］\]]/, // annexes, glossary
  /^\d{4}年\d{1,2}月\d{1,2}日$|^[\u4e00-\u9fff]{2,24}(?:委员会|人民政府|政府|党委|党组|办公室|局|委|厅|部|处|科|中心|公司|支部|街道|乡|镇|村|院|所|(?<!网)站|队)$/, // date, signature
];
const HEAD = [
  TITLE,
  /^——|^—{1,2}在|^[（(]\s*\d{4}年\d{1,2}月\d{1,2}日[^）)]*[）)]$|^[（(][^）)]{2,40}[）)]$/, // subtitle, date or note in brackets
  /〔\d{4}〕|\[\d{4}\]\d+号|文件$|签发人|★|特急|加急/, // document header
  /^[\u4e00-\u9fff、，（）()]{2,20}[：:]$/, // salutation or lead-in: 各位代表：, 同志们：
];

/** True for the report's own short lines: title, subtitle, date, headings, glossary, annexes, signature. */
export function protectedLine(trimmed: string): boolean {
  return HEADING.test(trimmed) || HEAD.some((re) => re.test(trimmed)) || TAIL.some((re) => re.test(trimmed));
}

/** True for the short lines a report ends with (annexes, glossary, signature, date) and headings. */
function tailLine(trimmed: string): boolean {
  return HEADING.test(trimmed) || TAIL.some((re) => re.test(trimmed));
}

/** True for a line of the report's prose: a sentence, or a long line. */
export function bodyLine(trimmed: string): boolean {
  return /[。！？；]/.test(trimmed) || [...trimmed].length > 60;
}

/**
 * Grows the residue found line by line (`whole`, by line index; `content`: each line trimmed, '' for
 * blank or verbatim lines) by structure: the short lines above the title, the short lines after the
 * report once residue starts there, and the short lines between two residue lines.
 */
export function residueByStructure(content: readonly string[], whole: Map<number, ResidueKind>): void {
  const filled = content.map((c, l) => (c ? l : -1)).filter((l) => l >= 0);
  if (filled.length === 0) return;
  const firstBody = filled.find((l) => bodyLine(content[l]) && !whole.has(l));
  let lastBody = -1;
  for (const l of filled) if (bodyLine(content[l]) && !whole.has(l)) lastBody = l;
  if (firstBody === undefined) return;
  // Above the title: the site's name, menus, breadcrumbs. Only when a title is there to stop at.
  const head = filled.filter((l) => l < firstBody);
  // The title is the first line that names the genre; a subtitle (——在…上的报告) is not, and the
  // lines of a title written over several lines (plain phrases) stay with it.
  const title = head.find(
    (l) => !whole.has(l) && TITLE.test(content[l]) && !content[l].startsWith('—') && [...content[l]].length <= 60,
  );
  if (title !== undefined)
    for (const l of head)
      if (l < title && !protectedLine(content[l]) && !titlePhrase(content[l])) whole.set(l, 'chrome');
  // Below the report: once residue starts, the short lines after it (related titles, footer) go with it.
  let started = false;
  for (const l of filled) {
    if (l <= lastBody) continue;
    if (whole.has(l)) started = true;
    else if (started && !tailLine(content[l])) whole.set(l, 'chrome');
  }
  // Between two residue lines: the rest of an advertising block or a page's meta lines.
  for (let k = 1; k + 1 < filled.length; k++) {
    const l = filled[k];
    // Above the report's first sentence a plain phrase may be its headline: never taken.
    if (whole.has(l) || protectedLine(content[l]) || bodyLine(content[l]) || (l < firstBody && titlePhrase(content[l])))
      continue;
    if (whole.has(filled[k - 1]) && nextResidue(content, filled, k, whole)) whole.set(l, whole.get(filled[k - 1])!);
  }
}

/** A line of Han words that may be part of a title written over several lines (决胜全面建成小康社会). */
function titlePhrase(trimmed: string): boolean {
  return /^[\u4e00-\u9fff“”、\s\u3000]{8,40}$/.test(trimmed);
}

/** True when residue follows over at most three short lines, with no sentence of the report between. */
function nextResidue(
  content: readonly string[],
  filled: number[],
  k: number,
  whole: Map<number, ResidueKind>,
): boolean {
  for (let j = k + 1; j < filled.length && j <= k + 3; j++) {
    if (whole.has(filled[j])) return true;
    if (bodyLine(content[filled[j]])) return false;
  }
  return false;
}
