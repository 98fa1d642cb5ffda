// Whether two copies of a phrase in one sentence are members of one construction or a slip, by where
// they stand in their clauses. The figures of speech of the register repeat *part* of a clause: items
// of a series keep the frame and change the head or the complement (一产增加值增长6%左右，二产增加值增长
// 6%左右), chaining takes the end of one clause up as the start of the next (违法所得；违法所得在十万元
// 以上的), chiasmus swaps two parts, a list of names shares words (临时管理规约、管理规约). A series may
// also repeat a whole clause as its frame, at the same place of each item (…的，处五年以下有期徒刑，并处
// 罚金；情节严重的，处五年以上有期徒刑，并处罚金), joined by a connective (…，或者违反国家规定). A slip
// repeats a *whole* clause elsewhere: the same clause written again (a paste), or a clause written
// again in the next one that replaced it (an edit's leftover). Clause marks are ，、；：, so a clause
// is also a list item; series items end at ；.

import { Pair } from './find';
import { TokenStream } from './stream';

/** Words that open a clause without being its content: modal verbs, connectives, series markers. */
const LEAD_WORDS = new Set(
  '要 需 需要 应 应当 必须 还要 就要 将 并 并且 而且 同时 此外 另外 首先 其次 再次 最后 还 也 又 更 都 就 才 则 即'.split(
    ' ',
  ),
);
/** Series markers: 一是, 三是 (第一 stays: 第一机械工业部、第二机械工业部 are heads of a series). */
const MARKER = /^[一二三四五六七八九十]+是$/;
/** Negations change what a clause says: never light. */
const NEGATION = new Set(
  '不 没 没有 未 无 非 别 勿 毋 莫 不得 不要 不能 不可 不再 尚未 并未 从未 未曾 无须 不必'.split(' '),
);
/** Conditions echoed by their consequence are a construction (不得担任…；如果担任…，必须…), and so are alternatives (…的，或者…的). */
const CONDITION = new Set('如果 如 若 假如 倘若 凡 凡是 一旦 只要 除非 即使 或者 或 或是 以及 还是'.split(' '));
/** At most this many light words before a clause's content. */
const LEAD_MAX = 3;
/** Tags of words that say something happens (verbs, set phrases): a clause has a predicate, a name has none. */
const PREDICATE_TAG = /^(v|vd|vi|vg|l|i)$/;
const MARKS = /[，、；：,;:]/;

/** True for a light word: a conjunction, adverb or pronoun (c, d, r), a modal verb, a series marker. */
export function light(s: TokenStream, i: number): boolean {
  const t = s.token(i);
  if (NEGATION.has(t.word) || CONDITION.has(t.word)) return false;
  return LEAD_WORDS.has(t.word) || MARKER.test(t.word) || t.tag === 'c' || t.tag === 'd' || t.tag === 'r';
}

/** Where the content of the clause holding token a begins: after at most LEAD_MAX light words. */
function contentStart(s: TokenStream, c: number): number {
  const a = s.clauseStart[c];
  const b = s.clauseEnd[c];
  let f = a;
  while (f < b - 1 && f - a < LEAD_MAX && light(s, f)) f++;
  return f;
}

/** True when [a, a+len) is whole clauses: it ends its last clause and opens its first (after light words, when `lead`). */
export function wholeClauses(s: TokenStream, a: number, len: number, lead = true): boolean {
  const c = s.clause[a];
  if (s.clauseEnd[s.clause[a + len - 1]] !== a + len) return false;
  return a === s.clauseStart[c] || (lead && a <= contentStart(s, c) && lightUpTo(s, s.clauseStart[c], a));
}

const lightUpTo = (s: TokenStream, from: number, to: number) => {
  for (let i = from; i < to; i++) if (!light(s, i)) return false;
  return true;
};

/** True when some word of [a, a+len) is a predicate (a verb, not a verbal noun; a set phrase). */
export function hasPredicate(s: TokenStream, a: number, len: number): boolean {
  for (let i = a; i < a + len; i++) if (PREDICATE_TAG.test(s.token(i).tag)) return true;
  return false;
}

/** The first and last clause of the series item (；-separated) holding clause c. */
function itemOf(s: TokenStream, c: number): { first: number; last: number } {
  const item = s.item[s.clauseStart[c]];
  let first = c;
  while (first > 0 && s.item[s.clauseStart[first - 1]] === item) first--;
  let last = c;
  while (last + 1 < s.clauseStart.length && s.item[s.clauseStart[last + 1]] === item) last++;
  return { first, last };
}

/**
 * True when two runs of whole clauses are a series' frame, in two items of the series (；-separated):
 * both open their items (an anaphora: 我们的改革，要…；我们的改革，是要…), or they stand beside parallel
 * clauses — the clauses before them, after them or opening their items begin or end with the same word
 * or share two words (…的罚款，广告费用无法计算的，处…；…的罚款，广告费用无法计算的，处…) — or at the
 * same place of the items, counted in major clauses (a list of 、 items is one) from the item's start
 * or end, beside clauses that share at least a particle (难产的，增加产假十五天；生育多胞胎的，…，增加
 * 产假十五天). A clause pasted into another item lands between clauses of their own. Clause indices.
 */
