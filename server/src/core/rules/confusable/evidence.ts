// The evidence the confusable rule weighs, one score: the log-odds that the other form was meant where
// a form stands, given the words beside it (naive Bayes over the corpus table: how often complete text
// of every register uses each form at all, and each beside this neighbour). A finding needs both ways
// at once (index.ts): the score high, the other form seen beside one of these words often enough to
// count, and the form as written rare beside it. A neighbour the table has not seen with either form is
// no evidence.

import { ConfusableTable } from '../../lib/tables';

/** A neighbour as the table keys it: numbers (Arabic or Chinese, with 年/月/日 and the like) become '#'. */
export function contextKey(token: string): string {
  return /^[\d.%０-９〇零一二三四五六七八九十百千万亿两]+(?:年底?|月底?|日|号|时|点|季度)?$/.test(token) ? '#' : token;
}

export type Side = 'prev' | 'next';

const BACKOFF = 2; // weight of the other form's rate in the estimate for the form as written
const REAL = 50; // uses in complete text that make a form a word of its own

/** The score of `other` against `form` beside these neighbours, and the best-supported side. */
export interface Weighing {
  /** ln of the odds other : form (the prior odds only for a form complete text hardly uses). */
  z: number;
  /** The neighbour beside which complete text has the other form most often, with both counts. */
  support?: { side: Side; word: string; key: string; theirs: number; mine: number };
  /** A neighbour beside which complete text writes the form as written more often than the other (其他国家). */
  against: boolean;
}

/**
 * The neighbours that count: words tell two real words apart (制定政策, 截止日期, 其他同志), particles
 * and other single characters do not (制订了); beside a variant complete text hardly uses, any token
 * does (再接再厉，).
 */
function usable(word: string | undefined, anyToken: boolean): string | undefined {
  if (!word || !word.trim()) return undefined;
  const key = contextKey(word);
  if (anyToken || key === '#') return key;
  return /[\u4e00-\u9fff]/.test(word) && [...word].length >= 2 ? key : undefined;
}

export function weigh(
  table: ConfusableTable,
  form: string,
  other: string,
  neighbours: { prev?: string; next?: string },
  anyToken = false,
): Weighing {
  const n = (f: string) => table.count[f] ?? 0;
  // A form complete text uses often is a word of its own: how often each is used says nothing of this
  // place, only the words beside it do. A form it hardly uses (布署, 再接再砺) is itself the evidence.
  let z = n(form) >= REAL ? 0 : Math.log((n(other) + 1) / (n(form) + 1));
  let support: Weighing['support'];
  let against = false;
  for (const side of ['prev', 'next'] as const) {
    const word = neighbours[side];
    const key = usable(word, anyToken);
    if (!key || !word) continue;
    const theirs = table[side][other]?.[key] ?? 0;
    const mine = table[side][form]?.[key] ?? 0;
    if (theirs === 0 && mine === 0) continue;
    if (mine > theirs) against = true;
    // The form as written backs off to the other's rate: one complete text hardly uses says little by its neighbours.
    const pOther = (theirs + 0.5) / (n(other) + 1);
    z += Math.log(pOther) - Math.log((mine + BACKOFF * pOther) / (n(form) + BACKOFF));
    if (!support || theirs > support.theirs) support = { side, word, key, theirs, mine };
  }
  return { z, support, against };
}
