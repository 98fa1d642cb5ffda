// Counting work, for the test that keeps every edit cheap (test/unit/work.test.ts): what the parse and
// each rule computed anew, and what a rule read of the document outside the runner's memos. Counts,
// not times: deterministic, so the test can say which rule grew with the document and by how much.
//
// What is counted (an analysis given a meter; nothing is counted, and nothing is slower, without one):
// - the parse (entry 'parse'): the characters of the line split (the changed lines only, when the
//   document's caches hold the version before), and each paragraph re-split into sentences,
//   re-segmented or searched for inline items;
// - a rule: each paragraph its memos did not have (ctx.eachParagraph, ctx.contributions, a miss of
//   ctx.memo), with its characters; and every read of the document outside those computations, through
//   the model the runner hands it when metered (lib/runner.ts): `model.text` costs the whole text, a
//   paragraph's `text`, `tokens` or `sentences` cost the paragraph's characters. Inside the computation
//   of one paragraph, that paragraph and `model.text` are free (already counted); another paragraph is not.
// What is not counted: walking the model's structure (paragraphs, lines, headings, items and their
// spans), which grows with their number, not with the characters; string hashing and comparison in the
// memos' maps; and what a computation of one paragraph does with `model.text` beyond the paragraph
// (a regular expression run on from the paragraph's start to the end of the document) — keep to
// `p.text` there.

/** What one rule (or the parse) computed anew in one analysis, and read besides. */
export interface RuleWork {
  /** Paragraphs (or texts) computed anew: not found in the memos. */
  paragraphs: number;
  /** Their characters. */
  chars: number;
  /** Characters read outside memoised computations (the whole text for each read of `model.text`). */
  read: number;
  /** How many reads of `model.text` were among them. */
  textReads: number;
}

/** Work per rule id ('parse' for the parse), filled when the analysis is given one. */
export type WorkMeter = Map<string, RuleWork>;

/** The entry of `id` in `meter`, made on first use. */
export function workOf(meter: WorkMeter, id: string): RuleWork {
  let w = meter.get(id);
  if (!w) meter.set(id, (w = { paragraphs: 0, chars: 0, read: 0, textReads: 0 }));
  return w;
}
