// Options from the user's settings and the team's `.gongwenrc.json`: the only place that reads them.

import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_LAYOUT_STYLE,
  DEFAULT_OPTIONS,
  LayoutStyle,
  Rule,
  RuleOptions,
  RULES,
  RuleSetting,
  settingsKey,
} from '../core';
import type { IgnoreEntry } from '../core';

/** The keys shared by VS Code settings (`gongwen.*`) and `.gongwenrc.json`. */
export interface GongwenSettings {
  rules?: Record<string, RuleSetting>;
  placeholder?: string;
  year?: number | null;
  fixedPhrases?: string[];
  /** A rule's own settings, under its id in camelCase (repeatedPhrase.nearMinChars): read for the rules that declare them. */
  [ruleKey: string]: unknown;
  /** Extra segmenter dictionaries (local place and unit names), jieba's `word [freq] [tag]` lines. */
  userDictionary?: string[];
  ignore?: IgnoreEntry[];
  /** What fix-all may apply: also fixes that change content (a doubled clause, a duplicate paragraph). */
  fixAll?: { contentChanges?: boolean };
  /** Check while typing (after `debounce` ms) or only on save. */
  run?: 'onType' | 'onSave';
  debounce?: number;
  /** Which files are reports (globs, matched against the path); default: every .txt and .md. */
  files?: string[];
  /** The Word export and preview: font family per role, level-3 headings bold. */
  export?: { fonts?: Partial<LayoutStyle['fonts']>; level3Bold?: boolean };
}

/** Settings of the host rather than of the rules. */
export interface HostSettings {
  run: 'onType' | 'onSave';
  debounce: number;
  files: string[];
  userDictionary: string[];
}

export const DEFAULT_FILES = ['**/*.txt', '**/*.md', '**/*.markdown'];

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

/** Reads a `.gongwenrc.json` as readRcFile does, its dictionary paths made absolute (relative ones are relative to that file). */
export function readRcSettings(file: string | undefined): { settings: GongwenSettings; error?: string } {
  const rc = readRcFile(file);
  const dicts = rc.settings.userDictionary;
  if (file && Array.isArray(dicts)) {
    rc.settings = {
      ...rc.settings,
      userDictionary: dicts.filter((d) => typeof d === 'string').map((d) => path.resolve(path.dirname(file), d)),
    };
  }
  return rc;
}

/** The CLI's user dictionaries for a file: those the nearest `.gongwenrc.json` names, as absolute paths. */
export function userDictionariesFor(file: string): string[] {
  return toHostSettings(readRcSettings(findRcFile(path.dirname(file))).settings).userDictionary;
}

/** Merges settings layers (later wins) over the defaults; the rules' own settings of `rules` are read too. */
export function toOptions(
  locale: RuleOptions['locale'],
  layers: readonly GongwenSettings[],
  rules: readonly Rule[] = RULES,
): RuleOptions {
  const o: RuleOptions = { ...DEFAULT_OPTIONS, locale, rules: {}, settings: {}, fixAll: { ...DEFAULT_OPTIONS.fixAll } };
  for (const s of layers) {
    for (const r of rules) {
      const given = r.settings && s[settingsKey(r.id)];
      if (given && typeof given === 'object') o.settings[r.id] = { ...o.settings[r.id], ...given };
    }
    if (s.rules) Object.assign(o.rules, s.rules);
    if (typeof s.placeholder === 'string' && s.placeholder) o.placeholder = s.placeholder;
    if (typeof s.year === 'number' && s.year > 1900) o.year = s.year;
    if (Array.isArray(s.fixedPhrases)) o.fixedPhrases = [...o.fixedPhrases, ...s.fixedPhrases];
    if (typeof s.fixAll?.contentChanges === 'boolean') o.fixAll.contentChanges = s.fixAll.contentChanges;
    if (Array.isArray(s.ignore))
      o.ignore = [
        ...o.ignore,
        ...s.ignore.filter((e) => e && typeof e.rule === 'string' && typeof e.text === 'string'),
      ];
  }
  return o;
}

/** The host settings from the same layers (later wins). */
export function toHostSettings(...layers: GongwenSettings[]): HostSettings {
  const h: HostSettings = { run: 'onType', debounce: 100, files: DEFAULT_FILES, userDictionary: [] };
  for (const s of layers) {
    if (s.run === 'onSave' || s.run === 'onType') h.run = s.run;
    if (typeof s.debounce === 'number' && s.debounce >= 0) h.debounce = s.debounce;
    if (Array.isArray(s.files) && s.files.length) h.files = s.files;
    if (Array.isArray(s.userDictionary)) h.userDictionary = [...h.userDictionary, ...s.userDictionary];
  }
  return h;
}

/** The layout style from the same layers (later wins); an empty font name keeps the default. */
export function toLayoutStyle(...layers: GongwenSettings[]): LayoutStyle {
  const style: LayoutStyle = { fonts: { ...DEFAULT_LAYOUT_STYLE.fonts }, level3Bold: DEFAULT_LAYOUT_STYLE.level3Bold };
  for (const s of layers) {
    const fonts = s.export?.fonts ?? {};
    for (const key of Object.keys(style.fonts) as Array<keyof LayoutStyle['fonts']>) {
      const f = fonts[key];
      if (typeof f === 'string' && f.trim()) style.fonts[key] = f.trim();
    }
    if (typeof s.export?.level3Bold === 'boolean') style.level3Bold = s.export.level3Bold;
  }
  return style;
}

/** Changes `.gongwenrc.json` in `dir` (creating it), keeping the keys it does not touch. */
export function updateRcFile(dir: string, change: (settings: GongwenSettings) => void): string {
  const file = path.join(dir, RC_FILE);
  const { settings, error } = readRcFile(fs.existsSync(file) ? file : undefined);
  if (error) throw new Error(error);
  change(settings);
  fs.writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
  return file;
}

/** A glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${re}$`, 'i');
}

/** True when `file` matches one of the globs. */
export function matchesFiles(file: string, globs: readonly string[]): boolean {
  const p = file.replace(/\\/g, '/');
  return globs.some((g) => globToRegExp(g).test(p));
}

/** The CLI's options for a file: defaults, then the nearest `.gongwenrc.json`. */
export function loadOptions(file: string, locale: RuleOptions['locale'] = cliLocale()): RuleOptions {
  return toOptions(locale, [readRcFile(findRcFile(path.dirname(file))).settings]);
}

/** The CLI's layout style for a file: defaults, then the nearest `.gongwenrc.json`. */
export function loadLayoutStyle(file: string): LayoutStyle {
  return toLayoutStyle(readRcFile(findRcFile(path.dirname(file))).settings);
}

/** Chinese unless the environment asks for English (LANG=en_US…, GONGWEN_LANG=en). */
export function cliLocale(): RuleOptions['locale'] {
  const lang = process.env.GONGWEN_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^en/i.test(lang) ? 'en' : 'zh-cn';
}
