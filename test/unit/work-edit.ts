// The edit the work-count test and `npm run bench -- work` both meter: one character typed in the
// middle of a prose paragraph near the middle of the text, after a first analysis warmed the caches.

import { Analysis, AnalysisCaches, analyze, parseReport, RuleOptions, WorkMeter } from '../../server/src/core';
import type { Segmenter } from '../../server/src/core/model';
import { corpusTables } from '../../server/src/host/tables';

export interface MeteredEdit {
  edited: string;
  /** The edited paragraph's length. */
  paragraph: number;
  meter: WorkMeter;
  analysis: Analysis;
}

export function meteredEdit(text: string, segmenter: Segmenter, options: RuleOptions): MeteredEdit {
  const caches = new AnalysisCaches();
  const tables = corpusTables();
  const first = parseReport(text, { segmenter, caches });
  analyze(first, options, { caches, tables });
  // A body paragraph of some length near the middle, not a heading.
  const middle = first.paragraphs.findIndex((p) => p.start >= text.length / 2);
  const target = first.paragraphs.slice(middle).find((p) => !p.heading && !p.verbatim && p.text.length >= 60)!;
  const at = target.start + Math.floor(target.text.length / 2);
  const edited = text.slice(0, at) + '的' + text.slice(at);
  const meter: WorkMeter = new Map();
  const analysis = analyze(parseReport(edited, { segmenter, caches, meter }), options, { caches, tables, meter });
  return { edited, paragraph: target.text.length + 1, meter, analysis };
}
