// The document's placeholder: blanks marked for filling say nothing twice, so no repeat that takes
// in a blank is reported (项目【待填】个，总投资【待填】亿元 twice is two lines of figures still to come),
// nor one inside a run of them (【待填】【待填】【待填】).

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

/** True when [start, end) overlaps one of the sorted runs. */
export function touchesRun(runs: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= start) lo = mid + 1;
    else if (runs[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
