// Many files: a folder of reports built in /tmp from the corpus (reports whole, news items packed
// into report-sized files; never committed), checked by `node <root>/dist/cli.js check --format json`
// as a user runs it (default --jobs: the rules here, segmentation in workers). Reports the throughput
// in characters per second, the peak memory of the process (VmHWM, workers included), and whether a
// sample of the files gives, checked alone, the findings the folder run gave them.
//   npm run bench -- folder [files] [chars per file]

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { corpusDocuments, corpusPresent } from '../scripts/corpus';
import { ROOT, runCli } from './corpus';
import { ALL_RULES, Figures, Root } from './figures';

const DIR = path.join(os.tmpdir(), 'gongwen-bench-folder');

/** Writes `files` reports of about `chars` characters each (once; kept in /tmp for later runs). */
function buildFolder(files: number, chars: number): { dir: string; total: number } {
  const dir = path.join(DIR, `${files}x${chars}`);
  const done = path.join(dir, '.done');
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let n = 0;
    let text = '';
    const flush = () => {
      fs.writeFileSync(path.join(dir, `report-${String(++n).padStart(4, '0')}.txt`), text);
      text = '';
    };
    // Both parts of the corpus: this measures speed, not findings, and needs 30M characters.
    for (let round = 0; n < files && round < 3; round++) {
      for (const part of ['measure', 'tune'] as const) {
        for (const d of corpusDocuments(part, ['report', 'news'])) {
          if (n >= files) break;
          if (d.file.kind === 'report') {
            if (text) flush();
            if (n >= files) break;
            text = d.text.slice(0, chars * 2);
            flush();
            continue;
          }
          text += (text ? '\n' : '') + d.text;
          if (text.length >= chars) flush();
        }
      }
    }
    fs.writeFileSync(done, '');
  }
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const total = names.reduce((sum, f) => sum + fs.readFileSync(path.join(dir, f), 'utf8').length, 0);
  return { dir, total };
}

/** The folder benchmark for each root (default --jobs: segmentation in workers); returns its report lines. */
export async function benchFolder(
  roots: readonly Root[],
  figures: Figures,
  files = 500,
  chars = 60_000,
): Promise<string[]> {
  if (!corpusPresent()) return ['folder: skipped (no corpus in ../shared/corpus)'];
  const { dir, total } = buildFolder(files, chars);
  const count = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
  const out = [
    `folder (${count} files, ${(total / 1e6).toFixed(1)}M chars, built from the corpus in ${dir}; node <root>/dist/cli.js check --format json, default --jobs):`,
  ];
  for (const root of roots) {
    const r = await runCli(root.dir, ['check', '--format', 'json', dir]);
    const results = r.code === 2 ? [] : (JSON.parse(r.out) as Array<{ file: string; diagnostics: unknown[] }>);
    const findings = results.reduce((n, f) => n + f.diagnostics.length, 0);
    figures.add(
      `folder of ${count} reports, peak memory`,
      '≤ 1.5 GB',
      root,
      ALL_RULES,
      `${r.peakMb.toFixed(0)} MB`,
      r.peakMb <= 1536,
    );
    figures.add(`folder of ${count} reports, time`, '(reported)', root, ALL_RULES, `${r.seconds.toFixed(0)} s`);
    out.push(
      `  ${root.name}: ${r.seconds.toFixed(1)} s, ${(total / r.seconds / 1000).toFixed(0)}k chars/s, peak memory ${r.peakMb.toFixed(0)} MB, ${findings} findings, exit ${r.code}`,
    );
    if (root.dir !== ROOT) continue;
    // The same findings as checking each file alone: a sample of the files, one process each.
    const picked = results.filter((_, i) => i % Math.max(1, Math.floor(results.length / 8)) === 0).slice(0, 8);
    let same = 0;
    for (const x of picked) {
      const alone = spawnSync(
        process.execPath,
        [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', x.file],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        },
      );
      if (JSON.stringify(JSON.parse(alone.stdout)[0]) === JSON.stringify(x)) same++;
    }
    out.push(
      `    checked alone, ${same} of ${picked.length} sampled files have exactly the findings of the folder run${same === picked.length ? '' : '  ← MISMATCH'}`,
    );
  }
  return out;
}
