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
//                                    2. screenshot passes (if the tests passed): the sample draft
//                                       with Outline and Problems → draft-outline.png; the
//                                       公文检查 view and the statistics page in a light and a
//                                       dark theme → findings-view-{light,dark}.png,
//                                       stats-{light,dark}.png.
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
// Environment: GONGWEN_E2E_TIMEOUT_MS (overall deadline, default 300000), GONGWEN_E2E_GREP
// (only tests whose title matches), GONGWEN_E2E_VERBOSE=1 (all of the workbench log),
// GONGWEN_E2E_LOCALE (VS Code's display language, default zh-cn through the stand-in language
// pack test/e2e/language-pack: the extension's strings and messages are then Chinese, the
// workbench's own stay English; "en" for English throughout),
// GONGWEN_E2E_CACHE (where setup.sh installed code-server; default .e2e-cache),
// GONGWEN_E2E_EXTENSION (the extension folder to test; default this repository).

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
const overallMs = Number(process.env.GONGWEN_E2E_TIMEOUT_MS || 300_000);
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
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot: ${relative(root, file)}`);
  if (updateScreenshots) {
    mkdirSync(trackedScreenshotDir, { recursive: true });
    cpSync(file, join(trackedScreenshotDir, `${name}.png`));
    log(`screenshot updated: ${relative(root, join(trackedScreenshotDir, `${name}.png`))}`);
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
    await runCommand(page, `${zhLabels ? '公文助手' : 'Gongwen'}: ${zhLabels ? '显示全部问题' : 'Show All Findings'}`);
    const pane = page
      .locator('.pane', { has: page.locator('.pane-header', { hasText: zhLabels ? '公文检查' : 'Report Check' }) })
      .first();
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
    // The groups with their counts, two small ones opened.
    for (const group of zhLabels ? ['重复短语', '过时提法'] : ['Repeated phrase', 'Outdated term']) {
      const row = rows.filter({ hasText: group }).first();
      if (await row.count()) await row.click();
    }
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
    await view.locator('.page p.heading', { hasText: '（一）抓好理论学习' }).first().waitFor({ timeout: 60_000 });
    // The cursor on the first item's paragraph: the preview marks it.
    await page.locator('.editor-instance .view-line', { hasText: '一是坚持集中学习' }).first().click();
    await view.locator('p.active', { hasText: '一是坚持集中学习' }).first().waitFor({ timeout: 30_000 });
  } catch (e) {
    const failure = d(`${name}-failure.png`);
    await page.screenshot({ path: failure }).catch(() => {});
    log(`${name}: failed; screenshot ${relative(root, failure)}`);
    throw e;
  }
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot: ${relative(root, file)}`);
  await page.context().close();
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
      await screenshotDraft(browser, server, 'draft-outline', extensionPath);
      for (const theme of ['light', 'dark']) await screenshotViews(browser, server, theme);
      await screenshotPreview(browser, server);
    }
  }
  if (!keepState) cleanups.unshift(() => rmSync(stateDir, { recursive: true, force: true }));
  await finish(code);
} catch (e) {
  console.error(e);
  log(`state kept in ${relative(root, stateDir)} (code-server.log, workbench.log)`);
  await finish(1);
}
