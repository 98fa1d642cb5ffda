// The runner's side of a rule: the context a rule checks in. The runner owns the rule's state — the
// memos kept with the document, scoped to the rule and keyed by what its findings depend on (severity,
// locale, the options the rule declares it reads, the tables) — so no rule builds a cache key by hand,
// and a change of any of these can never return a stale finding. It also counts the work each rule
// does (paragraphs and characters computed anew), for the test that keeps every edit cheap.

import { say } from '../messages';
import { Paragraph, ReportModel } from '../model';
import { periodWith } from '../parse/period';
import { RawFinding, Severity } from './findings';
import { AnalysisCaches, paragraphContext, shiftFinding } from './memo';
import { RuleOptions } from './options';
import { fixer, OptionKey, ParagraphScope, Rule, RuleContext, RuleMemo, settingValues, SettingSpecs } from './rule';
import { CorpusTables } from './tables';

/** What one rule computed anew in one analysis: paragraphs (or texts) not found in its memos, and their characters. */
export interface RuleWork {
  paragraphs: number;
  chars: number;
}

/** Work per rule id, filled by the runner when the analysis is given one. */
export type WorkMeter = Map<string, RuleWork>;

/**
 * The key of everything a rule's findings depend on besides the text: its severity, locale, declared
 * options, the tables, and the year setting (through ctx.period).
 */
function scopeOf(rule: Rule, options: RuleOptions, severity: Severity, tables: CorpusTables): string {
  const read: Record<string, unknown> = { '': settingValues(rule, options) };
  for (const k of rule.reads ?? []) read[k] = options[k];
  return `${severity}\u0001${options.locale}\u0001${JSON.stringify(read)}\u0001${tables.version}\u0001${options.year ?? ''}`;
}

/** The options a rule may see: the locale and what it declared. */
function declared<O extends OptionKey>(
  rule: { reads?: readonly O[] },
  options: RuleOptions,
): Pick<RuleOptions, O | 'locale'> {
  const out: Partial<RuleOptions> = { locale: options.locale };
  for (const k of rule.reads ?? []) (out as Record<string, unknown>)[k] = options[k];
  return Object.freeze(out) as Pick<RuleOptions, O | 'locale'>;
}

/** The context `rule` checks `model` in; what it reports goes to `sink`. */
export function ruleContext<K extends string, O extends OptionKey, S extends SettingSpecs>(
  rule: Rule<K, O, S>,
  model: ReportModel,
  options: RuleOptions,
  severity: Severity,
  caches: AnalysisCaches,
  tables: CorpusTables,
  sink: RawFinding[],
  meter?: WorkMeter,
): RuleContext<K, O, S> {
  const t = (key: K, ...args: Array<string | number>) => say(rule.messages[key], options.locale, args);
  const scope = scopeOf(rule as unknown as Rule, options, severity, tables);
  let work: RuleWork | undefined;
  const count = (chars: number) => {
    if (!meter) return;
    work ??= meter.get(rule.id) ?? { paragraphs: 0, chars: 0 };
    meter.set(rule.id, work);
    work.paragraphs++;
    work.chars += chars;
  };
  let passes = 0;
  const ctx: RuleContext<K, O, S> = {
    options: declared(rule, options),
    settings: settingValues(rule, options),
    severity,
    t,
    report(span, key, args = [], fixes = [], extra = {}) {
      const f: RawFinding = { start: span.start, end: span.end, message: t(key, ...args), fixes };
      if (extra.severity) f.severity = extra.severity;
      if (extra.related) f.related = extra.related;
      sink.push(f);
    },
    fix: fixer(model.text, options.locale),
    tables,
    period: periodWith(model.period, options.year),
    eachParagraph(check, opts: ParagraphScope = {}, paragraphs = model.paragraphs) {
      const memo = caches.memo<RawFinding[]>(`${rule.id}/paragraphs${passes++ ? `#${passes}` : ''}`);
      const around = opts.around ?? 16;
      const key = opts.also === undefined ? scope : `${scope}\u0001${opts.also}`;
      for (const p of paragraphs) {
        if (p.verbatim) continue;
        const context = paragraphContext(model, p, opts.tokens ?? false, around);
        const kept = memo.get(key, p.text, context);
        if (kept) {
          for (const f of kept) sink.push(shiftFinding(f, p.start));
          continue;
        }
        count(p.text.length);
        const from = sink.length;
        check(p);
        memo.set(
          key,
          p.text,
          context,
          sink.slice(from).map((f) => shiftFinding(f, -p.start)),
        );
      }
    },
    contributions<T>(name: string, make: (p: Paragraph) => T, context: (p: Paragraph) => string = () => '') {
      const memo = caches.memo<T>(`${rule.id}/${name}`);
      const out: Array<{ paragraph: Paragraph; own: T }> = [];
      for (const p of model.paragraphs) {
        if (p.verbatim) continue;
        const c = context(p);
        let own = memo.get(scope, p.text, c);
        if (own === undefined) {
          count(p.text.length);
          memo.set(scope, p.text, c, (own = make(p)));
        }
        out.push({ paragraph: p, own });
      }
      return out;
    },
    memo<T>(name: string, limit?: number): RuleMemo<T> {
      const memo = caches.memo<T>(`${rule.id}/${name}`, limit);
      return {
        get(text, context = '') {
          const v = memo.get(scope, text, context);
          if (v === undefined) count(text.length);
          return v;
        },
        set: (text, context, value) => memo.set(scope, text, context, value),
      };
    },
  };
  return ctx;
}
