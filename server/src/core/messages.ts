// User-facing messages of the host features (code actions, commands), in Chinese and English.
// Each rule keeps its own messages (see lib/rule.ts); `{0}`, `{1}` are replaced by the arguments.

export type Locale = 'zh-cn' | 'en';

/** A message in both languages. */
export interface Message {
  zh: string;
  en: string;
}

/** `template` with `{0}`, `{1}` … replaced by `args`. */
export function fill(template: string, args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The text of `m` in `locale`, filled with `args`. */
export function say(m: Message, locale: Locale, args: ReadonlyArray<string | number> = []): string {
  return fill(locale === 'en' ? m.en : m.zh, args);
}

const HOST_MESSAGES = {
  fixAllOfRule: { zh: '修复本文件中所有“{0}”问题', en: 'Fix all "{0}" problems in this file' },
  fixAllSafe: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },
  ignoreHere: { zh: '忽略此处（记入 .gongwenrc.json）', en: 'Ignore this finding (recorded in .gongwenrc.json)' },
  disableRule: { zh: '在工作区停用规则“{0}”', en: 'Turn off rule "{0}" for the workspace' },
  markAllBlanks: { zh: '用占位符标记所有空白', en: 'Mark all blanks with the placeholder' },
  fillValueNeedsValue: { zh: '请提供要填入的数值', en: 'A value to fill in is required' },
  notListed: {
    zh: '“{0}”另有 {1} 处未列出（共 {2} 处）：先处理已列出的，或用 gongwen check 查看全部',
    en: '{1} more "{0}" findings not listed ({2} in all): deal with those listed first, or run gongwen check to see them all',
  },
  segmenterUnavailable: {
    zh: '分词词典未能加载，无法查找待填处，未导出',
    en: "The segmenter's dictionary did not load: blanks cannot be found, not exported",
  },
} satisfies Record<string, Message>;

export type HostMessage = keyof typeof HOST_MESSAGES;
export type Translate = (key: HostMessage, ...args: Array<string | number>) => string;

/** A translator of one table of messages (the host's, the CLI's) for the locale. */
export function translatorOf<K extends string>(
  table: Record<K, Message>,
  locale: Locale,
): (key: K, ...args: Array<string | number>) => string {
  return (key, ...args) => say(table[key], locale, args);
}

/** A translator of the host messages for the locale. */
export function translator(locale: Locale): Translate {
  return translatorOf(HOST_MESSAGES, locale);
}
