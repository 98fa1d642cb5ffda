// The rules that still do work growing with the document after an edit (test/unit/work.test.ts), each
// with the engineer who owns it this round. They are measured and reported, not asserted; the
// coordinator empties this set as their branches land (`npm run bench` also runs with them off, to show
// what the merged main should give). Never loosen the test's bound instead.

export const PENDING: ReadonlyMap<string, string> = new Map([
  ['heading-punctuation', 'numbering engineer'],
  // Reads the whole text (slices of model.text) once per paragraph it compares.
  ['duplicate-paragraph', 'numbering engineer'],
  ['repeated-phrase', 'repeats engineer'],
  ['copy-residue', 'residue engineer'],
  // Its paragraph plus the paragraph's reading under each swap worth reading: 6 paragraphs at 600k, over the 4.
  ['replace-damage', 'replace engineer'],
]);
