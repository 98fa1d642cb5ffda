import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, LineIndex } from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'copy-residue';

test('copy-residue: whole residue lines are found whole', () => {
  const lines = [
    '来源：公众号“笔杆子写作”',
    '文章来源：XX县人民政府办公室    发布时间：2023-06-01',
    '作者：张三',
    '责任编辑：李四',
    '文 | 张三',
    '2023-05-12 10:30 发表于北京',
    '发布时间：2023-05-12  来源：XX县人民政府  浏览次数：1234  【字体：大 中 小】',
    '【字体：大 中 小】【打印本页】【关闭窗口】',
    '[打印本页] [关闭窗口]',
    '分享到：',
    '分享到：微信 微博 QQ空间',
    '更多精彩范文，请关注公众号：写材料的老秘。',
    '需要完整版请加微信：wxid_abc123，QQ：12345678。',
    '扫一扫在手机打开当前页',
    '上一篇：关于做好2023年春耕工作的通知',
    '下一篇：XX县召开安全生产会议',
    '当前位置：首页 > 新闻中心 > 工作动态',
    '剩余80%未读，开通会员下载全文',
    '以下内容为付费内容，开通VIP会员即可查看全文。',
    '本文档共12页，下载可编辑',
    '付费阅读',
    '本文由公文素材库整理，如需材料代写请加微信：bgz2023 或QQ：123456789，电话13812345678。',
    '如需材料代写，请联系手机：138-1234-5678（微信同号）',
    '公文写作素材尽在“老秘网”',
    '扫码关注，每日更新公文写作素材！',
    '关注公众号“笔杆子”',
    '欢迎关注，让我们一起进步！',
    '图片来源于网络，如有侵权请联系删除',
    '联系电话：0531-88888888',
    'QQ群：12345678',
    '微信号：gongwen_2023',
    'https://mp.weixin.qq.com/s/abcdef',
    'END',
    '第 2 页 共 10 页',
    '来源 | 人民日报',
    '编辑 | 张三  审核 | 李四',
    '字体：【大】【中】【小】',
    '打印 | 关闭',
    '本站所有文章均来自网络',
    '点击上方“蓝字”关注我们',
    '扫描下方二维码，获取更多资料',
    '预览结束，喜欢就下载吧！',
    '专业代写各类材料，包括工作总结、述职报告等',
    '投稿邮箱：xxx@163.com',
    '更多公文材料，请访问www.xxx.com',
    '【免责声明】本文仅代表作者观点',
    '（全文完）',
  ];
  for (const line of lines) {
    const text = `2023年工作总结\n${line}\n全年完成各项目标任务。`;
    assert.deepEqual(covered(text, check(text, RULE)), [line], line);
  }
});

test('copy-residue: residue inside a sentence is found as its own span, and deleted cleanly', () => {
  // [line, covered, line after the fix]
  const cases: Array<[string, string, string]> = [
    [
      '今年以来，我局扎实推进各项工作（本文来源：微信公众号“公文写作”），取得明显成效。',
      '（本文来源：微信公众号“公文写作”）',
      '今年以来，我局扎实推进各项工作，取得明显成效。',
    ],
    [
      '全年召开党委会议12次，更多精彩内容请关注公众号“笔杆子”，切实提高了决策水平。',
      '更多精彩内容请关注公众号“笔杆子”',
      '全年召开党委会议12次，切实提高了决策水平。',
    ],
    [
      '坚持以人民为中心的发展思想。关注公众号“XX写作”获取更多材料。',
      '关注公众号“XX写作”获取更多材料',
      '坚持以人民为中心的发展思想。',
    ],
    [
      '全面完成了年度目标任务（更多材料请加微信：abc123）。',
      '（更多材料请加微信：abc123）',
      '全面完成了年度目标任务。',
    ],
    [
      '推动经济高质量发展（来源：人民网），加快构建新发展格局。',
      '（来源：人民网）',
      '推动经济高质量发展，加快构建新发展格局。',
    ],
    [
      '加快构建新发展格局【字体：大 中 小】，着力推动高质量发展。',
      '【字体：大 中 小】',
      '加快构建新发展格局，着力推动高质量发展。',
    ],
    ['推进乡村振兴打印本页，加快农业现代化。', '打印本页', '推进乡村振兴，加快农业现代化。'],
    [
      '取得明显成效。本文来源于网络，仅供学习参考。下一步，我们将继续努力。',
      '本文来源于网络，仅供学习参考',
      '取得明显成效。下一步，我们将继续努力。',
    ],
    [
      '继续加强作风建设。觉得有用请点赞收藏，原创文章，侵权必究。',
      '觉得有用请点赞收藏，原创文章，侵权必究',
      '继续加强作风建设。',
    ],
  ];
  for (const [line, want, fixed] of cases) {
    const found = check(line, RULE);
    assert.deepEqual(covered(line, found), [want], line);
    assert.equal(found[0].fixes[0].safe, true, line);
    assert.equal(applyFix(line, found[0]), fixed, line);
    assert.deepEqual(check(fixed, RULE), [], fixed);
  }
});

