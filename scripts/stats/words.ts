// The word table for find-and-replace damage (replace-damage): how often each word of one to four
// Han characters stands as a token in the tune part of the corpus (segmented by nodejieba with its
// HMM, the tagged corpus by hand), for words seen at least twice; plus the segmenter's
// common dictionary words the corpus never used, with count 0, so that a real word is not taken
// for a broken one. Lists and counts only, no text.

import * as fs from 'fs';
import * as path from 'path';
import { isHan, tuneTokenLines } from './_tokens';

const MIN_COUNT = 2;
const MIN_DICT_FREQ = 100; // nodejieba's own frequency: rarer dictionary words stay out (size)

/** `{ tokens, count: { word: n } }`: the number of Han tokens counted, and the words in code-point order. */
export function build(): unknown {
  const counts = new Map<string, number>();
  for (const line of tuneTokenLines()) {
    for (const w of line.split(' ')) if (w.length <= 4 && isHan(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const table: Record<string, number> = {};
  for (const [w, n] of counts) if (n >= MIN_COUNT) table[w] = n;
  const dict = path.join(
    path.dirname(require.resolve('nodejieba/package.json')),
    'submodules',
    'cppjieba',
    'dict',
    'jieba.dict.utf8',
  );
  for (const line of fs.readFileSync(dict, 'utf8').split('\n')) {
    const [w, freq] = line.split(' ');
    if (w && w.length >= 2 && w.length <= 4 && isHan(w) && Number(freq) >= MIN_DICT_FREQ && !(w in table)) table[w] = 0;
  }
  const sorted: Record<string, number> = {};
  for (const w of Object.keys(table).sort()) sorted[w] = table[w];
  let tokens = 0;
  for (const n of counts.values()) tokens += n;
  return { tokens, count: sorted };
}
