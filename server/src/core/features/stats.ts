// Report statistics for the 统计 command: counts a drafter asks about, and section lengths.

import { ReportModel, Span } from '../model';
import { Finding } from '../rules/types';
import { SLOT_RULES } from './fixes';

export interface ReportStats {
  /** Characters without whitespace, as word processors count 字数. */
  characters: number;
  paragraphs: number;
  /** Headings per level: [一、, （一）, 1., （1）]. */
  headings: [number, number, number, number];
  items: number;
  blanks: number;
  findingsPerRule: Record<string, number>;
  /** The top-level sections with their lengths (characters without whitespace). */
  sections: Array<{ name: string; characters: number }>;
}

/** Counts characters other than whitespace (and zero-width marks) in a span. */
export function countCharacters(text: string, span: Span = { start: 0, end: text.length }): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    if (!/[\s\u3000\ufeff\u200b-\u200d\u2060]/.test(text[i])) n++;
  }
  return n;
}

/** The statistics of a report and its findings. */
export function getStats(model: ReportModel, findings: readonly Finding[]): ReportStats {
  const headings: ReportStats['headings'] = [0, 0, 0, 0];
  for (const h of model.allHeadings) headings[h.level - 1]++;
  const findingsPerRule: Record<string, number> = {};
  for (const f of findings) findingsPerRule[f.ruleId] = (findingsPerRule[f.ruleId] ?? 0) + 1;
  return {
    characters: countCharacters(model.text),
    paragraphs: model.paragraphs.filter((p) => !p.verbatim).length,
    headings,
    items: model.items.length,
    blanks: findings.filter((f) => SLOT_RULES.includes(f.ruleId)).length,
    findingsPerRule,
    sections: model.headings.map((h) => ({ name: `${h.marker.text}${h.title.text}`, characters: countCharacters(model.text, h.section) })),
  };
}
