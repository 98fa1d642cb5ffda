// Fix-all for the editor: every round of safe fixes at once. One round can leave work (two fixes on
// one span: the second waits; a renumbered marker makes the next heading's number wrong), so the
// server re-checks the fixed text, as `gongwen fix` does, and folds the rounds into one set of edits
// on the text the editor has: a second fix-all then finds nothing.

import {
  AnalysisCaches,
  analyze,
  applyEdits,
  closeShells,
  combinableFixes,
  composeEdits,
  nonOverlapping,
  Edit,
  FixAccept,
  Finding,
  parseReport,
  Rule,
  RuleOptions,
} from '../core';
import { WorkerSegmenter } from './segmenter';
import { corpusTables } from './tables';

const MAX_ROUNDS = 10;

/**
 * The edits, on `text`, of every fix-all round until nothing safe is left to fix (at most ten).
 * `first` are the findings of `text` itself (already known to the caller); `accept` picks the
 * fixes that apply (fix-all: fixAllAccepts of the settings; marking blanks: the blanks').
 */
export async function fixAllEdits(
  text: string,
  first: readonly Finding[],
  format: 'plain' | 'markdown',
  segmenter: WorkerSegmenter,
  options: RuleOptions,
  rules: readonly Rule[],
  caches: AnalysisCaches,
  accept: FixAccept,
): Promise<Edit[]> {
  let edits: Edit[] = [];
  let current = text;
  let findings = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = nonOverlapping(
      closeShells(
        current,
        combinableFixes(findings, accept).flatMap((f) => f.edits),
      ),
    );
    if (next.length === 0) break;
    edits = composeEdits(text, edits, next);
    current = applyEdits(current, next);
    if (round + 1 === MAX_ROUNDS) break;
    const parsed = parseReport(current, { format, segmenter: segmenter.segment, caches });
    const model = segmenter.ready ? await segmenter.complete(parsed, caches) : parsed;
    findings = analyze(model, options, { rules, caches, tables: corpusTables() }).findings;
  }
  return edits;
}
