// What material sites and web pages leave behind in a copied draft. Each pattern names its kind
// (for the message) and how far its residue reaches:
//   token    the match itself (打印本页, 【字体：大 中 小】, a phone number);
//   label    the match and its value, to the end of the clause (来源：公众号“某某”);
//   sentence the clause it stands in (更多精彩内容请关注…).
// Every pattern is literal alternations and bounded classes, so matching stays linear.
// Words that reports use for their own work (关注, 公众号, 下载, 浏览量, 会员, 二维码…) only count
// in the combinations that only ads and page chrome use.

export type ResidueKind = 'source' | 'paywall' | 'ad' | 'contact' | 'chrome';
export type Reach = 'token' | 'label' | 'sentence';

export interface ResiduePattern {
  kind: ResidueKind;
  reach: Reach;
  re: RegExp;
  /** Matches count only at the start of the line or after BOUNDARY (checked by the caller: see `p`). */
  boundary: boolean;
}

/** What may stand before a label: a blank, a separator or a bracket (not 资金来源：). */
export const BOUNDARY = /[\s\u3000（(【[|｜丨/／·•，。；！？,;!?]/;
// A label stands at the start of a line or after BOUNDARY.
const B = `(?<=^|${BOUNDARY.source})`;

/**
 * A pattern. When every alternative opens with B, the lookbehind is left out of the regular
 * expression and checked on each match instead: a leading lookbehind keeps the engine from
 * skipping ahead to the pattern's first characters, which made these patterns ten times slower.
 */
const p = (kind: ResidueKind, reach: Reach, source: string): ResiduePattern => {
  const alternatives = topLevelAlternatives(source);
  const boundary = alternatives.every((a) => a.startsWith(B));
  const body = boundary ? `(?:${alternatives.map((a) => a.slice(B.length)).join('|')})` : source;
  return { kind, reach, re: new RegExp(body, 'g'), boundary };
};

/** The alternatives of a regular expression's source at the top level (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

export const PATTERNS: ResiduePattern[] = [
  // Source attributions, bylines, dates of the page.
  p('source', 'label', `${B}(?:文章|信息|稿件|内容|新闻|素材|图片|图文|本文)?(?:来源|稿源|出处)\\s*[：:｜|]`),
  p(
    'source',
    'label',
    `${B}(?:本文|文章)?(?:转自|摘自|选自|转载自)(?:[：:]|(?=[^，。；]{0,20}(?:网|公众号|微信|博客|文库|头条|论坛|平台|APP|app)))`,
  ),
  p(
    'source',
    'label',
    `${B}(?:作者单位|作者|责任编辑|编辑|责编|编审|审核|审校|校对|撰稿|撰文|供稿|排版|美编|监制|出品|主编|记者|通讯员|摄影)\\s*[：:｜|/／]`,
  ),
  p('source', 'label', `${B}(?:原标题|原文标题|原文链接|原文地址|本文链接|文章链接|转载地址|网址|链接地址)[：:]`),
  p('source', 'token', '责任编辑'),
  p(
    'source',
    'sentence',
    '(?:本文|文章|内容|部分内容|图片|素材)(?:均)?(?:来源|来自|转自|摘自|选自|转载)(?:于)?(?:网络|互联网|网上)|(?:来源|转自|摘自|来自)(?:于)?(?:网络|互联网)|网络(?:资料)?整理|(?:由|经)?(?:小编|本号|本站)(?:整理|编辑|收集)',
  ),
  p(
    'source',
    'sentence',
    '本文(?:系|为|由|转自|摘自|来自|来源|经|首发)|原创不易|(?:独家|本号|本站)原创|原创(?<=^[\\s\\u3000]*原创)(?=\\s)',
  ),
  p(
    'source',
    'token',
    '百度文库|道客巴巴|豆丁网|原创力文档|360doc|个人图书馆|第一范文网|中国范文网|文秘帮|文秘网|秘书网|老秘网|范文网|好范文|公文素材库|公文库|文库网|淘豆网|人人文库|金锄头文库|book118|doc88|docin|wenku\\.baidu',
  ),
  p(
    'chrome',
    'label',
    `${B}(?:发布|更新|上传|创建|发表)(?:时间|日期)[：:]|${B}发布(?:者|人|单位|机构)[：:]|${B}(?:时间|日期)[：:]\\s*(?=\\d{4}[-/.]\\d)`,
  ),
  p(
    'chrome',
    'token',
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}年\\d{1,2}月\\d{1,2}日\\s+\\d{1,2}:\\d{2}|发表于[\\u4e00-\\u9fff]{2,3}(?=\\s*$)',
  ),
  // Paywalls and material-site downloads.
  p(
    'paywall',
    'sentence',
    '付费(?:阅读|内容|文章|下载|查看|会员|专享|解锁)|(?:开通|升级|充值|购买)(?:会员|VIP|vip)|会员可(?:看|读|下载|查看|阅读)|(?:VIP|vip)(?:会员|专享|用户|免费|下载|阅读|文档|专属|可|才能|即可)|(?:仅限|限|需|仅供)(?:VIP|vip)',
  ),
  p(
    'paywall',
    'sentence',
    '(?:免费|立即|点击|付费|全文|文档|一键)下载|下载(?:全文|完整版|文档|本文|原文|word|Word|WORD|PDF|pdf|后可|可编辑|券|积分)|本文档(?:共|由|为|来自|仅供)|(?:文档|本文)共\\s*\\d+\\s*页|(?:点击|查看|展开|显示)(?:阅读)?全文|(?:需要|索取|获取|领取)(?:完整版|全文|原文|电子版|word版|Word版)|(?:余下|剩余)全文|阅读全文(?<=(?:^|[\\s\\u3000])阅读全文)|阅读全文(?=[\\s\\u3000>＞»→]*$)|(?:剩余|还剩|余下)\\s*\\d+\\s*(?:%|％|页|字)\\s*未读|继续阅读|预览(?:已)?结束|喜欢就下载|下载地址|获取方式[：:]|查看更多(?=[>＞»→\\s]*$)|试读(?:已)?结束|(?:内容|全文)已隐藏|购买后(?:即)?可|立即购买|(?:单篇|本文|文档)价格|售价[：:]|[￥¥]\\s*\\d',
  ),
  p(
    'paywall',
    'token',
    '全文共\\s*\\d+\\s*字|本文(?:共计|共|约)\\s*\\d+\\s*字|阅读(?:大约|大概|约)?(?:需要|需)\\s*\\d+\\s*分钟',
  ),
  // Advertisements: ghost-writing, material libraries, following an account.
  p(
    'ad',
    'sentence',
    '材料代写|代写(?:材料|公文|讲话|讲稿|总结|报告|文章|论文|心得|述职|发言|稿件|服务)|(?:专业|原创|承接)代写|代写(?:各类|各种|一切)|代笔|承接(?:各类)?(?:文稿|材料|公文)|一对一写作|文稿(?:定制|代写)|(?:公文写作|公文|材料|范文|写材料)素材|素材(?:大全|合集|合辑)|范文(?:网|大全|库|下载|模板|合集|精选|参考)|(?:精选|优秀|经典|最新|热门|总结|报告|讲话|讲话稿|心得|体会|发言)范文|模板(?:下载|大全)|笔杆子(?:网|写作|公文|素材|文库|公众号|学院)|(?:公文|材料)(?:写作)?(?:交流群|资料库)',
  ),
  p(
    'ad',
    'sentence',
    '(?:精品|优质|精选)文档|欢迎下载(?!使用)|(?:word|Word|WORD)(?:版|格式|文档)|可编辑(?:修改|版)|(?<![“"「])仅供(?:学习|参考|交流)(?![”"」])|版权(?:归|声明|所有)|侵权(?:请)?(?:联系|删除)|侵权必究|原创文章(?=[，,。；\\s]|$)|侵删|如有侵权|转载请注明|(?:未经|谢绝|禁止)(?:授权)?(?:转载|复制)(?=[，,。；;！!\\s]|$|本文|本站|本号|本网)|免责声明',
  ),
  p(
    'ad',
    'sentence',
    '(?:欢迎|敬请|记得|扫码|长按|点击|搜索)(?:关注|订阅)|请(?:关注|订阅)(?=我们|本号|公众号|微信|“|")|关注(?:本号|本公众号|本站|小编)|关注(?<=(?:^|[\\s\\u3000（(【\\[，。；！？,;!?：:]|请|欢迎|敬请|可|记得|扫码|长按|搜索|点击|您|大家)关注)(?:微信)?公众号|(?:关注|搜索|添加)(?:微信)?公众号(?=[^，。；]{0,20}(?:获取|领取|回复|下载|免费|更多|查看|学习|每日|每天))',
  ),
  p(
    'ad',
    'sentence',
    '点击(?:上方|下方|文末|左下角|右上角|这里|此处|链接)|(?:点击)?蓝字|(?:扫描|扫码|长按|识别)(?:下方|上方|图中|文末)二维码|长按(?:识别|保存|下方|二维码|图片)|(?:扫描|扫码|扫)(?:下方|上方|图中|文末)?二维码(?:关注|添加|加入|获取|领取|进群)|长按识别|识别图中二维码|扫一扫(?:关注|加|分享)|点(?:个|亮)?在看|点赞(?:和|加|\\+|、)?(?:在看|转发|收藏)|一键三连',
  ),
  p(
    'ad',
    'sentence',
    '(?:转发|分享)(?:给|到)(?:朋友|好友|朋友圈|更多)|欢迎(?:转发|分享|转载|投稿|留言|点赞)|后台(?:回复|留言|私信)|(?:回复|发送)(?:关键词|关键字)|回复[“"][^”"]{1,10}[”"](?:即可|获取|领取|免费|下载)|(?:获取|领取)(?:更多|全文|完整版)(?:范文|素材|资料|材料|干货|公文|精彩)|(?:获取|领取)(?:全文|完整版|范文|素材|文档|全套|整套)|更多(?:范文|素材|干货|公文|好文)|更多精彩(?=内容|文章|资讯|推荐|范文|素材|材料|公文|好文|干货|请|敬请|尽在|关注|[，,])|小编|本公众号|本号(?=[^码])|(?:微信)?公众号[：:]|公众号(?:ID|id)|原文(?:链接|地址)|阅读原文|戳(?:这里|此处|链接)',
  ),
  // Contact numbers and account ids.
  p(
    'contact',
    'token',
    '(?:微信号?|VX|vx|Vx|V信|威信|薇信|WX|wx|(?:QQ|qq|Qq)(?:号|群)?|扣扣)\\s*[：:]\\s*[A-Za-z0-9_-]{5,20}|QQ\\s*\\d{5,11}|微信同号|同微信|客服(?:微信|QQ|qq|VX|vx|电话)\\s*[：:]?\\s*[A-Za-z0-9_-]{5,20}|(?:加|添加)(?:微信|VX|vx|V信|威信|薇信|QQ)\\s*[：:]?\\s*[A-Za-z0-9_-]{5,20}',
  ),
  p(
    'contact',
    'token',
    '(?<![0-9])1[3-9]\\d[-\\s]?\\d{4}[-\\s]?\\d{4}(?![0-9.]|元|万|亿|吨|人|户)|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|(?:微信|公众号)?(?:ID|id|Id)\\s*[：:]\\s*[A-Za-z][A-Za-z0-9_-]{3,}|(?:稿件|文章|新闻|信息|内容)(?:ID|id|Id|编号)\\s*[：:]\\s*[A-Za-z0-9_-]{6,}',
  ),
  p('contact', 'label', `${B}(?:微信|微信号|公众号|微信公众号|抖音号|头条号)[：:]`),
  p('contact', 'label', `${B}(?:联系|咨询|客服|合作|投稿|商务|订阅|购买)(?:电话|方式|热线|手机|邮箱|微信|QQ)[：:]?`),
  // Photo credits: （记者 张三 摄）, （图/新华社）.
  p(
    'source',
    'token',
    '[（(][^（）()]{0,20}(?:记者|通讯员|摄影|图)[^（）()]{0,20}摄[）)]|[（(]\\s*(?:图|图片|摄影)\\s*[/／|｜:：][^（）()]{1,30}[）)]',
  ),
  // Page chrome.
  p(
    'chrome',
    'token',
    '打印(?:本页|此页|文章|本文|页面)|[【\\[]\\s*打印\\s*[】\\]]|关闭(?:窗口|本页|此页|页面)|[【\\[]\\s*关闭\\s*[】\\]]|返回(?:顶部|首页|列表|上一页)|加入收藏|收藏本(?:页|站|文)|设为首页|网站地图|我要纠错|网站标识码|ICP备|公网安备|建议使用[^，。]{0,12}(?:浏览器|分辨率)|视力保护色|护眼模式',
  ),
  p(
    'chrome',
    'token',
    '(?:字体|字号)[\\s：:【\\[]*大[\\s|｜【】\\[\\]]*中[\\s|｜【】\\[\\]]*小[\\s】\\]]*|[【\\[]\\s*大\\s*中\\s*小\\s*[】\\]]|分享到[：:]?(?:[\\s、|｜,，]*(?:微信好友|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|人人网|豆瓣|更多))+|分享到[：:]|分享到(?<=^[\\s\\u3000]*分享到)|扫一扫在手机(?:上)?(?:打开|查看|阅读)(?:当前|本)?页?',
  ),
  p(
    'chrome',
    'label',
    `${B}(?:上一篇|下一篇|上一条|下一条|上一页|下一页)[：:]?|${B}(?:当前位置|您的位置|您现在的位置|你现在的位置|所在位置)[：:]|${B}(?:标签|索引号|技术支持)[：:]|${B}文档(?:格式|大小|页数|价格)[：:]`,
  ),
  p('chrome', 'label', '首页\\s*[>＞»›]'),
  p('chrome', 'token', `${B}(?:浏览|阅读|点击|访问)(?:次数|量|数)?\\s*[：:]\\s*\\d+(?:次)?`),
  p('chrome', 'label', `${B}(?:浏览|阅读|点击|访问)(?:次数|量|数)\\s*[：:]`),
];

/** Lines that are residue on their own, whole: END marks, page footers, bare URLs and ids, captions, "recommended" headers. */
export const LINE_PATTERNS: Array<{ kind: ResidueKind; re: RegExp }> = [
  { kind: 'chrome', re: /^[-—－=_*\s]*(?:END|End|end)[-—－=_*\s]*$|^[（(]?(?:全文)?完[）)]?$/ },
  // An ad's marker on a line of its own: 【广告】, [推广].
  { kind: 'ad', re: /^[【[]?(?:广告|推广|赞助|软文|AD|Ad)[】\]]?$/ },
  // A line of counters or buttons (阅读 1234, 在看 | 转发 | 收藏): two words, or a word with its count.
  {
    kind: 'chrome',
    re: /^(?:(?:收藏|点赞|举报|分享|在看|赞|评论|留言|转发|阅读|浏览|喜欢|投诉|写留言)[\s：:|｜·/]*(?:\d+[\s|｜·/]*)?){2,}$|^(?:阅读|浏览|点赞|在看|赞|评论)[\s：:]*\d+(?:\s*次)?$/,
  },
  // A line of nothing but page buttons: 打印 | 关闭, 【收藏】【分享】.
  { kind: 'chrome', re: /^(?:[【[]?(?:打印|关闭|收藏|分享|返回|纠错|字体|默认|护眼)[】\]]?[\s|｜/／]*)+$/ },
  { kind: 'chrome', re: /^第\s*\d+\s*页\s*[，,/、]?\s*共\s*\d+\s*页$|^[-—－]\s*\d{1,3}\s*[-—－]$/ },
  { kind: 'source', re: /^(?:https?:\/\/|www\.)\S+$/ },
  // A page's or an article's id: a hash (32 hex digits), a mix of letters and digits no word has.
  { kind: 'chrome', re: /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{10,}$|^[0-9a-fA-F]{16,}$/ },
  // A link drawn with arrows: 》》点击图片进入专题《《, >> 进入专题.
  {
    kind: 'chrome',
    re: /^(?:》{2,3}|[>»→]{1,3})[^》>»→《<«←]{1,24}(?:《{2,3}|[<«←]{1,3})$|^(?:》{2,3}|[>»→]{2,3})\s*[^》>»→，。]{1,16}$/,
  },
  // A list of links with its first title on the header's line: 相关链接>> 某某干部群众热议政府工作报告.
  {
    kind: 'ad',
    re: /^[【[]?(?:相关|延伸|推荐|往期)(?:链接|报道|新闻|阅读|稿件|文章|附件)[】\]]?(?:[：:]|[>＞》»]{1,3})\s*[^。；]{2,40}$/,
  },
  // A site's name on a line of its own: XX县人民政府门户网站.
  { kind: 'chrome', re: /^[\u4e00-\u9fffA-Za-z（）()]{2,24}(?:门户网站|官方网站|网站|客户端)$/ },
  { kind: 'source', re: /^(?:文|图|文字|文图|图文|撰文)\s*[/／|｜]\s*\S/ },
  // Photo captions and credits: 图为…。（记者 张三 摄）, 新华社记者 张三 摄, and a caption that ends
  // with its credit (…作政府工作报告。 某某日报记者 张三 摄).
  {
    kind: 'source',
    re: /^图为[^。]{2,80}。?(?:[（(][^）)]{0,30}摄[^）)]{0,10}[）)])?$|^(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|摄影师?)\s*)?[\u4e00-\u9fff·]{2,10}(?:[\s、]+[\u4e00-\u9fff·]{2,10})*\s*摄$/,
  },
  {
    kind: 'source',
    re: /^[^\n]{0,200}?(?:(?:记者|通讯员|摄影师?|摄影记者)[\s\u3000]*[\u4e00-\u9fff·]{2,10}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,10})*[\s\u3000]*摄|[。！？\s\u3000][（(][^（）()]{2,30}摄[）)]|[。！？\s\u3000](?:图|摄影)\s*[/／|｜]\s*[^\s，。]{2,20})$/,
  },
];

