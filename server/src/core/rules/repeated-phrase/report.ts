// Turning repeats into findings: messages, related information, deletions.

import { Fix, Related, Severity } from '../../lib/findings';
import { Span } from '../../model';
import { excerpt } from '../../text';
import type { Fixer } from '../../lib/rule';
import type { Ctx } from '.';
import { spanOf } from './clause';
import { frequent, Pair, Seeds } from './find';
import { countable, oneCharacter, TokenStream } from './stream';

/** A translator with memory: overuse makes many findings with the same texts. */
export type Say = (key: Parameters<Ctx['t']>[0], ...args: Array<string | number>) => string;

/** A repeat to report: where, the message key and its arguments, fixes and the related copies. */
export interface Found {
  span: Span;
  key: 'doubled' | 'inSentence' | 'near' | 'overuse';
  args: Array<string | number>;
  fixes: Fix[];
  related: Related[];
  severity?: Severity;
}

const RELATED_MAX = 10;

/** Memoises ctx.t. */
export function sayer(ctx: Pick<Ctx, 't'>): Say {
  const memo = new Map<string, string>();
  return (key, ...args) => {
    const k = key + '\u0000' + args.join('\u0000');
    let m = memo.get(k);
    if (m === undefined) memo.set(k, (m = ctx.t(key, ...args)));
    return m;
  };
}

/**
 * A finding on the later copy, pointing at the earlier one, with an optional deletion. Deleting a
 * word typed twice (推进推进) only mends the writing; deleting a clause said again changes what the
 * sentence says (the drafter may have meant another clause there): fix-all leaves that to the quick fix.
 */
export function pairFinding(
  say: Say,
  fixer: Fixer,
  text: string,
  s: TokenStream,
  p: Pair,
  key: 'doubled' | 'inSentence' | 'near',
  fix: Span | undefined,
  safe: boolean,
  severity?: Severity,
): Found {
  const span = spanOf(s, p.late, p.len);
  const phrase = excerpt(text.slice(span.start, span.end));
  return {
    span,
    key,
    args: [phrase],
    severity,
    related: [{ ...spanOf(s, p.early, p.len), message: say('first') }],
    fixes: fix ? [fixer.remove(fix, { title: say('delete', phrase), safe, changesContent: key !== 'doubled' })] : [],
  };
}

/**
 * One finding per phrase of `minChars`+ characters used `minCount`+ times (at its first use, the
 * others related), longest phrases first; uses inside a longer overused phrase are that phrase's.
 * Also returns, per token, the furthest end of a reported use over it.
 */
export function overuse(
  say: Say,
  text: string,
  s: TokenStream,
  seed: Seeds,
  minChars: number,
  minCount: number,
  severity: Severity,
  exempt: (a: number, len: number) => boolean,
): { findings: Found[]; coverEnd: Int32Array } {
  const phrases = frequent(s, seed, minCount).sort((a, b) => b.len - a.len || a.starts[0] - b.starts[0]);
  const coverEnd = new Int32Array(s.n);
  const out: Found[] = [];
  const other = say('other');
  for (const { starts, len } of phrases) {
    const uses: number[] = [];
    for (const x of starts) {
      if ((uses.length === 0 || x >= uses[uses.length - 1] + len) && countable(s, x, x + len) >= minChars) uses.push(x);
    }
    // The cheap count first: most frequent seeds fall short, and exempt() builds the phrase's text.
    if (uses.length < minCount || oneCharacter(s, starts[0], len) || exempt(starts[0], len)) continue;
    // Uses inside a longer phrase already reported are that phrase's: this one is noted only when
    // it is overused on its own, once, at its first use, with the others as related locations.
    const fresh = uses.filter((x) => coverEnd[x] < x + len);
    if (fresh.length < minCount) continue;
    for (const x of uses) for (let t = x; t < x + len; t++) if (coverEnd[t] < x + len) coverEnd[t] = x + len;
    const first = spanOf(s, fresh[0], len);
    const related: Related[] = [];
    for (const x of uses) {
      if (x !== fresh[0] && related.length < RELATED_MAX)
        related.push({ start: s.start[x], end: s.end[x + len - 1], message: other });
    }
    const args = [excerpt(text.slice(first.start, first.end)), uses.length];
    out.push({ span: first, key: 'overuse', args, severity, related, fixes: [] });
  }
  return { findings: out, coverEnd };
}
