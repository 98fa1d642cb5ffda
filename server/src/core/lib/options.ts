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
  /** Each rule's own settings as the user gave them, by rule id (the rule declares them; see SettingSpec). */
  settings: Record<string, Record<string, unknown>>;
  /** Single findings the team chose to ignore (忽略此处). */
  ignore: IgnoreEntry[];
  /** What fix-all (in the editor, on save, `gongwen fix`) may apply. */
  fixAll: FixAllOptions;
}

export interface FixAllOptions {
  /** Also the fixes that change what the report says (a doubled clause, a duplicate paragraph deleted). */
  contentChanges: boolean;
}

/** The options of a draft with no settings at all. */
export const DEFAULT_OPTIONS: RuleOptions = {
  locale: 'zh-cn',
  rules: {},
  placeholder: '【待填】',
  fixedPhrases: [],
  settings: {},
  ignore: [],
  fixAll: { contentChanges: false },
};
