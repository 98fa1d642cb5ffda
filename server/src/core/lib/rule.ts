// What a rule is: a self-describing object (id, names, doc, tags, default severity, the options it
// reads, its own messages and a check), made with defineRule. A rule reports through its context only
// (`ctx.report`), which also carries the fix builders, the corpus tables, the draft's period and the
// rule's state: memos the runner owns, scoped to the rule and keyed by what its findings depend on.

import { Message, say } from '../messages';
import { Paragraph, ReportModel, ReportPeriod, Span } from '../model';
import { excerpt } from '../text';
import { Edit, Fix, Related, RuleSetting, Severity } from './findings';
import { RuleOptions } from './options';
import { CorpusTables } from './tables';

/** What a rule is about: `slot` marks the rules whose findings are blanks to fill (missing-number, placeholder). */
export type RuleTag = 'slot' | 'structure' | 'repeat' | 'hygiene' | 'fixable' | 'period';

/** A text in the two languages of the user interface, keyed by settings locale. */
export interface LocaleText {
  'zh-cn': string;
  en: string;
}

export type MessageArgs = ReadonlyArray<string | number>;

/** An option shared by several rules that a rule may declare it reads (the locale is always read). */
export type OptionKey = Exclude<keyof RuleOptions, 'locale' | 'rules' | 'ignore' | 'settings'>;

/**
 * A setting of one rule, declared in the rule: `gongwen.<key>.<name>` in VS Code and `<key>.<name>` in
 * `.gongwenrc.json`, where the key is the rule id in camelCase (repeated-phrase → repeatedPhrase). The
 * host reads it, the docs script writes its schema, `ctx.settings` holds its value.
 */
export interface SettingSpec {
  default: number | boolean | string;
  /** The least value a number may take. */
  minimum?: number;
  doc: LocaleText;
}

/** A rule's declared settings. */
export type SettingSpecs = Record<string, SettingSpec>;

/** The values of declared settings, typed by their defaults (any rule's, when the rule is not known). */
export type SettingValues<S extends SettingSpecs> = string extends keyof S
  ? any // eslint-disable-line @typescript-eslint/no-explicit-any
  : {
      readonly [N in keyof S]: S[N]['default'] extends number
        ? number
        : S[N]['default'] extends boolean
          ? boolean
          : string;
    };

/** The settings key of a rule: its id in camelCase. */
export const settingsKey = (ruleId: string): string => ruleId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A rule's settings for `options`: the user's values where valid, else the declared defaults. */
export function settingValues<S extends SettingSpecs>(
  rule: { id: string; settings?: S },
  options: RuleOptions,
): SettingValues<S> {
  const given = options.settings[rule.id] ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.settings ?? {})) {
    const v = given[name];
    const ok =
      typeof v === typeof spec.default && (typeof v !== 'number' || spec.minimum === undefined || v >= spec.minimum);
    out[name] = ok ? v : spec.default;
  }
  return out as SettingValues<S>;
}

export interface Rule<
  K extends string = string,
  O extends OptionKey = OptionKey,
  S extends SettingSpecs = SettingSpecs,
> {
  /** The file name, the diagnostic code, the CLI's `rule` and the settings key. */
  id: string;
  /** Shown to users: 缺少数字 / Missing number. */
  name: LocaleText;
  /** One line: what it finds (README table, settings schema). */
  doc: LocaleText;
  tags: readonly RuleTag[];
  defaultSeverity: RuleSetting;
  /** Needs the segmenter's tokens; skipped until they are ready. */
  needsTokens: boolean;
  /** The shared options the rule reads besides the locale: `ctx.options` holds only these, and the rule's memos are keyed by them. */
  reads?: readonly O[];
  /** The rule's own settings (`ctx.settings`); its memos are keyed by their values too. */
  settings?: S;
  /** The rule's own messages; `ctx.t` takes only these keys. */
  messages: Record<K, Message>;
  /** Reports its findings through `ctx.report`. */
  check(model: ReportModel, ctx: RuleContext<K, O, S>): void;
}

/** Options of a fix builder: a title other than the default one, whether the fix is certainly right (default: not), and whether it changes what the report says (see Fix). */
export interface FixOptions {
  title?: string;
  safe?: boolean;
  changesContent?: boolean;
}

/** The default fix titles, shared by every rule. */
const FIX_TITLES = {
  replace: { zh: '改为「{0}」', en: 'Change to "{0}"' },
  remove: { zh: '删除「{0}」', en: 'Delete "{0}"' },
  insert: { zh: '插入「{0}」', en: 'Insert "{0}"' },
} satisfies Record<string, Message>;

