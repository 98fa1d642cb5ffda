// Applying fixes: pure functions over text and edits, as in markdownlint's applyFixes.

import { Edit, Finding, Fix } from '../lib/findings';
import { Span } from '../model';
import { RULES } from '../rules';

/** Edits in text order. */
function sortedEdits(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Orders edits and drops any that overlap an earlier one, so the rest apply together. */
function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = sortedEdits(edits);
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

/** The rules whose findings are blanks to fill (tagged `slot`): their placeholder fixes are applied only on request. */
export const SLOT_RULES: readonly string[] = RULES.filter((r) => r.tags.includes('slot')).map((r) => r.id);

/** Picks the fixes a fix-all may apply: a finding and its safe fix. */
export type FixAccept = (finding: Finding, fix: Fix) => boolean;

/**
 * What every fix-all applies (修复所有可自动修复的问题, `editor.codeActionsOnSave`, `gongwen fix`): a
 * finding's safe fix, except marking blanks (its own action, `source.fixAll.gongwen.placeholders`)
 * and, unless `contentChanges` (the setting `fixAll.contentChanges`), a fix that changes what the
 * report says (a doubled clause or a duplicate paragraph deleted): that is the quick fix's, on request.
 */
export function fixAllAccepts(contentChanges = false): FixAccept {
  return (finding, fix) => !SLOT_RULES.includes(finding.ruleId) && (contentChanges || !fix.changesContent);
}

/** Fix-all with the default settings. */
export const autoFixable: FixAccept = fixAllAccepts(false);

/**
 * The safe fixes of `findings` that can be applied together: whole fixes only, of the findings and
 * fixes `accept` takes. Where two overlap, the one covering the other wins (a whole residue line over
 * a tweak inside it, which would leave the rest of the line behind); otherwise the first one, and the
 * other waits for the next round.
 */
export function combinableFixes(findings: readonly Finding[], accept: FixAccept = autoFixable): Fix[] {
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.length === 0 || !accept(finding, fix)) continue;
    const clashes = fixes.filter((t) => t.edits.some((a) => fix.edits.some((b) => overlaps(a, b))));
    if (clashes.length === 0) fixes.push(fix);
    else if (clashes.every((c) => covers(extent(fix), extent(c))))
      fixes.splice(0, fixes.length, ...fixes.filter((t) => !clashes.includes(t)), fix);
  }
  return fixes;
}

/** The stretch of text a fix's edits lie in. */
function extent(fix: Fix): Span {
  return { start: Math.min(...fix.edits.map((e) => e.start)), end: Math.max(...fix.edits.map((e) => e.end)) };
}

/** True when `a` holds `b` and is larger. */
function covers(a: Span, b: Span): boolean {
  return a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
}

/** Brackets and quotes that a removal must not leave empty. */
const SHELLS: Record<string, string> = {
  '（': '）',
  '(': ')',
  '【': '】',
  '[': ']',
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
  '〈': '〉',
};

/**
 * Removals widened over the brackets or quotes they would leave empty: deleting 「公众号：…」 from
 * （来源：公众号：…） must not leave （来源：）… nor （）. A removal whose neighbours are an opener
 * and its closer takes them too, and a source label (来源：) left alone inside with them.
 */
export function closeShells(text: string, edits: readonly Edit[]): Edit[] {
  return edits.map((e) => {
    if (e.newText !== '') return e;
    let { start, end } = e;
    for (;;) {
      // A label such as 来源： or 转自 left alone before the removed text goes with it.
      const label = /(?:来源|出处|转自|转载自|摘自|作者|编辑|责编)[：:]?\s*$/.exec(
        text.slice(Math.max(0, start - 6), start),
      );
      const from = label && SHELLS[text[start - label[0].length - 1]] === text[end] ? start - label[0].length : start;
      if (from > 0 && end < text.length && SHELLS[text[from - 1]] === text[end]) {
        start = from - 1;
        end += 1;
        continue;
      }
      break;
    }
    return start === e.start && end === e.end ? e : { ...e, start, end };
  });
}

/** Two edits overlap when they share text, or when both insert at one point (their order would be a guess). */
export function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** What fix-all did: the fixed text, the same as edits on the text it started from, the rounds, fixes by rule. */
interface FixAllResult {
  text: string;
  edits: Edit[];
  rounds: number;
  applied: Record<string, number>;
}

interface FixAllOptions {
  /** The fixes to apply (default: fix-all's, autoFixable). */
  accept?: FixAccept;
  /** The findings of the text itself, when the caller has them (the server): not checked again. */
  first?: readonly Finding[];
  maxRounds?: number;
}

/**
 * The fix-all loop, the one the CLI, the server and the tests use: every fix `accept` takes, round
 * after round (one round can leave work: two fixes on one span, the second waits; a renumbered marker
 * makes the next heading's number wrong), until nothing is left or `maxRounds`. Yields each text to
 * check and takes its findings, so that a driver can check synchronously (fixAll) or not (fixAllAsync).
 */
