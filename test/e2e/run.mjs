#!/usr/bin/env node
// Runs the end-to-end tests in a real VS Code: code-server (VS Code 1.100.3) on a free loopback
// port with throw-away state under test/e2e/.run/state, driven by headless Debian Chromium
// through playwright-core (nothing downloaded at test time, unlike @vscode/test-electron). Every pass opens a fresh copy of
// test/e2e/workspace, so the tests may edit and save its files.
//
//   node test/e2e/run.mjs            1. test pass: the extension under development (this
//                                       repository) and the tests (test/e2e/.run/out/index.js,
//                                       built by test/e2e/build.mjs), in the real extension host;
//                                       prints mocha's report, exits with VS Code's exit code;
//                                    2. screenshot passes (if the tests passed), each checking what
//                                       it shows: the sample draft with Outline and Problems,
//                                       offered and opened as a 公文报告 → draft-outline.png; the
//                                       公文检查 view (repeats grouped, then filtered by severity)
//                                       and the statistics page in a light and a dark theme →
//                                       findings-view-*.png, findings-filtered-*.png, stats-*.png;
//                                       a titled report in the 公文报告 language, no boxed
//                                       punctuation, title and 一是 coloured apart from the text →
//                                       report-{light,dark}.png; the offer to open a .txt report
//                                       as one → report-offer.png; export saying about blanks
//                                       before asking where, then 打开 / 在文件夹中显示 →
//                                       export-blanks-first.png, export-done.png; the Source
//                                       Action menu → source-actions.png; 填入数值… refusing abc →
//                                       fill-value-check.png; the layout preview → layout-preview.png.
//                                       Under GONGWEN_E2E_LOCALE=en each name ends in -en.
//   node test/e2e/run.mjs --vsix [F] installs the packaged extension F (default: the one
//                                    `npm run package` wrote for this platform) with
//                                    `code-server --install-extension` into a fresh extensions
//                                    folder (no extensionDevelopmentPath), opens the sample draft,
//                                    checks that its outline and diagnostics appear
//                                    → vsix-installed.png.
//
// Screenshots go to test/e2e/.run/screenshots/ (ignored by git). The tracked ones in
// test/e2e/screenshots/ change only on purpose: GONGWEN_E2E_UPDATE_SCREENSHOTS=1 (or
// --update-screenshots) copies each new screenshot there too.
//
// Needs: scripts/e2e/setup.sh (code-server, playwright-core, chromium), `npm run build` (dist/)
// and `node test/e2e/build.mjs`; for --vsix, `npm run package`. `npm run test:e2e` does all.
//
// Options: --no-screenshots, --screenshots-only, --keep-state (keep test/e2e/.run/state).
// Environment: GONGWEN_E2E_TIMEOUT_MS (overall deadline, default 1800000), GONGWEN_E2E_GREP
// (only tests whose title matches), GONGWEN_E2E_VERBOSE=1 (all of the workbench log),
// GONGWEN_E2E_LOCALE (VS Code's display language, default zh-cn through the stand-in language
// pack test/e2e/language-pack: the extension's strings and messages are then Chinese, the
// workbench's own stay English; "en" for English throughout),
// GONGWEN_E2E_CACHE (where setup.sh installed code-server; default .e2e-cache),
// GONGWEN_E2E_EXTENSION (the extension folder to test; default this repository),
// GONGWEN_E2E_PASSES (only these screenshot passes, comma-separated: draft, views, report, offer,
// export, source-actions, fill-value, preview).

/* global document, getComputedStyle -- used inside page.evaluate callbacks, which run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vsixPath } from '../../scripts/package.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cache = process.env.GONGWEN_E2E_CACHE || join(root, '.e2e-cache');
const stateDir = join(here, '.run', 'state');
const testsEntry = join(here, '.run', 'out', 'index.js');
const workspaceSource = join(here, 'workspace');
const SAMPLE = 'half-year-summary-b.txt';
const screenshotDir = join(here, '.run', 'screenshots');
const trackedScreenshotDir = join(here, 'screenshots');
const chromiumPath = process.env.GONGWEN_E2E_CHROMIUM || '/usr/bin/chromium';
const locale = process.env.GONGWEN_E2E_LOCALE ?? 'zh-cn';
/** The extension's titles are Chinese under a zh display language. */
const zhLabels = /^zh/i.test(locale);
/** A label in the display language of this run. */
const L = (zh, en) => (zhLabels ? zh : en);
/** The extension's palette entry `category: title`. */
const ours = (zh, en) => `${L('公文助手', 'Gongwen')}: ${L(zh, en)}`;
/** Screenshots of an English run are named apart. */
const shotSuffix = zhLabels ? '' : '-en';
// The extension under test (a folder with package.json and dist/): this repository by default.
const extensionPath = resolve(process.env.GONGWEN_E2E_EXTENSION || root);