export function seriesFrame(s: TokenStream, e0: number, e1: number, l0: number, l1: number): boolean {
  const e = itemOf(s, e0);
  const l = itemOf(s, l0);
  if (e.first === l.first) return false;
  const m = (c: number, end = false) => s.major[end ? s.clauseEnd[c] - 1 : s.clauseStart[c]];
  if (m(e0) === m(e.first) && m(l0) === m(l.first)) return true;
  const parallel = (strong: boolean) =>
    (e0 > e.first && l0 > l.first && (alike(s, e0 - 1, l0 - 1, strong) || alike(s, e.first, l.first, strong))) ||
    (e1 < e.last && l1 < l.last && alike(s, e1 + 1, l1 + 1, strong));
  if (parallel(true)) return true;
  const samePlace =
    m(e0) - m(e.first) === m(l0) - m(l.first) || m(e.last, true) - m(e1, true) === m(l.last, true) - m(l1, true);
  return samePlace && parallel(false);
}

const DIGIT = /[0-9０-９]/;
/** True when a clause (tokens [from, to)) states a figure: a numeral after its first word (四要… is a series marker). */
function figure(s: TokenStream, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (s.token(i).tag === 'm' || DIGIT.test(s.token(i).word)) return true;
  return false;
}

/**
 * True when clauses a and b are parallel: they open or close with the same word — when `strong`, one
 * of two characters or more (的 ends half the clauses of a law) — or, when not `strong`, both state a
 * figure, or, when `strong`, share two words
 * of two characters or more (…有效期最短为九十日 / …有效期最短为一百八十日).
 */
function alike(s: TokenStream, a: number, b: number, strong: boolean): boolean {
  const [a0, a1, b0, b1] = [s.clauseStart[a], s.clauseEnd[a], s.clauseStart[b], s.clauseEnd[b]];
  if (a0 >= a1 || b0 >= b1) return false;
  const long = (x: number) => s.cs[x + 1] - s.cs[x] >= 2;
  const same = (x: number, y: number) => s.id[x] === s.id[y] && (!strong || long(x));
  if (same(a0, b0) || same(a1 - 1, b1 - 1)) return true;
  // Two figures (棉纱四百六十万件，等于…；机制纸四十八万吨，等于…): items of a table said as a series.
  if (!strong) return figure(s, a0, a1) && figure(s, b0, b1);
  let shared = 0;
  const words = new Set<number>();
  for (let i = a0; i < a1; i++) if (long(i)) words.add(s.id[i]);
  for (let i = b0; i < b1 && shared < 2; i++) if (long(i) && words.delete(s.id[i])) shared++;
  return shared >= 2;
}

/** A run of whole clauses said again in the same sentence: clause indices of both copies. */
export interface PastedRun {
  early: { first: number; last: number; from: number };
  late: { first: number; last: number; from: number };
  /** Nothing but a mark between the copies: written twice in a row. */
  adjacent: boolean;
}

/**
 * Whole clauses said again in their sentence, compared by their text (letters and digits, after light
 * words in front), not their words: the segmenter may cut the same clause differently in two places.
 * A copy right after the original is doubled text whatever its marks (坚持稳中求进、坚持稳中求进);
 * further on, a copy counts when it is set off by ，；： (an item of one list found in another list is
 * none), is no frame of a series, and has no light words of its own in front (或者违反国家规定 after
 * 违反国家规定 joins alternatives). `minHan`: Han characters a copy right after has at least, `minHanApart`
 * one further on.
 */