test('copy-residue: report text about the same things is not residue', () => {
  const clean = [
    '加强微信公众号建设，开通政务公众号3个，信息来源于群众反映。',
    '门户网站浏览量达120万人次，政务新媒体粉丝量稳步增长。',
    '引导群众扫描二维码下载国家反诈中心APP，累计下载量达5万次。',
    '积极为会员免费提供法律咨询服务，发展新会员300名。',
    '资金来源：省级财政补助。数据来源：国家统计局。',
    '将好经验分享到全市，编辑出版《工作简报》12期。',
    '组织党员认真阅读全文，领会精神实质。',
    '设立举报电话12388，开通“12345”热线，接受群众监督。',
    '高度关注民生问题，引导群众关注“XX发布”，更多精彩文化活动陆续推出。',
    '建立微信群、QQ工作群，组织干部下载学习强国APP，人均积分超过1万分。',
    '原创性成果不断涌现，培养一批笔杆子，提升文稿起草水平。',
    '上一年度的工作目标全部完成，下一步将继续推进。',
    '时间：2023年5月12日上午9:00，地点：县政府三楼会议室。',
    '开辟企业服务绿色通道，投资15000000000元。',
    '2023年12月20日',
    '及时发布权威信息，发布时间节点前移。加强知识产权保护，版权登记量增长20%，打击侵权盗版。',
    '推荐阅读书目100种，举办全民阅读活动，阅读推广人培训500人次。',
    '制定统一模板，汇编典型案例，鼓励原创作品创作，推出原创文章300篇。',
    '请社会各界继续关注我们的工作，方便群众获取更多实惠和信息。',
    '欢迎下载使用“XX政务”APP，为基层干部点赞。',
    '登录中国政府网（www.gov.cn）查询政策文件。',
  ];
  for (const line of clean) assert.deepEqual(covered(line, check(line, RULE)), [], line);
});

test('copy-residue: a run of residue lines is reported line by line, clean lines never', () => {
  const lines = [
    '2023年上半年工作总结',
    '来源：公众号“笔杆子写作”',
    '原创 张三 笔杆子写作',
    '2023-05-12',
    '阅读 1234',
    '今年以来，我局坚持以人民为中心的发展思想，推动各项工作落实落地。',
    '一、主要工作',
    '（一）加强微信公众号建设，开通政务公众号3个。',
    '2023年12月20日',
    '往期推荐',
    '2023年工作总结范文',
    '述职报告精选',
    '',
    '——————',
    '收藏 点赞 在看',
  ];
  const residue = new Set([1, 2, 3, 4, 9, 10, 11, 13, 14]);
  const text = lines.join('\n');
  const index = new LineIndex(text);
  const flagged = check(text, RULE).map((f) => index.positionAt(f.start).line);
  assert.deepEqual(flagged, [...residue]);
  // Each region deleted whole, with the empty line inside the last one, all in one round: only the report is left.
  const { text: fixed, rounds } = fixAll(text, (t) => check(t, RULE));
  assert.equal(fixed, ['2023年上半年工作总结', lines[5], lines[6], lines[7], lines[8]].join('\n'));
  assert.equal(rounds, 1);
});

