// Find-and-replace damage, inferred for a whole document: a bulk replace of one character a by b
// breaks every word that held a (县城 → 区城). Around such a b the text segments badly, and well
// once b is swapped back to a; many distinct words broken by the same swap, with a (almost) gone
// from the document, prove the replace. Linear: a bounded local segmentation per candidate.

import { WordTable } from '../../lib/tables';

export interface Damage {
  /** The broken word in the text [start, end) and the offset of the swapped character. */
  start: number;
  end: number;
  at: number;
  observed: string;
  original: string;
  /** How much likelier the text segments with the original (natural log). */
  gain: number;
}

export interface Substitution {
  from: string;
  to: string;
  damage: Damage[];
  /** Real words that may be casualties too (区域 for 县域): information only. */
  casualties: Damage[];
}

const MIN_RESTORED = 20; // the restored word is frequent
const MIN_WORDS = 2; // one word is no evidence
const MAX_LEN = 4;
const MAX_SWAPS = 3;
const PARALLEL_MIN = 5; // a word with the old character, for the name the drafter meant
const CASUALTY_MIN = 50; // the restored word of a casualty is common
const CASUALTY_RATIO = 10; // and the word it became ten times commoner
const MAX_FILLERS = 12; // per masked word: keeps the work per character bounded
const MAX_LEFT = 3; // occurrences of the old character a replace may leave (typed in later)
const SPAN = 3; // characters either side of the swapped one in the local segmentation
const MARGIN = Math.log(50);
const STRONG = 10; // e^10: a restoration that alone would be near certain
const FAIR = 5; // how much likelier the restored text must segment

export interface WordIndex {
  table: WordTable;
  /** `w` with one character masked (`\0`) → the characters that fill the mask. */
  masked: Map<string, string[]>;
}

/** The masked-word index of a word table (built once per table). */
export function indexWords(table: WordTable): WordIndex {
  const masked = new Map<string, string[]>();
  for (const [w, n] of Object.entries(table.count)) {
    if (n < MIN_RESTORED || w.length < 2) continue;
    for (let k = 0; k < w.length; k++) {
      const key = w.slice(0, k) + '\0' + w.slice(k + 1);
      let list = masked.get(key);
      if (!list) masked.set(key, (list = []));
      list.push(w[k]);
    }
  }
  // Only the likeliest fillers of each mask: the table is in code-point order, so sort by count.
  for (const [key, list] of masked) {
    const restored = (a: string) => table.count[key.replace('\0', a)] ?? 0;
    masked.set(key, list.sort((x, y) => restored(y) - restored(x) || (x < y ? -1 : 1)).slice(0, MAX_FILLERS));
  }
  return { table, masked };
}

const HAN = /[\u4e00-\u9fff]/;

/** Every restoration the text allows, by pair `a\0b` (a replaced by b), before any proof. */
export function candidates(text: string, index: WordIndex): Map<string, Damage[]> {
  const { table, masked } = index;
  const chars = new Map<string, number>();
  for (const c of text) chars.set(c, (chars.get(c) ?? 0) + 1);
  const byPair = new Map<string, Damage[]>();
  for (const i of brokenSpots(text, table)) {
    const b = text[i];
    const tried = new Set<string>();
    const local = localSpan(text, i, table);
    for (let len = 2; len <= MAX_LEN; len++) {
      for (let j = Math.max(0, i - len + 1); j <= i && j + len <= text.length; j++) {
        const w = text.slice(j, j + len);
        if (!allHan(w) || table.count[w] !== undefined) continue;
        const k = i - j;
        for (const a of masked.get(w.slice(0, k) + '\0' + w.slice(k + 1)) ?? []) {
          // A bulk replace leaves (almost) none of the old character.
          if (a === b || tried.has(a) || (chars.get(a) ?? 0) > MAX_LEFT) continue;
          tried.add(a);
          const d = restoration(text, i, a, table, local);
          if (!d) continue;
          const key = a + '\0' + b;
          let list = byPair.get(key);
          if (!list) byPair.set(key, (list = []));
          list.push(d);
        }
      }
    }
  }
  return byPair;
}

/** The substitutions that explain the document's broken words. */
export function inferSubstitutions(text: string, index: WordIndex): Substitution[] {
  const { table } = index;
  const byPair = candidates(text, index);
  const out: Substitution[] = [];
  for (const [key, damage] of byPair) {
    const [from, to] = key.split('\0');
    if (!proven(damage)) continue;
    out.push({ from, to, damage, casualties: [] });
  }
  // A position explained by two substitutions goes to the better proven one.
  out.sort(
    (x, y) =>
      distinct(y.damage) - distinct(x.damage) ||
      y.damage.length - x.damage.length ||
      (x.from + x.to < y.from + y.to ? -1 : 1),
  );
  const taken = new Set<number>();
  for (const s of out) s.damage = s.damage.filter((d) => !taken.has(d.at) && (taken.add(d.at), true));
  const found = out.filter((s) => distinct(s.damage) >= MIN_WORDS && proven(s.damage));
  // A bulk replace is one swap or two; a dozen at once is text in another script (國家, 發展), not damage.
  if (found.length > MAX_SWAPS) return [];
  // A replace of a name leaves it right somewhere (全县 → 全区 is a word either way); broken words
  // with no such word beside them are something else (中玻关系 in a text about Bolivia), unless
  // three of them or more are near certain.
  const read = found.map((sub) => ({ sub, ...reading(text, sub, taken, table) }));
  return read
    .filter((x) => x.parallel > 0 || strongWords(x.sub.damage) >= 3)
    .map(({ sub, casualties }) => ({ ...sub, casualties }));
}

const distinct = (damage: Damage[]) => new Set(damage.map((d) => d.original)).size;

/**
 * The real words the new character stands in: as many words with the old one (全区 / 全县: the new
 * name the drafter meant, counted as `parallel`), or common words whose restored form is a rarer word
 * of its own (区域 / 县域: casualties the replace may have made, information only).
 */
function reading(
  text: string,
  sub: Substitution,
  taken: Set<number>,
  table: WordTable,
): { parallel: number; casualties: Damage[] } {
  const casualties: Damage[] = [];
  let parallel = 0;
  for (let i = text.indexOf(sub.to); i >= 0; i = text.indexOf(sub.to, i + 1)) {
    if (taken.has(i)) continue;
    const { s, observed } = localSpan(text, i, table);
    const word = segment(observed, table).words.find(([ws, we]) => ws <= i - s && i - s < we);
    if (!word || word[1] - word[0] < 2) continue;
    const w = observed.slice(word[0], word[1]);
    const k = i - s - word[0];
    const original = w.slice(0, k) + sub.from + w.slice(k + 1);
    const n = table.count[original] ?? 0;
    if (n < PARALLEL_MIN) continue;
    if (n >= CASUALTY_MIN && (table.count[w] ?? 0) >= CASUALTY_RATIO * n)
      casualties.push({ start: s + word[0], end: s + word[1], at: i, observed: w, original, gain: 0 });
    else parallel++;
  }
  return { parallel, casualties };
}

/** How many distinct words the swap restores with near certainty. */
function strongWords(damage: Damage[]): number {
  return new Set(damage.filter((d) => d.gain >= STRONG).map((d) => d.original)).size;
}

/**
 * Proof of a replace: two distinct words each far likelier restored (区城 ← 县城, 镇镇 ← 乡镇), or
 * three that together are (tuned on the tune part of the corpus). One word, however often, is none.
 */
function proven(damage: Damage[]): boolean {
  const best = new Map<string, number>();
  for (const d of damage) best.set(d.original, Math.max(best.get(d.original) ?? 0, d.gain));
  const g = [...best.values()].sort((x, y) => y - x);
  if (g.length < MIN_WORDS) return false;
  return g[1] >= STRONG || (g.length >= 3 && g[2] >= FAIR && g[0] + g[1] + g[2] >= 2 * STRONG + 1);
}

const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]/;

/**
 * Where the text breaks apart: characters left as single tokens beside another single, in the
 * cheapest segmentation of each run of Han characters (区/城 in 区城建设; not 的 in 建设的发展).
 */
function brokenSpots(text: string, table: WordTable): number[] {
  const out: number[] = [];
  const run = /[\u4e00-\u9fff]+/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(text))) {
    const words = segment(m[0], table).words;
    words.forEach(([s, e]) => {
      if (e - s !== 1 || NUMERAL.test(m![0][s])) return;
      out.push(m!.index + s);
    });
  }
  return out;
}

/** The run of Han characters around i that the local segmentation looks at, and its cost. */
function localSpan(text: string, i: number, table: WordTable): { s: number; observed: string; cost: number } {
  let s = i;
  while (s > 0 && i - s < SPAN && HAN.test(text[s - 1])) s--;
  let e = i + 1;
  while (e < text.length && e - i <= SPAN && HAN.test(text[e])) e++;
  const observed = text.slice(s, e);
  return { s, observed, cost: segment(observed, table).cost };
}

/** The broken word at i when the text around it segments far better with `a` in place of text[i]. */
function restoration(
  _text: string,
  i: number,
  a: string,
  table: WordTable,
  local: { s: number; observed: string; cost: number },
): Damage | undefined {
  const { s, observed } = local;
  const restored = observed.slice(0, i - s) + a + observed.slice(i - s + 1);
  const after = segment(restored, table);
  if (local.cost - after.cost < MARGIN) return undefined;
  // The restored word holding the swapped character.
  const word = after.words.find(([ws, we]) => ws <= i - s && i - s < we);
  if (!word || word[1] - word[0] < 2) return undefined;
  return {
    start: s + word[0],
    end: s + word[1],
    at: i,
    observed: observed.slice(word[0], word[1]),
    original: restored.slice(word[0], word[1]),
    gain: local.cost - after.cost,
  };
}

/** The cheapest segmentation of a short run of Han characters by word frequency (unigram). */
function segment(run: string, table: WordTable): { cost: number; words: Array<[number, number]> } {
  const n = run.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  const logN = Math.log(table.tokens);
  for (let e = 1; e <= n; e++) {
    for (let len = 1; len <= MAX_LEN && len <= e; len++) {
      const c = table.count[run.slice(e - len, e)];
      if (c === undefined && len > 1) continue;
      // An unknown single character, or a dictionary word the corpus never used, counts as rare.
      const w = cost[e - len] + logN - Math.log(c ? c : len > 1 ? 1 : 0.2);
      if (w < cost[e]) {
        cost[e] = w;
        from[e] = e - len;
      }
    }
  }
  const words: Array<[number, number]> = [];
  // Pushed from the end and reversed once: unshift would make a long run quadratic.
  for (let e = n; e > 0; e = from[e]) words.push([from[e], e]);
  return { cost: cost[n], words: words.reverse() };
}

function allHan(s: string): boolean {
  for (const c of s) if (!HAN.test(c)) return false;
  return true;
}
