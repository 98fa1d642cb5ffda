// What a series' numbers should be, and how a broken one went wrong. A series always renumbers to
// 1, 2, 3… in document order: one typo then changes one marker, an inserted or deleted section
// changes every marker after it.

/** How the first number out of line went wrong, for the message. */
export type Break = 'repeat' | 'typo' | 'order' | 'gap';

/** The right number at each position: 1, 2, 3…; a last 最后 (ordinal 0) stays the last. */
export function targetOrdinals(ordinals: readonly number[]): number[] {
  return ordinals.map((o, i) => (o === 0 && i === ordinals.length - 1 ? 0 : i + 1));
}

/** Classifies the break at position `i`, the first whose number differs from its target. */
export function classify(ordinals: readonly number[], targets: readonly number[], i: number): Break {
  const o = ordinals[i];
  if (ordinals.slice(0, i).includes(o)) return 'repeat';
  if (ordinals.every((x, j) => j === i || x === targets[j])) return 'typo';
  if (o !== 0 && o < targets[i]) return 'order';
  if (o === 0 || ordinals.slice(i + 1).some((x) => x !== 0 && x < o)) return 'order';
  return 'gap';
}