test('copy-residue: CRLF, 𠮷, the last line, Markdown code', () => {
  const text = '𠮷𠮷工作总结\r\n责任编辑：𠮷某\r\n推进𠮷乡建设（来源：公众号𠮷𠮷）。\r\n分享到：';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['责任编辑：𠮷某', '（来源：公众号𠮷𠮷）', '分享到：']);
  assert.equal(applyFix(text, found[0]), '𠮷𠮷工作总结\r\n推进𠮷乡建设（来源：公众号𠮷𠮷）。\r\n分享到：');
  assert.equal(applyFix(text, found[2]), '𠮷𠮷工作总结\r\n责任编辑：𠮷某\r\n推进𠮷乡建设（来源：公众号𠮷𠮷）。');
  assert.equal(fixAll(text, (t) => check(t, RULE)).text, '𠮷𠮷工作总结\r\n推进𠮷乡建设。');
  const md = '# 报告\n\n```\n来源：公众号“笔杆子”\n```\n\n正文。\n';
  assert.deepEqual(check(md, RULE), []);
  assert.equal(
    check('来源：公众号“某某”', RULE, { locale: 'en' })[0].message,
    'Copy residue: a source or byline (来源：公众号“某某”)',
  );
  assert.deepEqual(check('来源：公众号“某某”', RULE, { rules: { [RULE]: 'off' } }), []);
  assert.equal(check('来源：公众号“某某”', RULE, { rules: { [RULE]: 'error' } })[0].severity, 'error');
});

// Web copies (test/fixtures/web/NAME.txt) and the report each holds (NAME.clean.txt): page chrome
// written for these tests around excerpts of the sample reports.
const WEB = path.join(__dirname, '..', '..', 'fixtures', 'web');
const webCopies = fs.readdirSync(WEB).filter((f) => f.endsWith('.txt') && !f.endsWith('.clean.txt'));

test('copy-residue: every chrome line of the web copies is flagged whole, no report line is', () => {
  assert.ok(webCopies.length >= 4);
  for (const f of webCopies) {
    const web = fs.readFileSync(path.join(WEB, f), 'utf8');
    const report = new Set(fs.readFileSync(path.join(WEB, f.replace('.txt', '.clean.txt')), 'utf8').split('\n'));
    const index = new LineIndex(web);
    const found = check(web, RULE);
    const wholeLines = new Set(
      found
        .filter((x) => web.slice(x.start, x.end) === lineAt(web, index, x.start).trim())
        .map((x) => index.positionAt(x.start).line),
    );
    web.split('\n').forEach((line, l) => {
      if (!line.trim()) return;
      if (report.has(line)) assert.ok(!wholeLines.has(l), `${f}: report line flagged: ${line}`);
      else if (!found.some((x) => index.positionAt(x.start).line === l))
        assert.fail(`${f}: residue not flagged: ${line}`);
    });
  }
});

