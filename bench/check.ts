// `gongwen check` on 2,000,000 characters as a user runs it (node <root>/dist/cli.js check --format
// json FILE, a process of its own: start, dictionaries, segmentation, every rule, output), against a
// raw nodejieba.cut of the same text in a process of its own (start, the same dictionaries, one cut),
// and against the cut alone in this process (no start, no dictionary load: the strict yardstick).
// Peak memory (VmHWM, worker threads included). Rules switched off by a .gongwenrc.json beside the file.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { loadJieba } from '../server/src/host/segmenter';
import { measureText, ms, runCli, since } from './corpus';
import { Figures, Root, Variant } from './figures';

const DIR = path.join(os.tmpdir(), 'gongwen-bench-check');

/** The text in a folder of its own, with `variant`'s rules off in its .gongwenrc.json. */
function fileFor(text: string, variant: Variant): string {
  const dir = path.join(DIR, variant.name.replace(/\W+/g, '-'));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: variant.rules }));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, text);
  return file;
}

/** A raw cut of `file` in a process of its own (this bench, bundled, with `cut FILE`): wall time, ms. */
function cutProcess(file: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [process.argv[1], 'cut', file], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the raw cut failed');
  return since(t0);
}

/** What `npm run bench -- cut FILE` does: loads nodejieba with our dictionaries and cuts the file once. */
export function rawCut(file: string): void {
  loadJieba().cut(fs.readFileSync(file, 'utf8'));
}

/** The check of `chars` characters by each root under each variant, against the raw cut. */
export async function benchCheck(
  roots: readonly Root[],
  variants: readonly Variant[],
  figures: Figures,
  chars = 2_000_000,
): Promise<string[]> {
  const { text, source } = measureText(chars);
  const jieba = loadJieba();
  jieba.cut('预热一下分词器。');
  let cut = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    jieba.cut(text);
    cut = Math.min(cut, since(t0));
  }
  const cutRun = Math.min(cutProcess(fileFor(text, variants[0])), cutProcess(fileFor(text, variants[0])));
  const out = [
    `check (${text.length} chars, ${source}; raw nodejieba.cut: ${ms(cutRun)} as a process, ${ms(cut)} in this process after loading):`,
  ];
  for (const variant of variants) {
    const file = fileFor(text, variant);
    for (const root of roots) {
      const r = await runCli(root.dir, ['check', '--format', 'json', file]);
      const seconds = r.seconds * 1000;
      const findings =
        r.code === 2 ? NaN : (JSON.parse(r.out) as Array<{ diagnostics: unknown[] }>)[0].diagnostics.length;
      const ratio = seconds / cutRun;
      figures.add(
        'gongwen check 2M ÷ raw cut (both as processes)',
        '≤ 2×',
        root,
        variant,
        `${ratio.toFixed(2)}×`,
        ratio <= 2,
      );
      figures.add('gongwen check 2M ÷ raw cut in process', '(strict)', root, variant, `${(seconds / cut).toFixed(2)}×`);
      figures.add(
        'gongwen check 2M, peak memory',
        '≤ 1 GB',
        root,
        variant,
        `${r.peakMb.toFixed(0)} MB`,
        r.peakMb <= 1024,
      );
      out.push(
        `  ${root.name}, ${variant.name}: ${ms(seconds)} (${ratio.toFixed(2)}× the cut as a process, ${(seconds / cut).toFixed(2)}× the cut alone), peak ${r.peakMb.toFixed(0)} MB, ${findings} findings, exit ${r.code}`,
      );
    }
  }
  return out;
}
