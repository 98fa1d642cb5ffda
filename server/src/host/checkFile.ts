// Checking reports that are not open (the workspace check): read, segment, analyze. Files go
// through the document's segmenter worker a few at a time while this thread runs the rules on the
// ones already segmented (see parallel.ts), and each file's diagnostics are sent as it is done.

import { Diagnostic } from 'vscode-languageserver/node';
import { analyze, Analysis, LineIndex, parseReport, ReportModel, Rule, RuleOptions, toDiagnostic } from '../core';
import { pipelined } from './parallel';
import { formatOf, readReport } from './files';
import { WorkerSegmenter } from './segmenter';
import { SettingsCache } from './settings';
import { corpusTables } from './tables';
import { uriToPath } from './uri';

export type FileResult =
  { uri: string; diagnostics: Diagnostic[]; failures: Analysis['failures'] } | { uri: string; error: string };

type Started = { uri: string; model: ReportModel; options: RuleOptions } | { uri: string; error: string };

/** Reads a report file, parses and segments it: all but the rules. */
async function startFile(uri: string, settings: SettingsCache, segmenter: WorkerSegmenter): Promise<Started> {
  const file = uriToPath(uri);
  if (!file) return { uri, error: `not a file: ${uri}` };
  const read = readReport(file);
  if (!read.ok) return { uri, error: read.error };
  const { options, host } = await settings.load(uri);
  if (!settings.isReport(uri, host)) return { uri, error: `not a report (gongwen.files): ${file}` };
  const model = await segmenter.complete(
    parseReport(read.text, { format: formatOf(file), segmenter: segmenter.segment }),
  );
  return { uri, model, options };
}

function finishFile(started: Started, rules: readonly Rule[] | undefined): FileResult {
  if ('error' in started) return started;
  const { uri, model, options } = started;
  const analysis = analyze(model, options, { rules, tables: corpusTables() });
  const index = new LineIndex(model.text);
  return { uri, diagnostics: analysis.findings.map((f) => toDiagnostic(f, index, uri)), failures: analysis.failures };
}

/** Checks report files, two ahead of the rules in the segmenter, yielding each result (diagnostics, or why not) in order. */
export function checkWorkspaceFiles(
  uris: readonly string[],
  settings: SettingsCache,
  segmenterFor: (uri: string) => WorkerSegmenter,
  rules?: readonly Rule[],
): AsyncGenerator<FileResult> {
  return pipelined(
    uris,
    3,
    (uri) => startFile(uri, settings, segmenterFor(uri)),
    (started) => finishFile(started, rules),
  );
}
