#!/usr/bin/env node
// Runs the same end-to-end tests in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (this one cannot: there, test/e2e/run.mjs runs them in code-server).
//
//   npm run build && node test/e2e/build.mjs && node test/e2e/electron.mjs
//
// The tests (test/e2e/.run/out/index.js, mocha tdd) follow test-electron's contract: VS Code
// loads the module given as extensionTestsPath and awaits its run(). They open a throw-away copy
// of test/e2e/workspace. On Linux without a display, run under xvfb-run.
//
// Environment: GONGWEN_E2E_VSCODE_VERSION (default "stable"; e.g. 1.91.0, the oldest the
// extension supports), GONGWEN_E2E_LOCALE=zh-cn (installs the Chinese language pack from the
// Marketplace and starts VS Code in Chinese; the tests then expect Chinese strings),
// GONGWEN_E2E_GREP (only tests whose title matches).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const extensionTestsPath = join(here, '.run', 'out', 'index.js');
const version = process.env.GONGWEN_E2E_VSCODE_VERSION || 'stable';
const locale = process.env.GONGWEN_E2E_LOCALE;

for (const [file, hint] of [
  [join(root, 'dist', 'client.js'), 'npm run build'],
  [extensionTestsPath, 'node test/e2e/build.mjs'],
]) {
  if (!existsSync(file)) {
    console.error(`e2e: missing ${file}: run ${hint}`);
    process.exit(2);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
const workspace = join(scratch, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
const userDataDir = join(scratch, 'user-data');
const extensionsDir = join(scratch, 'extensions');

let code = 0;
try {
  // Downloads go to .e2e-cache (git-ignored), as code-server's install does.
  const vscodeExecutablePath = await downloadAndUnzipVSCode({
    version,
    cachePath: join(root, '.e2e-cache', 'vscode-test'),
  });
  if (locale) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const r = spawnSync(
      cli,
      [
        ...cliArgs,
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        extensionsDir,
        '--install-extension',
        'MS-CEINTL.vscode-language-pack-zh-hans',
      ],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (r.status !== 0) throw new Error('installing the Chinese language pack failed');
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    extensionTestsEnv: process.env.GONGWEN_E2E_GREP ? { GONGWEN_E2E_GREP: process.env.GONGWEN_E2E_GREP } : undefined,
    launchArgs: [
      workspace,
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir, // only what this run installed (and the extension under test)
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      ...(locale ? ['--locale', locale] : []),
    ],
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