function* fixRounds(text: string, options: FixAllOptions): Generator<string, FixAllResult, readonly Finding[]> {
  const { accept = autoFixable, maxRounds = 10 } = options;
  const applied: Record<string, number> = {};
  let edits: Edit[] = [];
  let current = text;
  let findings = options.first ?? (yield current);
  for (let round = 0; round < maxRounds; round++) {
    const fixes = combinableFixes(findings, accept);
    if (fixes.length === 0) return { text: current, edits, rounds: round, applied };
    const ruleOf = new Map(findings.flatMap((f) => f.fixes.map((x) => [x, f.ruleId] as const)));
    for (const fix of fixes) applied[ruleOf.get(fix)!] = (applied[ruleOf.get(fix)!] ?? 0) + 1;
    const next = nonOverlapping(
      closeShells(
        current,
        fixes.flatMap((f) => f.edits),
      ),
    );
    edits = composeEdits(text, edits, next);
    current = applyEdits(current, next);
    if (round + 1 < maxRounds) findings = yield current;
  }
  return { text: current, edits, rounds: maxRounds, applied };
}

/**
 * Applies every fix `accept` takes (by default fix-all's: autoFixable), re-checking after each
 * round, until nothing fixable is left (the loop: fixRounds). Returns the fixed text, its edits on
 * `text`, how many rounds it took and how many fixes of each rule were applied.
 */
export function fixAll(
  text: string,
  check: (text: string) => readonly Finding[],
  accept: FixAccept = autoFixable,
  maxRounds = 10,
): FixAllResult {
  const rounds = fixRounds(text, { accept, maxRounds });
  let step = rounds.next();
  while (!step.done) step = rounds.next(check(step.value));
  return step.value;
}

/** fixAll with a check that may wait (the server's: tokens from the segmenter's worker). */
export async function fixAllAsync(
  text: string,
  check: (text: string) => Promise<readonly Finding[]> | readonly Finding[],
  options: FixAllOptions = {},
): Promise<FixAllResult> {
  const rounds = fixRounds(text, options);
  let step = rounds.next();
  while (!step.done) step = rounds.next(await check(step.value));
  return step.value;
}

/**
 * Composes two rounds of edits: `first` on `base` (giving the middle text), then `second` on the
 * middle text; returns edits on `base` giving the same result. Each returned edit spans a stretch of
 * `base` that the rounds touched (the union of their spans); the stretches between are untouched.
 */
function composeEdits(base: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  const one = sortedEdits(first);
  const two = sortedEdits(second);
  // Where each first-round edit's text lies in the middle text.
  const placed: Array<{ edit: Edit; from: number; to: number }> = [];
  let shift = 0;
  for (const edit of one) {
    placed.push({ edit, from: edit.start + shift, to: edit.start + shift + edit.newText.length });
    shift += edit.newText.length - (edit.end - edit.start);
  }
  // A middle-text offset in base terms: inside (or at either end of) a first-round edit's text it
  // widens to that edit's whole span, so the two rounds' edits fall in one stretch.
  const toBase = (at: number, side: 'start' | 'end'): number => {
    let delta = 0;
    let widened: number | undefined;
    for (const p of placed) {
      if (p.from <= at && at <= p.to)
        widened =
          side === 'start' ? Math.min(widened ?? Infinity, p.edit.start) : Math.max(widened ?? -Infinity, p.edit.end);
      if (p.to <= at) delta = p.to - p.edit.end;
    }
    return widened ?? at - delta;
  };
  // Stretches of base: every first-round span, every second-round span carried back; merged where they touch.
  const spans = [
    ...one.map((e) => ({ start: e.start, end: e.end })),
    ...two.map((e) => ({ start: toBase(e.start, 'start'), end: toBase(e.end, 'end') })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const stretches: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = stretches[stretches.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else stretches.push({ ...s });
  }
  // Each stretch's text in the final result: untouched text before it is the same in all three texts,
  // so its place follows from the size changes of the edits before it.
  const result = applyEdits(applyEdits(base, one), two);
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  let before1 = 0; // size change of first-round edits in earlier stretches
  let before2 = 0; // …and of second-round edits
  for (const s of stretches) {
    const from = s.start + before1 + before2;
    for (; i < one.length && one[i].start <= s.end && one[i].end <= s.end; i++)
      before1 += one[i].newText.length - (one[i].end - one[i].start);
    for (; j < two.length && toBase(two[j].start, 'start') <= s.end; j++)
      before2 += two[j].newText.length - (two[j].end - two[j].start);
    const to = s.end + before1 + before2;
    out.push({ start: s.start, end: s.end, newText: result.slice(from, to) });
  }
  return out;
}
