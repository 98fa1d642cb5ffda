// The generator of bulk-replace drafts for bench/replace.ts: one find-and-replace of a unit's name
// character per document (县→区, 省→市, 局→委, 乡→镇 …), as a drafter does when adapting another
// unit's report, with every occurrence that became a non-word labelled. Deterministic (seeded).

import { corpusDocuments, CorpusDocument, Part, random } from '../scripts/corpus';

/** The swaps a drafter makes: names of units and of their offices. */
export const SWAPS: ReadonlyArray<[string, string]> = [
  ['县', '区'],
  ['区', '县'],
  ['省', '市'],
  ['市', '省'],
  ['市', '县'],
  ['局', '委'],
  ['委', '局'],
  ['乡', '镇'],
  ['镇', '乡'],
  ['厅', '局'],
  ['州', '市'],
  ['村', '镇'],
];

export interface Label {
  /** Offset of the replaced character in the damaged text (the same as in the original: one for one). */
  at: number;
  /** The original word and what the replace made of it. */
  original: string;
  damaged: string;
}

export interface DamagedDraft {
  id: string;
  original: string;
  damaged: string;
  from: string;
  to: string;
  /** The occurrences that became non-words. */
  labels: Label[];
}

type Cut = (text: string) => string[];

/**
 * One damaged draft per document that holds a swap's first character three times or more. A damaged
 * occurrence is a token of the original (segmented by `cut`) that the replace made a non-word: no
 * word of the table (`isWord`), nor words of two characters or more put together (城乡职工 is words).
 */
export function* damagedDrafts(
  part: Part,
  cut: Cut,
  isWord: (w: string) => boolean,
  opts: { seed?: number; newsSample?: number; minLength?: number } = {},
): Generator<DamagedDraft> {
  const rnd = random(opts.seed ?? 13);
  const docs: CorpusDocument[] = [];
  const news: CorpusDocument[] = [];
  for (const d of corpusDocuments(part, ['report', 'news'])) (d.file.kind === 'report' ? docs : news).push(d);
  // News items long enough to be a short report, a fixed share of them.
  const long = news.filter((d) => d.text.length >= (opts.minLength ?? 600));
  const take = opts.newsSample ?? 300;
  for (let i = 0; i < take && long.length; i++) docs.push(long.splice(Math.floor(rnd() * long.length), 1)[0]);
  for (const doc of docs) {
    const viable = SWAPS.filter(([a, b]) => count(doc.text, a) >= 3 && a !== b);
    if (!viable.length) continue;
    const [from, to] = viable[Math.floor(rnd() * viable.length)];
    const damaged = doc.text.split(from).join(to);
    const labels: Label[] = [];
    let at = 0;
    for (const token of cut(doc.text)) {
      if (token.length >= 2 && token.includes(from)) {
        const broken = token.split(from).join(to);
        if (!isWord(broken) && !wordsOnly(broken, isWord))
          for (let k = 0; k < token.length; k++)
            if (token[k] === from) labels.push({ at: at + k, original: token, damaged: broken });
      }
      at += token.length;
    }
    if (at !== doc.text.length) throw new Error(`${doc.id}: the segmentation lost characters`);
    yield { id: doc.id, original: doc.text, damaged, from, to, labels };
  }
}

/** True when `s` splits into words of two characters or more (城乡职工): words, only not one. */
function wordsOnly(s: string, isWord: (w: string) => boolean): boolean {
  if (s.length === 0) return true;
  for (let len = Math.min(4, s.length); len >= 2; len--)
    if (isWord(s.slice(0, len)) && wordsOnly(s.slice(len), isWord)) return true;
  return false;
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}
