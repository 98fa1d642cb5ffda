// Fix-all for the editor: every round of safe fixes at once. One round can leave work (two fixes on
// one span: the second waits; a renumbered marker makes the next heading's number wrong), so the
// server re-checks the fixed text, as `gongwen fix` does, and folds the rounds into one set of edits
// on the text the editor has: a second fix-all then finds nothing.

import { CodeAction } from 'vscode-languageserver-types';
import { addTokens, analyze, combinableFixes, Edit, Finding, parseReport, Rule, RuleOptions, toRange } from '../core';
import { ActionContext, FIX_ALL_KIND } from '../core/features/codeActions';
import { WorkerSegmenter } from './segmenter';

const MAX_ROUNDS = 10;

/**
 * The edits, on `text`, of every fix-all round until nothing safe is left to fix (at most ten).
 * `first` are the findings of `text` itself (already known to the caller).
 */
export async function fixAllEdits(
  text: string,
  first: readonly Finding[],
  format: 'plain' | 'markdown',
  segmenter: WorkerSegmenter,
  options: RuleOptions,
  rules: readonly Rule[],
): Promise<Edit[]> {
  let edits: Edit[] = [];
  let current = text;
  let findings = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = combinableFixes(findings).flatMap((f) => f.edits);
    if (next.length === 0) break;
    const applied = applyEdits(current, next);
    edits = composeEdits(text, edits, next);
    current = applied;
    if (round + 1 === MAX_ROUNDS) break;
    const model = parseReport(current, { format, segmenter: segmenter.segment });
    if (!model.segmented && segmenter.ready) {
      await segmenter.prepare(model.paragraphs.filter((p) => !p.verbatim && !p.tokens).map((p) => p.text));
      addTokens(model, segmenter.segment);
    }
    findings = analyze(model, options, rules).findings;
  }
  return edits;
}

/** `source.fixAll.gongwen` with `edits` as one edit tied to the document version; none when there is nothing to fix. */
export function fixAllCodeAction(edits: readonly Edit[], ctx: ActionContext): CodeAction | undefined {
  if (edits.length === 0) return undefined;
  const textEdits = edits.map((e) => ({ range: toRange(ctx.index, e), newText: e.newText }));
  return { title: ctx.t('fixAllSafe'), kind: FIX_ALL_KIND, edit: { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits: textEdits }] } };
}

/** Applies sorted, non-overlapping edits. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of sortEdits(edits)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function sortEdits(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Composes two rounds of edits: `first` on `base` (giving the middle text), then `second` on the
 * middle text; returns edits on `base` giving the same result. Each returned edit spans a stretch of
 * `base` that the rounds touched (the union of their spans); the stretches between are untouched.
 */
export function composeEdits(base: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  const one = sortEdits(first);
  const two = sortEdits(second);
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
      if (p.from <= at && at <= p.to) widened = side === 'start' ? Math.min(widened ?? Infinity, p.edit.start) : Math.max(widened ?? -Infinity, p.edit.end);
      if (p.to <= at) delta = p.to - p.edit.end;
    }
    return widened ?? at - delta;
  };
  // Stretches of base: every first-round span, every second-round span carried back; merged where they touch.
  const spans = [...one.map((e) => ({ start: e.start, end: e.end })), ...two.map((e) => ({ start: toBase(e.start, 'start'), end: toBase(e.end, 'end') }))].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
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
    for (; i < one.length && one[i].start <= s.end && one[i].end <= s.end; i++) before1 += one[i].newText.length - (one[i].end - one[i].start);
    for (; j < two.length && toBase(two[j].start, 'start') <= s.end; j++) before2 += two[j].newText.length - (two[j].end - two[j].start);
    const to = s.end + before1 + before2;
    out.push({ start: s.start, end: s.end, newText: result.slice(from, to) });
  }
  return out;
}
