// Shared by the unit tests: parse and check Chinese excerpts with the real segmenter.

import {
  analyze,
  Finding,
  parseReport,
  ReportModel,
  RuleOptions,
  DEFAULT_OPTIONS,
  RULES,
  applyEdits,
} from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';

/** One nodejieba for the whole test process (loading it takes a second). */
export const segmenter = createInProcessSegmenter();

/** Parses text with the real segmenter. */
export function parse(text: string, format: 'plain' | 'markdown' = 'plain'): ReportModel {
  return parseReport(text, { format, segmenter });
}

/** The findings of one rule on `text`. */
export function check(text: string, ruleId: string, options: Partial<RuleOptions> = {}): Finding[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const opts: RuleOptions = {
    ...DEFAULT_OPTIONS,
    ...options,
    rules: { [ruleId]: rule.defaultSeverity, ...(options.rules ?? {}) },
  };
  const result = analyze(parse(text, text.includes('\n#') || text.startsWith('#') ? 'markdown' : 'plain'), opts, {
    rules: [rule],
    tables: corpusTables(),
  });
  if (result.failures.length) throw result.failures[0].error;
  return result.findings;
}

/** The text each finding covers. */
export function covered(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

/** Applies a finding's first (or given) fix. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  return applyEdits(text, finding.fixes[index].edits);
}
