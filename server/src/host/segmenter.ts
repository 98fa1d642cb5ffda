// The only place that touches nodejieba. Two ways to use it:
// - in process (CLI, tests): loaded on first use, synchronously;
// - in a worker thread (server): the dictionaries load off the main thread, so the
//   outline and character rules are served while they load; tokens come back per paragraph
//   and are cached by paragraph text, so an edit re-segments only the paragraphs it touched.

import * as path from 'path';
import { Worker } from 'worker_threads';
import { addTokens } from '../core';
import type { AnalysisCaches, ReportModel, Segmenter } from '../core';
import { TagTable } from './tagger';

type Tagged = ReadonlyArray<{ word: string; tag: string }>;
interface NativeJieba {
  DEFAULT_DICT: string;
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
}

/** nodejieba loaded with our dictionaries: `tag` segments with part-of-speech tags, `cut` is the raw cut. */
export interface Jieba {
  tag(text: string): Tagged;
  cut(text: string): string[];
}

/** Where a file of ours in `dict/` is: beside the bundle, or in the source tree. */
function dictFile(name: string): string {
  const candidates = [path.join(__dirname, 'dict', name), path.join(__dirname, '..', '..', 'dict', name)];
  const fs = require('fs') as typeof import('fs');
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

/** Where our report dictionary (measure words, units) is: beside the bundle, or in the source tree. */
export function userDictPath(): string {
  return dictFile('gongwen.dict.utf8');
}

/**
 * Loads nodejieba with the report dictionary plus any user dictionaries (merged into one file, removed
 * once loaded), and the tag table of the same dictionaries. Tokens are cut with the HMM, as
 * nodejieba.tag cuts, and tagged by lookup (see tagger.ts): the same tokens and tags at the cost of a cut.
 */
export function loadJieba(extraDicts: readonly string[] = []): Jieba {
  // nodejieba holds one set of dictionaries per thread: the set loaded last is reused, not loaded again.
  const key = JSON.stringify(extraDicts);
  if (loaded?.key === key) return loaded.jieba;

  const jieba = require('nodejieba') as NativeJieba;
  const fs = require('fs') as typeof import('fs');
  const userDicts = [userDictPath(), ...extraDicts].filter((p) => fs.existsSync(p));
  let userDict = userDicts[0] ?? userDictPath();
  let tmp: string | undefined;
  if (userDicts.length > 1) {
    const os = require('os') as typeof import('os');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-'));
    userDict = path.join(tmp, 'user.dict.utf8');
    fs.writeFileSync(userDict, userDicts.map((p) => fs.readFileSync(p, 'utf8')).join('\n'));
  }
  try {
    // The keyword extractor's tables (idf, stop words) are never used: one-line stand-ins save 20 MB.
    const unused = { idfDict: dictFile('unused.idf.utf8'), stopWordDict: dictFile('unused.stop.utf8') };
    jieba.load({ userDict, ...(fs.existsSync(unused.idfDict) && fs.existsSync(unused.stopWordDict) ? unused : {}) });
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  const table = new TagTable(jieba.DEFAULT_DICT, userDicts);
  const made: Jieba = {
    tag: (text) => jieba.cut(text, true).map((word) => ({ word, tag: table.tag(word) })),
    cut: (text) => jieba.cut(text),
  };
  loaded = { key, jieba: made };
  return made;
}

let loaded: { key: string; jieba: Jieba } | undefined;

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

/** A synchronous segmenter for the CLI and tests: loads nodejieba on first call; keeps the tokens of `cacheLimit` paragraphs. */
export function createInProcessSegmenter(extraDicts: readonly string[] = [], cacheLimit?: number): Segmenter {
  let jieba: Jieba | undefined;
  const cache = new TokenCache(cacheLimit);
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
  private readonly cache: TokenCache;
  private nextId = 1;
  private readonly waiting = new Map<number, (result: { tokens?: Tagged[]; error?: string }) => void>();
  private failed: string | undefined;
  private disposed = false;
  private loaded = false;
  private inFlight = 0;

  /** `cacheLimit`: paragraphs whose tokens are kept (the server's open reports; a folder check keeps few). */
  constructor(
    private readonly workerPath: string,
    private readonly extraDicts: readonly string[] = [],
    cacheLimit?: number,
  ) {
    this.cache = new TokenCache(cacheLimit);
  }

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

  /** Characters sent to the worker and not yet back: how busy it is. */
  get pending(): number {
    return this.inFlight;
  }

  /** Segments the paragraphs not yet in the cache; resolves to the tokens of each text asked for that it could segment. */
  async prepare(texts: readonly string[]): Promise<Map<string, Tagged>> {
    const found = new Map<string, Tagged>();
    const missing: string[] = [];
    for (const t of texts) {
      const hit = this.cache.get(t);
      if (hit) found.set(t, hit);
      else if (!found.has(t)) {
        found.set(t, []); // a placeholder: asked once
        missing.push(t);
      }
    }
    for (const t of missing) found.delete(t);
    if (missing.length === 0 || this.failed || this.disposed) return found;
    const worker = this.start();
    const id = this.nextId++;
    const chars = missing.reduce((n, t) => n + t.length, 0);
    this.inFlight += chars;
    const result = await new Promise<{ tokens?: Tagged[]; error?: string }>((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, texts: missing });
    });
    this.inFlight -= chars;
    if (result.error || !result.tokens) {
      this.failed = result.error ?? 'segmenter failed';
      return found;
    }
    this.loaded = true;
    result.tokens.forEach((tokens, i) => {
      this.cache.set(missing[i], tokens);
      found.set(missing[i], tokens);
    });
    return found;
  }

  /** The model with tokens for the paragraphs still without them (no second parse); `model` itself is left as it is. */
  async complete(model: ReportModel, caches?: AnalysisCaches): Promise<ReportModel> {
    if (model.segmented || this.failed) return model;
    const tokens = await this.prepare(model.paragraphs.filter((p) => !p.verbatim && !p.tokens).map((p) => p.text));
    return addTokens(model, (text) => tokens.get(text) ?? this.segment(text), caches);
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
