// Options every rule may read; the host fills them from settings and `.gongwenrc.json`.

import { Locale } from '../messages';
import { RuleSetting } from './findings';

/** One ignored finding: its rule, the text it covers and a little text around it. */
export interface IgnoreEntry {
  rule: string;
  text: string;
  /** Up to a few characters each side of the text, within its line. */
  context?: string;
}

/** Options every rule may read. */
export interface RuleOptions {
  locale: Locale;
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
  /** What fix-all (in the editor, on save, `gongwen fix`) may apply. */
  fixAll: FixAllOptions;
}

export interface FixAllOptions {
  /** Also the fixes that change what the report says (a doubled clause, a duplicate paragraph deleted). */
  contentChanges: boolean;
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

/** The options of a draft with no settings at all. */
export const DEFAULT_OPTIONS: RuleOptions = {
  locale: 'zh-cn',
  rules: {},
  placeholder: '【待填】',
  fixedPhrases: [],
  repeatedPhrase: { nearMinChars: 10, nearWindow: 300, overuseMinChars: 8, overuseMinCount: 3 },
  ignore: [],
  fixAll: { contentChanges: false },
};