test('copy-residue: gongwen fix leaves the report of each web copy byte for byte, no fragment, no shell', () => {
  for (const f of webCopies) {
    const web = fs.readFileSync(path.join(WEB, f), 'utf8');
    const { text } = fixAll(web, (t) => check(t, RULE));
    assert.equal(text, fs.readFileSync(path.join(WEB, f.replace('.txt', '.clean.txt')), 'utf8'), f);
    assert.deepEqual(check(text, RULE), [], f);
    assert.doesNotMatch(text, /[（(【[][\s：:]*(?:来源|图)?[\s：:/／]*[）)】\]]|[（(]\.[a-z]+[）)]|##/, f);
  }
  // The same through CRLF line ends.
  const web = fs.readFileSync(path.join(WEB, 'news-site.txt'), 'utf8').replace(/\n/g, '\r\n');
  assert.equal(
    fixAll(web, (t) => check(t, RULE)).text,
    fs.readFileSync(path.join(WEB, 'news-site.clean.txt'), 'utf8').replace(/\n/g, '\r\n'),
  );
});

test('copy-residue: tags and emptied brackets go whole, the sentence around them stays', () => {
  const cases: Array<[string, string]> = [
    ['全面推进##付费内容##乡村振兴。', '全面推进乡村振兴。'],
    ['全面推进[VIP]乡村振兴[/VIP]工作。', '全面推进乡村振兴工作。'],
    ['推进改革（来源：【公众号：笔杆子写作】），成效明显。', '推进改革，成效明显。'],
    ['加快发展（来源：www.xx.gov.cn）。', '加快发展。'],
    ['推动发展（图/新华社 www.news.cn），𠮷乡振兴。', '推动发展，𠮷乡振兴。'],
  ];
  for (const [line, fixed] of cases) assert.equal(fixAll(line, (t) => check(t, RULE)).text, fixed, line);
  // A tag on a line of its own: the line goes.
  assert.equal(
    fixAll('工作总结\n##以下内容仅限VIP会员查看##\n全年完成任务。', (t) => check(t, RULE)).text,
    '工作总结\n全年完成任务。',
  );
});

test('copy-residue: the report’s own short lines stay, around the title and after the report', () => {
  const text = [
    'XX县人民政府门户网站',
    '首页 | 政务公开 | 新闻中心',
    '政府工作报告',
    '——2024年1月10日在XX县第十八届人民代表大会第三次会议上',
    'XX县人民政府县长 张三',
    '各位代表：',
    '现在，我代表县人民政府，向大会报告工作，请予审议。',
    '附件：2024年县政府民生实事项目',
    '名词解释：',
    '［1］两个确立：本条为测试编写。',
    'XX县人民政府',
    '2024年1月10日',
    '【打印本页】【关闭窗口】',
    '相关文章',
    '关于做好2024年春耕工作的通知',
  ];
  const found = check(text.join('\n'), RULE);
  assert.deepEqual(covered(text.join('\n'), found), [text[0], text[1], text[12], text[13], text[14]]);
});

function lineAt(text: string, index: LineIndex, at: number): string {
  const l = index.positionAt(at).line;
  return text.split('\n')[l];
}

test('copy-residue: the sample drafts and published reports have no residue line', () => {
  const samples = path.join(__dirname, '..', '..', 'fixtures', 'samples');
  for (const dir of ['drafts', 'published']) {
    for (const f of fs.readdirSync(path.join(samples, dir))) {
      const text = fs.readFileSync(path.join(samples, dir, f), 'utf8');
      assert.deepEqual(covered(text, check(text, RULE)), [], f);
    }
  }
});

test('copy-residue: an ad block goes whole — its header, its pitch, a line found in part — and fix-all leaves no fragment', () => {
  const text = [
    '2023年上半年工作总结',
    '今年以来，我局紧扣年度目标任务，统筹推进各项工作。',
    '【老秘材料库】',
    '海量精品范文每日更新，一站式解决写材料难题',
    '开通年度会员仅需199元，全站材料免费下载，客服微信：laomi2023',
    '一、主要工作成效',
    '上半年完成投资8.6亿元（材料来源：【公众号：XX发布】），占年度计划的52%。',
    '会员专享：全站范文免费下载，客服QQ：1234567890（工作时间9:00-21:00）',
    '【材料代写】',
    '专业团队一对一服务，原创保证，当天交稿',
    '欢迎咨询',
    '二、存在的问题',
  ].join('\n');
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), [
    '【老秘材料库】',
    '海量精品范文每日更新，一站式解决写材料难题',
    '开通年度会员仅需199元，全站材料免费下载，客服微信：laomi2023',
    '（材料来源：【公众号：XX发布】）',
    '会员专享：全站范文免费下载，客服QQ：1234567890（工作时间9:00-21:00）',
    '【材料代写】',
    '专业团队一对一服务，原创保证，当天交稿',
    '欢迎咨询',
  ]);
  assert.equal(
    fixAll(text, (t) => check(t, RULE)).text,
    [
      '2023年上半年工作总结',
      '今年以来，我局紧扣年度目标任务，统筹推进各项工作。',
      '一、主要工作成效',
      '上半年完成投资8.6亿元，占年度计划的52%。',
      '二、存在的问题',
    ].join('\n'),
  );
  // The header's message says what the block is.
  assert.match(found[0].message, /广告/);
});

