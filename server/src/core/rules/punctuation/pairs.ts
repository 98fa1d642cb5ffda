// Quotes and brackets in pairs: “ ” （ ） 《 》 〈 〉 within a paragraph, or across a plain-text line
// that was wrapped mid-sentence (published texts copied from web pages are full of those). Each
// paragraph contributes its marks (kept by its text) and what is unpaired in it alone; the wrapped
// blocks are a merge over paragraphs, and only a block of several paragraphs pairs its marks again.

import { inSpans, nonProse } from '../../lib/hygiene/prose';
import { Paragraph, ReportModel, Span } from '../../model';
import { isBlank, paragraphLines, trimmedEnd } from '../../text';
import type { Ctx } from '.';

/** What of a paragraph is not checked: what is not prose, and a heading's marker (the heading-marker rule's: (一) is not two stray brackets). */
export function skipOf(model: ReportModel, p: Paragraph): Span[] {
  const marker = p.heading ? [{ start: p.heading.marker.start, end: p.heading.marker.end }] : [];
  return [...nonProse(model, p), ...marker].sort((a, b) => a.start - b.start);
}

/** The quotes and brackets that pair up. */
const MARKS = /[“”（）()《》〈〉]/g;
const SENTENCE_END = /[。！？!?；;：:…][”’）》」』]*$/;
const CLOSE_OF: Record<string, string> = { '（': '）', '(': '）', '《': '》', '〈': '〉' };
const OPEN_OF: Record<string, string> = { '）': '（', ')': '（', '》': '《', '〉': '〈' };

/** A quote or bracket of a paragraph: where (relative to the paragraph, or in the document), which, and whether a closer is a list marker (1）). */
interface Mark {
  at: number;
  mark: string;
  listMarker: boolean;
}

/** An unpaired mark: where, its partner, and the mark it was most likely meant to be (a fix), if any. */
interface Unpaired {
  at: number;
  mark: string;
  partner: string;
  fix?: string;
}

/** What a paragraph contributes: its marks, whether it ends open (no sentence end: a wrapped line), and what is unpaired in it alone. */
interface OwnMarks {
  marks: Mark[];
  open: boolean;
  alone: Unpaired[];
}

/** Reports every unpaired quote or bracket of the prose paragraphs. */
export function unpairedMarks(model: ReportModel, ctx: Ctx): void {
  const own = ctx.contributions('marks', (p) => ownMarks(model, p), contextOf(model));
  const blocks = wrappedBlocks(model, own);
  for (const block of blocks) {
    if (block.length === 1) {
      const { paragraph, own: o } = block[0];
      for (const u of o.alone) report(u, paragraph.start, ctx);
      continue;
    }
    const marks: Mark[] = [];
    for (const { paragraph, own: o } of block)
      for (const m of o.marks) marks.push({ ...m, at: m.at + paragraph.start });
    for (const u of pairs(marks)) report(u, 0, ctx);
  }
}

/** What the marks of a paragraph depend on besides its text: the format (code spans) and a heading's marker. */
function contextOf(model: ReportModel): (p: Paragraph) => string {
  return (p) =>
    p.heading ? `${model.format},${p.heading.marker.start - p.start},${p.heading.marker.end - p.start}` : model.format;
}

function report(u: Unpaired, by: number, ctx: Ctx): void {
  const at = u.at + by;
  ctx.report(
    { start: at, end: at + 1 },
    'unpaired',
    [u.mark, u.partner],
    u.fix ? [ctx.fix.replace({ start: at, end: at + 1 }, u.fix)] : [],
  );
}

/** The marks of one paragraph (relative to its start), whether it ends open, and what is unpaired in it alone. */
function ownMarks(model: ReportModel, p: Paragraph): OwnMarks {
  const skip = skipOf(model, p);
  const marks: Mark[] = [];
  MARKS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MARKS.exec(p.text));) {
    if (inSpans(skip, p.start + m.index)) continue;
    marks.push({ at: m.index, mark: m[0], listMarker: m[0] in OPEN_OF && isListMarker(p.text, m.index) });
  }
  const open = !SENTENCE_END.test(p.text.slice(0, trimmedEnd(p.text)));
  return { marks, open, alone: pairs(marks) };
}

/**
 * Paragraphs joined where a plain-text line was wrapped (it ends without a sentence end and the next
 * line follows at once), so a quote opened on one line may close on the next.
 */
function wrappedBlocks(
  model: ReportModel,
  own: Array<{ paragraph: Paragraph; own: OwnMarks }>,
): Array<Array<{ paragraph: Paragraph; own: OwnMarks }>> {
  const blocks: Array<Array<{ paragraph: Paragraph; own: OwnMarks }>> = [];
  let prevLast = -2;
  for (const x of own) {
    const p = x.paragraph;
    const block = blocks[blocks.length - 1];
    const prev = block?.[block.length - 1];
    const joined = prev && !prev.paragraph.heading && !p.heading && p.firstLine === prevLast + 1 && prev.own.open;
    if (joined) block.push(x);
    else blocks.push([x]);
    prevLast = paragraphLines(model.lines, p).at(-1)!.index;
  }
  return blocks;
}

/** Unpaired “ ” （ ） 《 》 〈 〉 among `marks`, in order. Half-width brackets count as partners (their own check reports them). */
function pairs(marks: readonly Mark[]): Unpaired[] {
  const out: Unpaired[] = [];
  let quote = -1; // the open “ (or a ” standing where “ belongs, already reported as < -1)
  let quoteMark = '';
  const stacks: Record<string, Mark[]> = { '（': [], '《': [], '〈': [] };
  for (const x of marks) {
    const c = x.mark;
    const i = x.at;
    if (c === '“') {
      // “ while a quote is open: most likely a ” typed the wrong way round.
      if (quote !== -1) {
        out.push({ at: i, mark: c, partner: '”', fix: '”' });
        quote = -1;
      } else {
        quote = i;
        quoteMark = c;
      }
    } else if (c === '”') {
      if (quote !== -1) quote = -1;
      else {
        // ” with no quote open: most likely a “ typed the wrong way round; it opens the quote.
        out.push({ at: i, mark: c, partner: '“', fix: '“' });
        quote = -2 - i;
      }
    } else if (c in CLOSE_OF) {
      stacks[c === '(' ? '（' : c].push(x);
    } else {
      const stack = stacks[OPEN_OF[c]];
      if (stack.length) stack.pop();
      else if (c !== ')' && !x.listMarker) out.push({ at: i, mark: c, partner: OPEN_OF[c] });
    }
  }
  if (quote >= 0) out.push({ at: quote, mark: quoteMark, partner: '”' });
  for (const [open, stack] of Object.entries(stacks))
    for (const x of stack) if (x.mark !== '(') out.push({ at: x.at, mark: x.mark, partner: CLOSE_OF[open] });
  return out;
}

/** `1）` or `a）` opening a paragraph or clause is a list marker, not half of a pair (`i`: in the paragraph's text). */
function isListMarker(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 3 && /[0-9０-９a-zA-Z一二三四五六七八九十]/.test(text[j - 1])) j--;
  return j < i && (j === 0 || isBlank(text[j - 1]) || /[。；：，;:]/.test(text[j - 1]));
}
