// What a rule reports. Findings keep offsets; positions are made at the edge.

import { Span } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

/** One text change, as offsets into the text the finding was made on. */
export interface Edit extends Span {
  newText: string;
}

/** A fix is data: a title and the edits that make it. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** Certainly right: may be applied without asking (fix-all, `gongwen fix`, preferred quick fix). */
  safe: boolean;
  /**
   * Changes what the report says (a doubled clause or a duplicate paragraph deleted), not just how it
   * is written: fix-all leaves it to the quick fix unless the user allows it (`fixAll.contentChanges`).
   */
  changesContent?: boolean;
  /** Set when the host must ask the user first (e.g. 'gongwen.fillValue': the edit's span receives a typed value). */
  command?: string;
}

export interface Related extends Span {
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  related?: Related[];
}

/** A finding without the fields the runner fills in. */
export type RawFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };
