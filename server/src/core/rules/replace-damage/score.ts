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
  return featuresOf(best, damage.length, usage, left, parallel, unexplained);
}

/** The same from the best evidence of each distinct restored word (only those of FAIR or more count) and the count of broken words. */
function featuresOf(
  best: ReadonlyMap<string, number>,
  occurrences: number,
  usage: number,
  left = 0,
  parallel = 0,
  unexplained = 0,
): Features {
  const g = [...best.values()].filter((x) => x >= FAIR).sort((x, y) => y - x);
  const capped = (k: number) => (g[k] !== undefined ? Math.min(g[k], CAP) : 0);
  return {
    gains: [capped(0), capped(1), capped(2)],
    words: g.length,
    left,
    parallel,
    unexplained: unexplained / Math.max(1, occurrences),
    more: Math.max(0, g.length - 3),
    usage,
  };
}

/**
 * What a paragraph contributes, kept by the runner with its text: its candidates by swap, and for each
 * swap the best evidence of each distinct restored word strong enough to count (FAIR). The document
 * merges the latter only (a few words per paragraph), and reads the candidates of the few swaps worth
 * reading: an edit costs its paragraph and a merge that grows with paragraphs and strong words.
 */
export interface Contribution {
  byPair: ReadonlyMap<string, readonly Candidate[]>;
  strong: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function contribution(candidates: readonly Candidate[]): Contribution {
  const byPair = new Map<string, Candidate[]>();
  const strong = new Map<string, Map<string, number>>();
  for (const c of candidates) {
    const key = c.a + c.b;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push(c);
    if (c.gain < FAIR) continue;
    let best = strong.get(key);
    if (!best) strong.set(key, (best = new Map()));
    if (c.gain > (best.get(c.original) ?? 0)) best.set(c.original, c.gain);
  }
  return { byPair, strong };
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
) => ReadonlyArray<{ paragraph: Paragraph; own: Reading }>;

/**
 * The swaps a document proves, from what its paragraphs contribute (their candidates, in document
 * order) and a reader of the document under one swap (kept per paragraph by the caller). A position
 * two swaps explain goes to the likelier. `trace` sees every swap read, with its features and log-odds.
 */
export function judge(
  paragraphs: ReadonlyArray<{ paragraph: Paragraph; own: Contribution }>,
  read: Reader,
  usage: (b: string) => number,
  model = MODEL,
  trace?: (a: string, b: string, f: Features, z: number, occurrences: number) => void,
): Swap[] {
  // Most swaps have one strong word in the whole document: counted first, merged only where two may be.
  const strongWords = new Map<string, number>();
  const atParagraph = new Map<Paragraph, Contribution>();
  for (const { paragraph, own } of paragraphs) {
    if (own.byPair.size) atParagraph.set(paragraph, own);
    for (const [key, strong] of own.strong) strongWords.set(key, (strongWords.get(key) ?? 0) + strong.size);
  }
  const byPair = new Map<string, Map<string, number>>();
  for (const own of atParagraph.values()) {
    for (const [key, strong] of own.strong) {
      if (strongWords.get(key)! < 2) continue;
      let best = byPair.get(key);
      if (!best) byPair.set(key, (best = new Map()));
      for (const [original, gain] of strong) if (gain > (best.get(original) ?? 0)) best.set(original, gain);
    }
  }
  const cut = Math.log(model.threshold / (1 - model.threshold));
  // Only swaps that could pass with the best reading are read: two distinct words at least.
  const hopeful = [...byPair]
    .map(([key, best]) => ({ a: key[0], b: key[1], f: featuresOf(best, 0, usage(key[1])) }))
    .filter((x) => x.f.words >= 2 && ceiling(x.f, model) >= cut)
    .sort((x, y) => ceiling(y.f, model) - ceiling(x.f, model) || (x.a + x.b < y.a + y.b ? -1 : 1))
    .slice(0, MAX_READ);
  const out: Swap[] = [];
  for (const { a, b } of hopeful) {
    const key = a + b;
    let left = 0;
    let parallel = 0;
    let unexplained = 0;
    const casualties: Placed[] = [];
    const taken = (p: Paragraph) => new Set((atParagraph.get(p)?.byPair.get(key) ?? []).map((c) => c.at));
    for (const { paragraph, own: r } of read(a, b, taken)) {
      left += r.left;
      parallel += r.parallel;
      unexplained += r.unexplained;
      for (const c of r.casualties) casualties.push({ ...c, paragraph });
    }
    // The broken words are placed (made objects of the document) only for a swap that passes.
    let occurrences = 0;
    const best = new Map<string, number>();
    for (const own of atParagraph.values())
      for (const c of own.byPair.get(key) ?? []) {
        occurrences++;
        if (c.gain > (best.get(c.original) ?? 0)) best.set(c.original, c.gain);
      }
    const f = featuresOf(best, occurrences, usage(b), left, parallel, unexplained);
    const z = logOdds(f, model);
    trace?.(a, b, f, z, occurrences);
    if (left > MAX_LEFT || z < cut) continue;
    const damage = [...atParagraph].flatMap(([paragraph, own]) =>
      (own.byPair.get(key) ?? []).map((c): Placed => ({ ...c, paragraph })),
    );
    out.push({ a, b, damage, casualties, probability: probability(z) });
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