/**
 * Headers of a list of other articles or links (相关报道：, 相关链接>>, 往期推荐, 【延伸阅读】): the short
 * lines after them are residue too.
 */
export const LIST_HEADER =
  /^[【[]?(?:往期|精彩|热门|相关|猜你|为你|推荐|延伸|更多|热点|同类|近期)(?:推荐|回顾|精选|文章|阅读|喜欢|链接|好文|报道|新闻|稿件|附件|文档|专题|资讯|视频|图片|内容|评论)[】\]]?(?:[：:]|[>＞》»]{1,3})?\s*$|^喜欢此内容的人还喜欢$/;

/** Lines that are residue only next to other residue: bare dates (a web page's, 2026年02月10日), counters, separators, lone brackets, opening hours. */
export const WEAK_LINE =
  /^(?:[\u4e00-\u9fff]{2,6}[：:]\s*\d{1,2}:\d{2}\s*[-—～~至]\s*\d{1,2}:\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}|(?:(?:收藏|点赞|举报|分享|在看|赞|评论|留言|转发|阅读|浏览|喜欢|投诉|写留言)[\s：:\d|｜·/]*)+|[-—－=_*·•~～▼▲↓↑…×✕|｜>＞【】[\]\s]+)$/;

/** A zero-padded date (2026年02月10日): a web page's, never a document's (GB/T 9704: 月、日不编虚位). */
export const PADDED_DATE = /^\d{4}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日/;
