// The rules that still do work growing with the document after an edit (test/unit/work.test.ts), each
// with the engineer who owns it this round. They are measured and reported, not asserted; the
// coordinator empties this set as their branches land (`npm run bench` also runs with them off, to show
// what the merged main should give). Never loosen the test's bound instead.

export const PENDING: ReadonlyMap<string, string> = new Map([
  ['heading-sequence', 'numbering engineer'],
  ['heading-punctuation', 'numbering engineer'],
  ['duplicate-paragraph', 'numbering engineer'],
  ['repeated-phrase', 'repeats engineer'],
  ['copy-residue', 'residue engineer'],
  ['replace-damage', 'replace engineer'],
  ['confusable', 'replace engineer'],
]);
