// Applying fixes: pure functions over text and edits, as in markdownlint's applyFixes.

import { Edit, Finding, Fix } from '../rules/types';

/** Orders edits and drops any that overlap an earlier one, so the rest apply together. */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && overlaps(prev, e)) continue;
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits to text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of nonOverlapping(edits)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The rules whose findings are blanks to fill: their placeholder fixes are applied only on request. */
export const SLOT_RULES: readonly string[] = ['missing-number', 'placeholder'];

/** Fix-all takes every safe fix except marking blanks (that has its own action, `source.fixAll.gongwen.placeholders`). */
export const autoFixable = (f: Finding): boolean => !SLOT_RULES.includes(f.ruleId);

/**
 * The safe fixes of `findings` that can be applied together: whole fixes only (a fix whose
 * edits would overlap one already taken is left for the next round).
 */
export function combinableFixes(findings: readonly Finding[], accept: (f: Finding) => boolean = autoFixable): Fix[] {
  const taken: Edit[] = [];
  const fixes: Fix[] = [];
  for (const finding of findings) {
    if (!accept(finding)) continue;
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    fixes.push(fix);
  }
  return fixes;
}

/** Two edits overlap when they share text, or when both insert at one point (their order would be a guess). */
export function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies every safe fix, re-checking after each round, until nothing fixable is left.
 * Returns the fixed text and how many rounds it took.
 */
export function fixAll(text: string, check: (text: string) => readonly Finding[], maxRounds = 10): { text: string; rounds: number } {
  for (let round = 0; round < maxRounds; round++) {
    const fixes = combinableFixes(check(text));
    if (fixes.length === 0) return { text, rounds: round };
    text = applyEdits(text, fixes.flatMap((f) => f.edits));
  }
  return { text, rounds: maxRounds };
}
