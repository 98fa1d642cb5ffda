// `npm run bench`: speed figures for issue 8 (not timed tests). The script builds dist/ first.
// Sections: whole analysis vs raw nodejieba.cut (analysis); start-up and editing latency through a
// spawned server (start, editing at 60k/200k/600k, memory with one and ten reports open); the
// autocorrect-node peer (peer); a folder of 500 reports through the CLI (folder). Texts: the corpus's
// measure part where it is present. Many minutes on 2 cores.
//   npm run bench [-- analysis|start|editing|work|memory|peer|folder ...]
//   npm run bench -- folder [files] [chars per file]
//   npm run bench -- profile [chars] [rule-id...]   (where the rules spend their time)
//
// The in-process sections measure the code as it ships: this file bundles itself with esbuild (as
// esbuild.mjs bundles the server and CLI) into dist/bench.js and runs that. Under tsx every
// cross-module reference goes through a getter, which makes the rules look slower than they are.

import * as path from 'path';
import { spawnSync } from 'child_process';
import { benchAnalysis } from './analysis';
import { benchEditing, benchEditingWork, benchMemory, benchStart } from './editing';
import { benchFolder } from './folder';
import { benchPeer } from './peer';
import { profileRules } from './profile';

const SECTIONS: Record<string, () => Promise<string[]> | string[]> = {
  analysis: () => benchAnalysis().lines,
  start: () => benchStart(),
  editing: () =>
    benchEditing(
      Number(process.env.GONGWEN_BENCH_EDITS ?? 200) || 200,
      (process.env.GONGWEN_BENCH_SIZES ?? '60000,200000,600000').split(',').map(Number),
    ),
  work: () => benchEditingWork(),
  memory: () => benchMemory(),
  peer: () => benchPeer(),
  folder: () => benchFolder(Number(process.argv[3] ?? 500) || 500, Number(process.argv[4] ?? 60_000) || 60_000),
};

const BUNDLED = 'GONGWEN_BENCH_BUNDLED';

function runBundled(): never {
  const root = path.resolve(__dirname, '..');
  const outfile = path.join(root, 'dist', 'bench.js');

  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(root, 'bench', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['nodejieba', 'autocorrect-node', 'esbuild'],
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [BUNDLED]: '1' },
  });
  process.exit(r.status ?? 1);
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  if (asked[0] === 'profile') {
    const [chars, ...ids] = asked.slice(1);
    console.log((await profileRules(Number(chars ?? 60_000) || 60_000, ids)).join('\n'));
    process.exit(0);
  }
  const names = asked.length ? asked.filter((a) => !/^\d+$/.test(a)) : Object.keys(SECTIONS);
  for (const name of names)
    if (!SECTIONS[name]) throw new Error(`unknown section ${name}; one of ${Object.keys(SECTIONS).join(', ')}`);
  const t0 = performance.now();
  console.log(
    `node ${process.version}, ${require('os').cpus().length} cores, load average ${require('os')
      .loadavg()
      .map((x: number) => x.toFixed(2))
      .join(' ')}`,
  );
  for (const name of names) {
    console.log(`\n== ${name}`);
    console.log((await SECTIONS[name]()).join('\n'));
  }
  console.log(`\nbench took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  process.exit(0);
}

if (process.env[BUNDLED]) void main();
else runBundled();
