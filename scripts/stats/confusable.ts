// The corpus side of the confusable rule: for the context pairs (server/src/core/rules/confusable/
// entries.ts), the tokens each form is followed and preceded by in the tune part of the corpus (seen
// twice or more; numbers as #), and for every form of every entry, how often it stands as a token.
// Counts only, no text.

import { CONTEXT_PAIRS, GF_1001 } from '../../server/src/core/rules/confusable/entries';
import { tuneTokenLines } from './_tokens';

/** A token as the table keys it: numbers (Arabic or Chinese, with 年/月/日 and the like) become '#'. */
export function contextKey(token: string): string {
  return /^[\d.%０-９〇零一二三四五六七八九十百千万亿两]+(?:年底?|月底?|日|号|时|点|季度)?$/.test(token) ? '#' : token;
}

/** `{ count: { form: n }, next: { form: { token: n } }, prev: { form: { token: n } } }`. */
export function build(): unknown {
  const forms = new Set<string>([...CONTEXT_PAIRS.flat(), ...GF_1001.flat()]);
  const contextual = new Set<string>(CONTEXT_PAIRS.flat());
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
      if (!contextual.has(t)) return;
      if (k + 1 < tokens.length) bump(next, t, contextKey(tokens[k + 1]));
      if (k > 0) bump(prev, t, contextKey(tokens[k - 1]));
    });
  }
  const pruned = (t: Record<string, Record<string, number>>) => {
    const out: Record<string, Record<string, number>> = {};
    for (const form of Object.keys(t).sort()) {
      out[form] = {};
      for (const key of Object.keys(t[form]).sort()) if (t[form][key] >= 2) out[form][key] = t[form][key];
    }
    return out;
  };
  const sortedCount: Record<string, number> = {};
  for (const f of [...forms].sort()) sortedCount[f] = count[f] ?? 0;
  return { count: sortedCount, next: pruned(next), prev: pruned(prev) };
}
