// npm run build:stats: derives the rules' tables from the tune part of ../shared/corpus (see
// scripts/corpus.ts) and writes them to server/data/<name>.json, committed so that a clone works
// without the corpus. One module per table in scripts/stats/<name>.ts, each exporting
// `build(): unknown` (deterministic: the same corpus gives the same bytes). `--check` rebuilds in
// memory and exits 1 when a committed table is stale (the stale-table test runs it).
//   npm run build:stats [-- --check] [-- --only NAME]

import * as fs from 'fs';
import * as path from 'path';
import { corpusPresent, CORPUS_DIR } from './corpus';

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

/** The serialised table: JSON with one top-level key per line, so diffs stay readable. */
export function serialise(table: unknown): string {
  if (table && typeof table === 'object' && !Array.isArray(table)) {
    const entries = Object.entries(table as Record<string, unknown>);
    return '{\n' + entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n';
  }
  return JSON.stringify(table) + '\n';
}

/** Builds one table from the corpus. */
export async function buildTable(name: string): Promise<string> {
  const mod = (await import(path.join(STATS_DIR, `${name}.ts`))) as { build(): unknown | Promise<unknown> };
  return serialise(await mod.build());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (!corpusPresent()) {
    console.error(`build:stats: no corpus at ${CORPUS_DIR}; the committed tables in server/data stay as they are`);
    process.exit(check ? 0 : 2);
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  let stale = 0;
  for (const name of tableNames().filter((n) => !only || n === only)) {
    const t0 = Date.now();
    const text = await buildTable(name);
    const file = path.join(DATA_DIR, `${name}.json`);
    const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
    if (check) {
      if (!same) stale++;
      console.log(`${name}: ${same ? 'up to date' : 'STALE'} (${Date.now() - t0} ms)`);
    } else {
      fs.writeFileSync(file, text);
      console.log(`${name}: ${(text.length / 1024).toFixed(0)} KiB (${Date.now() - t0} ms)`);
    }
  }
  if (stale) {
    console.error(`${stale} table(s) stale: run npm run build:stats`);
    process.exit(1);
  }
}

if (require.main === module) void main();
