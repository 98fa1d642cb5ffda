// Turning findings off without turning rules off: Markdown comment directives and the
// team's list of ignored findings (`ignore` in `.gongwenrc.json`, written by 忽略此处).

import { Finding } from './lib/findings';
import type { IgnoreEntry } from './lib/options';
import { ReportModel, Span } from './model';

export type { IgnoreEntry };

const CONTEXT = 8;
const DIRECTIVE = /<!--\s*gongwen-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/** The ignore entry that would silence exactly this finding. */
export function ignoreEntryFor(model: ReportModel, f: Finding): IgnoreEntry {
  return { rule: f.ruleId, text: model.text.slice(f.start, f.end), context: contextOf(model, f) };
}

function contextOf(model: ReportModel, span: Span): string {
  const line = model.lines.find((l) => l.start <= span.start && span.start <= l.end) ?? {
    start: 0,
    end: model.text.length,
  };
  return model.text.slice(Math.max(line.start, span.start - CONTEXT), Math.min(line.end, span.end + CONTEXT));
}

interface Disabled extends Span {
  /** Rules turned off here; empty means all. */
  rules: string[];
}

/** Spans turned off by `<!-- gongwen-disable … -->` directives (Markdown only). */
export function disabledSpans(model: ReportModel): Disabled[] {
  if (model.format !== 'markdown') return [];
  const out: Disabled[] = [];
  const open = new Map<string, number>(); // rule ('' = all) -> start offset
  for (const m of model.text.matchAll(DIRECTIVE)) {
    const rules = m[2]
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const at = m.index!;
    if (m[1] === 'disable-next-line') {
      const i = model.lines.findIndex((l) => l.start <= at && at <= l.end);
      let next = i + 1;
      while (next < model.lines.length && model.lines[next].start === model.lines[next].end) next++;
      if (next < model.lines.length) out.push({ start: model.lines[next].start, end: model.lines[next].end, rules });
    } else if (m[1] === 'disable') {
      for (const r of rules.length ? rules : ['']) if (!open.has(r)) open.set(r, at);
    } else {
      const closing = rules.length ? rules : [...open.keys()];
      for (const r of closing) {
        const start = open.get(r);
        if (start === undefined) continue;
        out.push({ start, end: at, rules: r ? [r] : [] });
        open.delete(r);
      }
    }
  }
  for (const [r, start] of open) out.push({ start, end: model.text.length, rules: r ? [r] : [] });
  return out;
}

/** The findings left after directives and ignore entries. */
export function suppress(model: ReportModel, findings: Finding[], ignore: readonly IgnoreEntry[]): Finding[] {
  const spans = disabledSpans(model);
  if (spans.length === 0 && ignore.length === 0) return findings;
  return findings.filter((f) => {
    if (
      spans.some((s) => s.start <= f.start && f.start <= s.end && (s.rules.length === 0 || s.rules.includes(f.ruleId)))
    )
      return false;
    return !ignore.some(
      (e) =>
        e.rule === f.ruleId &&
        e.text === model.text.slice(f.start, f.end) &&
        (e.context === undefined || e.context === contextOf(model, f)),
    );
  });
}
