// The generator of bulk-replace drafts for bench/replace.ts: a report adapted from another unit's, as
// a drafter does it — the unit the text speaks for (全国, 全省, 全市, 本县…) swapped for a neighbouring
// level by one find-and-replace of its character (国→省, 省→市, 市→县, 县→区, 区→县, 镇→乡 …), every
// occurrence that became a non-word labelled. The unit is read from the text itself (the level its 全X,
// 本X, X委, X政府, X级 name most), so every register gets the swap its own text invites; a text that
// names no unit of its own is not adapted. In one draft of three the drafter typed the old name once
// again afterwards (one occurrence that stayed a word, 全县 among the 全区, written back): a replace
// need not leave the old character wholly gone. Deterministic (seeded).

import { corpusDocuments, CorpusDocument, Kind, Part, random } from '../scripts/corpus';

/** The unit characters, and the levels a report of each is adapted to. */
export const ADAPT: Readonly<Record<string, readonly string[]>> = {
  国: ['省'],
  省: ['市', '区'],
  市: ['县', '区'],
  县: ['区', '市'],
  区: ['县', '市'],
  州: ['市'],
  盟: ['市'],
  旗: ['县'],
  镇: ['乡'],
  乡: ['镇'],
};

export interface Label {
  /** Offset of the replaced character in the damaged text (the same as in the original: one for one). */
  at: number;
  /** The original word and what the replace made of it. */
  original: string;
  damaged: string;
}

export interface DamagedDraft {
  id: string;
  kind: Kind;
  original: string;
  damaged: string;
  from: string;
  to: string;
  /** The occurrences that became non-words. */
  labels: Label[];
}

type Cut = (text: string) => string[];

/** The unit a text speaks for: the unit character its own names use most (at least twice), or undefined. */
export function unitOf(text: string): string | undefined {
  let best: string | undefined;
  let most = 1;
  for (const u of Object.keys(ADAPT)) {
    const n = count(text, new RegExp(`[全本各该我]${u}|${u}(?:委|政府|人民政府|级)`, 'g'));
    if (n > most) [best, most] = [u, n];
  }
  return best;
}

/** The documents of a part a bench adapts and checks: every report and law, a seeded sample of long news items. */
export function benchDocuments(
  part: Part,
  kinds: readonly Kind[],
  opts: { seed?: number; newsSample?: number; minLength?: number; lawSample?: number } = {},
): CorpusDocument[] {
  const rnd = random(opts.seed ?? 13);
  const docs: CorpusDocument[] = [];
  const news: CorpusDocument[] = [];
  const laws: CorpusDocument[] = [];
  for (const d of corpusDocuments(part, kinds)) {
    if (d.file.kind === 'news') {
      if (d.text.length >= (opts.minLength ?? 600)) news.push(d);
    } else if (d.file.kind === 'law') laws.push(d);
    else docs.push(d);
  }
  const sample = (from: CorpusDocument[], take: number) => {
    for (let i = 0; i < take && from.length; i++) docs.push(from.splice(Math.floor(rnd() * from.length), 1)[0]);
  };
  sample(laws, opts.lawSample ?? laws.length);
  sample(news, opts.newsSample ?? 300);
  return docs;
}

/**
 * One damaged draft per document that speaks for a unit. A damaged occurrence is a token of the original
 * (segmented by `cut`) that the replace made a non-word: no word of the table (`isWord`), nor words of
 * two characters or more put together (城乡职工 is words).
 */
export function* damagedDrafts(
  docs: readonly CorpusDocument[],
  cut: Cut,
  isWord: (w: string) => boolean,
  seed = 13,
): Generator<DamagedDraft> {
  const rnd = random(seed);
  for (const doc of docs) {
    const from = unitOf(doc.text);
    if (!from) continue;
    const targets = ADAPT[from];
    const to = targets[Math.floor(rnd() * targets.length)];
    let damaged = doc.text.split(from).join(to);
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
    if (rnd() < 1 / 3) {
      // The old name typed once more: an occurrence the replace made no damage of.
      const labelled = new Set(labels.map((l) => l.at));
      const kept: number[] = [];
      for (let i = doc.text.indexOf(from); i >= 0; i = doc.text.indexOf(from, i + 1))
        if (!labelled.has(i)) kept.push(i);
      if (kept.length) {
        const i = kept[Math.floor(rnd() * kept.length)];
        damaged = damaged.slice(0, i) + from + damaged.slice(i + 1);
      }
    }
    yield { id: doc.id, kind: doc.file.kind, original: doc.text, damaged, from, to, labels };
  }
}

/** True when `s` splits into words of two characters or more (城乡职工): words, only not one. */
function wordsOnly(s: string, isWord: (w: string) => boolean): boolean {
  if (s.length === 0) return true;
  for (let len = Math.min(4, s.length); len >= 2; len--)
    if (isWord(s.slice(0, len)) && wordsOnly(s.slice(len), isWord)) return true;
  return false;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