test('copy-residue: the fix deletes a region whole with the empty lines it leaves; one line alone is the second fix', () => {
  const text =
    '工作总结\n\n全年完成各项目标任务。\n\n【老秘材料库】\n\n客服微信：laomi2023\n\n下一步，我们将继续努力。\n';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['【老秘材料库】', '客服微信：laomi2023']);
  for (const f of found) {
    assert.equal(f.fixes[0].title, '删除这块残留（2 行）');
    assert.equal(f.fixes[0].safe, true);
    assert.equal(applyFix(text, f), '工作总结\n\n全年完成各项目标任务。\n\n下一步，我们将继续努力。\n');
    assert.equal(f.fixes[1].title, '删除此行');
  }
  assert.equal(
    applyFix(text, found[1], 1),
    '工作总结\n\n全年完成各项目标任务。\n\n【老秘材料库】\n\n\n下一步，我们将继续努力。\n',
  );
  assert.equal(check(text, RULE, { locale: 'en' })[0].fixes[0].title, 'Delete this block of residue (2 lines)');
  // At the start and at the end of the text; a region right after a line keeps the empty line below it.
  const cases: Array<[string, string]> = [
    ['首页 > 工作总结\n\n工作总结\n全年完成任务。\n', '工作总结\n全年完成任务。\n'],
    ['工作总结\n全年完成任务。\n\n收藏 点赞 在看\n\n往期推荐\n', '工作总结\n全年完成任务。\n'],
    ['工作总结\n全年完成任务。\n\n收藏 点赞 在看', '工作总结\n全年完成任务。'],
    [
      '工作总结\n全年完成任务。\n【老秘材料库】\n客服微信：laomi2023\n\n下一步继续努力。',
      '工作总结\n全年完成任务。\n\n下一步继续努力。',
    ],
  ];
  for (const [web, clean] of cases) assert.equal(fixAll(web, (t) => check(t, RULE)).text, clean, web);
});

test('copy-residue: below the report — link lists, headlines about it, the page’s dates and ids — go; its own tail stays', () => {
  const report = [
    '2023年工作总结',
    '全年完成各项目标任务，群众满意度稳步提升。',
    '附件：2023年重点项目清单',
    'XX县发展和改革局',
    '2024年1月5日',
  ];
  const tails: string[][] = [
    ['相关报道：', 'XX县干部群众热议政府工作报告', '报告里的这些数字，与你我息息相关！', '相关链接>>'],
    ['XX县干部群众热议政府工作报告', '相关附件>>'],
    ['2024年01月08日', '7d1e4b2c9a0f3e8d6b5a4c3d2e1f0a9b'],
    ['【打印本页】', '2024年1月8日'],
    ['稿件ID：a3f9e8d7c6b5', '相关稿件'],
    ['相关链接>> XX县干部群众热议政府工作报告'],
  ];
  for (const tail of tails) {
    const text = [...report, ...tail].join('\n');
    assert.deepEqual(covered(text, check(text, RULE)), tail, tail.join(' '));
    assert.equal(fixAll(text, (t) => check(t, RULE)).text, report.join('\n'), tail.join(' '));
  }
  // The page's date alone below the report: zero-padded, which a document's date never is (GB/T 9704).
  const dated = `${report.slice(0, 2).join('\n')}\n2024年01月08日`;
  assert.deepEqual(covered(dated, check(dated, RULE)), ['2024年01月08日']);
  // A date the report ends with stays, padded under a signature or not; a question the report ends with is its own.
  for (const end of ['2024年1月5日', 'XX县发展和改革局\n2024年01月05日', '谢谢大家！', '我们的目标能实现吗？'])
    assert.deepEqual(check(`${report.slice(0, 2).join('\n')}\n${end}`, RULE), [], end);
});

