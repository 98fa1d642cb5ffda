// The only place that touches nodejieba. Two ways to use it:
// - in process (CLI, tests): loaded on first use, synchronously;
// - in a worker thread (server): the dictionaries load off the main thread, so the
//   outline and character rules are served while they load; tokens come back per paragraph
//   and are cached by paragraph text, so an edit re-segments only the paragraphs it touched.

import * as path from 'path';
import { Worker } from 'worker_threads';
import { addTokens } from '../core';
import type { ReportModel, Segmenter } from '../core';

type Tagged = ReadonlyArray<{ word: string; tag: string }>;
interface Jieba {
  load(options?: Record<string, string>): void;
  tag(text: string): Tagged;
}

/** Where our report dictionary (measure words, units) is: beside the bundle, or in the source tree. */
export function userDictPath(): string {
  const candidates = [path.join(__dirname, 'dict', 'gongwen.dict.utf8'), path.join(__dirname, '..', '..', 'dict', 'gongwen.dict.utf8')];
  const fs = require('fs') as typeof import('fs');
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

/** Loads nodejieba with the report dictionary plus any user dictionaries (merged into one file). */
export function loadJieba(extraDicts: readonly string[] = []): Jieba {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const jieba = require('nodejieba') as Jieba;
  const fs = require('fs') as typeof import('fs');
  let userDict = userDictPath();
  if (extraDicts.length) {
    const os = require('os') as typeof import('os');
    const merged = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-')), 'user.dict.utf8');
    const parts = [userDict, ...extraDicts].filter((p) => fs.existsSync(p)).map((p) => fs.readFileSync(p, 'utf8'));
    fs.writeFileSync(merged, parts.join('\n'));
    userDict = merged;
  }
  jieba.load({ userDict });
  return jieba;
}

/** A cache of tokens by paragraph text, bounded by count (oldest dropped first). */
export class TokenCache {
  private readonly map = new Map<string, Tagged>();
  constructor(private readonly limit = 200_000) {}
  get(text: string): Tagged | undefined {
    return this.map.get(text);
  }
  set(text: string, tokens: Tagged): void {
    if (this.map.size >= this.limit) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(text, tokens);
  }
}

/** A synchronous segmenter for the CLI and tests: loads nodejieba on first call. */
export function createInProcessSegmenter(extraDicts: readonly string[] = []): Segmenter {
  let jieba: Jieba | undefined;
  const cache = new TokenCache();
  return (text) => {
    let tokens = cache.get(text);
    if (!tokens) {
      jieba ??= loadJieba(extraDicts);
      tokens = jieba.tag(text);
      cache.set(text, tokens);
    }
    return tokens;
  };
}

/** The server's segmenter: nodejieba in a worker thread, tokens cached on this side. */
export class WorkerSegmenter {
  private worker: Worker | undefined;
  private readonly cache = new TokenCache();
  private nextId = 1;
  private readonly waiting = new Map<number, (result: { tokens?: Tagged[]; error?: string }) => void>();
  private failed: string | undefined;
  private disposed = false;
  private loaded = false;

  constructor(
    private readonly workerPath: string,
    private readonly extraDicts: readonly string[] = [],
  ) {}

  /** Sync lookup for the core: tokens of a paragraph already segmented, else undefined. */
  readonly segment: Segmenter = (text) => this.cache.get(text);

  /** True once disposed (its worker, if any, is gone for good). */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Why segmentation is unavailable, if it is. */
  get error(): string | undefined {
    return this.failed;
  }

  /** True once the dictionaries are loaded: segmenting a paragraph then takes about a millisecond. */
  get ready(): boolean {
    return this.loaded && !this.failed;
  }

  /** Segments the paragraphs not yet in the cache; resolves when all are there. */
  async prepare(texts: readonly string[]): Promise<void> {
    const missing = [...new Set(texts.filter((t) => !this.cache.get(t)))];
    if (missing.length === 0 || this.failed || this.disposed) return;
    const worker = this.start();
    const id = this.nextId++;
    const result = await new Promise<{ tokens?: Tagged[]; error?: string }>((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, texts: missing });
    });
    if (result.error || !result.tokens) {
      this.failed = result.error ?? 'segmenter failed';
      return;
    }
    this.loaded = true;
    result.tokens.forEach((tokens, i) => this.cache.set(missing[i], tokens));
  }

  /** The model with tokens for the paragraphs still without them (no second parse); `model` itself is left as it is. */
  async complete(model: ReportModel): Promise<ReportModel> {
    if (model.segmented || this.failed) return model;
    await this.prepare(model.paragraphs.filter((p) => !p.verbatim && !p.tokens).map((p) => p.text));
    return addTokens(model, this.segment);
  }

  /** Final: a disposed segmenter never starts a worker again (late analyses just go without tokens). */
  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.waiting.values()) resolve({ error: 'segmenter disposed' });
    this.waiting.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: { extraDicts: this.extraDicts } });
    worker.unref();
    worker.on('message', (m: { id: number; tokens?: Tagged[]; error?: string }) => {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    });
    const fail = (error: string) => {
      this.failed = error;
      for (const resolve of this.waiting.values()) resolve({ error });
      this.waiting.clear();
      this.worker = undefined;
    };
    worker.on('error', (e) => fail(String(e?.message ?? e)));
    worker.on('exit', (code) => code !== 0 && fail(`segmenter worker exited with ${code}`));
    this.worker = worker;
    return worker;
  }
}
