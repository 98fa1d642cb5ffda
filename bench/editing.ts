// Editing: a 60,000-character report open in the spawned server (node dist/server.js --stdio, a real
// LSP connection), one-character edits in the middle (incremental didChange), each waited for until
// the full diagnostics of that version arrive (the token rules' findings among them). Measured twice:
// with the client's `gongwen.debounce` at 0, which is the server's own work, and at its default
// (100 ms), which is what a drafter sees. The client answers workspace/configuration as VS Code does.
// Also the start-up: time to the first outline, to the first diagnostics (character rules) and to the
// first full diagnostics, and the server's resident memory (the segmenter worker is a thread of it).

import { DocumentSymbolRequest, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { AnalysisCaches, analyze, LineIndex, parseReport, RULES, toDiagnostic } from '../server/src/core';
import { toOptions } from '../server/src/host/config';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { measureText, memoryOf, ms, percentile, since, spawnServer, Spawned } from './corpus';

const URI = 'file:///bench/report.txt';
/** Diagnostics of these rules exist only once the text is segmented: their presence marks a full set. */
const TOKEN_RULES = new Set(RULES.filter((r) => r.needsTokens).map((r) => r.id));

const isFull = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => TOKEN_RULES.has(String(d.code)));

interface Publication {
  params: PublishDiagnosticsParams;
  at: number;
}

/** Collects publishDiagnostics per version; resolves when one for `version` satisfies `until`. */
function diagnosticsTracker(server: Spawned) {
  const seen = new Map<number, Publication[]>();
  const waiters: Array<{
    version: number;
    until: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: Publication | undefined) => void;
  }> = [];
  server.onDiagnostics((params, at) => {
    if (params.uri !== URI || params.version === undefined) return;
    const list = seen.get(params.version) ?? [];
    const publication = { params, at };
    list.push(publication);
    seen.set(params.version, list);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.version === params.version && w.until(params)) {
        waiters.splice(i, 1);
        w.resolve(publication);
      }
    }
  });
  return {
    /** The first publication for `version` satisfying `until` (undefined after `timeout` ms). */
    wait(
      version: number,
      until: (p: PublishDiagnosticsParams) => boolean = () => true,
      timeout = 5000,
    ): Promise<Publication | undefined> {
      const have = (seen.get(version) ?? []).find((p) => until(p.params));
      if (have) return Promise.resolve(have);
      return new Promise((resolve) => {
        const w = { version, until, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            resolve(undefined);
          }
        }, timeout);
      });
    },
    /** Every publication seen for `version`. */
    all: (version: number) => seen.get(version) ?? [],
  };
}

/** Initializes like VS Code: the server pulls `gongwen` settings; this client answers with `settings`. */
async function initialize(server: Spawned, settings: Record<string, unknown>): Promise<void> {
  server.client.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => settings),
  );
  server.client.onRequest('client/registerCapability', () => null);
  await server.client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    locale: 'zh-cn',
  });
  await server.client.sendNotification('initialized', {});
}

/** Start-up: spawn → first documentSymbol answer, → first and first full diagnostics; memory after. */
export async function benchStart(text = measureText(60_000).text): Promise<string[]> {
  const t0 = performance.now();
  const server = spawnServer();
  const tracker = diagnosticsTracker(server);
  try {
    await initialize(server, {});
    const tInit = since(t0);
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'plaintext', version: 1, text },
    });
    const symbols = await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    const tOutline = since(t0);
    const full = await tracker.wait(1, isFull, 60_000);
    const first = tracker.all(1)[0];
    // First outline ≤ 200 ms after open, first full diagnostics ≤ 2 s on a cold start.
    const memory = memoryOf(server.child.pid!);
    return [
      `start (spawn node dist/server.js --stdio, open ${text.length} chars, default settings):`,
      `  initialize answered     ${ms(tInit)}`,
      `  first outline           ${ms(tOutline)} (${symbols?.length ?? 0} top-level symbols)`,
      `  first diagnostics       ${first ? ms(first.at - t0) : 'none'} (${first?.params.diagnostics.length ?? 0}; character rules, not waiting for the dictionary)`,
      `  first full diagnostics  ${full ? ms(full.at - t0) : 'none in 60 s'} (${full?.params.diagnostics.length ?? 0}; nodejieba loaded in the worker, text segmented)`,
      `  resident memory         ${memory.rss.toFixed(0)} MB (VmRSS, worker included), peak ${memory.peak.toFixed(0)} MB`,
    ];
  } finally {
    await server.stop();
  }
}

