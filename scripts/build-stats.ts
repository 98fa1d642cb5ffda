// npm run build:stats: derives the rules' tables from the tune part of ../shared/corpus (see
// scripts/corpus.ts) and writes them to server/data/<name>.json, committed so that a clone works
// without the corpus. One module per table in scripts/stats/<name>.ts, each exporting
// `build(): unknown` (deterministic: the same corpus gives the same bytes). `--check` rebuilds in
// memory and exits 1 when a committed table is stale (the stale-table test runs it). Each build also
// writes the table's fingerprints (its code, the segmenter's data, the corpus: scripts/stats/_sources.ts)
// to scripts/stats/sources.json; `--check --code` compares only those, without the corpus and without
// rebuilding, and says which source changed (a test runs it on every `npm test`).
// `--check --stamp` rebuilds in memory and stores the fingerprints of each table found up to date
// (for tables built before the fingerprints existed, or after moving code that changes no output).
//   npm run build:stats [-- --check [--code | --stamp]] [-- --only NAME]

import * as fs from 'fs';
import * as path from 'path';
import { corpusPresent, CORPUS_DIR } from './corpus';
import { serialise } from './stats/_serialise';
import {
  changedCode,
  codeSources,
  corpusSource,
  serialiseSources,
  SOURCES_FILE,
  storedSources,
  TableSources,
} from './stats/_sources';

export const DATA_DIR = path.join(__dirname, '..', 'server', 'data');
const STATS_DIR = path.join(__dirname, 'stats');

/** The table modules, by name (the file name without .ts). */
export function tableNames(): string[] {
  return fs
    .readdirSync(STATS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Builds one table from the corpus. */
export async function buildTable(name: string): Promise<string> {
  const mod = (await import(path.join(STATS_DIR, `${name}.ts`))) as { build(): unknown | Promise<unknown> };
  return serialise(await mod.build());
}

/**
 * Why each committed table is stale by its fingerprints, without rebuilding: the code sources changed
 * since it was built (by path; `nodejieba@` for the segmenter's version), or the corpus (when present).
 * Empty when every table's fingerprints match.
 */
export function staleByFingerprint(
  names: readonly string[] = tableNames(),
  now: (name: string) => Record<string, string> = codeSources,
  stored: Record<string, TableSources> = storedSources(),
): Record<string, string[]> {
  const corpus = corpusPresent() ? corpusSource() : undefined;
  const out: Record<string, string[]> = {};
  for (const name of names) {
    const why = changedCode(stored[name]?.code, now(name)).map((f) => `code: ${f}`);
    if (corpus !== undefined && stored[name] && stored[name].corpus !== corpus) why.push('corpus: the tune files');
    if (why.length) out[name] = why;
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const names = tableNames().filter((n) => !only || n === only);
  const stamp = args.includes('--stamp');
  if (check && !stamp) {
    const stale = staleByFingerprint(names);
    for (const [name, why] of Object.entries(stale)) console.log(`${name}: STALE (${why.join(', ')})`);
    if (args.includes('--code') || Object.keys(stale).length) {
      for (const name of names.filter((n) => !stale[n])) console.log(`${name}: fingerprints up to date`);
      if (Object.keys(stale).length) {
        console.error(`${Object.keys(stale).length} table(s) stale: run npm run build:stats`);
        process.exit(1);
      }
      return;
    }
  }
  if (!corpusPresent()) {
    console.error(`build:stats: no corpus at ${CORPUS_DIR}; the committed tables in server/data stay as they are`);
    process.exit(check ? 0 : 2);
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  let stale = 0;
  const sources = storedSources();
  for (const name of names) {
    const t0 = Date.now();
    const text = await buildTable(name);
    const file = path.join(DATA_DIR, `${name}.json`);
    const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
    if (check) {
      if (!same) stale++;
      else if (stamp) sources[name] = { code: codeSources(name), corpus: corpusSource() };
      // With the fingerprints up to date (or not looked at: --stamp), other bytes mean the corpus text
      // changed within the same sizes, or the table depends on something the fingerprints do not follow.
      console.log(`${name}: ${same ? 'up to date' : 'STALE (the rebuilt table differs)'} (${Date.now() - t0} ms)`);
    } else {
      fs.writeFileSync(file, text);
      sources[name] = { code: codeSources(name), corpus: corpusSource() };
      fs.writeFileSync(SOURCES_FILE, serialiseSources(sources));
      console.log(`${name}: ${(text.length / 1024).toFixed(0)} KiB (${Date.now() - t0} ms)`);
    }
  }
  if (stamp) fs.writeFileSync(SOURCES_FILE, serialiseSources(sources));
  if (stale) {
    console.error(`${stale} table(s) stale: run npm run build:stats`);
    process.exit(1);
  }
}

if (require.main === module) void main();