const argv = process.argv.slice(2);
const args = new Set(argv);
const vsixIndex = argv.indexOf('--vsix');
// --vsix alone: the VSIX `npm run package` writes for this platform.
const vsixArg = vsixIndex >= 0 ? argv[vsixIndex + 1] : undefined;
const vsix = vsixIndex < 0 ? undefined : vsixArg && !vsixArg.startsWith('--') ? resolve(vsixArg) : vsixPath();
const wantTests = !vsix && !args.has('--screenshots-only');
const wantScreenshots = !args.has('--no-screenshots');
const keepState = args.has('--keep-state');
const updateScreenshots = args.has('--update-screenshots') || process.env.GONGWEN_E2E_UPDATE_SCREENSHOTS === '1';
const verbose = process.env.GONGWEN_E2E_VERBOSE === '1';
const overallMs = Number(process.env.GONGWEN_E2E_TIMEOUT_MS || 1_800_000);
// Marks every process this run starts (code-server, its extension host, the language server,
// chromium), so the final sweep can end exactly those, by pid.
const runId = randomBytes(6).toString('hex');
const t0 = Date.now();

const log = (msg) => process.stdout.write(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

// ---- Preconditions --------------------------------------------------------------------

const require = createRequire(join(cache, 'package.json'));
function need(path, hint) {
  if (!existsSync(path)) {
    console.error(`e2e: missing ${relative(root, path) || path}: ${hint}`);
    process.exit(2);
  }
}
const codeServerEntry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
need(codeServerEntry, 'run scripts/e2e/setup.sh');
need(join(cache, 'node_modules', 'playwright-core', 'package.json'), 'run scripts/e2e/setup.sh');
need(chromiumPath, 'run scripts/e2e/setup.sh (apt-get install chromium)');
if (vsix) {
  need(vsix, 'run npm run package');
} else {
  need(join(extensionPath, 'dist', 'client.js'), 'run npm run build');
  need(join(extensionPath, 'dist', 'server.js'), 'run npm run build');
}
if (wantTests) need(testsEntry, 'run node test/e2e/build.mjs');
const { chromium } = require('playwright-core');

// ---- Cleanup, in every case -------------------------------------------------------------

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        log(`cleanup: ${e?.message ?? e}`);
      }
    }
    sweep();
  })();
  return cleaning;
}

/** Pids of live processes whose environment carries this run's marker. */
function markedPids() {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`GONGWEN_E2E_RUN=${runId}`))
        pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Last resort: SIGKILL whatever this run started and is still alive. */
function sweep() {
  for (const pid of markedPids()) {
    try {
      process.kill(pid, 'SIGKILL');
      log(`killed leftover process ${pid}`);
    } catch {
      // already gone
    }
  }
}

async function finish(code) {
  clearTimeout(overallTimer);
  await cleanup();
  log(`exit ${code}`);
  process.exit(code);
}

const overallTimer = setTimeout(() => {
  log(`overall timeout of ${overallMs} ms reached`);
  void finish(124);
}, overallMs);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: shutting down`);
    void finish(130);
  });
}
process.on('uncaughtException', (e) => {
  console.error(e);
  void finish(1);
});
process.on('unhandledRejection', (e) => {
  console.error(e);
  void finish(1);
});

// ---- code-server ----------------------------------------------------------------------

const d = (...p) => join(stateDir, ...p);
/** code-server's environment: all of its state inside .run/state. */
const serverEnv = () => ({
  ...process.env,
  HOME: d('home'),
  XDG_CONFIG_HOME: d('config'),
  XDG_DATA_HOME: d('data'),
  XDG_CACHE_HOME: d('home', '.cache'),
  TMPDIR: d('tmp'),
  GONGWEN_E2E_RUN: runId,
});
const stateArgs = () => ['--user-data-dir', d('ud'), '--extensions-dir', d('ext'), '--config', d('config.yaml')];

/** Fresh, empty state: user data, extensions folder, home. */
function prepareState() {
  rmSync(stateDir, { recursive: true, force: true });
  for (const sub of ['home', 'config', 'data', 'tmp', 'ud/User', 'ext', 'chromium'])
    mkdirSync(d(sub), { recursive: true });
  writeFileSync(d('config.yaml'), 'auth: none\ncert: false\n');
  writeUserSettings({});
}

/**
 * The user settings of the throw-away state, plus `extra`. The test pass wraps nothing itself:
 * whether a report wraps is the extension's default to show.
 */
function writeUserSettings(extra) {
  writeFileSync(
    d('ud', 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'files.hotExit': 'off',
        'security.workspace.trust.enabled': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'editor.minimap.enabled': false,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.layoutControl.enabled': false,
        'window.commandCenter': false,
        // The throw-away workspace lies inside this repository: no question about its git repository.
        'git.openRepositoryInParentFolders': 'never',
        'git.autoRepositoryDetection': false,
        'editor.occurrencesHighlight': 'off',
        'editor.selectionHighlight': false,
        ...extra,
      },
      null,
      2,
    ),
  );
}

/** A fresh copy of test/e2e/workspace under .run/state/<name>/workspace; returns its path. */
function freshWorkspace(name) {
  const dir = d(name, 'workspace');
  rmSync(dir, { recursive: true, force: true });
  cpSync(workspaceSource, dir, { recursive: true });
  return dir;
}

/** `code-server --install-extension FILE` into the fresh extensions folder; returns the folder of `id`. */
function installExtension(file, id) {
  log(`code-server --install-extension ${relative(root, file)}`);
  const r = spawnSync(process.execPath, [codeServerEntry, ...stateArgs(), '--install-extension', file], {
    env: serverEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status ?? r.signal}):\n${output}`);
  const installed = readdirSync(d('ext')).filter((f) => f.startsWith(`${id}-`));
  if (installed.length !== 1)
    throw new Error(
      `expected one ${id}-* folder in the extensions folder, found ${JSON.stringify(readdirSync(d('ext')))}:\n${output}`,
    );
  if (verbose) log(`installed: ${installed[0]}`);
  return join(d('ext'), installed[0]);
}

