// Shared by the two slot rules (missing-number, placeholder): character classes, token lookup,
// the excerpt shown in messages and the fixes every slot finding carries.

import { Span, Token } from '../../model';
import { Finding, Fix, RuleContext } from '../types';

/** The command of the fix that asks the user for the value (its one edit's span receives it). */
export const FILL_VALUE_COMMAND = 'gongwen.fillValue';

/** Shown in messages where the missing text belongs. */
export const GAP_MARK = '▢';

const HAN = /\p{Script=Han}/u;

/** True for a Chinese character (any plane, so 𠮷 counts). */
export function isHan(ch: string): boolean {
  return ch !== '' && HAN.test(ch);
}

/** The code point ending just before `at` ('' at the start). */
export function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

/** The code point starting at `at` ('' at the end). */
export function charAt(text: string, at: number): string {
  if (at >= text.length) return '';
  const cp = text.codePointAt(at)!;
  return String.fromCodePoint(cp);
}

/** Punctuation and breaks that close a clause: context and quantities stop there. */
export function isBoundary(ch: string): boolean {
  return ch === '' || /[\s，。；、：！？,;:!?（）()“”‘’"《》【】「」『』〈〉—…·\u3000]/.test(ch);
}

/** Tokens of one paragraph, found by offset (binary search: tokens are in order). */
export class TokenIndex {
  constructor(readonly tokens: readonly Token[]) {}

  /** The index of the token covering `offset`, or -1 when none does (a skipped character). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid];
      if (t.end <= offset) lo = mid + 1;
      else if (t.start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The token covering `offset`. */
  at(offset: number): Token | undefined {
    const i = this.indexAt(offset);
    return i < 0 ? undefined : this.tokens[i];
  }
}

/**
 * A few characters of context with ▢ at the slot: in place of [start, end) for a mask,
 * at `start` for a gap (start === end). Stops at clause punctuation and line breaks.
 */
export function excerpt(text: string, start: number, end: number, before = 6, after = 5): string {
  let from = start;
  for (let n = 0; n < before; n++) {
    const ch = charBefore(text, from);
    if (ch === '' || isBoundary(ch)) break;
    from -= ch.length;
  }
  let to = end;
  for (let n = 0; n < after; n++) {
    const ch = charAt(text, to);
    if (ch === '' || isBoundary(ch)) break;
    to += ch.length;
  }
  return text.slice(from, start) + GAP_MARK + text.slice(end, to);
}

/** Titles of the slot fixes, in the rule's own message keys. */
export interface SlotFixTitles {
  placeholder: string;
  fill: string;
}

/**
 * The fixes of a slot: write the document's placeholder over `target` (a gap when empty),
 * which is certainly right; and ask for the value, which the host does through the command.
 */
export function slotFixes(ctx: RuleContext, target: Span, titles: SlotFixTitles): Fix[] {
  return [placeholderFix(ctx, target, titles.placeholder), fillFix(target, titles.fill)];
}

/** The fix writing the document's placeholder over `target` (at it, when empty): what "mark all blanks" applies. */
export function placeholderFix(ctx: RuleContext, target: Span, title: string): Fix {
  return { title, edits: [{ start: target.start, end: target.end, newText: ctx.options.placeholder }], safe: true };
}

/** The fix that asks for the value and writes it over `target`. */
export function fillFix(target: Span, title: string): Fix {
  return { title, edits: [{ start: target.start, end: target.end, newText: '' }], safe: false, command: FILL_VALUE_COMMAND };
}

/** Where a typed value goes for a slot finding: the span its fill-value fix replaces (empty for a gap). */
export function slotTarget(finding: Pick<Finding, 'fixes'>): Span | undefined {
  const edit = finding.fixes.find((f) => f.command === FILL_VALUE_COMMAND)?.edits[0];
  return edit ? { start: edit.start, end: edit.end } : undefined;
}
