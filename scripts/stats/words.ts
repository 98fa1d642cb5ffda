// The word table for find-and-replace damage (replace-damage): how often complete text uses each
// word of one to four Han characters, from the tune part of every register (national reports,
// provincial reports, laws, news, the tagged corpus; segmented by nodejieba with its HMM, the tagged
// corpus by hand). A word of two characters or more counts at its rate in the register that uses it
// most, scaled to the whole (第十一条 is rare in news and common in laws; 来琼 is what a provincial
// report writes), that register's count taken cautiously (n − √n: a word seen twice in a small register
// is some evidence, not much); a single character at its count in all. Two more sources of words:
//   - the segmenter's common dictionary words complete text never used (count 0), so that a real word
//     is not taken for a broken one;
//   - the strings complete text writes that the word table alone would read as broken (the rule's own
//     candidates on the tune text: 犯前 in laws, 来琼 in a provincial report), at their counts the same
//     way: what complete text writes is no damage.
// Lists and counts only, no text. In the file: the words of each length as one sorted string, the
// counts as one byte each (server/src/core/rules/replace-damage/words.ts reads them as they are).

import * as fs from 'fs';
import * as path from 'path';
import { Kind } from '../corpus';
import { isHan, tuneTokens } from './_tokens';
import { indexWords, MAX_LEN, quantise } from '../../server/src/core/rules/replace-damage/words';
import { MIN_RESTORED, paragraphCandidates } from '../../server/src/core/rules/replace-damage/infer';
import { WordTable } from '../../server/src/core/lib/tables';

const MIN_COUNT = 2; // in all, or in one register
const MIN_DICT_FREQ = 100; // nodejieba's own frequency: rarer dictionary words stay out (size)

type Counts = Map<Kind, Map<string, number>>;

const bump = (counts: Counts, kind: Kind, w: string) => {
  let m = counts.get(kind);
  if (!m) counts.set(kind, (m = new Map()));
  m.set(w, (m.get(w) ?? 0) + 1);
};

/**
 * Each word at its count in all registers, or (two characters or more) at its cautious count in the
 * register that uses it most, scaled to `total` tokens, whichever is more; words seen twice or more.
 */
function effective(counts: Counts, tokens: Map<Kind, number>, total: number): Map<string, number> {
  const all = new Map<string, number>();
  for (const m of counts.values()) for (const [w, n] of m) all.set(w, (all.get(w) ?? 0) + n);
  const out = new Map<string, number>();
  for (const [w, n] of all) if (n >= MIN_COUNT) out.set(w, n);
  for (const [kind, m] of counts) {
    const scale = total / tokens.get(kind)!;
    for (const [w, n] of m) {
      if (n < MIN_COUNT || w.length < 2) continue;
      const x = Math.round((n - Math.sqrt(n)) * scale);
      if (x > (out.get(w) ?? 0)) out.set(w, x);
    }
  }
  return out;
}

/** The table in its file form. */
function pack(words: Map<string, number>, tokens: number): WordTable {
  const byLength: string[][] = Array.from({ length: MAX_LEN }, () => []);
  for (const w of words.keys()) byLength[w.length - 1].push(w);
  const bytes: number[] = [];
  const out: string[] = [];
  for (const list of byLength) {
    list.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    out.push(list.join(''));
    for (const w of list) bytes.push(quantise(words.get(w)!));
  }
  return { tokens, words: out, counts: Buffer.from(bytes).toString('base64') };
}

export function build(): WordTable {
  const lines = tuneTokens();
  const counts: Counts = new Map();
  const tokens = new Map<Kind, number>();
  for (const line of lines) {
    for (const w of line.tokens.split(' ')) {
      if (!isHan(w)) continue;
      tokens.set(line.kind, (tokens.get(line.kind) ?? 0) + 1);
      if (w.length <= MAX_LEN) bump(counts, line.kind, w);
    }
  }
  const total = [...tokens.values()].reduce((s, n) => s + n, 0);
  const words = effective(counts, tokens, total);
  const dict = path.join(
    path.dirname(require.resolve('nodejieba/package.json')),
    'submodules',
    'cppjieba',
    'dict',
    'jieba.dict.utf8',
  );
  for (const line of fs.readFileSync(dict, 'utf8').split('\n')) {
    const [w, freq] = line.split(' ');
    if (w && w.length >= 2 && w.length <= MAX_LEN && isHan(w) && Number(freq) >= MIN_DICT_FREQ && !words.has(w))
      words.set(w, 0);
  }
  // What complete text writes that these words alone would read as broken.
  const index = indexWords(pack(words, total), MIN_RESTORED);
  const written: Counts = new Map();
  for (const line of lines) {
    const text = line.tokens.replace(/ /g, '');
    const seen = new Set<string>();
    for (const c of paragraphCandidates(text, index)) {
      const key = `${c.start}:${c.observed}`;
      if (seen.has(key)) continue;
      seen.add(key);
      bump(written, line.kind, c.observed);
    }
  }
  for (const [w, n] of effective(written, tokens, total)) if (n > (words.get(w) ?? 0)) words.set(w, n);
  return pack(words, total);
}
