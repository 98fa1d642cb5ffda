// How the slot table reads the place of a unit written without a number: the characters and the
// segmenter's words around it, as context keys of fifteen families (the unit alone; one, two or three
// characters before it; the character after; the previous word and its tag; how the segmenter cut the
// unit; the next word and its tag; and some of these together). The table builder (scripts/stats/
// slots.ts) and missing-number read every site through siteKeys, on the text as a draft has it (the
// number deleted), so a key means the same on both sides.

import { isBoundary } from './text';

/** A token as the keys read it: offsets, the word and the segmenter's tag. */
export interface TaggedSpan {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** The token covering `offset` in sorted tokens, or undefined. */
export function tokenAt(tokens: readonly TaggedSpan[], offset: number): TaggedSpan | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/**
 * The families of keys, one letter each, in the order siteKeys returns them. `u` (the unit alone) is
 * the prior every other family's evidence is weighed against.
 */
export const FAMILIES = 'uabcdewthknmsvq';

/**
 * The context class of one character: a closing quote or bracket ” (“米”字形: a name's marker, no
 * count), other clause punctuation and breaks 。, digits 0, Latin a, else itself.
 */
export function contextClass(ch: string): string {
  if (/[”’》」』〉）)】]/.test(ch)) return '”';
  if (isBoundary(ch)) return '。';
  if (/[0-9０-９]/.test(ch)) return '0';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(ch)) return 'a';
  return ch;
}

/** A word as the keys read it: punctuation 。, a number 0, Latin a, else itself. */
function wordClass(word: string): string {
  if (word.length === 1 || isBoundary(word[0])) return contextClass(word[0] ?? '');
  if (/^[0-9０-９.．%％]+$/.test(word)) return '0';
  if (/^[A-Za-zＡ-Ｚａ-ｚ]+$/.test(word)) return 'a';
  return word;
}

/**
 * The unit's group: a multiplied unit stands for its base with a mark (万元, 亿元, 万余元 → *元), so
 * what is learnt about 亿元 after a word speaks for 万元 too; other units stand for themselves.
 */
export function unitGroup(unit: string): string {
  const m = /^(?:[余多]?(?:万亿|千万|百万|万|亿)[余多]?|[余多])(.+)$/.exec(unit);
  return m ? `*${m[1]}` : unit;
}

/**
 * The context keys of a unit at u0 with no number before it, one per family (FAMILIES). `tokens` are
 * the segmenter's tokens of the text around it (at least the clause between separators ，。 or
 * blanks). `skip` (the document's placeholder) is read through, as if the blank it marks were still
 * empty: marking one blank never changes how its neighbours read.
 */
export function siteKeys(text: string, tokens: readonly TaggedSpan[], u0: number, unit: string, skip = ''): string[] {
  const u1 = u0 + unit.length;
  const left = leftClasses(text, u0, skip);
  const r = skip && text.startsWith(skip, u1) ? u1 + skip.length : u1;
  const r1 = contextClass(text[r] ?? '');
  // How the segmenter cut the unit: alone, or joined with what is before (案件 for 立案▢件) or after (个人).
  const first = tokenAt(tokens, u0);
  const last = tokenAt(tokens, u1 - 1);
  let shape = 'alone';
  let groupStart = u0;
  let groupEnd = u1;
  if (!first || !last) shape = 'none';
  else if (first.start !== u0 || last.end !== u1) {
    groupStart = Math.min(first.start, u0);
    groupEnd = Math.max(last.end, u1);
    const kind =
      first === last && first.tag === 'x' ? 'x' : first.start < u0 ? (last.end > u1 ? 'in' : 'ends') : 'starts';
    shape = `${kind}:${text.slice(groupStart, groupEnd)}`;
  }
  const prev = tokenAt(tokens, groupStart - 1);
  // An unknown word ending in the unit (共场, 仅米: the HMM joined what a deleted number separated): its
  // head is the word before.
  const head = shape.startsWith('x:') && groupStart < u0 ? text.slice(groupStart, u0) : undefined;
  const w = head ? wordClass(head) : prev ? wordClass(prev.word) : '。';
  const t = head ? 'x' : prev ? prev.tag : '-';
  const nextAt = skip && text.startsWith(skip, groupEnd) ? groupEnd + skip.length : groupEnd;
  const next = tokenAt(tokens, nextAt);
  const n = next ? wordClass(next.word) : '。';
  const nt = next ? next.tag : '-';
  const g = unitGroup(unit);
  const [c1, c2, c3] = left;
  // Every context but the unit's and the cut's own is marked ~ when the unit is joined to a known word:
  // 用|人 in 选人用人 (one word) is no evidence for 重用|人 cut apart. An unknown join (个村/x, 共场/x)
  // is what a deleted number leaves, read as the unit alone.
  const j = shape === 'alone' || shape.startsWith('x:') ? '' : '~';
  return [
    `u${unit}`,
    `a${j}${c1}|${unit}`,
    `b${j}${c2}${c1}|${unit}`,
    `c${j}${c3}${c2}${c1}|${unit}`,
    `d${j}${unit}|${r1}`,
    `e${j}${c1}|${unit}|${r1}`,
    `w${j}${w}|${unit}`,
    `t${j}${t}|${unit}`,
    `h${j}${w}|${g}`,
    `k${j}${t}|${g}|${nt}`,
    `n${j}${unit}|${n}`,
    `m${j}${unit}|${nt}`,
    `s${shape}|${unit}`,
    `v${j}${t}|${unit}|${nt}`,
    `q${j}${w}|${unit}|${r1}`,
  ];
}

/** The classes of the three characters before `at`, nearest first; after clause punctuation, all 。. */
function leftClasses(text: string, at: number, skip: string): [string, string, string] {
  const out: string[] = [];
  let i = at;
  while (out.length < 3) {
    if (skip && i >= skip.length && text.startsWith(skip, i - skip.length)) i -= skip.length;
    const cp = text.codePointAt(i - 2);
    const ch = i <= 0 ? '' : cp !== undefined && cp > 0xffff ? text.slice(i - 2, i) : text[i - 1];
    const c = contextClass(ch);
    out.push(c);
    if (c === '。' || c === '”') break;
    i -= ch.length;
  }
  while (out.length < 3) out.push('。');
  return out as [string, string, string];
}
