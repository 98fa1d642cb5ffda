#!/usr/bin/env node
// npm run package: builds gongwen-<target>-<version>.vsix for this machine's platform.
//
//   1. production bundles (esbuild.mjs --production) in dist/;
//   2. nodejieba's runtime files beside them in dist/node_modules/nodejieba (index.js,
//      package.json, the native build/Release/nodejieba.node, its dictionaries): nodejieba is
//      external in the bundles and Node resolves require('nodejieba') from dist/node_modules;
//   3. `vsce package --no-dependencies --target <platform>-<arch>`; .vscodeignore is an
//      allow-list, so nothing else from the source tree goes in;
//   4. checks the VSIX: every file is one of the allowed ones and none of the needed ones is
//      missing; prints the list and the size.
//
// The native module is built for one platform, hence one VSIX per target (linux-x64,
// darwin-arm64, win32-x64, …), each packaged on that platform.
// Options: --out FILE (default gongwen-<target>-<version>.vsix in the repository root).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The VS Code target of this (or the given) platform and architecture. */
export function vsceTarget(platform = process.platform, arch = process.arch) {
  const os = { win32: 'win32', darwin: 'darwin', linux: 'linux' }[platform];
  const cpu = { x64: 'x64', arm64: 'arm64', arm: 'armhf' }[arch];
  if (!os || !cpu) throw new Error(`no VS Code target for ${platform}-${arch}`);
  // musl (Alpine) Linux has targets of its own.
  const glibc = platform !== 'linux' || Boolean(process.report?.getReport?.().header?.glibcVersionRuntime);
  return `${os === 'linux' && !glibc ? 'alpine' : os}-${cpu}`;
}

/** Where `npm run package` writes the VSIX. */
export function vsixPath(target = vsceTarget()) {
  return join(root, `${manifest.name}-${target}-${manifest.version}.vsix`);
}

/** The files nodejieba needs at run time, relative to its folder (folders end with /). */
const NODEJIEBA_FILES = [
  'index.js',
  'package.json',
  'LICENSE',
  'build/Release/nodejieba.node',
  'submodules/cppjieba/dict/',
];

/** What may be in the VSIX (paths inside its extension/ folder), and what must be. */
const ALLOWED = [
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^l10n\/[^/]+\.json$/,
  /^syntaxes\/[^/]+\.json$/,
  /^schemas\/[^/]+\.json$/,
  /^(readme|license|changelog)(\.md|\.txt)?$/i,
  /^dist\/(client|server|segmenter-worker|cli)\.js$/,
  /^dist\/dict\/.+/,
  /^dist\/data\/[^/]+\.json$/,
  /^dist\/node_modules\/nodejieba\/(index\.js|package\.json|LICENSE|build\/Release\/nodejieba\.node)$/,
  /^dist\/node_modules\/nodejieba\/submodules\/cppjieba\/dict\/.+/,
];
const REQUIRED = [
  'package.json',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'l10n/bundle.l10n.zh-cn.json',
  'syntaxes/gongwen.tmLanguage.json',
  'schemas/gongwenrc.schema.json',
  'readme.md',
  'dist/client.js',
  'dist/server.js',
  'dist/segmenter-worker.js',
  'dist/cli.js',
  'dist/dict/gongwen.dict.utf8',
  'dist/data/slots.json',
  'dist/data/phrases.json',
  'dist/node_modules/nodejieba/index.js',
  'dist/node_modules/nodejieba/package.json',
  'dist/node_modules/nodejieba/build/Release/nodejieba.node',
  'dist/node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
  'dist/node_modules/nodejieba/submodules/cppjieba/dict/hmm_model.utf8',
];

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal})`);
}

/** Copies nodejieba's run-time files into dist/node_modules/nodejieba. */
function stageNodejieba() {
  const from = dirname(createRequire(join(root, 'package.json')).resolve('nodejieba/package.json'));
  const to = join(root, 'dist', 'node_modules', 'nodejieba');
  rmSync(join(root, 'dist', 'node_modules'), { recursive: true, force: true });
  for (const f of NODEJIEBA_FILES) {
    if (!existsSync(join(from, f)))
      throw new Error(`nodejieba: ${join(from, f)} is missing (was its native module built? npm rebuild nodejieba)`);
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(from, f), join(to, f), { recursive: true });
  }
}

/** The file names in a zip archive (via yauzl, which vsce uses). */
async function zipEntries(file) {
  const yauzl = createRequire(createRequire(join(root, 'package.json')).resolve('@vscode/vsce/package.json'))('yauzl');
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (e) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Checks the VSIX against ALLOWED and REQUIRED; returns its extension/ entries. */
export async function checkVsix(file) {
  const entries = await zipEntries(file);
  const files = entries
    .filter((e) => e.name.startsWith('extension/'))
    .map((e) => ({ ...e, path: e.name.slice('extension/'.length) }));
  const outside = entries.filter(
    (e) => !e.name.startsWith('extension/') && !['extension.vsixmanifest', '[Content_Types].xml'].includes(e.name),
  );
  const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f.path)));
  const have = new Set(files.map((f) => f.path.toLowerCase()));
  const missing = REQUIRED.filter((p) => !have.has(p.toLowerCase()));
  // The corpus tables' budget: at most 8 MB of the VSIX.
  const tables = files.filter((f) => f.path.startsWith('dist/data/')).reduce((n, f) => n + f.size, 0);
  const problems = [
    ...(tables > 8e6 ? [`corpus tables in dist/data: ${(tables / 1e6).toFixed(1)} MB, over the 8 MB budget`] : []),
    ...outside.map((e) => `unexpected entry ${e.name}`),
    ...unexpected.map((f) => `not allowed: ${f.path}`),
    ...missing.map((p) => `missing: ${p}`),
  ];
  if (problems.length) throw new Error(`${relative(root, file)}:\n  ${problems.join('\n  ')}`);
  return files;
}

async function main() {
  const argv = process.argv.slice(2);
  const outIndex = argv.indexOf('--out');
  const target = vsceTarget();
  const out = outIndex >= 0 ? resolve(argv[outIndex + 1]) : vsixPath(target);

  run(process.execPath, ['esbuild.mjs', '--production'], 'the production build');
  stageNodejieba();

  const vsce = join(dirname(createRequire(join(root, 'package.json')).resolve('@vscode/vsce/package.json')), 'vsce');
  const license = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(join(root, f)));
  rmSync(out, { force: true });
  run(
    process.execPath,
    [
      vsce,
      'package',
      '--no-dependencies', // the bundles hold the dependencies; nodejieba is staged in dist/
      '--target',
      target,
      '--out',
      out,
      '--allow-missing-repository', // not published anywhere yet: no question on stdin
      '--no-rewrite-relative-links', // README's screenshot link stays relative (no repository URL to point at)
      ...(license ? [] : ['--skip-license']),
    ],
    'vsce package',
  );

  const files = await checkVsix(out);
  const width = Math.max(...files.map((f) => String(f.size).length));
  for (const f of files.sort((a, b) => a.path.localeCompare(b.path)))
    console.log(`  ${String(f.size).padStart(width)}  ${f.path}`);
  const unpacked = files.reduce((n, f) => n + f.size, 0);
  console.log(
    `${relative(root, out)}: ${target}, ${files.length} files, ${(unpacked / 1e6).toFixed(1)} MB unpacked, ${(statSync(out).size / 1e6).toFixed(1)} MB packed`,
  );
  console.log('note: dist/ now holds the production bundles; `npm run build` makes the development ones again.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`package: ${e.message}`);
    process.exit(1);
  });
}
