// Turning repeats into findings: what is kept per paragraph (relative offsets, message keys) and what
// the rule reports (document offsets, messages, related locations, deletions).

import { Related, Severity } from '../../lib/findings';
import { Span } from '../../model';
import type { Ctx } from '.';

/** A translator with memory: many findings share their texts. */
export type Say = (key: Parameters<Ctx['t']>[0], ...args: Array<string | number>) => string;

/** A repeat to report: where, the message key and its arguments, the deletion and the related copies. */
export interface Found {
  span: Span;
  key: 'doubled' | 'inSentence' | 'near' | 'overuse';
  args: Array<string | number>;
  /** A deletion offered: the span to delete, and whether it may be applied without review. */
  fix?: { span: Span; safe: boolean };
  related: Array<Span & { key: 'first' | 'other' }>;
  /** Information rather than the rule's severity. */
  mild?: boolean;
}

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

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/**
 * Reports `f`, its offsets moved by `by` (a paragraph's start; 0 for document offsets). Deleting a
 * word typed twice (推进推进) only mends the writing; deleting a clause said again changes what the
 * sentence says (the drafter may have meant another clause there): fix-all leaves that to the quick fix.
 */
export function reportFound(ctx: Ctx, say: Say, f: Found, by: number, mild: Severity): void {
  const related: Related[] = f.related.map((r) => ({ ...shift(r, by), message: say(r.key) }));
  const fixes = f.fix
    ? [
        ctx.fix.remove(shift(f.fix.span, by), {
          title: say('delete', f.args[0]),
          safe: f.fix.safe,
          changesContent: f.key !== 'doubled',
        }),
      ]
    : [];
  ctx.report(shift(f.span, by), f.key, f.args, fixes, { severity: f.mild ? mild : undefined, related });
}
