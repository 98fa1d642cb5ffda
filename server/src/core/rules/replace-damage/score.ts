// Whether a document had a bulk replace a→b: its candidate restorations (./infer.ts), merged by swap,
// weighed as one score. What it weighs:
//   - the evidence of each distinct restored word (ln of how much likelier its text is restored than as
//     written, each word at its count in the register that uses it most), the three strongest, capped:
//     one word however often is no replace, several distinct words broken the same way are;
//   - how many a the document has left (a replace leaves none; text typed in later, a few);
//   - whether the new name stands right somewhere (全区 where 全县 was: the name the drafter meant);
//   - how often b stands alone where a does not explain it, per broken word (湘琼、浙琼: a character
//     used on its own, as a province's abbreviation is, rather than one a replace put in);
//   - whether b is a character complete text hardly writes (災 for 灾: another script, not a name).
// The score is a logistic model's log-odds (weights fit on synthetic replaces and untouched text of the
// tune part: bench/replace.ts --fit), so the probability it gives is calibrated on that mixture.

import { Paragraph } from '../../model';
import { Candidate, MAX_LEFT, Reading } from './infer';

/** A candidate at its place in the document (offsets relative to its paragraph). */
export interface Placed extends Candidate {
  paragraph: Paragraph;
}

/** A proven swap: the broken words to report, the casualties (information), and its probability. */
export interface Swap {
  a: string;
  b: string;
  damage: Placed[];
  casualties: Placed[];
  probability: number;
}

/** What the score weighs of one swap. */
export interface Features {
  /** Evidence of the strongest distinct restored words, capped, strongest first (0 where fewer). */
  gains: [number, number, number];
  /** Distinct restored words with evidence of at least FAIR. */
  words: number;
  left: number;
  parallel: number;
  /** b standing alone where the swap does not explain it, for every broken word it explains. */
  unexplained: number;
  /** Distinct restored words beyond the three strongest. */
  more: number;
  /** ln(1 + how often complete text writes b on its own): a name a drafter writes is a character in use (not 災 for 灾). */
  usage: number;
}

const CAP = 12; // one word's evidence counts at most this much (e^12)
const FAIR = Math.log(150); // a word weaker than this adds nothing
const MAX_SWAPS = 3; // a dozen swaps at once is text in another script (國家, 發展), not damage
const MAX_READ = 8; // swaps read in full per document: the strongest by their words alone

const RARE_USAGE = 6; // a character complete text writes on its own fewer than e^6 ≈ 400 times is a rare one

/** The logistic model: weights fit by `npx tsx bench/replace.ts --part tune --fit` (its output pasted here). */
export const MODEL = {
  bias: -11.248,
  gains: [0.387, 0.761, -0.072] as const,
  left: -1.524,
  parallel: 3.158,
  unexplained: -1.636,
  more: 0.259,
  rare: -3.127,
  /** The probability a swap needs to be reported (the trade-off: bench/replace.ts --sweep). */
  threshold: 0.5,
};

/** The features of a swap's candidates, before the document is read for it. */
export function features(
  damage: readonly Candidate[],
  usage: number,
  left = 0,
  parallel = 0,
  unexplained = 0,
): Features {
  const best = new Map<string, number>();
  for (const d of damage) best.set(d.original, Math.max(best.get(d.original) ?? 0, d.gain));
  const g = [...best.values()].sort((x, y) => y - x);
  const capped = (k: number) => (g[k] !== undefined && g[k] >= FAIR ? Math.min(g[k], CAP) : 0);
  return {
    gains: [capped(0), capped(1), capped(2)],
    words: g.filter((x) => x >= FAIR).length,
    left,
    parallel,
    unexplained: unexplained / Math.max(1, damage.length),
    more: Math.max(0, g.filter((x) => x >= FAIR).length - 3),
    usage,
  };
}