/** Builds fixes as data (textlint's fixer): one edit each, with a default title from FIX_TITLES. */
export interface Fixer {
  /** Writes `newText` over `span`. */
  replace(span: Span, newText: string, opts?: FixOptions): Fix;
  /** Deletes `span`. */
  remove(span: Span, opts?: FixOptions): Fix;
  /** Inserts `text` at offset `at`. */
  insert(at: number, text: string, opts?: FixOptions): Fix;
  /** The default title of a kind of fix, for a fix of several edits built by hand. */
  title(kind: keyof typeof FIX_TITLES, text: string): string;
}

/** Extra fields of a reported finding. */
export interface ReportExtra {
  severity?: Severity;
  related?: Related[];
}

/** How a paragraph's findings are kept by the runner (see RuleContext.eachParagraph). */
export interface ParagraphScope {
  /** The findings depend on the paragraph's tokens (where they lie and their tags). */
  tokens?: boolean;
  /** How many characters either side of the paragraph they may depend on (default 16). */
  around?: number;
  /** What else they depend on, when the same for every paragraph of this analysis (e.g. a document-wide fact). */
  also?: string;
}

/** A memo of one rule's own, scoped by the runner: nothing another rule or another setting stored is seen. */
export interface RuleMemo<T> {
  /** The value stored for `text` in `context`, if any. */
  get(text: string, context?: string): T | undefined;
  /** Stores `value` for `text` in `context`. */
  set(text: string, context: string, value: T): void;
}

/** What a rule receives besides the model. */
export interface RuleContext<
  K extends string = string,
  O extends OptionKey = never,
  S extends SettingSpecs = SettingSpecs,
> {
  /** The locale and the options the rule declared in `reads`. */
  options: Pick<RuleOptions, O | 'locale'>;
  /** The values of the rule's own settings. */
  settings: SettingValues<S>;
  /** The severity this rule runs at (its default or the user's setting). */
  severity: Severity;
  /** The rule's message `key` in the user's language, `{0}`… filled with `args`. */
  t(key: K, ...args: Array<string | number>): string;
  /** Reports a finding over `span` with the message `key`. */
  report(span: Span, key: K, args?: MessageArgs, fixes?: Fix[], extra?: ReportExtra): void;
  fix: Fixer;
  /** Corpus-derived tables the host loaded (possibly none). */
  tables: CorpusTables;
  /** The draft's period (model.period with the year setting applied); undefined when no year is known. */
  period: ReportPeriod | undefined;
  /**
   * Runs `check` on every prose paragraph (or those given) whose findings are not kept yet: what it
   * reports is kept by the runner under the paragraph's text, its surroundings (`scope`) and the rule's
   * settings, and reported again (moved) while they stay the same, so an edit re-checks one paragraph.
   * `check` must report within the paragraph and depend on nothing else.
   */
  eachParagraph(check: (p: Paragraph) => void, scope?: ParagraphScope, paragraphs?: readonly Paragraph[]): void;
  /**
   * A document-wide pass made incremental: what each prose paragraph contributes (anything, relative to
   * the paragraph's start) is made by `make` once per paragraph text and `context`, and kept by the runner
   * under `name`; the pass merges the contributions, in document order.
   */
  contributions<T>(
    name: string,
    make: (p: Paragraph) => T,
    context?: (p: Paragraph) => string,
  ): Array<{ paragraph: Paragraph; own: T }>;
  /**
   * A memo of the rule's own (by `name`), kept with the document and scoped to the rule and its
   * settings; `limit`: how many entries it keeps (a memo of whole texts should keep one or two).
   */
  memo<T>(name: string, limit?: number): RuleMemo<T>;
}

/** Declares a rule; the message keys become the type of `ctx.t`'s key, the options it reads the type of `ctx.options`. */
export function defineRule<K extends string, O extends OptionKey = never, S extends SettingSpecs = SettingSpecs>(
  rule: Rule<K, O, S>,
): Rule<K, O, S> {
  return rule;
}

/** The fix builders for one text and locale. */
export function fixer(text: string, locale: RuleOptions['locale']): Fixer {
  const title = (kind: keyof typeof FIX_TITLES, s: string) => say(FIX_TITLES[kind], locale, [s]);
  const make = (edit: Edit, opts: FixOptions | undefined, fallback: () => string): Fix => ({
    title: opts?.title ?? fallback(),
    edits: [edit],
    safe: opts?.safe ?? false,
    ...(opts?.changesContent ? { changesContent: true } : {}),
  });
  return {
    replace: (span, newText, opts) =>
      make({ start: span.start, end: span.end, newText }, opts, () => title('replace', newText)),
    remove: (span, opts) =>
      make({ start: span.start, end: span.end, newText: '' }, opts, () =>
        title('remove', excerpt(text.slice(span.start, span.end))),
      ),
    insert: (at, s, opts) => make({ start: at, end: at, newText: s }, opts, () => title('insert', s)),
    title,
  };
}
