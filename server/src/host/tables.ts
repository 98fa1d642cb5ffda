// The corpus-derived tables (server/data/*.json, built by `npm run build:stats`), loaded once per
// process on first use and shared by every document. The core never reads files: the host passes
// the tables to the rules (analysis env `tables`). In the bundle they sit in dist/data.

import * as fs from 'fs';
import * as path from 'path';
import { CorpusTables, tablesFrom } from '../core';

let loaded: CorpusTables | undefined;

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

/** Reads every table in `dir` (synchronously: a few MB of JSON, tens of milliseconds) and checks its shape. */
export function readTables(dir: string = tablesDir()): CorpusTables {
  const raw: Record<string, unknown> = {};
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.json')) raw[f.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
  }
  return tablesFrom(raw);
}

/** The tables, loaded on the first call and kept for the life of the process. */
export function corpusTables(): CorpusTables {
  return (loaded ??= readTables());
}