export function pastedRuns(s: TokenStream, minHan: number, minHanApart: number): PastedRun[] {
  const clauses = s.clauseStart.length;
  const from = new Int32Array(clauses);
  const body: string[] = [];
  for (let c = 0; c < clauses; c++) {
    const a = s.clauseStart[c];
    const b = s.clauseEnd[c];
    from[c] = a < b ? contentStart(s, c) : a;
    body.push(a < b ? contentOf(s.text.slice(s.start[from[c]], s.end[b - 1])) : '');
  }
  const lead = (c: number) => s.text.slice(s.start[s.clauseStart[c]], s.start[from[c]]);
  const markBefore = (c: number) => (s.clauseStart[c] > 0 ? gapMark(s, s.clauseStart[c]) : '');
  const markAfter = (c: number) => (s.clauseEnd[c] < s.n ? gapMark(s, s.clauseEnd[c]) : '');
  const out: PastedRun[] = [];
  const seen = new Map<string, number>(); // body → latest clause of the sentence with it
  let sentence = -1;
  for (let c = 0; c < clauses; c++) {
    if (s.clauseEnd[c] <= s.clauseStart[c]) continue;
    const sc = s.sent[s.clauseStart[c]];
    if (sc !== sentence) {
      sentence = sc;
      seen.clear();
    }
    const e = seen.get(body[c]);
    seen.set(body[c], c);
    if (e === undefined || body[c] === '') continue;
    const last = out[out.length - 1];
    // One more clause of a run: the copy goes on clause by clause.
    if (last && last.late.last === c - 1 && last.early.last === e - 1 && e < last.late.first) {
      last.late.last = c;
      last.early.last = e;
      continue;
    }
    out.push({
      early: { first: e, last: e, from: from[e] },
      late: { first: c, last: c, from: from[c] },
      adjacent: false,
    });
  }
  return out.filter((r) => {
    r.adjacent = r.late.first === r.early.last + 1;
    // Light words in front count here: 三是狠抓督导 is a clause of its own.
    const copy = s.text.slice(s.start[s.clauseStart[r.late.first]], s.end[s.clauseEnd[r.late.last] - 1]);
    const han = (copy.match(/\p{Script=Han}/gu) ?? []).length;
    // The later copy's light words are none, or the earlier's (or the end of them: 我们一定要… → 一定要…);
    // words of its own in front make another item (子目注释、本国子目注释) or join it (…，也可以…).
    if (!lead(r.early.first).endsWith(lead(r.late.first))) return false;
    if (r.adjacent) return han >= minHan;
    if (han < minHanApart) return false;
    const setOff = (first: number, last: number) => markBefore(first) !== '、' && markAfter(last) !== '、';
    if (!setOff(r.early.first, r.early.last) || !setOff(r.late.first, r.late.last)) return false;
    // Alternatives (…，执行期满未逾五年，或者因犯罪…，执行期满未逾五年): each has the clause.
    for (let c = r.early.last + 1; c < r.late.first; c++)
      if (CONDITION.has(s.token(s.clauseStart[c]).word)) return false;
    return !seriesFrame(s, r.early.first, r.early.last, r.late.first, r.late.last);
  });
}

/** True when clause c is an item of a list: 、 before or after it. */
function listItem(s: TokenStream, c: number): boolean {
  const a = s.clauseStart[c];
  const b = s.clauseEnd[c];
  return (a > 0 && gapMark(s, a) === '、') || (b < s.n && gapMark(s, b) === '、');
}

/** The clause mark between token i - 1 and token i ('' when none). */
function gapMark(s: TokenStream, i: number): string {
  return s.text.slice(s.end[i - 1], s.start[i]).match(MARKS)?.[0] ?? '';
}

/** Letters and digits of a text, nothing else. */
function contentOf(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

/**
 * True when a clause with a predicate (`minChars`+ characters) is said again in the very next clause
 * of its series item, rewritten in front (我县坚持…，始终坚持…; 一是干部作风还需进一步转变，部分干部
 * 作风还需进一步转变) or taken into it (要切实抓好安全生产工作，确保切实抓好安全生产工作落到实处).
 * Not: parts of two clauses (constructions), a negation or a condition echoed (不得担任…；如果担任…),
 * a condition echoed by its consequence (凡是有条件举办…的，都可以举办), a clause taken up as the start
 * of the next (chaining) or referred to (…就是我们能够战胜这一切病菌的保证).
 */
export function restated(s: TokenStream, p: Pair, minChars: number): boolean {
  const early = wholeClauses(s, p.early, p.len);
  const late = wholeClauses(s, p.late, p.len);
  if (early === late) return false; // both whole is a paste (pastedRuns), neither a construction
  // Fixed formulations included: a formulation restated is as much a slip. A clause ending in 的 is a
  // condition or a modifier, and taken up again it refers to what it names (…的，由收到…申请的机关…).
  if (s.cs[p.late + p.len] - s.cs[p.late] < minChars || !hasPredicate(s, p.late, p.len)) return false;
  if (s.token(p.late + p.len - 1).word === '的') return false;
  if (s.clause[p.late] !== s.clause[p.early + p.len - 1] + 1 || s.item[p.late] !== s.item[p.early]) return false;
  const part = early ? p.late : p.early;
  // The whole one is a clause set off by ，；：, not an item of a list (会同生态环境、自然资源主管部门认定).
  const whole = early ? p.early : p.late;
  if (listItem(s, s.clause[whole]) || listItem(s, s.clause[whole + p.len - 1])) return false;
  for (let i = s.clauseStart[s.clause[part]]; i < part; i++) {
    const w = s.token(i).word;
    if (NEGATION.has(w) || CONDITION.has(w)) return false;
  }
  if (s.clauseEnd[s.clause[part + p.len - 1]] === part + p.len) return true;
  if (!early) return false;
  // Chaining (发展经济，发展经济的目的…) or a reference (…的保证): the later copy goes on with its clause.
  if (p.late === s.clauseStart[s.clause[p.late]]) return false;
  const next = s.token(p.late + p.len).word;
  return next !== '的' && next !== '之';
}
