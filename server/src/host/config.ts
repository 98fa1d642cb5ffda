// Options from the user's settings and the team's `.gongwenrc.json`: the only place that reads them.

import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_OPTIONS, RuleOptions, RuleSetting } from '../core/rules/types';

/** The keys shared by VS Code settings (`gongwen.*`) and `.gongwenrc.json`. */
export interface GongwenSettings {
  rules?: Record<string, RuleSetting>;
  placeholder?: string;
  year?: number | null;
  fixedPhrases?: string[];
  repeatedPhrase?: Partial<RuleOptions['repeatedPhrase']>;
  userDictionary?: string[];
}

export const RC_FILE = '.gongwenrc.json';

/** Finds the nearest `.gongwenrc.json` at or above `dir`. */
export function findRcFile(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const p = path.join(d, RC_FILE);
    if (fs.existsSync(p)) return p;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Reads a `.gongwenrc.json`; a broken file counts as empty (the error is returned to report). */
export function readRcFile(file: string | undefined): { settings: GongwenSettings; error?: string } {
  if (!file) return { settings: {} };
  try {
    return { settings: JSON.parse(fs.readFileSync(file, 'utf8')) as GongwenSettings };
  } catch (e) {
    return { settings: {}, error: `${file}: ${(e as Error).message}` };
  }
}

/** Merges settings layers (later wins) over the defaults. */
export function toOptions(locale: RuleOptions['locale'], ...layers: GongwenSettings[]): RuleOptions {
  const o: RuleOptions = { ...DEFAULT_OPTIONS, locale, rules: {}, repeatedPhrase: { ...DEFAULT_OPTIONS.repeatedPhrase } };
  for (const s of layers) {
    if (s.rules) Object.assign(o.rules, s.rules);
    if (typeof s.placeholder === 'string' && s.placeholder) o.placeholder = s.placeholder;
    if (typeof s.year === 'number' && s.year > 1900) o.year = s.year;
    if (Array.isArray(s.fixedPhrases)) o.fixedPhrases = [...o.fixedPhrases, ...s.fixedPhrases];
    if (s.repeatedPhrase) Object.assign(o.repeatedPhrase, s.repeatedPhrase);
  }
  return o;
}

/** The CLI's options for a file: defaults, then the nearest `.gongwenrc.json`. */
export function loadOptions(file: string, locale: RuleOptions['locale'] = cliLocale()): RuleOptions {
  return toOptions(locale, readRcFile(findRcFile(path.dirname(file))).settings);
}

/** Chinese unless the environment asks for English (LANG=en_US…, GONGWEN_LANG=en). */
export function cliLocale(): RuleOptions['locale'] {
  const lang = process.env.GONGWEN_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^en/i.test(lang) ? 'en' : 'zh-cn';
}
