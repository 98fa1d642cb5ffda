// Compiles the end-to-end tests (test/e2e/suite/*.ts) to test/e2e/.run/out/*.js, one CommonJS
// file per source file (no bundling): `vscode` is provided by the extension host, `mocha` and
// `assert` are resolved at run time, and helpers.js is one module shared by all test files.
// The entry for VS Code (extensionTestsPath) is test/e2e/.run/out/index.js.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suite = join(here, 'suite');
export const outDir = join(here, '.run', 'out');

rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: readdirSync(suite)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(suite, f)),
  outdir: outDir,
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
