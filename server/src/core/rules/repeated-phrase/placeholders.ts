// Runs of the document's placeholder: blanks marked for filling (【待填】【待填】【待填】) say nothing
// twice, so no repeat inside such a run is reported.

import { Span } from '../../model';

/** The spans of consecutive placeholders (blanks and punctuation between them allowed), in order. */
export function placeholderRuns(text: string, placeholder: string): Span[] {
  const runs: Span[] = [];
  if (!placeholder) return runs;
  for (let at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + placeholder.length)) {
    const last = runs[runs.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(text.slice(last.end, at))) last.end = at + placeholder.length;
    else runs.push({ start: at, end: at + placeholder.length });
  }
  return runs;
}
