// The runner's side of a rule: the context a rule checks in. The runner owns the rule's state — the
// memos kept with the document, scoped to the rule and keyed by what its findings depend on (severity,
// locale, the options the rule declares it reads, the tables) — so no rule builds a cache key by hand,
// and a change of any of these can never return a stale finding. It also counts the work each rule
// does (paragraphs and characters computed anew), for the test that keeps every edit cheap.

import { say } from '../messages';
import { Paragraph, ReportModel } from '../model';
import { periodWith } from '../parse/period';
import { RawFinding, Severity } from './findings';
import { AnalysisCaches, KEPT_CONTEXT, paragraphContext, shiftFinding } from './memo';
import { cameFrom, originIn, paragraphIndex, SAME_AROUND, SAME_TOKENS } from '../parse/parts';
import { RuleOptions } from './options';
import { fixer, OptionKey, ParagraphScope, Rule, RuleContext, RuleMemo, settingValues, SettingSpecs } from './rule';
import { CorpusTables } from './tables';
import { RuleWork, WorkMeter, workOf } from './work';

export type { RuleWork, WorkMeter } from './work';

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

/**
 * Where a metered rule is: inside the computation of one paragraph (its reads are counted with it),
 * inside a computation after a miss of its own memo (counted with the miss: 'all'), or outside.
 */
interface Metering {
  work: RuleWork;
  inside: Paragraph | 'all' | undefined;
  /** The real paragraph behind each one the rule sees. */
  real: WeakMap<Paragraph, Paragraph>;
}

/** The reads of a paragraph that cost its characters: its text and what was made of it. */
const PARAGRAPH_READS = new Set<PropertyKey>(['text', 'tokens', 'sentences']);

/**
 * The model a metered rule sees: the same values, but reading `model.text` or a paragraph's text,
 * tokens or sentences outside a computation the runner counted costs characters (see lib/work.ts).
 */
function meteredModel(model: ReportModel, m: Metering): ReportModel {
  const paragraphs = model.paragraphs.map((p) => {
    const seen = new Proxy(p, {
      // The real paragraph is the receiver: its getters read its own private fields.
      get(target, key) {
        if (PARAGRAPH_READS.has(key) && m.inside !== 'all' && m.inside !== target) m.work.read += target.text.length;
        return Reflect.get(target, key);
      },
    });
    m.real.set(seen, p);
    return seen;
  });
  const view = { ...model, paragraphs };
  Object.defineProperty(view, 'text', {
    enumerable: true,
    get() {
      if (m.inside === undefined) {
        m.work.read += model.text.length;
        m.work.textReads++;
      }
      return model.text;
    },
  });
  return view;
}

/**
 * What a pass of a rule over the paragraphs gave each paragraph the last time it ran, by paragraph
 * index, for the next version of the document: a paragraph the parser only moved (its text and what
 * surrounds it as far as the pass looks are the same: parse/parts.ts Lineage) gets it again by index.
 */
interface Replay<T> {
  /** What paragraph `i` of the model gave the last time, if it is the same as it was (`need`: what must be). */
  get(i: number | undefined, need: number): T | undefined;
  /** Records what paragraph `i` gives. */
  set(i: number | undefined, value: T): void;
  /** Keeps what was recorded for the next version. */
  keep(): void;
}

interface Replayed<T> {
  paragraphs: readonly Paragraph[];
  key: string;
  values: Array<T | undefined>;
}

/** The replay of pass `name` (under `key`, looking `around` characters around each paragraph) over `model`. */
function replayOf<T>(
  caches: AnalysisCaches,
  name: string,
  model: ReportModel,
  key: string,
  around: number,
): Replay<T> | undefined {
  const paragraphs = model.paragraphs;
  if (paragraphs.length && paragraphIndex(paragraphs[0]) === undefined) return undefined; // made by hand
  const slot = `runner/${name}`;
  const last = caches.kept<Replayed<T>>(slot);
  const usable = last && last.key === key && around <= KEPT_CONTEXT && cameFrom(paragraphs, last.paragraphs);
  const values: Array<T | undefined> = new Array(paragraphs.length);
  return {
    get: (i, need) => {
      if (!usable || i === undefined) return undefined;
      const o = originIn(paragraphs, last.paragraphs, i, need);
      return o < 0 ? undefined : last.values[o];
    },
    set: (i, value) => {
      if (i !== undefined) values[i] = value;
    },
    keep: () => caches.keep<Replayed<T>>(slot, { paragraphs: model.paragraphs, key, values }),
  };
}