/** Characters typed, one per edit (report vocabulary, so the segmenter sees real words forming). */
const TYPED =
  '的一是在了和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊株亲院冷彻弹错商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩';

interface EditingRun {
  latencies: number[];
  /** Edits whose first publication lacked the token rules' findings (the full set came later, or never). */
  partial: number;
  /** Edits that got no full diagnostics within 5 s. */
  lost: number;
  /** Diagnostics of the last version, published vs an in-process analysis of the same text. */
  lastCount: number;
  expectedCount: number;
  /** The server's resident memory after the edits (worker included), MB. */
  rss: number;
}

/** `edits` one-character inserts in the middle of `text`, with the server's debounce set to `debounce` ms. */
async function editingRun(text: string, edits: number, debounce: number, capMs: number): Promise<EditingRun> {
  const server = spawnServer();
  const tracker = diagnosticsTracker(server);
  try {
    await initialize(server, { debounce });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'plaintext', version: 1, text },
    });
    if (!(await tracker.wait(1, isFull, 60_000))) throw new Error('no full diagnostics for the opened report in 60 s');
    // The middle of a prose line: typing there changes one paragraph.
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (lines[line].length < 20) line++;
    const character = Math.floor(lines[line].length / 2);
    const run: EditingRun = { latencies: [], partial: 0, lost: 0, lastCount: 0, expectedCount: 0, rss: 0 };
    let current = text;
    const lineStart = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    const deadline = performance.now() + capMs;
    let version = 1;
    for (let i = 0; i < edits && performance.now() < deadline; i++) {
      version = i + 2;
      const ch = TYPED[i % TYPED.length];
      const at = { line, character: character + i };
      current = current.slice(0, lineStart + at.character) + ch + current.slice(lineStart + at.character);
      const t0 = performance.now();
      await server.client.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: at, end: at }, text: ch }],
      });
      const full = await tracker.wait(version, isFull, 5000);
      if (!full) {
        run.lost++;
        continue;
      }
      run.latencies.push(full.at - t0);
      if (tracker.all(version)[0] !== full) run.partial++;
      run.lastCount = full.params.diagnostics.length;
    }
    run.rss = memoryOf(server.child.pid!).rss;
    // The last publication must be what a fresh analysis of the same text finds.
    const model = parseReport(current, { segmenter: createInProcessSegmenter() });
    run.expectedCount = analyze(model, toOptions('zh-cn', []), { tables: corpusTables() }).findings.length;
    return run;
  } finally {
    await server.stop();
  }
}

/**
 * Editing latency: `edits` one-character inserts in the middle of a report of each size (report text
 * the project was not tuned on), at debounce 0 (the server's work; the default debounce too at the
 * first size), and the per-edit cost of the largest against the smallest.
 */
export async function benchEditing(edits = 200, sizes = [60_000, 200_000, 600_000], capMs = 60_000): Promise<string[]> {
  const out = [
    `editing (${edits} one-character edits in the middle, spawned server, time from didChange sent to full diagnostics received):`,
  ];
  const p50s: number[] = [];
  for (const size of sizes) {
    const { text, source } = measureText(size);
    out.push(`  ${text.length} chars (${source}):`);
    const settings =
      size === sizes[0]
        ? ([
            [0, "debounce 0 (the server's work)"],
            [100, 'debounce 100 (default: what a drafter sees)'],
          ] as const)
        : ([[0, 'debounce 0']] as const);
    for (const [debounce, label] of settings) {
      const r = await editingRun(text, edits, debounce, capMs);
      const n = r.latencies.length;
      if (debounce === 0) p50s.push(percentile(r.latencies, 50));
      out.push(
        `    ${label}: n=${n}  p50 ${ms(percentile(r.latencies, 50))}  p95 ${ms(percentile(r.latencies, 95))}  max ${ms(Math.max(...r.latencies))}  server RSS ${r.rss.toFixed(0)} MB`,
      );
      if (r.partial)
        out.push(`      ${r.partial} edits were published twice (character rules first, then the full set)`);
      if (r.lost) out.push(`      ${r.lost} edits got no full diagnostics within 5 s`);
      out.push(
        `      last version: ${r.lastCount} diagnostics published, ${r.expectedCount} from an in-process analysis of the same text${r.lastCount === r.expectedCount ? '' : '  ← MISMATCH'}`,
      );
    }
  }
  if (p50s.length > 1)
    out.push(
      `  per-edit p50 at ${sizes[sizes.length - 1]} / at ${sizes[0]}: ${(p50s[p50s.length - 1] / p50s[0]).toFixed(1)}× (target ≤ 3×; targets p50/p95 ≤ 10/25 ms at 60k, ≤ 30/80 ms at 600k)`,
    );
  return out;
}

