// The runs of a block: each character of the draft with its face and marks (strong, emphasis,
// blank), equal neighbours merged; Markdown's markup and a paragraph's line breaks are not drawn.

import { ReportModel, Span } from '../../model';

/** The typeface roles of the layout: the writer and the preview map them to font families. */
export type Face = 'title' | 'subtitle' | 'level1' | 'level2' | 'level3' | 'level4' | 'body';

export interface LayoutRun extends Span {
  text: string;
  face: Face;
  /** Markdown strong emphasis (`**…**`). */
  bold?: boolean;
  /** Markdown emphasis (`*…*`): Chinese documents mark it with dots below (着重号), not italics. */
  emphasis?: boolean;
  /** An unfilled blank (【待填】, a mask such as *万元): highlighted so it cannot go out unnoticed. */
  blank?: boolean;
}

export interface FaceSpan extends Span {
  face: Face;
}

/** The runs of `span`: each character gets its face and marks, equal neighbours merge. */
export function runsOf(
  model: ReportModel,
  span: Span,
  faces: readonly FaceSpan[],
  blanks: readonly Span[],
): LayoutRun[] {
  const { text } = model;
  const { start, end } = span;
  const n = end - start;
  const face: Face[] = new Array(n).fill('body');
  for (const f of faces) for (let i = f.start; i < f.end; i++) face[i - start] = f.face;
  const blank = new Array<boolean>(n).fill(false);
  for (const b of blanks) for (let i = Math.max(b.start, start); i < Math.min(b.end, end); i++) blank[i - start] = true;
  const shown: Array<string | undefined> = Array.from(text.slice(start, end).split(''));
  const bold = new Array<boolean>(n).fill(false);
  const emphasis = new Array<boolean>(n).fill(false);
  joinLines(shown);
  if (model.format === 'markdown') markInline(text.slice(start, end), shown, bold, emphasis, blank);
  const runs: LayoutRun[] = [];
  for (let i = 0; i < n; i++) {
    const ch = shown[i];
    if (ch === undefined) continue;
    const last = runs[runs.length - 1];
    // A hidden mark (** or a line break) ends a run, so a run's offsets never cover markup.
    const same =
      last &&
      last.end === start + i &&
      last.face === face[i] &&
      !!last.bold === bold[i] &&
      !!last.emphasis === emphasis[i] &&
      !!last.blank === blank[i];
    if (same) {
      last.text += ch;
      last.end = start + i + 1;
    } else {
      runs.push({
        start: start + i,
        end: start + i + 1,
        text: ch,
        face: face[i],
        ...(bold[i] && { bold: true }),
        ...(emphasis[i] && { emphasis: true }),
        ...(blank[i] && { blank: true }),
      });
    }
  }
  return runs;
}

/** A Markdown paragraph spans lines: the breaks (and the indentation after them) go; a space stays between Latin words. */
function joinLines(shown: Array<string | undefined>): void {
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] !== '\n' && shown[i] !== '\r') continue;
    let j = i;
    while (j < shown.length && /^[\s\u3000]$/.test(shown[j] ?? '')) j++;
    const before = shown[i - 1] ?? '';
    const after = shown[j] ?? '';
    const latin = /[A-Za-z0-9,.;:]/.test(before) && /[A-Za-z0-9]/.test(after);
    for (let k = i; k < j; k++) shown[k] = undefined;
    if (latin) shown[i] = ' ';
    // A quote or list prefix on a continuation line is Markdown, not text.
    const prefix = /^(?:>[ \t]?|[-*+][ \t]+)+/.exec(
      shown
        .slice(j, j + 8)
        .map((c) => c ?? '')
        .join(''),
    );
    if (prefix) for (let k = j; k < j + prefix[0].length; k++) shown[k] = undefined;
    i = j - 1;
  }
}

/** Strong (**…**, __…__) and emphasis (*…*, _…_), inline code and links; a `*` that is a blank (a mask) is no markup. */
function markInline(
  s: string,
  shown: Array<string | undefined>,
  bold: boolean[],
  emphasis: boolean[],
  blank: boolean[],
): void {
  const isFree = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (blank[i] || shown[i] === undefined) return false;
    return true;
  };
  const apply = (
    re: RegExp,
    mark: boolean[] | undefined,
    open: (m: RegExpExecArray) => number,
    close: (m: RegExpExecArray) => number,
  ) => {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const a = m.index;
      const b = m.index + m[0].length;
      const o = open(m);
      const c = close(m);
      if (!isFree(a, a + o) || !isFree(b - c, b)) continue;
      for (let i = a; i < a + o; i++) shown[i] = undefined;
      for (let i = b - c; i < b; i++) shown[i] = undefined;
      if (mark) for (let i = a + o; i < b - c; i++) mark[i] = true;
    }
  };
  apply(
    /`([^`\n]+)`/g,
    undefined,
    () => 1,
    () => 1,
  );
  // [text](url): the text stays, the address goes.
  apply(
    /\[([^\]\n]+)\]\(([^)\s]*)\)/g,
    undefined,
    () => 1,
    (m) => m[2].length + 3,
  );
  apply(
    /(\*\*|__)(?=\S)([^\n]*?\S)\1/g,
    bold,
    () => 2,
    () => 2,
  );
  apply(
    /(?<![*_\w])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![*_\w])/g,
    emphasis,
    () => 1,
    () => 1,
  );
}
