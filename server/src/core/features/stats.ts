// Report statistics for the 统计 command: counts a drafter asks about, and section lengths.

import { Finding } from '../lib/findings';
import { isReportHeading } from '../lib/headings/levels';
import type { Rule } from '../lib/rule';
import type { Locale } from '../messages';
import { ReportModel, Span } from '../model';
import { LineIndex, visibleLength } from '../text';
import { SLOT_RULES } from './fixes';
import { toRange } from './symbols';

export interface ReportStats {
  /** Characters without whitespace, as word processors count 字数. */
  characters: number;
  paragraphs: number;
  /** The report's headings per level: [一、, （一）, 1., （1）] (a quoted regulation's structure and items not counted). */
  headings: [number, number, number, number];
  items: number;
  blanks: number;
  findingsPerRule: Record<string, number>;
  /** The top-level sections with their lengths (characters without whitespace). */
  sections: Array<{ name: string; characters: number }>;
}

/** Counts characters other than blanks in a span (字数). */
export function countCharacters(text: string, span: Span = { start: 0, end: text.length }): number {
  return visibleLength(text, span.start, span.end);
}

/** The statistics of a report and its findings. */
export function getStats(model: ReportModel, findings: readonly Finding[]): ReportStats {
  const headings: ReportStats['headings'] = [0, 0, 0, 0];
  for (const h of model.allHeadings) if (isReportHeading(h)) headings[h.level - 1]++;
  const findingsPerRule: Record<string, number> = {};
  for (const f of findings) findingsPerRule[f.ruleId] = (findingsPerRule[f.ruleId] ?? 0) + 1;
  return {
    characters: countCharacters(model.text),
    paragraphs: model.paragraphs.filter((p) => !p.verbatim).length,
    headings,
    items: model.items.length,
    blanks: findings.filter((f) => SLOT_RULES.includes(f.ruleId)).length,
    findingsPerRule,
    sections: model.headings.map((h) => ({
      name: `${h.marker.text}${h.title.text}`,
      characters: countCharacters(model.text, h.section),
    })),
  };
}

/** What the findings view and the statistics page need beside the diagnostics. */
export interface FindingsContext {
  /** Rule id → its name in the user's language (缺少数字). */
  ruleNames: Record<string, string>;
  /** The top-level sections, as getStats lists them: name and whole section as an LSP range. */
  sections: Array<{ name: string; range: ReturnType<typeof toRange> }>;
}

/** The rule names and top-level sections of a report. */
export function getFindingsContext(
  model: ReportModel,
  index: LineIndex,
  rules: readonly Rule[],
  locale: Locale,
): FindingsContext {
  return {
    ruleNames: Object.fromEntries(rules.map((r) => [r.id, r.name[locale]])),
    sections: model.headings.map((h) => ({
      name: `${h.marker.text}${h.title.text}`,
      range: toRange(index, h.section),
    })),
  };
}
