// Findings at the edge: offsets become LSP ranges here and nowhere else.

import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { Finding, Fix, Severity } from '../lib/findings';
import { LineIndex } from '../text';
import { toRange } from './symbols';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic; `uri` is needed for related information. */
export function toDiagnostic(finding: Finding, index: LineIndex, uri: string): Diagnostic {
  return {
    range: toRange(index, finding),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    source: 'gongwen',
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({
      location: { uri, range: toRange(index, r) },
      message: r.message,
    })),
  };
}

export interface FixJson {
  title: string;
  edits: Array<{ range: Range; newText: string }>;
}

/** A fix with LSP ranges, as the CLI prints it. */
export function fixToJson(fix: Fix, index: LineIndex): FixJson {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: toRange(index, e), newText: e.newText })) };
}
