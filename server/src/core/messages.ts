// User-facing messages of the core, in Chinese and English. Rules call `t(key, ...args)`;
// `{0}`, `{1}` are replaced by the arguments.

import { RuleOptions } from './rules/types';

export type Translate = (key: string, ...args: Array<string | number>) => string;

/** English text for each message key; the Chinese text is the key's entry in `zh`. */
const en: Record<string, string> = {};
const zh: Record<string, string> = {};

/** Adds messages (each key with its Chinese and English text); rules register theirs at load. */
export function defineMessages(messages: Record<string, { zh: string; en: string }>): void {
  for (const [key, m] of Object.entries(messages)) {
    zh[key] = m.zh;
    en[key] = m.en;
  }
}

/** A translator for the locale; unknown keys come back as themselves. */
export function translator(locale: RuleOptions['locale']): Translate {
  const table = locale === 'en' ? en : zh;
  return (key, ...args) => (table[key] ?? zh[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

defineMessages({
  ruleCrashed: { zh: '规则 {0} 出错，已跳过：{1}', en: 'Rule {0} failed and was skipped: {1}' },
  fixAllOfRule: { zh: '修复本文件中所有 {0} 问题', en: 'Fix all {0} problems in this file' },
  fixAllSafe: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },
  ignoreHere: { zh: '忽略此处（记入 .gongwenrc.json）', en: 'Ignore this finding (recorded in .gongwenrc.json)' },
  disableRule: { zh: '在工作区停用规则 {0}', en: 'Turn off rule {0} for the workspace' },
  markAllBlanks: { zh: '用占位符标记所有空白', en: 'Mark all blanks with the placeholder' },
  fillValueNeedsValue: { zh: '请提供要填入的数值', en: 'A value to fill in is required' },
});
