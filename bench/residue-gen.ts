// The generator of web copies for bench/residue.ts: a corpus document wrapped in the page chrome of
// a well-known kind of site (government portal, WeChat article, material site, news site), with an
// advertising block between paragraphs and paywall or source tags inside sentences; every line and
// tag labelled. Deterministic (seeded). The chrome is written here, from how such pages look.

import { CorpusDocument, random } from '../scripts/corpus';

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

/** One web copy of the first `maxLines` lines of a document, in the chrome of a site chosen by `seed`. */
export function webCopy(doc: CorpusDocument, seed: number, maxLines = 14): WebCopy {
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
      for (const a of pick(r, ADS)) push(a(r), 'ad', block);
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
  for (const t of TAIL[site]) push(t(r), 'chrome');
  return { id: `${doc.id}@${site}`, text: out.join('\n') + '\n', lines, tags, clean: clean.join('\n') + '\n' };
}
