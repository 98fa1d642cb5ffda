// Findings at the edge: offsets become LSP ranges here and nowhere else; and what of them an editor
// is sent (at most PUBLISH_LIMIT of each rule).

import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { Finding, Fix, Severity } from '../lib/findings';
import type { Translate } from '../messages';
import { LineIndex } from '../text';
import { toRange } from './symbols';

/**
 * At most this many findings of one rule are published for a document: what a person can read and
 * work through. The rest of that rule's findings are counted in one more diagnostic (at the first
 * left out, `data.notListed` holding how many): the status bar and the findings view add it to their
 * counts, and `gongwen check` lists them all.
 */
export const PUBLISH_LIMIT = 200;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** What an editor is sent for a document: the diagnostics, and per rule how many findings were left out. */
export interface Published {
  diagnostics: Diagnostic[];
  notListed: Record<string, number>;
}

/**
 * The diagnostics of `findings` (sorted by position), each rule's capped at `limit`: its errors and
 * warnings first, then the others, in document order; for a rule with more, one information diagnostic
 * at the first finding left out says how many (`name`: the rule's name as the user reads it).
 */
export function publishable(
  findings: readonly Finding[],
  index: LineIndex,
  uri: string,
  name: (ruleId: string) => string,
  t: Translate,
  limit = PUBLISH_LIMIT,
): Published {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const shown = new Set<Finding>();
  const notes: Diagnostic[] = [];
  const notListed: Record<string, number> = {};
  for (const [ruleId, list] of byRule) {
    if (list.length <= limit) {
      for (const f of list) shown.add(f);
      continue;
    }
    const kept = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start).slice(0, limit);
    for (const f of kept) shown.add(f);
    const left = list.length - limit;
    const first = list.find((f) => !shown.has(f))!;
    notListed[ruleId] = left;
    notes.push({
      range: toRange(index, first),
      severity: DiagnosticSeverity.Information,
      code: ruleId,
      source: 'gongwen',
      message: t('notListed', name(ruleId), left, list.length),
      data: { notListed: left },
    });
  }
  const diagnostics: Diagnostic[] = [];
  for (const f of findings) if (shown.has(f)) diagnostics.push(toDiagnostic(f, index, uri));
  return { diagnostics: [...diagnostics, ...notes], notListed };
}

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