/**
 * VS Code in Chinese: code-server's --locale needs a language pack, and none can be downloaded
 * here. test/e2e/language-pack declares zh-cn and translates nothing: extensions then see
 * vscode.env.language = zh-cn (gongwen's strings and messages are Chinese), the workbench
 * stays English. Packaged once into .run/ with vsce, installed into each fresh state.
 */
function installLanguagePack() {
  const src = join(here, 'language-pack');
  const manifest = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  if (!manifest.contributes.localizations.some((l) => l.languageId === locale))
    throw new Error(`test/e2e/language-pack does not declare ${locale}`);
  const file = join(here, '.run', `language-pack-${manifest.version}.vsix`);
  if (!existsSync(file)) {
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    need(vsce, 'run npm ci (@vscode/vsce packages the test language pack)');
    const r = spawnSync(
      process.execPath,
      [vsce, 'package', '--skip-license', '--allow-missing-repository', '--out', file],
      { cwd: src, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`packaging test/e2e/language-pack failed:\n${r.stdout}${r.stderr}`);
  }
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = installExtension(file, id);
  // The server registers a language pack in <user-data-dir>/languagepacks.json when it installs
  // one itself, not when the CLI does: write the entry as it would.
  const packs = {};
  for (const l of manifest.contributes.localizations) {
    packs[l.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(l.translations.map((t) => [t.id, join(folder, t.path)])),
      label: l.localizedLanguageName ?? l.languageName,
    };
  }
  writeFileSync(d('ud', 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

async function startCodeServer() {
  const port = await freePort();
  const out = createWriteStream(d('code-server.log'));
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...stateArgs(),
      ...(locale ? ['--locale', locale] : []),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    {
      cwd: d('home'),
      detached: true, // its own process group: ended as a whole with kill(-pid)
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv(),
    },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );
  cleanups.push(async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const stopped = await Promise.race([
      exitPromise.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 5000)),
    ]);
    if (!stopped) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });

  // Wait for /healthz, or for code-server to die.
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited)
      throw new Error(
        `code-server exited during start-up; see ${relative(root, d('code-server.log'))}:\n${readFileSync(d('code-server.log'), 'utf8').slice(-2000)}`,
      );
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  log(
    `code-server ${JSON.parse(readFileSync(join(cache, 'node_modules', 'code-server', 'package.json'), 'utf8')).version} on ${url} (pid ${child.pid}, locale ${locale || 'default'})`,
  );
  return { port, url };
}

// ---- Chromium ---------------------------------------------------------------------------

async function startBrowser() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    env: { ...process.env, GONGWEN_E2E_RUN: runId, HOME: d('home'), TMPDIR: d('tmp') },
  });
  cleanups.push(() => withTimeout(browser.close(), 10_000, 'closing chromium'));
  return browser;
}

/** The workbench URL for `folder`, with payload entries ([key, value]; paths made remote). */
function workbenchUrl(server, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const entries = payload.map(([k, v]) => [
    k,
    ['extensionDevelopmentPath', 'extensionTestsPath', 'openFile'].includes(k) ? remote(v) : v,
  ]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

async function newPage(browser, onLog) {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', (type, message) => onLog(type, message));
  page.on('pageerror', (e) => verbose && log(`page error: ${e.message}`));
  return { page, exited };
}

// ---- Test pass --------------------------------------------------------------------------

/** The workbench's routine log lines, harmless here (no internet, no marketplace). */
const NOISE = [
  /^Resolving connection token|^Resolved connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution .* took/,
  /ENOTFOUND open-vsx\.org/,
  /^\[lifecycle\] Long running operations during shutdown are unsupported in the web/,
  /^Started local extension host with pid/,
];

async function runTests(browser, server) {
  // The workbench's log carries the extension host's console (mocha's report, errors from the
  // extension) among the workbench's own lines. All of it goes to .run/state/workbench.log;
  // stdout gets it without the workbench's routine chatter (all of it with GONGWEN_E2E_VERBOSE=1).
  const wbLog = createWriteStream(d('workbench.log'));
  const { page, exited } = await newPage(browser, (type, message) => {
    const text = Array.isArray(message) ? message.join(' ') : String(message);
    wbLog.write(`[${type}] ${text}\n`);
    if (!verbose) {
      if (type === 'trace' || type === 'debug') return;
      if (NOISE.some((re) => re.test(text))) return;
    }
    process.stdout.write(type === 'info' || type === 'log' ? `${text}\n` : `[${type}] ${text}\n`);
  });
  const url = workbenchUrl(server, freshWorkspace('tests'), [
    ['extensionDevelopmentPath', extensionPath],
    ['extensionTestsPath', testsEntry],
  ]);
  log('test pass: opening the workbench with the extension tests');
  await page.goto(url);
  const code = await exited;
  wbLog.end();
  await page.context().close();
  return code;
}

// ---- Screenshot passes ------------------------------------------------------------------

async function runCommand(page, label, attempts = 4) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    // Pick the entry whose label is exactly this one, not just the first fuzzy match.
    const row = page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) })
      .first();
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await row.click();
      return;
    } catch (e) {
      const seen = await page.locator('.quick-input-list .monaco-list-row .label-name').allTextContents();
      // An extension's commands reach the palette once the workbench has read its manifest: try again.
      await page.keyboard.press('Escape');
      if (attempt >= attempts)
        throw new Error(`command palette: no entry "${label}" (entries: ${JSON.stringify(seen)})`, { cause: e });
      log(`command palette: no "${label}" yet, trying again`);
    }
  }
}

