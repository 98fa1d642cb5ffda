// Quotes and brackets in pairs: “ ” （ ） 《 》 〈 〉 within a paragraph, or across a plain-text line
// that was wrapped mid-sentence (published texts copied from web pages are full of those).

import { inSpans } from '../../lib/hygiene/prose';
import { Paragraph, ReportModel, Span } from '../../model';
import { isBlank, paragraphLines, trimmedEnd } from '../../text';
import type { Ctx } from '.';

/** The quotes and brackets that pair up. */
const MARKS = /[“”（）()《》〈〉]/g;
const SENTENCE_END = /[。！？!?；;：:…][”’）》」』]*$/;
const CLOSE_OF: Record<string, string> = { '（': '）', '(': '）', '《': '》', '〈': '〉' };
const OPEN_OF: Record<string, string> = { '）': '（', ')': '（', '》': '《', '〉': '〈' };

/** Reports every unpaired quote or bracket of the prose paragraphs (`skipOf`: their non-prose spans). */
export function unpairedMarks(
  model: ReportModel,
  paragraphs: Paragraph[],
  skipOf: Map<Paragraph, Span[]>,
  ctx: Ctx,
): void {
  for (const block of wrappedBlocks(model, paragraphs)) pairs(model.text, block, skipOf, ctx);
}

/**
 * Paragraphs joined where a plain-text line was wrapped (it ends without a sentence end and the next
 * line follows at once), so a quote opened on one line may close on the next.
 */
function wrappedBlocks(model: ReportModel, paragraphs: Paragraph[]): Paragraph[][] {
  const blocks: Paragraph[][] = [];
  let prevLast = -2;
  for (const p of paragraphs) {
    const block = blocks[blocks.length - 1];
    const prev = block?.[block.length - 1];
    const joined =
      prev &&
      !prev.heading &&
      !p.heading &&
      p.firstLine === prevLast + 1 &&
      !SENTENCE_END.test(prev.text.slice(0, trimmedEnd(prev.text)));
    if (joined) block.push(p);
    else blocks.push([p]);
    prevLast = paragraphLines(model.lines, p).at(-1)!.index;
  }
  return blocks;
}

/** Unpaired “ ” （ ） 《 》 〈 〉 within a block. Half-width brackets count as partners (their own check reports them). */
function pairs(text: string, block: Paragraph[], skipOf: Map<Paragraph, Span[]>, ctx: Ctx): void {
  let quote = -1; // the open “ (or a ” standing where “ belongs, already reported as < -1)
  const stacks: Record<string, number[]> = { '（': [], '《': [], '〈': [] };
  const report = (i: number, partner: string, fix?: string) =>
    ctx.report(
      { start: i, end: i + 1 },
      'unpaired',
      [text[i], partner],
      fix ? [ctx.fix.replace({ start: i, end: i + 1 }, fix)] : [],
    );
  for (const p of block) {
    const skip = skipOf.get(p)!;
    MARKS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = MARKS.exec(p.text));) {
      const i = p.start + m.index;
      const c = m[0];
      if (inSpans(skip, i)) continue;
      if (c === '“') {
        // “ while a quote is open: most likely a ” typed the wrong way round.
        if (quote !== -1) {
          report(i, '”', '”');
          quote = -1;
        } else quote = i;
      } else if (c === '”') {
        if (quote !== -1) quote = -1;
        else {
          // ” with no quote open: most likely a “ typed the wrong way round; it opens the quote.
          report(i, '“', '“');
          quote = -2 - i;
        }
      } else if (c in CLOSE_OF) {
        stacks[c === '(' ? '（' : c].push(i);
      } else {
        const stack = stacks[OPEN_OF[c]];
        if (stack.length) stack.pop();
        else if (c !== ')' && !isListMarker(text, p, i)) report(i, OPEN_OF[c]);
      }
    }
  }
  if (quote >= 0) report(quote, '”');
  for (const [open, stack] of Object.entries(stacks))
    for (const i of stack) if (text[i] !== '(') report(i, CLOSE_OF[open]);
}

/** `1）` or `a）` opening a paragraph or clause is a list marker, not half of a pair. */
function isListMarker(text: string, p: Paragraph, i: number): boolean {
  let j = i;
  while (j > p.start && i - j < 3 && /[0-9０-９a-zA-Z一二三四五六七八九十]/.test(text[j - 1])) j--;
  return j < i && (j === p.start || isBlank(text[j - 1]) || /[。；：，;:]/.test(text[j - 1]));
}
