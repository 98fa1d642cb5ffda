// Fix-all for the editor: the core's loop (fixAllAsync: every round of safe fixes, re-checked, folded
// into one set of edits on the text the editor has, so a second fix-all finds nothing) over the
// server's check of a text: parsed, its tokens from the segmenter (in process, or completed by the
// worker once it is ready), analysed with the document's rules, options and caches.

import {
  AnalysisCaches,
  analyze,
  Edit,
  FixAccept,
  Finding,
  fixAllAsync,
  parseReport,
  ReportModel,
  Rule,
  RuleOptions,
  Segmenter,
} from '../core';
import { corpusTables } from './tables';

/** What fix-all needs of a segmenter (WorkerSegmenter is one; an in-process segmenter with `ready: false` too). */
export interface RoundSegmenter {
  segment: Segmenter;
  ready: boolean;
  complete(model: ReportModel, caches?: AnalysisCaches): Promise<ReportModel>;
}

/** How the document is checked between rounds, and which fixes apply. */
export interface FixAllSetup {
  format: 'plain' | 'markdown';
  segmenter: RoundSegmenter;
  options: RuleOptions;
  rules: readonly Rule[];
  caches: AnalysisCaches;
  /** fix-all: fixAllAccepts of the settings; marking blanks: the blanks'. */
  accept: FixAccept;
}

/** The edits, on `text`, of every fix-all round; `first` are the findings of `text` itself (the caller has them). */
export async function fixAllEdits(text: string, first: readonly Finding[], setup: FixAllSetup): Promise<Edit[]> {
  const { format, segmenter, options, rules, caches, accept } = setup;
  const check = async (t: string) => {
    const parsed = parseReport(t, { format, segmenter: segmenter.segment, caches });
    const model = segmenter.ready ? await segmenter.complete(parsed, caches) : parsed;
    return analyze(model, options, { rules, caches, tables: corpusTables() }).findings;
  };
  return (await fixAllAsync(text, check, { first, accept })).edits;
}
