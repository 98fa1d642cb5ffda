// Editing: a report open in a spawned server (node <root>/dist/server.js --stdio, a real LSP connection,
// of this checkout or of the base compared with), one-character edits in the middle (incremental
// didChange), each waited for until the full diagnostics of that version arrive (the token rules'
// findings among them), with the client's `gongwen.debounce` at 0: the server's own work. The client
// answers workspace/configuration as VS Code does (the rules setting turns the pending rules off).
// Also the start-up: time to the first outline and to the first full diagnostics, cold and once the
// dictionaries are loaded, and the server's resident memory (the segmenter worker is a thread of it).

import { DocumentSymbolRequest, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
  AnalysisCaches,
  analyze,
  LineIndex,
  parseReport,
  publishable,
  RULES,
  toDiagnostic,
  translator,
} from '../server/src/core';
import { toOptions } from '../server/src/host/config';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { measureText, memoryOf, ms, percentile, ROOT, since, spawnServer, Spawned } from './corpus';
import { Figures, Root, Variant } from './figures';

const URI = 'file:///bench/report.txt';
/** Diagnostics of these rules exist only once the text is segmented: their presence marks a full set. */
const tokenRules = (variant: Variant) =>
  new Set(RULES.filter((r) => r.needsTokens && !variant.rules[r.id]).map((r) => r.id));

/** True for a full set of diagnostics (with the token rules' findings) under `variant`. */
const fullUnder = (variant: Variant) => {
  const rules = tokenRules(variant);
  return (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => rules.has(String(d.code)));
};

/**
 * A last line every text opened gets: a blank (placeholder, a token rule never turned off) that every
 * full set of diagnostics holds, so a full set is told from the character rules' first one under any variant.
 */
const SENTINEL = '\n全年完成固定资产投资【待填】亿元。';

interface Publication {
  params: PublishDiagnosticsParams;
  at: number;
}

