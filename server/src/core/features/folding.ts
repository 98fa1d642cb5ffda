// Folding ranges for every section and every item that spans more than one line.

import { FoldingRange } from 'vscode-languageserver-types';
import { ReportModel, Span } from '../model';
import { LineIndex } from '../text';

/** A folding range per heading section and per multi-line item. */
export function getFoldingRanges(model: ReportModel, index: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span) => {
    const startLine = index.positionAt(span.start).line;
    const endLine = index.positionAt(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  for (const h of model.allHeadings) add(h.section);
  for (const item of model.items) add(item.section);
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
