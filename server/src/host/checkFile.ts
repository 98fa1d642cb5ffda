// Checking a report that is not open (the workspace check): read, segment, analyze.

import { Diagnostic } from 'vscode-languageserver/node';
import { analyze, Analysis, LineIndex, parseReport, Rule, RULES, toDiagnostic } from '../core';
import { formatOf, readReport } from './files';
import { WorkerSegmenter } from './segmenter';
import { SettingsCache } from './settings';
import { corpusTables } from './tables';
import { uriToPath } from './uri';

/** The diagnostics of a report file on disk and the rules that failed on it, or why it could not be read. */
export async function checkFile(
  uri: string,
  settings: SettingsCache,
  segmenter: WorkerSegmenter,
  rules: readonly Rule[] = RULES,
): Promise<{ diagnostics: Diagnostic[]; failures: Analysis['failures'] } | { error: string }> {
  const file = uriToPath(uri);
  if (!file) return { error: `not a file: ${uri}` };
  const read = readReport(file);
  if (!read.ok) return { error: read.error };
  const { options, host } = await settings.load(uri);
  if (!settings.isReport(uri, host)) return { error: `not a report (gongwen.files): ${file}` };
  const format = formatOf(file);
  const model = await segmenter.complete(parseReport(read.text, { format, segmenter: segmenter.segment }));
  const index = new LineIndex(read.text);
  const { findings, failures } = analyze(model, options, { rules, tables: corpusTables() });
  return { diagnostics: findings.map((f) => toDiagnostic(f, index, uri)), failures };
}
