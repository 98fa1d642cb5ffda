// Runs the rules over a model. A rule that throws loses its own findings only.

import { translator } from './messages';
import { ReportModel } from './model';
import { RULES } from './rules';
import { Finding, Rule, RuleOptions, Severity } from './rules/types';
import { suppress } from './suppress';

export interface Analysis {
  findings: Finding[];
  /** Rules that threw, with their errors (the host logs them). */
  failures: Array<{ ruleId: string; error: unknown }>;
  /** Token rules not run because the segmenter was not ready. */
  pending: string[];
}

/** The findings of every enabled rule, sorted by position. */
export function analyze(model: ReportModel, options: RuleOptions, rules: readonly Rule[] = RULES): Analysis {
  const t = translator(options.locale);
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  const pending: string[] = [];
  for (const rule of rules) {
    const setting = options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    if (rule.needsTokens && !model.segmented) {
      pending.push(rule.id);
      continue;
    }
    const severity: Severity = setting;
    try {
      for (const f of rule.check(model, { options, t, severity })) {
        findings.push({ ...f, ruleId: rule.id, severity: f.severity ?? severity });
      }
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: suppress(model, findings, options.ignore), failures, pending };
}