/** A rule's context and the model it checks (the metered view when `meter` is given). */
export interface RuleRun<K extends string, O extends OptionKey, S extends SettingSpecs> {
  ctx: RuleContext<K, O, S>;
  model: ReportModel;
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
): RuleRun<K, O, S> {
  const t = (key: K, ...args: Array<string | number>) => say(rule.messages[key], options.locale, args);
  const scope = scopeOf(rule as unknown as Rule, options, severity, tables);
  const m: Metering | undefined = meter && { work: workOf(meter, rule.id), inside: undefined, real: new WeakMap() };
  const seen = m ? meteredModel(model, m) : model;
  const real = (p: Paragraph) => m?.real.get(p) ?? p;
  const count = (chars: number) => {
    if (!m) return;
    m.work.paragraphs++;
    m.work.chars += chars;
  };
  /** Runs `f` as the computation of paragraph `p` (its reads are counted with it). */
  const within = <T>(p: Paragraph, f: () => T): T => {
    if (!m) return f();
    const outer = m.inside;
    m.inside = outer === 'all' ? 'all' : p;
    try {
      return f();
    } finally {
      m.inside = outer;
    }
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
    eachParagraph(check, opts: ParagraphScope = {}, paragraphs = seen.paragraphs) {
      const name = `${rule.id}/paragraphs${passes++ ? `#${passes}` : ''}`;
      const memo = caches.memo<RawFinding[]>(name);
      const around = opts.around ?? 16;
      const tokens = opts.tokens ?? false;
      const key = opts.also === undefined ? scope : `${scope}\u0001${opts.also}`;
      // What each paragraph gave the last time, by index: one that only moved gets it again without a lookup.
      const replay = replayOf<RawFinding[]>(caches, name, model, `${key}\u0002${tokens}`, around);
      const need = tokens ? SAME_AROUND | SAME_TOKENS : SAME_AROUND;
      for (const q of paragraphs) {
        const p = real(q);
        if (p.verbatim) continue;
        const i = paragraphIndex(p);
        let kept = replay?.get(i, need);
        let context: string | undefined;
        if (!kept) kept = memo.get(key, p.text, (context = paragraphContext(model, p, tokens, around)), true);
        if (!kept) {
          count(p.text.length);
          const from = sink.length;
          within(p, () => check(q));
          kept = sink.slice(from).map((f) => shiftFinding(f, -p.start));
          memo.set(key, p.text, context!, kept, true);
          sink.length = from;
        }
        replay?.set(i, kept);
        for (const f of kept) sink.push(shiftFinding(f, p.start));
      }
      replay?.keep();
    },
    contributions<T>(name: string, make: (p: Paragraph) => T, context: (p: Paragraph) => string = () => '') {
      const memo = caches.memo<T>(`${rule.id}/${name}`);
      const replay = replayOf<{ own: T; context: string }>(caches, `${rule.id}/${name}`, model, scope, 0);
      const out: Array<{ paragraph: Paragraph; own: T }> = [];
      for (const q of seen.paragraphs) {
        const p = real(q);
        if (p.verbatim) continue;
        const i = paragraphIndex(p);
        const c = context(q);
        const was = replay?.get(i, SAME_AROUND | SAME_TOKENS);
        let own = was && was.context === c ? was.own : memo.get(scope, p.text, c, 'text');
        if (own === undefined) {
          count(p.text.length);
          memo.set(scope, p.text, c, (own = within(p, () => make(q))), 'text');
        }
        replay?.set(i, { own, context: c });
        out.push({ paragraph: q, own });
      }
      replay?.keep();
      return out;
    },
    memo<T>(name: string, limit?: number): RuleMemo<T> {
      const memo = caches.memo<T>(`${rule.id}/${name}`, limit);
      let outer: Metering['inside'];
      return {
        get(text, context = '') {
          const v = memo.get(scope, text, context);
          if (v === undefined && m) {
            count(text.length);
            // What the rule computes until it stores the value is counted with this miss.
            if (m.inside !== 'all') outer = m.inside;
            m.inside = 'all';
          }
          return v;
        },
        set(text, context, value) {
          memo.set(scope, text, context, value);
          if (m?.inside === 'all') m.inside = outer;
        },
      };
    },
  };
  return { ctx, model: seen };
}
