// Editing: a 60,000-character report open in the spawned server, one-character edits in the
// middle (incremental didChange), each waited for until the diagnostics of that version arrive:
// first the character rules (published at once), then the full set (after the edited paragraph
// is segmented). Also the start-up: time to the first outline and to the first full diagnostics,
// and the server's resident memory (the segmenter worker is a thread of the same process).

import { DocumentSymbolRequest, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { memoryOf, ms, percentile, since, spawnServer, Spawned, textOf } from './corpus';

const URI = 'file:///bench/report.txt';

/** Collects publishDiagnostics per version; resolves when `count` have arrived for `version`. */
function diagnosticsTracker(server: Spawned) {
  const seen = new Map<number, number[]>();
  const waiters: Array<{ version: number; count: number; resolve: (times: number[]) => void }> = [];
  server.onDiagnostics((p: PublishDiagnosticsParams, at) => {
    if (p.uri !== URI || p.version === undefined) return;
    const times = seen.get(p.version) ?? [];
    times.push(at);
    seen.set(p.version, times);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.version === p.version && times.length >= w.count) {
        waiters.splice(i, 1);
        w.resolve(times);
      }
    }
  });
  return {
    /** Arrival times of the first `count` publications for `version` (fewer if `timeout` ms pass). */
    wait(version: number, count: number, timeout = 5000): Promise<number[]> {
      const have = seen.get(version) ?? [];
      if (have.length >= count) return Promise.resolve(have);
      return new Promise((resolve) => {
        const w = { version, count, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            resolve(seen.get(version) ?? []);
          }
        }, timeout);
      });
    },
  };
}

async function initialize(server: Spawned): Promise<void> {
  await server.client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
  await server.client.sendNotification('initialized', {});
}

/** Start-up: spawn → first documentSymbol answer, → first full diagnostics; memory after. */
export async function benchStart(text = textOf(60_000)): Promise<string[]> {
  const t0 = performance.now();
  const server = spawnServer();
  const tracker = diagnosticsTracker(server);
  try {
    await initialize(server);
    const tInit = since(t0);
    await server.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
    const symbols = await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    const tOutline = since(t0);
    const published = await tracker.wait(1, 2, 30_000);
    const tFirst = published[0] - t0;
    const tFull = published[published.length - 1] - t0;
    const idle = memoryOf(server.child.pid!);
    return [
      `start (spawn node dist/server.js --stdio, open ${text.length} chars):`,
      `  initialize answered   ${ms(tInit)}`,
      `  first outline         ${ms(tOutline)} (${symbols?.length ?? 0} top-level symbols)`,
      `  first diagnostics     ${ms(tFirst)} (character rules, before the dictionary)`,
      `  first full diagnostics ${ms(tFull)} (after nodejieba loaded in the worker)${published.length < 2 ? ' [only one publication seen]' : ''}`,
      `  resident memory       ${idle.rss.toFixed(0)} MB (VmRSS, worker included), peak ${idle.peak.toFixed(0)} MB`,
    ];
  } finally {
    await server.stop();
  }
}

/** Editing latency: `edits` one-character inserts in the middle of a 60k report. */
export async function benchEditing(edits = 200, text = textOf(60_000), capMs = 60_000): Promise<string[]> {
  const server = spawnServer();
  const tracker = diagnosticsTracker(server);
  try {
    await initialize(server);
    await server.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
    await tracker.wait(1, 2, 30_000);
    // The middle of a prose line: typing there changes one paragraph.
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (lines[line].length < 20) line++;
    const character = Math.floor(lines[line].length / 2);
    const typed = '的一是在了和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩';
    const latencies: number[] = [];
    const firstLatencies: number[] = [];
    let incomplete = 0;
    const deadline = performance.now() + capMs;
    for (let i = 0; i < edits && performance.now() < deadline; i++) {
      const version = i + 2;
      const ch = typed[i % typed.length];
      const at = { line, character: character + i };
      const t0 = performance.now();
      await server.client.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: at, end: at }, text: ch }],
      });
      const times = await tracker.wait(version, 2, 5000);
      if (times.length < 2) incomplete++;
      if (times.length) {
        firstLatencies.push(times[0] - t0);
        latencies.push(times[times.length - 1] - t0);
      }
    }
    const n = latencies.length;
    return [
      `editing (${text.length}-char report, ${n} one-character edits in the middle, spawned server):`,
      `  fresh full diagnostics  p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  max ${ms(Math.max(...latencies))}  (target p50 < 30 ms, p95 < 60 ms)`,
      `  first (character rules) p50 ${ms(percentile(firstLatencies, 50))}  p95 ${ms(percentile(firstLatencies, 95))}`,
      ...(incomplete ? [`  ${incomplete} edits got a single publication (no separate full one)`] : []),
    ];
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  void (async () => {
    console.log((await benchStart()).join('\n'));
    console.log((await benchEditing(Number(process.argv[2] ?? 200))).join('\n'));
  })();
}