/** Memory with `count` reports of `size` characters open (different texts), each fully analysed. */
export async function benchMemory(count = 10, size = 60_000): Promise<string[]> {
  const { text: all } = measureText(count * size);
  const server = spawnServer();
  const tracker = diagnosticsTrackerFor(server);
  try {
    await initialize(server, {});
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/report-${i}.txt`;
      const text = all.slice(i * size, (i + 1) * size);
      await server.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'plaintext', version: 1, text },
      });
      if (!(await tracker(uri, 60_000))) lines.push(`  ${uri}: no full diagnostics in 60 s`);
      if (i === 0)
        lines.push(`  1 report open: server RSS ${memoryOf(server.child.pid!).rss.toFixed(0)} MB (worker included)`);
    }
    const m = memoryOf(server.child.pid!);
    lines.push(
      `  ${count} reports open: server RSS ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB (targets ≤ 400 MB with one, ≤ 500 MB with ten)`,
    );
    return [`memory (${count} reports of ${size} chars from the corpus measure part, default settings):`, ...lines];
  } finally {
    await server.stop();
  }
}

/** Resolves true when full diagnostics of version 1 of `uri` arrive, false after `timeout` ms. */
function diagnosticsTrackerFor(server: Spawned): (uri: string, timeout: number) => Promise<boolean> {
  const full = new Set<string>();
  const waiting = new Map<string, () => void>();
  server.onDiagnostics((p) => {
    if (!isFull(p)) return;
    full.add(p.uri);
    waiting.get(p.uri)?.();
  });
  return (uri, timeout) =>
    new Promise((resolve) => {
      if (full.has(uri)) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeout);
      waiting.set(uri, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
}

/**
 * The server's own work per edit, in this process: the edited paragraph segmented, the new version
 * parsed and analysed with the document's caches, its diagnostics made and serialised, as the server
 * does for each version. Given in CPU time as well as wall time: on a machine shared with other work
 * the wall time of a spawned server is mostly waiting to be scheduled, its CPU time is not.
 */
export function benchEditingWork(edits = 100, sizes = [60_000, 200_000, 600_000]): string[] {
  const out = [
    `editing work in process (${edits} one-character edits in the middle; segment + parse + analyse with the document's caches + diagnostics as JSON):`,
  ];
  const segmenter = createInProcessSegmenter();
  const options = toOptions('zh-cn', []);
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const p50s: number[] = [];
  for (const size of sizes) {
    let { text } = measureText(size);
    const caches = new AnalysisCaches();
    const check = (t: string) => {
      const analysis = analyze(parseReport(t, { segmenter, caches }), options, { caches });
      const index = new LineIndex(t);
      return JSON.stringify(analysis.findings.map((f) => toDiagnostic(f, index, URI))).length;
    };
    check(text);
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (lines[line].length < 20) line++;
    const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + Math.floor(lines[line].length / 2);
    const wall: number[] = [];
    const used: number[] = [];
    for (let i = 0; i < edits; i++) {
      text = text.slice(0, at + i) + TYPED[i % TYPED.length] + text.slice(at + i);
      const c0 = cpu();
      const t0 = performance.now();
      check(text);
      wall.push(since(t0));
      used.push(cpu() - c0);
    }
    p50s.push(percentile(used, 50));
    out.push(
      `  ${String(text.length).padEnd(7)} chars: CPU p50 ${ms(percentile(used, 50))} p95 ${ms(percentile(used, 95))}; wall p50 ${ms(percentile(wall, 50))} p95 ${ms(percentile(wall, 95))}`,
    );
  }
  if (p50s.length > 1)
    out.push(
      `  CPU per edit at ${sizes[sizes.length - 1]} / at ${sizes[0]}: ${(p50s[p50s.length - 1] / p50s[0]).toFixed(1)}×`,
    );
  return out;
}
