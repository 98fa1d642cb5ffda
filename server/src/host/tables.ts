// The corpus-derived tables (server/data/*.json, built by `npm run build:stats`), loaded once per
// process on first use and shared by every document. The core never reads files: the host passes
// the tables to the rules (analysis env `tables`). In the bundle they sit in dist/data.

import * as fs from 'fs';
import * as path from 'path';

/** Every table by name (its file name without `.json`); empty when the folder is missing. */
export type LoadedTables = Record<string, unknown>;

let loaded: LoadedTables | undefined;

/** The folder holding the tables: dist/data beside the bundle, or server/data in the source tree. */
export function tablesDir(): string {
  const candidates = [
    path.join(__dirname, 'data'),
    path.join(__dirname, '..', '..', 'data'),
    path.join(__dirname, '..', 'data'),
  ];
  return (
    candidates.find((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => f.endsWith('.json'))) ?? candidates[0]
  );
}

/** Reads every table in `dir` (synchronously: a few MB of JSON, tens of milliseconds). */
export function readTables(dir: string = tablesDir()): LoadedTables {
  const tables: LoadedTables = {};
  if (!fs.existsSync(dir)) return tables;
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.json')) tables[f.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return tables;
}

/** The tables, loaded on the first call and kept for the life of the process. */
export function corpusTables(): LoadedTables {
  return (loaded ??= readTables());
}