test('copy-residue: a reporter’s lead above the title and a caption under it go; the report’s own opening stays', () => {
  const text = [
    '1月10日，XX县第十八届人民代表大会第三次会议开幕，县长张三同志作政府工作报告。',
    '政府工作报告',
    '——2024年1月10日在XX县第十八届人民代表大会第三次会议上',
    'XX县人民政府县长 张三',
    '1月10日，大会在县会议中心开幕。XX日报记者 李四 摄',
    '各位代表：',
    '现在，我代表县人民政府，向大会作政府工作报告。',
    '过去一年，全县经济社会发展取得新成效。',
  ];
  assert.deepEqual(covered(text.join('\n'), check(text.join('\n'), RULE)), [text[0], text[4]]);
  // Other ways pages write them.
  for (const [lead, caption] of [
    ['1月10日上午，县长张三作《政府工作报告》。', '大会在县会议中心开幕。（王五 摄）'],
    ['大会听取了县长张三代表县人民政府向大会报告工作。', '大会在县会议中心开幕。 图/王五'],
  ]) {
    const other = [lead, ...text.slice(1, 4), caption, ...text.slice(5)].join('\n');
    assert.deepEqual(covered(other, check(other, RULE)), [lead, caption]);
  }
  // Under the title, a short line beside the page's meta lines goes; a name, a session line without a dash stay.
  const head = [
    '述职报告',
    '来源：',
    'XX日报客户端',
    '张三',
    '在2024年1月10日县委全会上',
    '尊敬的各位领导：',
    '现将一年来的工作报告如下。',
  ];
  assert.deepEqual(covered(head.join('\n'), check(head.join('\n'), RULE)), [head[1], head[2]]);
  // Without a title below it, a sentence on the report is the text's own (a news item, a summary).
  const news = text.slice(0, 1).concat(text.slice(6)).join('\n');
  assert.deepEqual(check(news, RULE), []);
});

test('copy-residue: the report’s own lines are never touched, whatever residue stands around them', () => {
  const report = [
    '决胜全面建成小康社会',
    '夺取新时代中国特色社会主义伟大胜利',
    '——在XX县第十五次代表大会上的报告',
    '（2024年1月10日）',
    '县委书记 李四',
    '各位代表、同志们：',
    '现在，我代表县委向大会作报告。',
    '一、过去五年的工作',
    '（一）经济实力迈上新台阶',
    '五年来，全县地区生产总值年均增长6%。',
    '聚焦对外开放，高标准建设开放平台',
    '附件：名词解释',
    '注释',
    '［27］五个必须：',
    '必须维护党中央权威，必须服从组织决定。',
    '［28］两非两资',
    '非主业、非优势、低效资产、无效资产',
    'XX县委员会',
    '2024年1月10日',
  ];
  const chrome = ['当前位置：首页 > 要闻', '来源：XX日报', '【字体：大 中 小】', '扫一扫在手机打开当前页', '相关文章'];
  const text = [chrome[0], chrome[1], ...report.slice(0, 5), chrome[2], ...report.slice(5), chrome[3], chrome[4]].join(
    '\n',
  );
  assert.deepEqual(covered(text, check(text, RULE)), chrome);
  assert.equal(fixAll(text, (t) => check(t, RULE)).text, report.join('\n'));
});

test('copy-residue: laws and reports on copying, copyright and reference are no residue', () => {
  const clean = [
    '（三）禁止复制、摘抄涉密文件资料；',
    '用户可以设置禁止转载或者评论本人发布的信息。',
    '有的图纸注明“仅供参考”，不能作为施工的依据。',
    'XX县关于加强涉密文件管理的实施办法\n\n关于印发《XX县关于加强涉密文件管理的实施办法》的通知\n\n各乡镇人民政府：\n现将《实施办法》印发给你们，请认真贯彻执行。',
  ];
  for (const text of clean) assert.deepEqual(covered(text, check(text, RULE)), [], text);
  // The same words as a page prints them still are.
  for (const line of ['未经授权，禁止转载', '本文仅供学习参考', '谢绝转载'])
    assert.deepEqual(covered(`工作总结\n${line}\n全年完成任务。`, check(`工作总结\n${line}\n全年完成任务。`, RULE)), [
      line,
    ]);
});

test('copy-residue: regions through CRLF and 𠮷', () => {
  const text =
    '𠮷乡工作总结\r\n\r\n【老秘材料库】\r\n𠮷𠮷范文每日更新，一站式解决写材料难题\r\n客服微信：laomi2023\r\n\r\n全年完成𠮷项目标任务。\r\n\r\n相关推荐\r\n𠮷乡工作总结范文\r\n';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), [
    '【老秘材料库】',
    '𠮷𠮷范文每日更新，一站式解决写材料难题',
    '客服微信：laomi2023',
    '相关推荐',
    '𠮷乡工作总结范文',
  ]);
  assert.equal(fixAll(text, (t) => check(t, RULE)).text, '𠮷乡工作总结\r\n\r\n全年完成𠮷项目标任务。\r\n');
});