/** Collects publishDiagnostics per document and version; resolves when one for `version` satisfies `until`. */
function diagnosticsTracker(server: Spawned) {
  const seen = new Map<string, Publication[]>();
  const waiters: Array<{
    key: string;
    until: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: Publication | undefined) => void;
  }> = [];
  server.onDiagnostics((params, at) => {
    if (params.version === undefined) return;
    const key = `${params.version} ${params.uri}`;
    const list = seen.get(key) ?? [];
    const publication = { params, at };
    list.push(publication);
    seen.set(key, list);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.key === key && w.until(params)) {
        waiters.splice(i, 1);
        w.resolve(publication);
      }
    }
  });
  return {
    /** The first publication for `version` of `uri` satisfying `until` (undefined after `timeout` ms). */
    wait(
      version: number,
      until: (p: PublishDiagnosticsParams) => boolean = () => true,
      timeout = 5000,
      uri = URI,
    ): Promise<Publication | undefined> {
      const key = `${version} ${uri}`;
      const have = (seen.get(key) ?? []).find((p) => until(p.params));
      if (have) return Promise.resolve(have);
      return new Promise((resolve) => {
        const w = { key, until, resolve };
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
    /** Every publication seen for `version` of `uri`. */
    all: (version: number, uri = URI) => seen.get(`${version} ${uri}`) ?? [],
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

/**
 * Start-up: spawn → initialize → open a 60,000-character report: its outline, its first and first full
 * diagnostics (cold: the dictionaries load meanwhile); then a second report opened once they are
 * loaded: its outline and full diagnostics; memory after.
 */
export async function benchStart(root: Root, variant: Variant, figures: Figures): Promise<string[]> {
  const { text } = measureText(120_000);
  const [a, b] = [text.slice(0, 60_000) + SENTINEL, text.slice(60_000) + SENTINEL];
  const t0 = performance.now();
  const server = spawnServer(root.dir);
  const tracker = diagnosticsTracker(server);
  const isFull = fullUnder(variant);
  try {
    await initialize(server, { rules: variant.rules });
    const tInit = since(t0);
    const open = async (uri: string, doc: string) => {
      const t1 = performance.now();
      await server.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'plaintext', version: 1, text: doc },
      });
      await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      const outline = since(t1);
      const full = await tracker.wait(1, isFull, 60_000, uri);
      const first = tracker.all(1, uri)[0];
      return { outline, first: first && first.at - t1, full: full && full.at - t1 };
    };
    const cold = await open(URI, a);
    const warm = await open('file:///bench/second.txt', b);
    const memory = memoryOf(server.child.pid!);
    figures.add(
      'open → outline (dictionaries loaded)',
      '≤ 200 ms',
      root,
      variant,
      ms(warm.outline),
      warm.outline <= 200,
    );
    if (warm.full !== undefined)
      figures.add(
        'open → full diagnostics (dictionaries loaded)',
        '≤ 1 s',
        root,
        variant,
        ms(warm.full),
        warm.full <= 1000,
      );
    if (cold.full !== undefined)
      figures.add('open → full diagnostics, cold start', '(reported)', root, variant, ms(cold.full));
    return [
      `start, ${root.name}, ${variant.name} (spawn ${root.dir}/dist/server.js --stdio, open ${a.length} chars):`,
      `  initialize answered          ${ms(tInit)}`,
      `  cold: outline ${ms(cold.outline)}, first diagnostics ${cold.first === undefined ? 'none' : ms(cold.first)}, full ${cold.full === undefined ? 'none in 60 s' : ms(cold.full)}`,
      `  dictionaries loaded, a second report of ${b.length} chars: outline ${ms(warm.outline)}, full diagnostics ${warm.full === undefined ? 'none in 60 s' : ms(warm.full)}`,
      `  resident memory              ${memory.rss.toFixed(0)} MB (VmRSS, worker included), peak ${memory.peak.toFixed(0)} MB`,
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

/** `edits` one-character inserts in the middle of `text` in `root`'s server under `variant`, debounce 0, for at most `capMs`. */
async function editingRun(
  root: Root,
  variant: Variant,
  text: string,
  edits: number,
  capMs: number,
): Promise<EditingRun> {
  const server = spawnServer(root.dir);
  const tracker = diagnosticsTracker(server);
  const isFull = fullUnder(variant);
  try {
    await initialize(server, { debounce: 0, rules: variant.rules });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'plaintext', version: 1, text },
    });
    if (!(await tracker.wait(1, isFull, 120_000)))
      throw new Error('no full diagnostics for the opened report in 120 s');
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
      const full = await tracker.wait(version, isFull, 10_000);
      if (!full) {
        run.lost++;
        continue;
      }
      run.latencies.push(full.at - t0);
      if (tracker.all(version)[0] !== full) run.partial++;
      run.lastCount = full.params.diagnostics.length;
    }
    run.rss = memoryOf(server.child.pid!).rss;
    // This checkout's last publication must be what a fresh analysis of the same text publishes.
    if (root.dir === ROOT) {
      const model = parseReport(current, { segmenter: createInProcessSegmenter() });
      const options = toOptions('zh-cn', []);
      const rules = RULES.filter((r) => !variant.rules[r.id]);
      const { findings } = analyze(model, options, { tables: corpusTables(), rules });
      const name = (id: string) => RULES.find((r) => r.id === id)?.name['zh-cn'] ?? id;
      run.expectedCount = publishable(
        findings,
        new LineIndex(current),
        URI,
        name,
        translator('zh-cn'),
      ).diagnostics.length;
    } else run.expectedCount = NaN;
    return run;
  } finally {
    await server.stop();
  }
}

/**
 * Editing latency in `root`'s server under `variant`: `edits` one-character inserts in the middle of a
 * report of each size (report text the project was not tuned on), at debounce 0 (the server's work).
 */
export async function benchEditing(
  root: Root,
  variant: Variant,
  figures: Figures,
  edits = 200,
  sizes = [60_000, 600_000],
  capMs = 60_000,
): Promise<string[]> {
  const out = [
    `editing, ${root.name}, ${variant.name} (up to ${edits} one-character edits in the middle, at most ${capMs / 1000} s, debounce 0; time from didChange sent to full diagnostics received):`,
  ];
  const targets: Record<number, [number, number]> = { 60_000: [10, 25], 600_000: [30, 80] };
  for (const size of sizes) {
    const { text: measured, source } = measureText(size);
    const text = measured + SENTINEL;
    const r = await editingRun(root, variant, text, edits, capMs);
    const p50 = percentile(r.latencies, 50);
    const p95 = percentile(r.latencies, 95);
    const [t50, t95] = targets[size] ?? [NaN, NaN];
    const k = `${size / 1000}k`;
    figures.add(`edit → fresh diagnostics at ${k}, p50`, `≤ ${t50} ms`, root, variant, ms(p50), p50 <= t50);
    figures.add(`edit → fresh diagnostics at ${k}, p95`, `≤ ${t95} ms`, root, variant, ms(p95), p95 <= t95);
    out.push(
      `  ${text.length} chars (${source}): n=${r.latencies.length}  p50 ${ms(p50)}  p95 ${ms(p95)}  max ${ms(Math.max(...r.latencies))}  server RSS after ${r.rss.toFixed(0)} MB`,
    );
    if (r.partial) out.push(`    ${r.partial} edits were published twice (character rules first, then the full set)`);
    if (r.lost) out.push(`    ${r.lost} edits got no full diagnostics within 10 s`);
    if (!Number.isNaN(r.expectedCount))
      out.push(
        `    last version: ${r.lastCount} diagnostics published, ${r.expectedCount} from an in-process analysis of the same text${r.lastCount === r.expectedCount ? '' : '  ← MISMATCH'}`,
      );
  }
  return out;
}

/** Memory in `root`'s server under `variant` with one, then `count` reports of `size` characters open (different texts), each fully analysed. */
export async function benchMemory(
  root: Root,
  variant: Variant,
  figures: Figures,
  count = 10,
  size = 60_000,
): Promise<string[]> {
  const { text: all } = measureText(count * size);
  const server = spawnServer(root.dir);
  const tracker = diagnosticsTrackerFor(server, fullUnder(variant));
  try {
    await initialize(server, { rules: variant.rules });
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/report-${i}.txt`;
      const text = all.slice(i * size, (i + 1) * size) + SENTINEL;
      await server.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'plaintext', version: 1, text },
      });
      if (!(await tracker(uri, 120_000))) lines.push(`  ${uri}: no full diagnostics in 120 s`);
      if (i === 0) {
        const one = memoryOf(server.child.pid!).rss;
        figures.add('server RSS, one 60k report open', '≤ 400 MB', root, variant, `${one.toFixed(0)} MB`, one <= 400);
        lines.push(`  1 report open: server RSS ${one.toFixed(0)} MB (worker included)`);
      }
    }
    const m = memoryOf(server.child.pid!);
    figures.add(`server RSS, ${count} reports open`, '≤ 600 MB', root, variant, `${m.rss.toFixed(0)} MB`, m.rss <= 600);
    lines.push(`  ${count} reports open: server RSS ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB`);
    return [
      `memory, ${root.name}, ${variant.name} (${count} reports of ${size} chars from the corpus measure part):`,
      ...lines,
    ];
  } finally {
    await server.stop();
  }
}

/** Resolves true when full diagnostics of version 1 of `uri` arrive, false after `timeout` ms. */
function diagnosticsTrackerFor(
  server: Spawned,
  isFull: (p: PublishDiagnosticsParams) => boolean,
): (uri: string, timeout: number) => Promise<boolean> {
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
