// The server publishes at most PUBLISH_LIMIT findings of a rule; the rest are counted in one note
// (`data.notListed`) at the first left out. Counts shown to the user add them in.

import * as vscode from 'vscode';

/** How many findings a diagnostic stands for: one, or as many as a note of findings not listed counts. */
export function findingsIn(d: vscode.Diagnostic): number {
  const n = (d as { data?: { notListed?: unknown } }).data?.notListed;
  return typeof n === 'number' && n > 0 ? n : 1;
}

/** How many findings the diagnostics stand for. */
export function countFindings(ds: readonly vscode.Diagnostic[]): number {
  return ds.reduce((n, d) => n + findingsIn(d), 0);
}
