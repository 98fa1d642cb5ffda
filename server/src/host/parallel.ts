// Checking many files: segmentation (most of the cost) runs in segmenter workers while this thread
// parses and runs the rules, a few files ahead; results come out one by one, in the files' order, as
// soon as each is done. Each worker holds its own copy of nodejieba's dictionaries (about 250 MB:
// a native module cannot share them between threads), so there is one per core beside this thread,
// as memory allows (on 2 cores: one dictionary load), and the server's workspace check uses the one
// worker its open reports use.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addTokens, analyze, Analysis, parseReport, ReportModel, RuleOptions } from '../core';
import { formatOf, readReport } from './files';
import { createInProcessSegmenter, WorkerSegmenter } from './segmenter';
import { corpusTables } from './tables';

/**
 * Runs `start` on up to `ahead` items at once and `finish` on each result in the items' order,
 * yielding as it goes: the starts of later items overlap the finish of earlier ones.
 */
export async function* pipelined<T, U, V>(
  items: readonly T[],
  ahead: number,
  start: (item: T) => Promise<U>,
  finish: (started: U, item: T) => V,
): AsyncGenerator<V> {
  const queue: Array<Promise<U>> = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && queue.length < Math.max(1, ahead)) queue.push(start(items[next++]));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const started = await queue.shift()!;
    fill();
    yield finish(started, items[i]);
  }
}

/** Segmenter workers used together: each file goes to the one with the least text still to do. */
export class SegmenterPool {
  private readonly workers: WorkerSegmenter[];

  constructor(workerPath: string, size: number, extraDicts: readonly string[] = []) {
    // A few paragraphs per worker are kept: a folder rarely repeats a paragraph in another file.
    this.workers = Array.from({ length: Math.max(1, size) }, () => new WorkerSegmenter(workerPath, extraDicts, 2_000));
  }

  /** The model with tokens from the least busy worker (unsegmented if segmentation failed). */
  complete(model: ReportModel): Promise<ReportModel> {
    const worker = this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    return worker.complete(model);
  }

  /** Why segmentation failed, if it did. */
  get error(): string | undefined {
    return this.workers.find((w) => w.error)?.error;
  }

  dispose(): void {
    for (const w of this.workers) w.dispose();
  }
}

/**
 * How many threads a folder check uses: one per core, this one (the rules) and segmenter workers for
 * the rest, as far as free memory allows (300 MB a worker).
 */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 1 + Math.floor(os.freemem() / (300 * 1024 * 1024))));
}

/** The worker script beside the bundle (dist/), or the built one when run from the sources. */
export function defaultWorkerPath(): string | undefined {
  const candidates = [
    path.join(__dirname, 'segmenter-worker.js'),
    path.join(__dirname, '..', '..', '..', 'dist', 'segmenter-worker.js'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

/** One file checked: its text and analysis, or why it was not read. */
export type Checked =
  | { file: string; ok: true; text: string; warnings: string[]; analysis: Analysis }
  | { file: string; ok: false; error: string };

export interface CheckFilesOptions {
  /** Threads (default: `defaultJobs()`): this one runs the rules, `jobs - 1` workers segment; 1 checks in this thread alone. */
  jobs?: number;
  workerPath?: string;
  /** The options for a file (its `.gongwenrc.json`). */
  optionsFor: (file: string) => RuleOptions;
  /** The user dictionaries for a file (its `.gongwenrc.json`'s `userDictionary`, absolute). */
  dictionariesFor?: (file: string) => string[];
}

/** Checks `files`, yielding each result in order as soon as it and those before it are done. */
export async function* checkFiles(files: readonly string[], o: CheckFilesOptions): AsyncGenerator<Checked> {
  // A segmenter holds one set of dictionaries: each run of files sharing a set gets its own.
  let run: string[] = [];
  let key = '';
  for (const file of files) {
    const k = JSON.stringify(o.dictionariesFor?.(file) ?? []);
    if (run.length && k !== key) {
      yield* checkRun(run, JSON.parse(key) as string[], o);
      run = [];
    }
    run.push(file);
    key = k;
  }
  if (run.length) yield* checkRun(run, JSON.parse(key) as string[], o);
}

/** Checks files that share one set of user dictionaries. */
async function* checkRun(
  files: readonly string[],
  dicts: readonly string[],
  o: CheckFilesOptions,
): AsyncGenerator<Checked> {
  const jobs = Math.min(o.jobs ?? defaultJobs(), files.length + 1);
  const workerPath = o.workerPath ?? defaultWorkerPath();
  const read = (file: string) => {
    const r = readReport(file);
    return r.ok ? { ...r, model: parseReport(r.text, { format: formatOf(file) }) } : r;
  };
  const finish = (file: string, r: ReturnType<typeof read>): Checked =>
    r.ok
      ? {
          file,
          ok: true,
          text: r.text,
          warnings: r.warnings,
          analysis: analyze(r.model, o.optionsFor(file), { tables: corpusTables() }),
        }
      : { file, ok: false, error: r.error };
  if (jobs <= 1 || !workerPath) {
    // A folder rarely repeats a paragraph from one file in another: few tokens kept (a whole folder's would fill memory).
    const segmenter = createInProcessSegmenter(dicts, 2_000);
    for (const file of files) {
      const r = readReport(file);
      yield r.ok
        ? finish(file, { ...r, model: parseReport(r.text, { format: formatOf(file), segmenter }) })
        : { file, ok: false, error: r.error };
    }
    return;
  }
  const workers = jobs - 1;
  const pool = new SegmenterPool(workerPath, workers, dicts);
  let fallback: ReturnType<typeof createInProcessSegmenter> | undefined;
  try {
    const start = async (file: string) => {
      const r = read(file);
      if (!r.ok) return r;
      const model = await pool.complete(r.model);
      // A worker that failed (no worker threads, a crash): this thread segments instead.
      return {
        ...r,
        model: model.segmented ? model : addTokens(model, (fallback ??= createInProcessSegmenter(dicts, 2_000))),
      };
    };
    // Two files per worker in flight: each has the next one queued while this thread runs the rules.
    for await (const checked of pipelined(files, 2 * workers + 1, start, (r, file) => finish(file, r))) yield checked;
  } finally {
    pool.dispose();
  }
}