/** The log-odds that the features come from a bulk replace. */
export function logOdds(f: Features, model = MODEL): number {
  return (
    model.bias +
    f.gains.reduce((s, g, k) => s + model.gains[k] * g, 0) +
    model.left * Math.min(f.left, MAX_LEFT + 1) +
    model.parallel * (f.parallel > 0 ? 1 : 0) +
    model.unexplained * Math.min(f.unexplained, 4) +
    model.more * Math.min(f.more, 5) +
    model.rare * Math.max(0, RARE_USAGE - f.usage)
  );
}

const probability = (z: number) => 1 / (1 + Math.exp(-z));

/** A swap's best possible log-odds before reading the document: nothing left, the new name seen. */
const ceiling = (f: Features, model: typeof MODEL) => logOdds({ ...f, left: 0, parallel: 1, unexplained: 0 }, model);

/** A reader of the whole document under one swap: each paragraph's reading (`taken`: its candidate positions of b). */
export type Reader = (
  a: string,
  b: string,
  taken: (p: Paragraph) => ReadonlySet<number>,
) => Array<Reading & { paragraph: Paragraph }>;

/**
 * The swaps a document proves, from what its paragraphs contribute (their candidates, in document
 * order) and a reader of the document under one swap (kept per paragraph by the caller). A position
 * two swaps explain goes to the likelier. `trace` sees every swap read, with its features and log-odds.
 */
export function judge(
  paragraphs: ReadonlyArray<{ paragraph: Paragraph; own: readonly Candidate[] }>,
  read: Reader,
  usage: (b: string) => number,
  model = MODEL,
  trace?: (a: string, b: string, f: Features, z: number, occurrences: number) => void,
): Swap[] {
  const byPair = new Map<string, Placed[]>();
  const atParagraph = new Map<Paragraph, readonly Candidate[]>();
  for (const { paragraph, own } of paragraphs) {
    if (own.length) atParagraph.set(paragraph, own);
    for (const c of own) {
      const key = c.a + c.b;
      let list = byPair.get(key);
      if (!list) byPair.set(key, (list = []));
      list.push({ ...c, paragraph });
    }
  }
  const cut = Math.log(model.threshold / (1 - model.threshold));
  // Only swaps that could pass with the best reading are read: two distinct words at least.
  const hopeful = [...byPair]
    .map(([key, damage]) => ({ a: key[0], b: key[1], damage, f: features(damage, usage(key[1])) }))
    .filter((x) => x.f.words >= 2 && ceiling(x.f, model) >= cut)
    .sort((x, y) => ceiling(y.f, model) - ceiling(x.f, model) || (x.a + x.b < y.a + y.b ? -1 : 1))
    .slice(0, MAX_READ);
  const out: Swap[] = [];
  for (const { a, b, damage } of hopeful) {
    let left = 0;
    let parallel = 0;
    let unexplained = 0;
    const casualties: Placed[] = [];
    const taken = (p: Paragraph) =>
      new Set((atParagraph.get(p) ?? []).filter((c) => c.a === a && c.b === b).map((c) => c.at));
    for (const r of read(a, b, taken)) {
      left += r.left;
      parallel += r.parallel;
      unexplained += r.unexplained;
      for (const c of r.casualties) casualties.push({ ...c, paragraph: r.paragraph });
    }
    const f = features(damage, usage(b), left, parallel, unexplained);
    const z = logOdds(f, model);
    trace?.(a, b, f, z, damage.length);
    if (left <= MAX_LEFT && z >= cut) out.push({ a, b, damage, casualties, probability: probability(z) });
  }
  // A position explained by two swaps goes to the likelier; each must still hold two distinct words.
  out.sort((x, y) => y.probability - x.probability || (x.a + x.b < y.a + y.b ? -1 : 1));
  const taken = new Set<string>();
  const kept: Swap[] = [];
  for (const s of out) {
    const damage = s.damage.filter((d) => {
      const key = `${d.paragraph.start}:${d.at}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    if (features(damage, 0).words >= 2) kept.push({ ...s, damage });
  }
  return kept.length > MAX_SWAPS ? [] : kept;
}
