// The corpus beside the project (../shared/corpus, or $GONGWEN_CORPUS) and its one honest split:
// rules and tables are tuned on the `tune` part and measured on the `measure` part, never the other
// way round. Shared by `npm run build:stats` (which reads only `tune`) and the accuracy benches
// (which report figures of `measure`). The text itself never enters the project: only derived tables.
//
//   tune:    reports up to 2007 (gov-1954…2007, cpc-11…17), news 2012–2019, the tagged PKU corpus
//   measure: reports 2008–2017 (gov-2008…2017, cpc-18…20), news 2020–2025

import * as fs from 'fs';
import * as path from 'path';

export const CORPUS_DIR = path.resolve(
  process.env.GONGWEN_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus'),
);

export type Part = 'tune' | 'measure';
export type Kind = 'report' | 'news' | 'tagged';

export interface CorpusFile {
  /** Path relative to the corpus folder, e.g. `reports/gov-2010.txt`. */
  name: string;
  kind: Kind;
  /** The year the text was written (a congress report: the congress's year). */
  year: number;
  part: Part;
}

/** A document: a whole report, one news item, or one line (sentence group) of the tagged corpus. */
export interface CorpusDocument {
  /** `reports/gov-2010.txt`, `news/xwlb-2020.txt#17` (the 17th item), `tagged/pfr-199801.txt#3`. */
  id: string;
  file: CorpusFile;
  /** Plain text (the tagged corpus with its tags and ids removed). */
  text: string;
}

const CPC_YEAR: Record<number, number> = {
  11: 1977,
  12: 1982,
  13: 1987,
  14: 1992,
  15: 1997,
  16: 2002,
  17: 2007,
  18: 2012,
  19: 2017,
  20: 2022,
};

/** True when the corpus is there (CI and fresh clones without ../shared skip what needs it). */
export function corpusPresent(): boolean {
  return fs.existsSync(path.join(CORPUS_DIR, 'reports'));
}

/** Where a file belongs in the split. */
export function partOf(kind: Kind, year: number): Part {
  if (kind === 'tagged') return 'tune';
  if (kind === 'report') return year <= 2007 ? 'tune' : 'measure';
  return year <= 2019 ? 'tune' : 'measure';
}

/** Every corpus file, in name order, with its kind, year and part. */
export function corpusFiles(part?: Part): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const folder of ['reports', 'news', 'tagged'] as const) {
    const dir = path.join(CORPUS_DIR, folder);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const kind: Kind = folder === 'reports' ? 'report' : folder === 'news' ? 'news' : 'tagged';
      const cpc = /^cpc-(\d+)/.exec(f);
      const year = cpc ? CPC_YEAR[Number(cpc[1])] : Number(/(\d{4})/.exec(f)?.[1] ?? 0);
      out.push({ name: `${folder}/${f}`, kind, year, part: partOf(kind, year) });
    }
  }
  return part ? out.filter((f) => f.part === part) : out;
}

/** The plain text of one line of the tagged corpus: `19980101-01-001-001/m  迈向/v …` → `迈向…`. */
export function untag(line: string): string {
  const tokens = line.trim().split(/\s+/).slice(1);
  return tokens.map((t) => t.replace(/^\[/, '').replace(/\/[a-zA-Z]+\]?[a-zA-Z]*$/, '')).join('');
}

/** The documents of one file: a report whole, news item by item (blank-line separated), tagged line by line. */
export function documentsOf(file: CorpusFile): CorpusDocument[] {
  const raw = fs
    .readFileSync(path.join(CORPUS_DIR, file.name), 'utf8')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');
  if (file.kind === 'report') return [{ id: file.name, file, text: raw }];
  if (file.kind === 'news') {
    return raw
      .split(/\n\s*\n/)
      .map((t) => t.trim())
      .filter((t) => t.length > 0)
      .map((text, i) => ({ id: `${file.name}#${i + 1}`, file, text }));
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => ({ id: `${file.name}#${i + 1}`, file, text: untag(l) }))
    .filter((d) => d.text.length > 0);
}

/** Every document of a part, file by file (a generator: the news part is tens of millions of characters). */
export function* corpusDocuments(
  part: Part,
  kinds: readonly Kind[] = ['report', 'news', 'tagged'],
): Generator<CorpusDocument> {
  for (const file of corpusFiles(part)) if (kinds.includes(file.kind)) yield* documentsOf(file);
}

/** The hand-tagged tokens of the tagged corpus, line by line: `[{ word, tag }]` (PKU tag set). */
export function* taggedSentences(): Generator<Array<{ word: string; tag: string }>> {
  const file = path.join(CORPUS_DIR, 'tagged', 'pfr-199801.txt');
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const tokens = line.trim().split(/\s+/).slice(1);
    if (tokens.length === 0) continue;
    yield tokens.map((t) => {
      const m = /^\[?(.*)\/([a-zA-Z]+)\]?[a-zA-Z]*$/.exec(t);
      return m ? { word: m[1], tag: m[2] } : { word: t, tag: 'x' };
    });
  }
}

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same synthetic drafts. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
