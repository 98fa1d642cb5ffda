// What a table is built from besides the corpus, fingerprinted so that a change there marks the table
// stale at once, without the corpus and without rebuilding. A table depends on:
// - its code: its module in scripts/stats/ and every file that module imports, followed through relative
//   imports (`import type` carries no code and is not followed; neither is the core's barrel
//   server/src/core/index.ts, which would pull in every rule: a builder imports what it uses directly),
//   so the tokeniser (server/src/host/segmenter.ts, tagger.ts) and the corpus split (scripts/corpus.ts)
//   are in it when the builder reaches them; and scripts/stats/_serialise.ts, which writes every table;
// - the segmenter's data when the tokeniser is in it: our dictionaries in server/dict/ and the nodejieba
//   version installed;
// - the corpus: the names and sizes of the tune files (cheap: a change of text that keeps every size is
//   only seen by the full rebuild of `build:stats -- --check`).
// `npm run build:stats` writes these fingerprints to scripts/stats/sources.json (not in server/data,
// which ships: the server loads every table there).

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS_DIR, corpusFiles } from '../corpus';

const ROOT = path.resolve(__dirname, '..', '..');
export const SOURCES_FILE = path.join(ROOT, 'scripts', 'stats', 'sources.json');

/** Reads a file of the project by its path relative to the root (tests pass a reader that changes one). */
type ReadSource = (relative: string) => string;
export const readSource: ReadSource = (relative) => fs.readFileSync(path.join(ROOT, relative), 'utf8');

/** The fingerprints of one table: each source file's hash (paths relative to the root) and the corpus's. */
export interface TableSources {
  code: Record<string, string>;
  corpus: string;
}

/** The files the tokeniser's output depends on beside its code. */
const SEGMENTER = 'server/src/host/segmenter.ts';
/** Not followed: the core's barrel (every rule) and this file (the fingerprinting, not the building). */
const NOT_FOLLOWED = new Set(['server/src/core/index.ts', 'scripts/stats/_sources.ts']);
/** Every table is written by the builder (its serialisation). */
const BUILDER = 'scripts/stats/_serialise.ts';
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|require\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string, exists: (relative: string) => boolean): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return [`${base}.ts`, `${base}/index.ts`, base].find(exists);
}

/** The code files a table module depends on (relative to the root, sorted), itself included. */
function codeFiles(module: string, read: ReadSource = readSource): string[] {
  const exists = (relative: string): boolean => {
    if (!relative.endsWith('.ts')) return false;
    try {
      read(relative);
      return true;
    } catch {
      return false;
    }
  };
  const seen = new Set<string>();
  const todo = [module];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file).matchAll(IMPORT)) {
      if (m[2]) continue; // import type / export type
      const target = resolve(file, m[3] ?? m[4], exists);
      if (target && !NOT_FOLLOWED.has(target) && !seen.has(target)) todo.push(target);
    }
  }
  return [...seen].sort();
}

const hash = (text: string): string => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The segmenter's data: our dictionaries and the nodejieba version (keys as in TableSources.code). */
function segmenterData(read: ReadSource): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(path.join(ROOT, 'server', 'dict')).sort())
    out[`server/dict/${f}`] = hash(read(`server/dict/${f}`));
  let version = 'absent';
  try {
    version = (JSON.parse(read('node_modules/nodejieba/package.json')) as { version: string }).version;
  } catch {
    // not installed: the fingerprint says so
  }
  out['nodejieba@'] = version;
  return out;
}

/** The fingerprints of the code (and segmenter data) that table `name` is built with. */
export function codeSources(name: string, read: ReadSource = readSource): Record<string, string> {
  return moduleSources(`scripts/stats/${name}.ts`, read);
}

/** The fingerprints of a module's code and everything it imports (and the segmenter's data if it segments). */
export function moduleSources(module: string, read: ReadSource = readSource): Record<string, string> {
  const files = codeFiles(module, read);
  const out: Record<string, string> = {};
  for (const f of [BUILDER, ...files]) out[f] = hash(read(f));
  if (files.includes(SEGMENTER)) Object.assign(out, segmenterData(read));
  return out;
}

/** The corpus fingerprint: the tune files' names and sizes (empty when the corpus is absent). */
export function corpusSource(): string {
  if (!fs.existsSync(CORPUS_DIR)) return '';
  const files = corpusFiles('tune');
  return hash(files.map((f) => `${f.name}:${fs.statSync(path.join(CORPUS_DIR, f.name)).size}`).join('\n'));
}

/** The fingerprints stored with the committed tables, by table name. */
export function storedSources(): Record<string, TableSources> {
  if (!fs.existsSync(SOURCES_FILE)) return {};
  return JSON.parse(fs.readFileSync(SOURCES_FILE, 'utf8')) as Record<string, TableSources>;
}

/** Why a stored table no longer matches its code: the sources added, removed or changed since it was built. */
export function changedCode(stored: Record<string, string> | undefined, now: Record<string, string>): string[] {
  if (!stored) return ['(no fingerprint stored)'];
  const keys = new Set([...Object.keys(stored), ...Object.keys(now)]);
  return [...keys].filter((k) => stored[k] !== now[k]).sort();
}

/** sources.json: one table per line, like the tables. */
export function serialiseSources(sources: Record<string, TableSources>): string {
  const names = Object.keys(sources).sort();
  return '{\n' + names.map((n) => `${JSON.stringify(n)}: ${JSON.stringify(sources[n])}`).join(',\n') + '\n}\n';
}
