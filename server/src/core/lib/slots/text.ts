// Shared by the two slot rules (missing-number, placeholder): character classes, token lookup,
// the excerpt shown in messages and the fixes every slot finding carries.

import { Commands } from '../../commands';
import { Span, Token } from '../../model';
import { charAt, charBefore } from '../../text';
import { Finding, Fix } from '../findings';
import { RuleOptions } from '../options';
import { Fixer } from '../rule';

/** The command of the fix that asks the user for the value (its one edit's span receives it). */
export const FILL_VALUE_COMMAND = Commands.fillValue;

/** Shown in messages where the missing text belongs. */
export const GAP_MARK = '▢';

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
 * at `start` for a gap (start === end). Stops at clause punctuation and line breaks; when the
 * clause ends a few characters past the cut, it goes on to there rather than stop inside a word
 * (「▢同志任职以来」, not 「▢同志任职以」).
 */
export function slotExcerpt(text: string, start: number, end: number, before = 6, after = 5, reach = 6): string {
  const back = (at: number, n: number): number | undefined => {
    for (let i = 0; i < n; i++) {
      const ch = charBefore(text, at);
      if (ch === '' || isBoundary(ch)) return at;
      at -= ch.length;
    }
    return isBoundary(charBefore(text, at)) ? at : undefined;
  };
  const forth = (at: number, n: number): number | undefined => {
    for (let i = 0; i < n; i++) {
      const ch = charAt(text, at);
      if (ch === '' || isBoundary(ch)) return at;
      at += ch.length;
    }
    return isBoundary(charAt(text, at)) ? at : undefined;
  };
  const from = back(start, before) ?? back(start, before + reach) ?? cut(start, before, -1);
  const to = forth(end, after) ?? forth(end, after + reach) ?? cut(end, after, 1);
  return text.slice(from, start) + GAP_MARK + text.slice(end, to);

  /** `n` code points from `at` (backwards when `dir` is -1). */
  function cut(at: number, n: number, dir: 1 | -1): number {
    for (let i = 0; i < n; i++) at += dir === 1 ? charAt(text, at).length : -charBefore(text, at).length;
    return at;
  }
}

/** Titles of the slot fixes, in the rule's own message keys. */
export interface SlotFixTitles {
  placeholder: string;
  fill: string;
}

/** What the slot fixes need of a rule's context. */
export interface SlotContext {
  options: Pick<RuleOptions, 'placeholder'>;
  fix: Fixer;
}

/**
 * The fixes of a slot: write the document's placeholder over `target` (a gap when empty),
 * which is certainly right; and ask for the value, which the host does through the command.
 */
export function slotFixes(ctx: SlotContext, target: Span, titles: SlotFixTitles): Fix[] {
  return [placeholderFix(ctx, target, titles.placeholder), fillFix(target, titles.fill)];
}

/** The fix writing the document's placeholder over `target` (at it, when empty): what "mark all blanks" applies. */
export function placeholderFix(ctx: SlotContext, target: Span, title: string): Fix {
  return ctx.fix.replace(target, ctx.options.placeholder, { title, safe: true });
}

/** The fix that asks for the value and writes it over `target`. */
export function fillFix(target: Span, title: string): Fix {
  return {
    title,
    edits: [{ start: target.start, end: target.end, newText: '' }],
    safe: false,
    command: FILL_VALUE_COMMAND,
  };
}

/** Where a typed value goes for a slot finding: the span its fill-value fix replaces (empty for a gap). */
export function slotTarget(finding: Pick<Finding, 'fixes'>): Span | undefined {
  const edit = finding.fixes.find((f) => f.command === FILL_VALUE_COMMAND)?.edits[0];
  return edit ? { start: edit.start, end: edit.end } : undefined;
}
