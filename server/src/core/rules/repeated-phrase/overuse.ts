// Overuse: a drafter's habit — a way of saying (a phrase that opens with a verb or an adverb:
// 统筹推进…, 进一步提升…) used again and again in this document and not a formulation the corpus's
// documents share. Names and defined terms (县级以上地方各级人民政府, 临时管理规约) open with no
// predicate and are never counted: a report or a regulation names its subject as often as it must.
// Counted from the paragraphs' contributions (a Tally kept with the document), one note per phrase at
// its first use with the others as related locations, at most OVERUSE_MAX notes per document.

import { excerpt } from '../../text';
import { Found } from './report';
import { ParagraphPart } from './paragraph';
import { countable, oneCharacter, phraseKey } from './stream';
import { placesOf, Tally } from './tally';
import { Span } from '../../model';

/** Overuse notes per document at most: the phrases used most, in document order. */
export const OVERUSE_MAX = 5;
/** Related locations per note at most. */
const RELATED_MAX = 10;

interface Use {
  part: ParagraphPart;
  /** The paragraph's start in the document. */
  at: number;
  /** Stream index of the phrase's first token. */
  x: number;
}

/**
 * The overuse notes of the document made of `parts` (in document order): phrases of `minChars`+
 * characters used `minUses`+ times, not `exempt`. `tally` counts the parts' phrase keys, its
 * threshold at `minUses`: only its hot keys are looked at.
 */
export function habits(
  tally: Tally<ParagraphPart>,
  parts: ReadonlyArray<{ paragraph: Span; own: ParagraphPart }>,
  minChars: number,
  minUses: number,
  exempt: (phrase: string, words: string[]) => boolean,
): Found[] {
  if (tally.hot.size === 0) return [];
  const places = placesOf(parts, tally);
  // Each frequent seed, extended to the longest phrase all its uses share (within their clauses).
  const phrases = new Map<number, { uses: Use[]; len: number; chars: number }>();
  for (const key of tally.hot) {
    const uses: Use[] = [];
    for (const part of tally.ownersOf(key)) {
      for (let i = 0; i < part.keys.length; i++) {
        if (part.keys[i] !== key) continue;
        for (const j of places.get(part) ?? []) uses.push({ part, at: parts[j].paragraph.start, x: part.habitAt[i] });
      }
    }
    uses.sort((a, b) => a.at - b.at || a.x - b.x);
    if (uses.length < minUses) continue;
    const first = uses[0];
    const s0 = first.part.stream;
    let len = 1;
    while (countable(s0, first.x, first.x + len) < minChars) len++;
    const fits = (u: Use, k: number) =>
      u.x + k < u.part.stream.n && u.part.stream.clause[u.x + k] === u.part.stream.clause[u.x];
    while (fits(first, len) && uses.every((u) => fits(u, len) && u.part.stream.id[u.x + len] === s0.id[first.x + len]))
      len++;
    const phrase = phraseKey(s0, first.x, first.x + len);
    if (!phrases.has(phrase)) phrases.set(phrase, { uses, len, chars: countable(s0, first.x, first.x + len) });
  }
  // Longest first: uses inside a longer phrase noted already are that phrase's.
  const covered = new Map<string, number>(); // `${at}:${x}` → the end of the noted use over it
  const notes: Array<{ found: Found; uses: number; at: number }> = [];
  for (const { uses, len } of [...phrases.values()].sort((a, b) => b.chars - a.chars)) {
    const s0 = uses[0].part.stream;
    if (oneCharacter(s0, uses[0].x, len)) continue;
    // Uses that do not overlap (a phrase said twice over itself counts once).
    const apart: Use[] = [];
    for (const u of uses) {
      const last = apart[apart.length - 1];
      if (!last || last.at !== u.at || u.x >= last.x + len) apart.push(u);
    }
    if (apart.length < minUses) continue;
    const text = s0.text.slice(s0.start[uses[0].x], s0.end[uses[0].x + len - 1]);
    const words = Array.from({ length: len }, (_, k) => s0.token(uses[0].x + k).word);
    if (exempt(text, words)) continue;
    const fresh = apart.filter((u) => (covered.get(`${u.at}:${u.x}`) ?? -1) < u.x + len);
    if (fresh.length < minUses) continue;
    for (const u of apart)
      for (let t = u.x; t < u.x + len; t++) {
        const k = `${u.at}:${t}`;
        if ((covered.get(k) ?? -1) < u.x + len) covered.set(k, u.x + len);
      }
    const span = (u: Use) => ({ start: u.at + u.part.stream.start[u.x], end: u.at + u.part.stream.end[u.x + len - 1] });
    const related = apart
      .filter((u) => u !== fresh[0])
      .slice(0, RELATED_MAX)
      .map((u) => ({ ...span(u), key: 'other' as const }));
    notes.push({
      found: { span: span(fresh[0]), key: 'overuse', args: [excerpt(text), apart.length], related, mild: true },
      uses: apart.length,
      at: span(fresh[0]).start,
    });
  }
  return notes
    .sort((a, b) => b.uses - a.uses || a.at - b.at)
    .slice(0, OVERUSE_MAX)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.found);
}
