// `npm run bench`: the speed figures of issue 23 (not timed tests), each against its target, for this
// checkout and, with `--base DIR`, the main it started from (built there: npm ci && npm run build), in
// one run; each with every rule and with the rules still pending (test/unit/work-pending.ts) off. The
// script builds dist/ first. Sections: work (the work-count test on corpus text, in process), start
// (open → outline, → full diagnostics), editing (one-character edits at 60k and 600k through a spawned
// server), cpu (the same edits in process, CPU time per edit: this checkout), memory (one and ten reports
// open), check (gongwen check on 2M characters against a raw cut),
// folder (500 reports through the CLI); by name only: analysis (in-process ratios per rule), peer
// (autocorrect-node). Texts: the corpus's measure part where it is present. Many minutes on 2 cores.
//   npm run bench [-- --base /work/base] [work|cpu|start|editing|memory|check|folder|analysis|peer ...]
//   npm run bench -- profile [chars] [rule-id...]   (where the rules spend their time)
//   GONGWEN_BENCH_EDITS (default 200), GONGWEN_BENCH_SIZES (default 60000,600000), GONGWEN_BENCH_CAP (s per run, default 60)
//
// The in-process sections measure the code as it ships: this file bundles itself with esbuild (as
// esbuild.mjs bundles the server and CLI) into dist/bench.js and runs that. Under tsx every
// cross-module reference goes through a getter, which makes the rules look slower than they are.

import * as path from 'path';
import { spawnSync } from 'child_process';
import { benchAnalysis } from './analysis';
import { benchCheck, rawCut } from './check';
import { benchEditing, benchEditingWork, benchMemory, benchStart } from './editing';
import { ALL_RULES, Figures, PENDING_OFF, Root, rootsOf, Variant } from './figures';
import { benchFolder } from './folder';
import { benchPeer } from './peer';
import { profileRules } from './profile';
import { benchWork } from './work';

type Section = (roots: readonly Root[], variants: readonly Variant[], figures: Figures) => Promise<string[]> | string[];

/** Runs `f` for every root under every variant, the roots taking turns (so a busy spell of the machine falls on both). */
const each =
  (f: (root: Root, variant: Variant, figures: Figures) => Promise<string[]>): Section =>
  async (roots, variants, figures) => {
    const out: string[] = [];
    for (const variant of variants) for (const root of roots) out.push(...(await f(root, variant, figures)));
    return out;
  };

const SECTIONS: Record<string, Section> = {
  work: (roots, _, figures) => benchWork(roots[0], figures),
  start: each(benchStart),
  editing: each((root, variant, figures) =>
    benchEditing(
      root,
      variant,
      figures,
      Number(process.env.GONGWEN_BENCH_EDITS ?? 200) || 200,
      (process.env.GONGWEN_BENCH_SIZES ?? '60000,600000').split(',').map(Number),
      (Number(process.env.GONGWEN_BENCH_CAP ?? 60) || 60) * 1000,
    ),
  ),
  memory: each(benchMemory),
  check: (roots, variants, figures) => benchCheck(roots, variants, figures),
  folder: (roots, _, figures) =>
    benchFolder(roots, figures, Number(process.env.GONGWEN_BENCH_FILES ?? 500) || 500, 60_000),
  cpu: () => benchEditingWork(100, [60_000, 600_000]),
  analysis: () => benchAnalysis().lines,
  peer: () => benchPeer(),
};
const DEFAULT = ['work', 'cpu', 'start', 'editing', 'memory', 'check', 'folder'];

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
  const argv = process.argv.slice(2);
  if (argv[0] === 'cut') {
    rawCut(argv[1]);
    process.exit(0);
  }
  if (argv[0] === 'profile') {
    const [chars, ...ids] = argv.slice(1);
    console.log((await profileRules(Number(chars ?? 60_000) || 60_000, ids)).join('\n'));
    process.exit(0);
  }
  const roots = rootsOf(argv);
  const asked = argv.filter((a, i) => a !== '--base' && argv[i - 1] !== '--base' && !/^\d+$/.test(a));
  const names = asked.length ? asked : DEFAULT;
  for (const name of names)
    if (!SECTIONS[name]) throw new Error(`unknown section ${name}; one of ${Object.keys(SECTIONS).join(', ')}`);
  const t0 = performance.now();
  const os = require('os') as typeof import('os');
  console.log(
    `node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; ${roots.map((r) => `${r.name}: ${r.dir}`).join('; ')}`,
  );
  const figures = new Figures();
  for (const name of names) {
    console.log(`\n== ${name}`);
    console.log((await SECTIONS[name](roots, [ALL_RULES, PENDING_OFF], figures)).join('\n'));
  }
  console.log(
    `\n== figures (✓ meets the target, ✗ misses it; "pending off": ${Object.keys(PENDING_OFF.rules).join(', ')} off)`,
  );
  console.log(figures.table().join('\n'));
  console.log(
    `\nbench took ${((performance.now() - t0) / 1000).toFixed(0)} s; load average now ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  process.exit(0);
}

if (process.env[BUNDLED]) void main();
else runBundled();
