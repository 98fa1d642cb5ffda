// Turning repeats into findings: messages, related information, deletions.

import { RawFinding, Related, Severity } from '../../lib/findings';
import { Span } from '../../model';
import { excerpt } from '../../text';
import type { Ctx } from '.';
import { spanOf } from './clause';
import { frequent, Pair, Seeds } from './find';
import { countable, oneCharacter, TokenStream } from './stream';

/** A translator with memory: overuse makes many findings with the same texts. */
export type Say = (key: Parameters<Ctx['t']>[0], ...args: Array<string | number>) => string;

const RELATED_MAX = 10;

/** Memoises ctx.t. */
export function sayer(ctx: Ctx): Say {
  const memo = new Map<string, string>();
  return (key, ...args) => {
    const k = key + '\u0000' + args.join('\u0000');
    let m = memo.get(k);
    if (m === undefined) memo.set(k, (m = ctx.t(key, ...args)));
    return m;
  };
}

/** A finding on the later copy, pointing at the earlier one, with an optional deletion. */
export function pairFinding(say: Say, text: string, s: TokenStream, p: Pair, key: 'doubled' | 'inSentence' | 'near', fix: Span | undefined, safe: boolean, severity?: Severity): RawFinding {
  const span = spanOf(s, p.late, p.len);
  const phrase = excerpt(text.slice(span.start, span.end));
  return {
    ...span,
    ...(severity ? { severity } : {}),
    message: say(key, phrase),
    related: [{ ...spanOf(s, p.early, p.len), message: say('first') }],
    fixes: fix ? [{ title: say('delete', phrase), edits: [{ ...fix, newText: '' }], safe }] : [],
  };
}

/**
 * One finding per use of each phrase of `minChars`+ characters used `minCount`+ times, longest
 * phrases first; a use inside a longer overused phrase reported at the same place is left out.
 * Also returns, per token, the furthest end of a reported use over it.
 */
export function overuse(
  say: Say, text: string, s: TokenStream, seed: Seeds, minChars: number, minCount: number, severity: Severity,
  exempt: (a: number, len: number) => boolean,
): { findings: RawFinding[]; coverEnd: Int32Array } {
  const phrases = frequent(s, seed, minCount).sort((a, b) => b.len - a.len);
  const coverEnd = new Int32Array(s.n);
  const out: RawFinding[] = [];
  const other = say('other');
  for (const { starts, len } of phrases) {
    const uses: number[] = [];
    for (const x of starts) {
      if ((uses.length === 0 || x >= uses[uses.length - 1] + len) && countable(s, x, x + len) >= minChars) uses.push(x);
    }
    // The cheap count first: most frequent seeds fall short, and exempt() builds the phrase's text.
    if (uses.length < minCount || oneCharacter(s, starts[0], len) || exempt(starts[0], len)) continue;
    const first = spanOf(s, uses[0], len);
    const message = say('overuse', excerpt(text.slice(first.start, first.end)), uses.length);
    const related: Related[] = [];
    for (let k = 0; k < uses.length && k <= RELATED_MAX; k++) related.push({ start: s.start[uses[k]], end: s.end[uses[k] + len - 1], message: other });
    for (const x of uses) {
      const end = x + len;
      if (coverEnd[x] >= end) continue;
      for (let t = x; t < end; t++) if (coverEnd[t] < end) coverEnd[t] = end;
      const start = s.start[x];
      const others: Related[] = [];
      for (let k = 0; k < related.length && others.length < RELATED_MAX; k++) if (related[k].start !== start) others.push(related[k]);
      out.push({ start, end: s.end[end - 1], severity, message, related: others, fixes: [] });
    }
  }
  return { findings: out, coverEnd };
}