/**
 * Opens the sample draft with the Outline and Problems views, waits until the language server
 * has filled both and coloured the headings, and saves a screenshot as `file`.
 * `devPath`: the extension under development, or undefined for an installed one.
 */
async function screenshotDraft(browser, server, name, devPath) {
  const { page } = await newPage(browser, (type, message) => {
    if (verbose) process.stdout.write(`[${type}] ${message}\n`);
  });
  const folder = freshWorkspace(name);
  const payload = [['openFile', join(folder, SAMPLE)]];
  if (devPath) payload.unshift(['extensionDevelopmentPath', devPath]);
  log(`${name}: opening the sample draft`);
  await page.goto(workbenchUrl(server, folder, payload));
  try {
    await arrangeAndShoot(page, name);
  } catch (e) {
    // What the page showed, for the log and .run/state/<name>-failure.png.
    const failure = d(`${name}-failure.png`);
    await page.screenshot({ path: failure }).catch(() => {});
    const problems = await page
      .locator('.markers-panel .monaco-list-row')
      .allTextContents()
      .catch(() => []);
    log(
      `${name}: failed; problem rows: ${JSON.stringify(problems.slice(0, 5))}; screenshot ${relative(root, failure)}`,
    );
    throw e;
  }
  await page.context().close();
}

async function arrangeAndShoot(page, name) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
  await editor.click({ position: { x: 200, y: 10 } }); // focus the editor, caret on the first line

  // Explorer → Outline, filled by the language server.
  await runCommand(page, 'Explorer: Focus on Outline View');
  const outlineRows = page.locator('.outline-pane .monaco-list-row');
  await page
    .locator('.outline-pane .monaco-list-row', { hasText: '（一）坚持理论武装' })
    .first()
    .waitFor({ timeout: 60_000 });
  // Give the Outline the whole side bar: collapse the file tree above it.
  const foldersHeader = page.locator('.pane-header[aria-label*="Explorer Section"]').first();
  if ((await foldersHeader.count()) && (await foldersHeader.getAttribute('aria-expanded')) === 'true')
    await foldersHeader.click();

  // A wider side bar, so that the outline's names are readable: drag its edge.
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (sidebar) {
    const x = sidebar.x + sidebar.width - 1;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 140, y, { steps: 5 });
    await page.mouse.up();
  }

  // Problems panel, filled by the diagnostics. Blanks (placeholder, missing-number) need the
  // word segmenter: their presence shows that nodejieba loaded.
  await runCommand(page, 'Problems: Focus on Problems View');
  await page
    .locator('.markers-panel .monaco-list-row', { hasText: /gongwen\(?(placeholder|missing-number)/ })
    .first()
    .waitFor({ timeout: 60_000 });

  // The draft is plain text that reads as a report: the extension offers to open it as one.
  const offer = await toast(page, L('像是一篇公文报告', 'looks like a report'));
  await offer
    .locator('.monaco-button', { hasText: L('作为公文报告打开', 'Open as Report') })
    .first()
    .click();
  await languageShown(page, '公文报告');

  // Back to the editor so that its text, not the panel, has focus and the caret is at the top.
  await editor.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Home');
  // Wait until semantic tokens have coloured a level-1 and a level-2 heading: the spans of
  // "一、" and "（一）" get different colours than plain text and than each other.
  await page.waitForFunction(
    () => {
      const lines = [...document.querySelectorAll('.editor-instance .view-line')];
      const colourOf = (text) => {
        for (const line of lines) {
          const span = [...line.querySelectorAll('span > span')].find((s) => s.textContent?.startsWith(text));
          if (span) return getComputedStyle(span).color;
        }
        return undefined;
      };
      const h1 = colourOf('一、');
      const h2 = colourOf('（一）');
      const body = colourOf('*领导班子始终');
      return h1 && h2 && body && h1 !== body && h2 !== body && h1 !== h2;
    },
    undefined,
    { timeout: 60_000, polling: 200 },
  );
  const problems = await page.locator('.markers-panel .monaco-list-row').count();
  log(`${name}: outline rows ${await outlineRows.count()}, problem rows visible ${problems}`);
  await shoot(page, name);
}

