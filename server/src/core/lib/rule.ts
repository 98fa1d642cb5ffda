// What a rule is: a self-describing object (id, names, doc, tags, default severity, its own messages
// and a check), made with defineRule. A rule reports through its context, which also carries the
// fix builders, the document's caches and the corpus tables.

import { Message, say } from '../messages';
import { ReportModel, Span } from '../model';
import { excerpt } from '../text';
import { Edit, Fix, RawFinding, Related, RuleSetting, Severity } from './findings';
import { AnalysisCaches } from './memo';
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

export interface Rule<K extends string = string> {
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
  /** The rule's own messages; `ctx.t` takes only these keys. */
  messages: Record<K, Message>;
  /** Returns findings and/or reports them through `ctx.report`. */
  check(model: ReportModel, ctx: RuleContext<K>): RawFinding[] | void;
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

/** What a rule receives besides the model. */
export interface RuleContext<K extends string = string> {
  options: RuleOptions;
  /** The severity this rule runs at (its default or the user's setting). */
  severity: Severity;
  /** The rule's message `key` in the user's language, `{0}`… filled with `args`. */
  t(key: K, ...args: Array<string | number>): string;
  /** Reports a finding over `span` with the message `key`. */
  report(span: Span, key: K, args?: MessageArgs, fixes?: Fix[], extra?: ReportExtra): void;
  fix: Fixer;
  /** The document's caches: memos that outlive one analysis. */
  caches: AnalysisCaches;
  /** Corpus-derived tables the host loaded (possibly none). */
  tables: CorpusTables;
}

/** Declares a rule; the message keys become the type of `ctx.t`'s key. */
export function defineRule<K extends string>(rule: Rule<K>): Rule<K> {
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

/** The context a rule runs in; reported findings go to `sink`. */
export function ruleContext<K extends string>(
  rule: Rule<K>,
  model: ReportModel,
  options: RuleOptions,
  severity: Severity,
  caches: AnalysisCaches,
  tables: CorpusTables,
  sink: RawFinding[],
): RuleContext<K> {
  const t = (key: K, ...args: Array<string | number>) => say(rule.messages[key], options.locale, args);
  return {
    options,
    severity,
    t,
    report(span, key, args = [], fixes = [], extra = {}) {
      const f: RawFinding = { start: span.start, end: span.end, message: t(key, ...args), fixes };
      if (extra.severity) f.severity = extra.severity;
      if (extra.related) f.related = extra.related;
      sink.push(f);
    },
    fix: fixer(model.text, options.locale),
    caches,
    tables,
  };
}
