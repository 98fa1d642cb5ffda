// The corpus side of the confusable rule: for every form of every entry (the context pairs and the
// GF 1001-2001 groups of server/src/core/rules/confusable/entries.ts), how often it stands as a token
// in the tune part of every register (national and provincial reports, laws, news, the tagged corpus),
// and the tokens it is followed and preceded by there (seen twice or more; numbers as #). Counts only,
// no text.

import { CONTEXT_PAIRS, GF_1001 } from '../../server/src/core/rules/confusable/entries';
import { contextKey } from '../../server/src/core/rules/confusable/evidence';
import { tuneTokenLines } from './_tokens';

/** `{ count: { form: n }, next: { form: { token: n } }, prev: { form: { token: n } } }`. */
export function build(): unknown {
  const forms = new Set<string>([...CONTEXT_PAIRS.flat(), ...GF_1001.flat()]);
  const count: Record<string, number> = {};
  const next: Record<string, Record<string, number>> = {};
  const prev: Record<string, Record<string, number>> = {};
  const bump = (t: Record<string, Record<string, number>>, form: string, key: string) => {
    const m = (t[form] ??= {});
    m[key] = (m[key] ?? 0) + 1;
  };
  for (const line of tuneTokenLines()) {
    const tokens = line.split(' ');
    tokens.forEach((t, k) => {
      if (!forms.has(t)) return;
      count[t] = (count[t] ?? 0) + 1;
      if (k + 1 < tokens.length) bump(next, t, contextKey(tokens[k + 1]));
      if (k > 0) bump(prev, t, contextKey(tokens[k - 1]));
    });
  }
  const pruned = (t: Record<string, Record<string, number>>) => {
    const out: Record<string, Record<string, number>> = {};
    for (const form of Object.keys(t).sort()) {
      const keep = Object.keys(t[form])
        .sort()
        .filter((key) => t[form][key] >= 2);
      if (!keep.length) continue;
      out[form] = {};
      for (const key of keep) out[form][key] = t[form][key];
    }
    return out;
  };
  const sortedCount: Record<string, number> = {};
  for (const f of [...forms].sort()) sortedCount[f] = count[f] ?? 0;
  return { count: sortedCount, next: pruned(next), prev: pruned(prev) };
}
