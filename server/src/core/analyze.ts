// Runs the rules over a model. A rule that throws loses its own findings only.

import { Finding, RawFinding } from './lib/findings';
import { AnalysisCaches } from './lib/memo';
import { RuleOptions } from './lib/options';
import { Rule } from './lib/rule';
import { ruleContext, WorkMeter } from './lib/runner';
import { CorpusTables, EMPTY_TABLES } from './lib/tables';
import { ReportModel } from './model';
import { RULES } from './rules';
import { suppress } from './suppress';

export interface Analysis {
  findings: Finding[];
  /** Rules that threw, with their errors (the host logs them). */
  failures: Array<{ ruleId: string; error: unknown }>;
  /** Token rules not run because the segmenter was not ready. */
  pending: string[];
}

/** What an analysis runs with besides the model and options: the rules, the document's caches, the corpus tables. */
export interface AnalysisEnv {
  /** The rules to run (default: all of RULES). */
  rules?: readonly Rule[];
  /** The document's caches; fresh ones when not given (CLI, tests), so nothing carries over. */
  caches?: AnalysisCaches;
  tables?: CorpusTables;
  /** When given, each rule's work (what it computed anew and read besides: lib/work.ts) is added to it; rules then see a metered model. */
  meter?: WorkMeter;
}

/** The findings of every enabled rule, sorted by position. */
export function analyze(model: ReportModel, options: RuleOptions, env: AnalysisEnv = {}): Analysis {
  const { rules = RULES, caches = new AnalysisCaches(), tables = EMPTY_TABLES, meter } = env;
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  const pending: string[] = [];
  for (const rule of rules) {
    const severity = options.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.needsTokens && !model.segmented) {
      pending.push(rule.id);
      continue;
    }
    try {
      const reported: RawFinding[] = [];
      const run = ruleContext(rule, model, options, severity, caches, tables, reported, meter);
      rule.check(run.model, run.ctx);
      // A rule that offers fixes says so (tag `fixable`); one that does not fails here, and the fuzz and
      // fix-property tests check that every rule tagged fixable offers a fix somewhere.
      if (!rule.tags.includes('fixable') && reported.some((f) => f.fixes.length))
        throw new Error(`${rule.id} offers a fix but is not tagged fixable`);
      for (const f of reported) findings.push({ ...f, ruleId: rule.id, severity: f.severity ?? severity });
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: suppress(model, findings, options.ignore), failures, pending };
}
