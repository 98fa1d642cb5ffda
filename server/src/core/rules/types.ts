// What a rule is and what it reports. Findings keep offsets; positions are made at the edge.

import { ReportModel, Span } from '../model';
import { Translate } from '../messages';
import type { IgnoreEntry } from '../suppress';

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

/** Options every rule may read; the host fills them from settings and `.gongwenrc.json`. */
export interface RuleOptions {
  locale: 'zh-cn' | 'en';
  /** Per-rule severity or 'off'; a rule not listed runs at its default. */
  rules: Record<string, RuleSetting>;
  /** The standard fill-in marker written into blanks. */
  placeholder: string;
  /** The draft's year, when known from a setting (rules may also read it from the title). */
  year?: number;
  /** Extra fixed formulations that repeat legitimately. */
  fixedPhrases: string[];
  /** Thresholds of the repeated-phrase rule. */
  repeatedPhrase: RepeatedPhraseOptions;
  /** Single findings the team chose to ignore (忽略此处). */
  ignore: IgnoreEntry[];
}

export interface RepeatedPhraseOptions {
  /** Near repeat: phrases at least this many characters (punctuation ignored)… */
  nearMinChars: number;
  /** …repeated within one paragraph or within this many characters. */
  nearWindow: number;
  /** Overuse: phrases at least this many characters… */
  overuseMinChars: number;
  /** …used at least this many times in the document. */
  overuseMinCount: number;
}

export const DEFAULT_OPTIONS: RuleOptions = {
  locale: 'zh-cn',
  rules: {},
  placeholder: '【待填】',
  fixedPhrases: [],
  repeatedPhrase: { nearMinChars: 10, nearWindow: 300, overuseMinChars: 8, overuseMinCount: 3 },
  ignore: [],
};

/** What a rule receives besides the model. */
export interface RuleContext {
  options: RuleOptions;
  t: Translate;
  /** The severity this rule runs at (its default or the user's setting). */
  severity: Severity;
}

/** A finding without the fields the runner fills in. */
export type RawFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface Rule {
  /** The file name, the diagnostic code, the CLI's `rule` and the settings key. */
  id: string;
  description: { 'zh-cn': string; en: string };
  defaultSeverity: RuleSetting;
  /** Needs the segmenter's tokens; skipped until they are ready. */
  needsTokens: boolean;
  check(model: ReportModel, ctx: RuleContext): RawFinding[];
}