/** Saves a screenshot in .run/screenshots (and in the tracked folder when updating on purpose). */
async function shoot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}${shotSuffix}.png`);
  await page.screenshot({ path: file });
  log(`screenshot: ${relative(root, file)}`);
  if (updateScreenshots) {
    mkdirSync(trackedScreenshotDir, { recursive: true });
    cpSync(file, join(trackedScreenshotDir, `${name}${shotSuffix}.png`));
    log(`screenshot updated: ${relative(root, join(trackedScreenshotDir, `${name}${shotSuffix}.png`))}`);
  }
}

/**
 * The 公文检查 view and the statistics page of the sample draft in a light or a dark theme (.txt
 * files treated as reports, as the one-click command sets it up) → findings-view-THEME.png and
 * stats-THEME.png.
 */
async function screenshotViews(browser, server, theme) {
  writeUserSettings({
    'workbench.colorTheme': theme === 'light' ? 'Default Light Modern' : 'Default Dark Modern',
    'files.associations': { '*.txt': 'gongwen-report' },
  });
  const name = `views-${theme}`;
  const { page } = await newPage(browser, (type, message) => {
    if (verbose) process.stdout.write(`[${type}] ${message}\n`);
  });
  const folder = freshWorkspace(name);
  log(`${name}: opening the sample draft`);
  await page.goto(
    workbenchUrl(server, folder, [
      ['extensionDevelopmentPath', extensionPath],
      ['openFile', join(folder, SAMPLE)],
    ]),
  );
  try {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
    await editor.click({ position: { x: 200, y: 10 } });
    // The view, filled once the segmenter has loaded (blanks need it), all findings by rule.
    await runCommand(page, `${zhLabels ? '公文助手' : 'Gongwen'}: ${zhLabels ? '显示全部问题' : 'Show All Findings'}`);
    await runCommand(
      page,
      `${zhLabels ? '公文助手' : 'Gongwen'}: ${zhLabels ? '只显示待填空白' : 'Show Only the Blanks'}`,
    );
    const pane = page
      .locator('.pane', { has: page.locator('.pane-header', { hasText: zhLabels ? '公文检查' : 'Report Check' }) })
      .first();
    // The blanks only, as the view says; then everything again (the palette lists recently used
    // commands first, and the view follows the extension host with a lag: wait for what it shows —
    // the draft's one finding that is no blank, an outdated term; repeated-phrase spares its phrases now).
    await pane
      .locator('.pane-header', { hasText: L('仅待填空白', 'blanks only') })
      .first()
      .waitFor({ timeout: 30_000 });
    const allShown = () =>
      pane
        .locator('.monaco-list-row', { hasText: L('过时提法', 'Outdated term') })
        .first()
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
    for (let attempt = 1; ; attempt++) {
      await runCommand(page, ours('显示全部问题', 'Show All Findings'));
      if (await allShown()) break;
      if (attempt === 3) throw new Error(`${name}: the view stays on the blanks only`);
    }
    const rows = pane.locator('.monaco-list-row');
    await pane
      .locator('.monaco-list-row', { hasText: zhLabels ? '缺少数字' : 'Missing number' })
      .first()
      .waitFor({ timeout: 60_000 });
    // Room for the view: fold the file tree and the outline.
    for (const label of ['Explorer Section', 'Outline Section', 'Timeline Section']) {
      const header = page.locator(`.pane-header[aria-label*="${label}"]`).first();
      if ((await header.count()) && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    // A wider side bar, so that the findings are readable: drag its edge.
    const sidebar = await page.locator('.part.sidebar').first().boundingBox();
    if (sidebar) {
      const x = sidebar.x + sidebar.width - 1;
      const y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 260, y, { steps: 5 });
      await page.mouse.up();
    }
    // The groups with their counts; two opened: their repeats under one node each, × N.
    for (const group of [L('缺少数字', 'Missing number'), L('待填内容', 'Placeholder')]) {
      await rows.filter({ hasText: group }).first().click();
      await page.waitForTimeout(300);
    }
    await rows.filter({ hasText: /× \d+/ }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500); // the tree's expand animation
    // The heading levels in this theme: four colours, none that of the body text.
    const colours = await page.waitForFunction(
      () => {
        const lines = [...document.querySelectorAll('.editor-instance .view-line')];
        const colourOf = (text) => {
          for (const line of lines) {
            const span = [...line.querySelectorAll('span > span')].find((s) => s.textContent?.startsWith(text));
            if (span) return getComputedStyle(span).color;
          }
          return undefined;
        };
        const found = { h1: colourOf('一、'), h2: colourOf('（一）'), body: colourOf('*领导班子始终') };
        return found.h1 &&
          found.h2 &&
          found.body &&
          found.h1 !== found.h2 &&
          found.h1 !== found.body &&
          found.h2 !== found.body
          ? found
          : undefined;
      },
      undefined,
      { timeout: 60_000, polling: 200 },
    );
    log(`${name}: heading colours ${JSON.stringify(await colours.jsonValue())}`);
    await shoot(page, `findings-view-${theme}`);

    // Filtered by severity: warnings only (the information kept out), said in the view's title.
    await runCommand(page, ours('按严重程度筛选问题…', 'Show Findings of Some Severities…'));
    const picks = page.locator('.quick-input-list .monaco-list-row');
    await picks.first().waitFor({ timeout: 10_000 });
    for (const severity of [L('信息', 'Information'), L('提示', 'Hints')]) {
      const row = picks.filter({ hasText: severity }).first();
      if ((await row.getAttribute('aria-checked')) === 'true') await row.click();
    }
    await page.keyboard.press('Enter');
    await pane
      .locator('.pane-header', { hasText: L('警告', 'Warnings') })
      .first()
      .waitFor({ timeout: 10_000 });
    // The information (过时提法 …) leaves the tree, which follows the view's title with a lag.
    await rows
      .filter({ hasText: L('过时提法', 'Outdated term') })
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => {
        throw new Error(`${name}: information findings shown through the filter`);
      });
    await page.waitForTimeout(300);
    await shoot(page, `findings-filtered-${theme}`);

    await runCommand(
      page,
      `${zhLabels ? '公文助手' : 'Gongwen'}: ${zhLabels ? '显示报告统计' : 'Show Report Statistics'}`,
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      let found = false;
      for (const frame of page.frames()) {
        if (
          await frame
            .locator('.chart .bar')
            .count()
            .catch(() => 0)
        )
          found = true;
      }
      if (found) break;
      if (Date.now() > deadline) throw new Error('the statistics page did not render');
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(300);
    await shoot(page, `stats-${theme}`);
  } catch (e) {
    const failure = d(`${name}-failure.png`);
    await page.screenshot({ path: failure }).catch(() => {});
    log(`${name}: failed; screenshot ${relative(root, failure)}`);
    throw e;
  }
  await page.context().close();
}

/**
 * Opens the Markdown sample report, runs 公文助手: 版式预览, waits until the webview has drawn its
 * headings in the page layout, puts the cursor in a paragraph, and saves screenshots/layout-preview.png.
 */
async function screenshotPreview(browser, server) {
  const name = 'layout-preview';
  const { page } = await newPage(browser, (type, message) => {
    if (verbose) process.stdout.write(`[${type}] ${message}\n`);
  });
  const folder = freshWorkspace(name);
  await page.goto(
    workbenchUrl(server, folder, [
      ['extensionDevelopmentPath', extensionPath],
      ['openFile', join(folder, 'quarterly-report.md')],
    ]),
  );
  try {
    // The caret in the report's text and the extension active (its status bar item is up): the
    // palette lists the command only for a focused report editor.
    await page.locator('.editor-instance .view-line', { hasText: '按照年初工作安排' }).first().click();
    await page
      .locator('.statusbar-item', { hasText: locale === 'en' ? 'Chars' : '字数' })
      .first()
      .waitFor({ timeout: 60_000 });
    await runCommand(page, locale === 'en' ? 'Gongwen: Layout Preview' : '公文助手: 版式预览');
    const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await view.locator('.page .line.heading', { hasText: '（一）抓好理论学习' }).first().waitFor({ timeout: 60_000 });
    // The cursor on the first item's paragraph: the preview marks it.
    await page.locator('.editor-instance .view-line', { hasText: '一是坚持集中学习' }).first().click();
    await view.locator('.line.active', { hasText: '一是坚持集中学习' }).first().waitFor({ timeout: 30_000 });
  } catch (e) {
    const failure = d(`${name}-failure.png`);
    await page.screenshot({ path: failure }).catch(() => {});
    log(`${name}: failed; screenshot ${relative(root, failure)}`);
    throw e;
  }
  await shoot(page, name);
  await page.context().close();
}

// ---- Helpers of the passes ---------------------------------------------------------------

/** The notification toast holding `text`, once shown. */
async function toast(page, text, timeout = 60_000) {
  const t = page.locator('.notification-toast', { hasText: text }).first();
  await t.waitFor({ timeout });
  return t;
}

/** Clicks the button `label` of a notification toast. */
async function clickButton(t, label) {
  await t.locator('.monaco-button', { hasText: label }).first().click();
}

/** Waits until the status bar's language indicator names `language`. */
async function languageShown(page, language) {
  await page
    .locator('.statusbar-item[id="status.editor.mode"]', { hasText: language })
    .first()
    .waitFor({ timeout: 60_000 });
}

/** How many characters the editor boxes as ambiguous or invisible Unicode (VS Code's unicode highlight). */
function boxedCount(page) {
  return page.locator('.editor-instance .unicode-highlight').count();
}

/** Opens `file` of a fresh copy of the workspace in a new page; returns the page and the folder. */
async function openWorkbench(browser, server, name, file, extra = []) {
  const { page } = await newPage(browser, (type, message) => {
    if (verbose) process.stdout.write(`[${type}] ${message}\n`);
  });
  const folder = freshWorkspace(name);
  log(`${name}: opening ${file}`);
  await page.goto(
    workbenchUrl(server, folder, [
      ['extensionDevelopmentPath', extensionPath],
      ['openFile', join(folder, file)],
      ...extra,
    ]),
  );
  return { page, folder };
}

/** Runs `body`; on failure keeps a screenshot of the page in .run/state/NAME-failure.png. */
async function guarded(page, name, body) {
  try {
    await body();
  } catch (e) {
    const failure = d(`${name}-failure.png`);
    await page.screenshot({ path: failure }).catch(() => {});
    log(`${name}: failed; screenshot ${relative(root, failure)}`);
    throw e;
  }
  await page.context().close();
}

/** CIE76 ΔE of two `rgb(r, g, b)` colours: about 2 is just noticeable, 40 plainly different. */
function deltaE(a, b) {
  const lab = (css) => {
    const [r, g, bl] = css
      .match(/\d+/g)
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// ---- More screenshot passes: the first hour's fixes ---------------------------------------

/**
 * A titled report (report.txt: a title line above the sample draft) in the 公文报告 language in a
 * light or a dark theme: no full-width mark boxed, in either display language; the title, the
 * headings and the 一是 items coloured plainly apart from the body text → report-THEME.png.
 */
async function screenshotReport(browser, server, theme) {
  writeUserSettings({
    'workbench.colorTheme': theme === 'light' ? 'Default Light Modern' : 'Default Dark Modern',
    'files.associations': { '*.txt': 'gongwen-report' },
  });
  const name = `report-${theme}`;
  const { page } = await openWorkbench(browser, server, name, 'report.txt');
  await guarded(page, name, async () => {
    await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
    await languageShown(page, '公文报告');
    const colours = await page.waitForFunction(
      () => {
        const lines = [...document.querySelectorAll('.editor-instance .view-line')];
        const colourOf = (text) => {
          for (const line of lines) {
            const span = [...line.querySelectorAll('span > span')].find((s) => s.textContent?.startsWith(text));
            if (span) return getComputedStyle(span).color;
          }
          return undefined;
        };
        const found = {
          title: colourOf('2023年上半年工作总结'),
          h1: colourOf('一、'),
          h2: colourOf('（一）'),
          item: colourOf('一是'),
          body: colourOf('*领导班子始终'),
        };
        const all = Object.values(found);
        return all.every(Boolean) && new Set(all).size === all.length ? found : undefined;
      },
      undefined,
      { timeout: 60_000, polling: 200 },
    );
    const c = await colours.jsonValue();
    log(`${name}: colours ${JSON.stringify(c)}`);
    for (const k of ['title', 'h1', 'h2', 'item']) {
      const de = deltaE(c[k], c.body);
      if (de < 30)
        throw new Error(`${name}: ${k} ${c[k]} is hard to tell from the body text ${c.body} (ΔE ${de.toFixed(0)})`);
    }
    // The blanks' warnings drawn (the rules that need word segmentation report last).
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 60_000 });
    // The unicode highlight comes from the editor's worker, well before the semantic colours.
    await page.waitForTimeout(1000);
    const boxed = await boxedCount(page);
    if (boxed > 0) throw new Error(`${name}: ${boxed} characters boxed by the unicode highlight in a 公文报告`);
    await shoot(page, name);
  });
}

/**
 * The offer: report.txt opens as plain text (unwrapped); the notification offers 作为公文报告打开 / 本工作区都这样 / 不再提示; the first makes it a
 * report (wrapped, nothing boxed), remembered after a reload; another report opened then is not
 * offered again → report-offer.png.
 */
async function screenshotOffer(browser, server) {
  writeUserSettings({ 'workbench.colorTheme': 'Default Light Modern' });
  const name = 'report-offer';
  const { page } = await openWorkbench(browser, server, name, 'report.txt');
  await guarded(page, name, async () => {
    await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
    await languageShown(page, 'Plain Text');
    const offer = await toast(page, L('像是一篇公文报告', 'looks like a report'));
    const buttons = await offer.locator('.monaco-button').allTextContents();
    const expected = L(
      '作为公文报告打开|本工作区都这样|不再提示',
      "Open as Report|All .txt Files in This Workspace|Don't Ask Again",
    );
    if (!expected.split('|').every((b) => buttons.some((x) => x.includes(b))))
      throw new Error(`${name}: buttons ${JSON.stringify(buttons)}`);
    log(`${name}: plain text, ${await boxedCount(page)} characters boxed`);
    await page.waitForTimeout(800); // the toast's slide-in
    await shoot(page, name);
    await clickButton(offer, L('作为公文报告打开', 'Open as Report'));
    await languageShown(page, '公文报告');
    await page.waitForTimeout(1000);
    if (await boxedCount(page)) throw new Error(`${name}: characters boxed in the 公文报告`);
    // Remembered: after a reload the file opens as a report again.
    await page.reload();
    await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
    await languageShown(page, '公文报告');
    // Once per workspace: another report-like .txt opens with no offer.
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('quick-fix.txt');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'quick-fix.txt' }).first().click();
    await page.locator('.view-lines', { hasText: '坚持稳中求进' }).first().waitFor({ timeout: 30_000 });
    await languageShown(page, 'Plain Text');
    await page.waitForTimeout(5000); // long enough for its findings and an offer, were one to come
    if (await page.locator('.notification-toast', { hasText: L('像是一篇公文报告', 'looks like a report') }).count())
      throw new Error(`${name}: offered a second time in one workspace`);
  });
}

/**
 * 导出为 Word on the sample draft: the blanks are named before any save dialog; 仍然导出 asks
 * where, writes, then offers 打开 / 在文件夹中显示; the latter shows the .docx in the Explorer →
 * export-blanks-first.png, export-done.png.
 */
async function screenshotExport(browser, server) {
  writeUserSettings({
    'workbench.colorTheme': 'Default Light Modern',
    'files.associations': { '*.txt': 'gongwen-report' },
  });
  const name = 'export';
  const { page } = await openWorkbench(browser, server, name, SAMPLE);
  await guarded(page, name, async () => {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await page.locator('.view-lines', { hasText: '注重固本强基' }).first().waitFor({ timeout: 60_000 });
    await editor.click({ position: { x: 200, y: 10 } });
    await page
      .locator('.statusbar-item', { hasText: L('待填', 'Blanks') })
      .first()
      .waitFor({ timeout: 60_000 });
    await runCommand(page, ours('导出为 Word（GB/T 9704）', 'Export as Word (GB/T 9704)'));
    const blanks = await toast(page, L('处待填', 'blanks still to fill'));
    await page.waitForTimeout(800); // the toast's slide-in
    if (await page.locator('.quick-input-widget').isVisible())
      throw new Error(`${name}: a save dialog opened before the blanks were named`);
    await shoot(page, 'export-blanks-first');
    await clickButton(blanks, L('仍然导出', 'Export Anyway'));
    // code-server's save dialog: a path in the quick input; Enter takes the name offered.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    // It fills in the folder first, then the name offered.
    const offered = await page
      .waitForFunction(
        () =>
          document.querySelector('.quick-input-widget input')?.value.endsWith('.docx') &&
          document.querySelector('.quick-input-widget input').value,
        undefined,
        { timeout: 15_000, polling: 200 },
      )
      .then((h) => h.jsonValue())
      .catch(async () => input.inputValue());
    if (!/half-year-summary-b\.docx$/.test(offered)) throw new Error(`${name}: the save dialog offers ${offered}`);
    await input.press('Enter');
    const done = await toast(page, L('已导出', 'Exported'));
    for (const b of [L('打开', 'Open'), L('在文件夹中显示', 'Show in Folder')])
      await done.locator('.monaco-button', { hasText: b }).first().waitFor({ timeout: 5000 });
    await page.waitForTimeout(800);
    await shoot(page, 'export-done');
    await clickButton(done, L('在文件夹中显示', 'Show in Folder'));
    await page
      .locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'half-year-summary-b.docx' })
      .first()
      .waitFor({ timeout: 30_000 });
  });
}

/** Source Action… on a report lists 用占位符标记所有空白 beside 修复所有可自动修复的问题 → source-actions.png. */
async function screenshotSourceActions(browser, server) {
  writeUserSettings({
    'workbench.colorTheme': 'Default Light Modern',
    'files.associations': { '*.txt': 'gongwen-report' },
  });
  const name = 'source-actions';
  const { page } = await openWorkbench(browser, server, name, 'rules.txt');
  await guarded(page, name, async () => {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await page.locator('.view-lines', { hasText: '总体情况' }).first().waitFor({ timeout: 60_000 });
    await editor.click({ position: { x: 200, y: 10 } });
    await page
      .locator('.statusbar-item', { hasText: L('待填 2', 'Blanks 2') })
      .first()
      .waitFor({ timeout: 60_000 });
    await runCommand(page, 'Source Action...');
    const menu = page.locator('.action-widget');
    for (const title of [
      L('修复所有可自动修复的问题', 'Fix all auto-fixable problems'),
      L('用占位符标记所有空白', 'Mark all blanks with the placeholder'),
    ])
      await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
    await shoot(page, name);
  });
}

/** 填入数值… on a number blank refuses abc and says what it takes → fill-value-check.png. */
async function screenshotFillValue(browser, server) {
  writeUserSettings({
    'workbench.colorTheme': 'Default Light Modern',
    'files.associations': { '*.txt': 'gongwen-report' },
  });
  const name = 'fill-value-check';
  const { page } = await openWorkbench(browser, server, name, 'slots.txt');
  await guarded(page, name, async () => {
    await page.locator('.view-lines', { hasText: '全年开展专题调研次' }).first().waitFor({ timeout: 60_000 });
    await page
      .locator('.statusbar-item', { hasText: L('待填 5', 'Blanks 5') })
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .locator('.editor-instance .view-line', { hasText: '全年开展专题调研次' })
      .first()
      .click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await runCommand(page, ours('填入数值…', 'Fill In a Value…'));
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill('abc');
    await page
      .locator('.quick-input-widget .quick-input-message', { hasText: L('请填入数字', 'Enter a number') })
      .first()
      .waitFor({ timeout: 10_000 });
    await shoot(page, name);
    await input.press('Enter'); // refused: the box stays, nothing is written
    await input.waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Escape');
  });
}

// ---- Main ---------------------------------------------------------------------------------

try {
  prepareState();
  if (locale && locale !== 'en') installLanguagePack();
  if (vsix) {
    const installed = installExtension(vsix, 'gongwen.gongwen');
    need(
      join(installed, 'dist', 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'),
      `the VSIX ${basename(vsix)} should ship nodejieba`,
    );
  }
  const server = await startCodeServer();
  const browser = await startBrowser();
  let code = 0;
  if (wantTests) {
    code = await runTests(browser, server);
    log(`extension tests exited with code ${code}`);
  }
  if (code === 0 && wantScreenshots) {
    writeUserSettings({ 'editor.wordWrap': 'on' });
    if (vsix) await screenshotDraft(browser, server, 'vsix-installed', undefined);
    else {
      const passes = {
        draft: () => screenshotDraft(browser, server, 'draft-outline', extensionPath),
        views: async () => {
          for (const theme of ['light', 'dark']) await screenshotViews(browser, server, theme);
        },
        report: async () => {
          for (const theme of ['light', 'dark']) await screenshotReport(browser, server, theme);
        },
        offer: () => screenshotOffer(browser, server),
        export: () => screenshotExport(browser, server),
        'source-actions': () => screenshotSourceActions(browser, server),
        'fill-value': () => screenshotFillValue(browser, server),
        preview: () => screenshotPreview(browser, server),
      };
      const only = process.env.GONGWEN_E2E_PASSES?.split(',').filter(Boolean);
      for (const [pass, run] of Object.entries(passes)) if (!only || only.includes(pass)) await run();
    }
  }
  if (!keepState) cleanups.unshift(() => rmSync(stateDir, { recursive: true, force: true }));
  await finish(code);
} catch (e) {
  console.error(e);
  log(`state kept in ${relative(root, stateDir)} (code-server.log, workbench.log)`);
  await finish(1);
}
