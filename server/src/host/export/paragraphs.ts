// The laid-out blocks as Word paragraphs: a style by kind, the block's indents and alignment, and
// its runs cut at the composer's line ends, each piece carrying its line's spacing.

import { AlignmentType, IRunOptions, Paragraph, TextRun } from 'docx';
import { BODY, Face, LayoutBlock, LayoutLine, LayoutRun, LayoutStyle } from '../../core';

const STYLE: Record<LayoutBlock['kind'], string | undefined> = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: undefined,
  body: undefined,
  attachment: undefined,
  signature: 'Signature',
  date: 'Date',
};

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
} as const;

/** The face a paragraph style already gives its runs. */
function paragraphFace(b: LayoutBlock): Face {
  if (b.kind === 'title') return 'title';
  if (b.kind === 'subtitle') return 'subtitle';
  if (b.kind === 'heading') return (['level1', 'level2', 'level3', 'level4'] as const)[b.level! - 1];
  return 'body';
}

/** The font family of a face: the subtitle and speaker lines are set in the level-2 face (楷体). */
function fontOf(style: LayoutStyle, face: Face): string {
  return style.fonts[face === 'subtitle' ? 'level2' : face];
}

const font = (family: string) => ({ ascii: family, hAnsi: family, eastAsia: family, cs: family });

/** The Word paragraphs of the blocks, with the empty lines the layout puts before some of them. */
export function paragraphsOf(blocks: readonly LayoutBlock[], style: LayoutStyle): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    // The empty line stays with the block it stands before.
    if (b.gapBefore) out.push(new Paragraph({ keepNext: true, children: [] }));
    out.push(paragraphOf(b, style));
  }
  return out;
}

function paragraphOf(b: LayoutBlock, style: LayoutStyle): Paragraph {
  const children = linePieces(b).map(
    ({ run, text, line, first }) =>
      new TextRun({
        ...runOptions(run, text, paragraphFace(b), style),
        // The composer's spacing for this line, on top of the text's own (the title is not condensed).
        ...(line.adjust && { characterSpacing: (b.kind === 'title' ? 0 : BODY.spacing) + line.adjust }),
        // The title's lines end where the composer broke it by meaning.
        ...(first && b.kind === 'title' && line.start > 0 && { break: 1 }),
      }),
  );
  const own = STYLE[b.kind];
  const indented =
    b.kind === 'body' && !b.addressee && b.align !== 'center' && b.indent.left === 0 && b.indent.right === 0;
  return new Paragraph({
    ...(own && { style: own }),
    ...(b.kind === 'heading' && { style: `Heading${b.level}` }),
    ...(b.align !== 'justify' && b.kind !== 'title' && b.kind !== 'subtitle' && { alignment: ALIGN[b.align] }),
    // Body text takes Normal's two-character indent; every other indent is the layout's, in twips.
    ...(!indented &&
      b.kind !== 'heading' &&
      b.kind !== 'title' &&
      b.kind !== 'subtitle' && {
        indent: indentOf(b.indent),
      }),
    // A run-in heading is a paragraph of body text: it may part from the next and across pages.
    ...(b.kind === 'heading' && !b.keepNext && { keepNext: false, keepLines: false }),
    children,
  });
}

/** Word's indent: a hanging first line as `hanging`, a first line of 0 cleared of Normal's 2 characters. */
function indentOf(i: LayoutBlock['indent']) {
  return {
    ...(i.left && { left: i.left }),
    ...(i.right && { right: i.right }),
    ...(i.firstLine < 0 ? { hanging: -i.firstLine } : { firstLine: i.firstLine, firstLineChars: 0 }),
  };
}

interface Piece {
  run: LayoutRun;
  text: string;
  line: LayoutLine;
  /** The first piece of its line. */
  first: boolean;
}

/** The block's runs cut at its line ends. */
function linePieces(b: LayoutBlock): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  let li = 0;
  let lineStart = true;
  for (const run of b.runs) {
    let from = 0;
    while (from < run.text.length) {
      while (li < b.lines.length - 1 && at + from >= b.lines[li].end) {
        li++;
        lineStart = true;
      }
      const line = b.lines[li];
      const to = Math.min(run.text.length, line.end - at);
      pieces.push({ run, text: run.text.slice(from, to), line, first: lineStart });
      lineStart = false;
      from = to;
    }
    at += run.text.length;
  }
  return pieces;
}

/** A run's look: only what differs from its paragraph's style is written on the run. */
function runOptions(r: LayoutRun, text: string, face: Face, style: LayoutStyle): IRunOptions {
  return {
    text,
    ...(r.face !== face && { font: font(fontOf(style, r.face)), bold: r.face === 'level3' && style.level3Bold }),
    ...(r.bold && { bold: true }),
    ...(r.emphasis && { emphasisMark: {} }),
    ...(r.blank && { highlight: 'yellow' }),
  };
}
