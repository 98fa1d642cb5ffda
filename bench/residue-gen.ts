// The generator of web copies for bench/residue.ts: a corpus document wrapped in the page chrome of
// a well-known kind of site (government portal, WeChat article, material site, news site), with an
// advertising block between paragraphs and paywall or source tags inside sentences; every line and
// tag labelled. Deterministic (seeded). The chrome is written here, from how such pages look.

import { CorpusDocument, pageLines, random } from '../scripts/corpus';

export type LineKind = 'report' | 'chrome' | 'ad';

export interface WebCopy {
  id: string;
  text: string;
  /** Per line of `text`: what it is, and for ad lines the block they belong to. */
  lines: Array<{ kind: LineKind; block?: number }>;
  /** Inline residue put inside report lines: [line, text of the tag]. */
  tags: Array<[number, string]>;
  /** What `gongwen fix` must leave: the report lines, tags removed. */
  clean: string;
}

type Pick = () => number;
const pick = <T>(r: Pick, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const num = (r: Pick, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const date = (r: Pick) =>
  `20${num(r, 18, 24)}-${String(num(r, 1, 12)).padStart(2, '0')}-${String(num(r, 1, 28)).padStart(2, '0')}`;
const time = (r: Pick) => `${String(num(r, 8, 22)).padStart(2, '0')}:${String(num(r, 0, 59)).padStart(2, '0')}`;
const place = (r: Pick) => pick(r, ['XX县', 'XX市', 'XX区', '某某县', 'XX省']);
const person = (r: Pick) => pick(r, ['张三', '李四', '王五', '赵六', '陈明', '刘洋']);

const HEAD: Record<string, Array<(r: Pick) => string>> = {
  gov: [
    (r) => `${place(r)}人民政府门户网站`,
    () => '无障碍 | 长者模式 | 简体 | 繁体 | English',
    () => '首页 | 政务公开 | 政务服务 | 互动交流 | 走进XX',
    (r) => `当前位置：首页 > 政务公开 > ${pick(r, ['政府工作报告', '规划计划', '工作动态'])}`,
  ],
  wechat: [
    (r) =>
      `原创 ${person(r)} ${pick(r, ['笔杆子写作', '公文素材库', '老秘说材料'])} ${date(r)} ${time(r)} 发表于${pick(r, ['北京', '河南', '四川'])}`,
    () => '点击上方“蓝字”关注我们',
    (r) => `阅读 ${num(r, 100, 99999)}`,
  ],
  material: [
    (r) => `首页 > ${pick(r, ['工作总结', '工作报告', '讲话稿'])} > ${pick(r, ['政府工作报告', '年度总结'])}`,
    (r) => `文档格式：Word  文档页数：${num(r, 3, 30)}页  文档大小：${num(r, 20, 200)}KB`,
    (r) => `上传时间：${date(r)} ${time(r)}  下载次数：${num(r, 10, 9999)}`,
  ],
  news: [
    (r) => `${place(r)}融媒体中心 | 新闻 | 视频 | 专题`,
    (r) =>
      `${date(r)} ${time(r)}:${String(num(r, 0, 59)).padStart(2, '0')} 来源：${pick(r, ['XX日报', '新华网', '人民网'])}  编辑：${person(r)}`,
    (r) => `阅读量：${num(r, 1, 9)}.${num(r, 0, 9)}万`,
  ],
};
const META: Record<string, Array<(r: Pick) => string>> = {
  gov: [
    (r) =>
      `索引号：${num(r, 10000000, 99999999)}/${date(r).slice(0, 4)}-${num(r, 10000, 99999)}  发布机构：${place(r)}人民政府办公室`,
    (r) => `发布时间：${date(r)} ${time(r)}  来源：${place(r)}人民政府  浏览次数：${num(r, 100, 99999)}`,
    () => '【字体：大 中 小】【打印本页】【关闭窗口】',
    () => '分享到：微信 微博 QQ空间',
  ],
  wechat: [() => ''],
  material: [() => '##以下内容仅限VIP会员查看##'],
  news: [() => '字号：大 中 小'],
};
const ADS: Array<Array<(r: Pick) => string>> = [
  [
    () => '【素材会员】加入公文素材库年度会员，海量范文免费下载',
    () => '会员专享：讲话稿、述职报告、心得体会一网打尽',
    (r) => `咨询微信：${pick(r, ['bgz', 'gwsc', 'laomi'])}${num(r, 1000, 9999)}（备注：会员）`,
  ],
  [
    () => '剩余60%未读，开通VIP会员即可下载全文',
    (r) => `本文档共${num(r, 3, 30)}页，下载可编辑`,
    (r) => `客服QQ：${num(r, 10000000, 999999999)}`,
    (r) => `客服电话：400-${num(r, 100, 999)}-${num(r, 1000, 9999)}`,
  ],
  [
    () => '扫码关注，每日更新公文写作素材！',
    () => '更多精彩范文，请关注公众号：写材料的老秘',
    (r) => `投稿邮箱：${pick(r, ['tougao', 'gw'])}${num(r, 10, 99)}@163.com`,
  ],
  [
    () => '专业代写各类材料，包括工作总结、述职报告等',
    (r) => `联系电话：13${num(r, 0, 9)}${num(r, 10000000, 99999999)}（微信同号）`,
  ],
];
const TAGS = [
  '##付费内容##',
  '##以下为会员内容##',
  '（来源：【公众号：笔杆子写作】）',
  '（来源：XX网 www.xx.gov.cn）',
  '（图/新华社 www.news.cn）',
  '[VIP]',
  '（记者 张三 摄）',
];
const TAIL: Record<string, Array<(r: Pick) => string>> = {
  gov: [
    () => '扫一扫在手机打开当前页',
    () => '【打印】 【关闭】',
    () => '相关文章',
    (r) => `${place(r)}召开常务会议研究部署重点工作`,
    () => '网站地图 | 联系我们 | 使用帮助',
    (r) => `版权所有：${place(r)}人民政府  ICP备05070218号  网站标识码${num(r, 1000000000, 9999999999)}`,
  ],
  wechat: [
    () => 'END',
    () => '往期推荐',
    () => '2023年工作总结范文10篇',
    () => '领导班子述职报告精选',
    () => '喜欢就点个在看吧',
    () => '收藏 点赞 在看',
  ],
  material: [
    () => '免费下载 | 举报 | 收藏',
    () => '相关文档',
    (r) => `${pick(r, ['年度工作总结', '政府工作报告'])}（通用版）`,
    () => '班子运行情况分析报告',
  ],
  news: [
    (r) => `责任编辑：${person(r)}`,
    () => '分享到：',
    () => '相关新闻',
    (r) => `${place(r)}召开推进会`,
    () => '主办：XX市委宣传部  承办：XX市融媒体中心  技术支持：XX科技',
  ],
};

// Below the report: a list of other articles (a header, then headlines), meta lines with a date or an
// id. The headlines are the opening clause of another document of the same part where one fits (so
// the lists of the measured part are text nobody tuned on), or a form news sites give reports.
const LIST_HEADERS = [
  '相关报道：',
  '相关新闻',
  '相关链接>>',
  '相关附件>>',
  '延伸阅读：',
  '【相关阅读】',
  '推荐阅读',
  '相关稿件',
];
const cn = (r: Pick) => pick(r, ['十三', '十四', '十五', '十六', '十七', '十八']);
const cnSmall = (r: Pick) => pick(r, ['一', '二', '三', '四', '五']);
const paper = (r: Pick) => pick(r, ['XX日报', 'XX日报客户端', '某某融媒', 'XX新闻网']);
const role = (r: Pick) => pick(r, ['省长', '市长', '县长', '自治区主席', '区长']);
const HEADLINES: Array<(r: Pick) => string> = [
  (r) => `${place(r)}干部群众热议政府工作报告`,
  (r) => `一图读懂20${num(r, 18, 26)}年政府工作报告`,
  (r) => `政府工作报告中的${num(r, 5, 12)}个民生关键词`,
  (r) => `${place(r)}代表团分组审议政府工作报告`,
  () => '报告里的这些数字，与你我息息相关！',
  (r) => `权威解读｜20${num(r, 18, 26)}年政府工作报告释放哪些信号？`,
  (r) => `【两会进行时】${place(r)}代表委员热议发展新蓝图`,
  (r) => `视频：${person(r)}代表谈政府工作报告`,
  (r) => `${place(r)}第${cn(r)}届人民代表大会第${cnSmall(r)}次会议闭幕`,
];
const hex = (r: Pick, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[num(r, 0, 15)]).join('');
const META_TAIL: Array<(r: Pick) => string> = [
  // A page prints its dates zero-padded; they are drawn so that the padding shows (2026年11月15日 from a
  // page cannot be told from a document's own date, which stays).
  (r) => `20${num(r, 18, 26)}年0${num(r, 1, 9)}月${String(num(r, 1, 28)).padStart(2, '0')}日`,
  (r) => `${date(r)} ${time(r)}`,
  (r) => hex(r, 32),
  (r) => `稿件ID：${hex(r, 12)}`,
  (r) => `【编辑：${person(r)}】`,
  () => '【纠错】',
  (r) => `责任编辑：${person(r)}  校对：${person(r)}`,
];

/** The opening clause of another document of the pool, 8 to 30 characters, if there is one. */
function headlineFrom(r: Pick, pool: readonly CorpusDocument[]): string | undefined {
  if (pool.length === 0) return undefined;
  const doc = pick(r, pool);
  for (const line of doc.text.split('\n').slice(0, 6)) {
    const clause = line
      .trim()
      .split(/[，。；：！？]/)
      .find((c) => [...c].length >= 8 && [...c].length <= 30 && !/^\d|消息|新闻联播/.test(c));
    if (clause) return clause;
  }
  return undefined;
}

function linkList(r: Pick, pool: readonly CorpusDocument[]): string[] {
  const out = [pick(r, LIST_HEADERS)];
  for (let n = num(r, 0, 4); n > 0; n--) out.push((r() < 0.5 && headlineFrom(r, pool)) || pick(r, HEADLINES)(r));
  return out;
}

// Above the title, a reporter's lead; below it, a photo caption (a report only).
const LEADS: Array<(r: Pick) => string> = [
  (r) =>
    `${num(r, 1, 3)}月${num(r, 1, 28)}日，${place(r)}第${cn(r)}届人民代表大会第${cnSmall(r)}次会议开幕。${role(r)}${person(r)}代表${place(r)}人民政府向大会作政府工作报告。`,
  (r) => `${num(r, 1, 3)}月${num(r, 1, 28)}日上午，${role(r)}${person(r)}同志作政府工作报告。`,
  (r) => `${num(r, 1, 3)}月${num(r, 1, 28)}日，${role(r)}${person(r)}作政府工作报告。 ${paper(r)}记者 ${person(r)} 摄`,
  (r) => `大会听取了${role(r)}${person(r)}所作的政府工作报告。`,
];

// Ad blocks of two to four lines, built from a header and the lines material sites put under it.
const AD_SITE = ['笔杆子素材网', '老秘材料库', '公文写作营', '材料帮', '写作课堂'];
const AD_HEADER: Array<(r: Pick) => string> = [
  (r) => `【${pick(r, AD_SITE)}】`,
  (r) => `▌${pick(r, AD_SITE)}`,
  (r) => `■ ${pick(r, AD_SITE)}推荐`,
  () => '【广告】',
  () => '【推广】',
];
// What an ad says: a pitch, then what it wants (buy a membership, add a contact); every block has the latter.
const AD_PITCH: Array<(r: Pick) => string> = [
  () => '海量精品范文每日更新，一站式解决写材料难题',
  () => '讲话稿、述职报告、心得体会，应有尽有',
  () => '十年老秘倾囊相授，助你成为单位笔杆子',
  () => '承接各类讲话稿、述职报告、工作总结撰写，原创保质，加急可办',
];
const AD_ACTION: Array<(r: Pick) => string> = [
  (r) =>
    `开通年度会员仅需${num(r, 99, 399)}元，全站材料免费下载，客服微信：${pick(r, ['bgz', 'gwsc', 'laomi'])}${num(r, 1000, 9999)}`,
  (r) => `会员专享：全站文档畅读，客服QQ：${num(r, 10000000, 999999999)}（工作日9:00-18:00在线）`,
  (r) =>
    `专业团队一对一定制，联系人：${pick(r, ['王老师', '李老师', '张经理'])} 13${num(r, 0, 9)}${num(r, 10000000, 99999999)}`,
  (r) => `添加客服微信${pick(r, ['bgz', 'gwsc', 'laomi'])}${num(r, 100, 999)}，领取全套材料`,
];

function adBlock(r: Pick): string[] {
  if (r() < 0.4) return pick(r, ADS).map((a) => a(r));
  const lines = [pick(r, AD_HEADER)(r)];
  const pitch = [...AD_PITCH];
  for (let n = num(r, 0, 2); n > 0; n--) lines.push(pitch.splice(num(r, 0, pitch.length - 1), 1)[0](r));
  const action = [...AD_ACTION];
  for (let n = num(r, 1, 2); n > 0; n--) lines.push(action.splice(num(r, 0, action.length - 1), 1)[0](r));
  // The pitch may follow what the ad wants as well as come before it.
  if (lines.length > 2 && r() < 0.3) lines.push(lines.splice(1, 1)[0]);
  return lines;
}

/**
 * One web copy of the first `maxLines` lines of a document, in the chrome of a site chosen by `seed`;
 * `pool` gives the headlines listed below the report.
 */
export function webCopy(
  doc: CorpusDocument,
  seed: number,
  pool: readonly CorpusDocument[] = [],
  maxLines = 14,
): WebCopy {
  const r = random(seed);
  const site = pick(r, ['gov', 'wechat', 'material', 'news']);
  const report = doc.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, maxLines);
  const title = doc.file.kind === 'report' ? '政府工作报告' : undefined;
  const out: string[] = [];
  const lines: WebCopy['lines'] = [];
  const tags: WebCopy['tags'] = [];
  const clean: string[] = [];
  const push = (s: string, kind: LineKind, block?: number) => {
    if (!s) return;
    out.push(s);
    lines.push({ kind, block });
  };
  for (const h of HEAD[site]) push(h(r), 'chrome');
  if (title) {
    if (r() < 0.3) push(pick(r, LEADS)(r), 'chrome');
    push(title, 'report');
    clean.push(title);
  }
  for (const m of META[site]) push(m(r), 'chrome');
  const adAt = num(r, 1, Math.max(1, report.length - 2));
  const tagAt = new Set([num(r, 0, report.length - 1), num(r, 0, report.length - 1)]);
  let block = 0;
  report.forEach((line, k) => {
    if (k === adAt) {
      block++;
      for (const a of adBlock(r)) push(a, 'ad', block);
    }
    clean.push(line);
    // A tag after a comma or full stop inside the line, where there is one.
    const cut = [...line.matchAll(/[，。]/g)].map((m) => m.index!).filter((i) => i > 0 && i < line.length - 1);
    if (tagAt.has(k) && cut.length) {
      const at = pick(r, cut);
      const tag = pick(r, TAGS);
      tags.push([out.length, tag]);
      push(line.slice(0, at) + tag + line.slice(at), 'report');
    } else push(line, 'report');
  });
  // Below the report: the site's footer, with a list of other articles and meta lines in half the copies.
  const tail = TAIL[site].map((t) => t(r));
  if (r() < 0.5) tail.splice(num(r, 0, 2), 0, ...linkList(r, pool));
  if (r() < 0.5) tail.splice(num(r, 0, 1), 0, pick(r, META_TAIL)(r));
  for (const t of tail) push(t, 'chrome');
  return { id: `${doc.id}@${site}`, text: out.join('\n') + '\n', lines, tags, clean: clean.join('\n') + '\n' };
}

/** The web page of a provincial report as a web copy: every line labelled (scripts/corpus.ts: `pageLines`), the clean text its report lines. */
export function pageCopy(doc: CorpusDocument): WebCopy & { relabelled: Array<[number, string]> } {
  const labelled = pageLines(doc);
  const lines: WebCopy['lines'] = labelled.map((l) => ({ kind: l.kind }));
  const relabelled = labelled.flatMap((l, i): Array<[number, string]> =>
    l.relabelled ? [[i, `${l.kind} (${l.relabelled}): ${l.text.trim().slice(0, 40)}`]] : [],
  );
  const clean = labelled.filter((l) => l.kind === 'report' && l.text.trim()).map((l) => l.text);
  return {
    id: doc.id,
    text: labelled.map((l) => l.text + '\n').join(''),
    lines,
    tags: [],
    clean: clean.join('\n') + '\n',
    relabelled,
  };
}
