// The corpus beside the project (../shared/corpus, or $GONGWEN_CORPUS) and its one honest split:
// rules and tables are tuned on the `tune` part and measured on the `measure` part, never the other
// way round. Shared by `npm run build:stats` (which reads only `tune`) and the accuracy benches
// (which report figures of `measure`). The text itself never enters the project: only derived tables.
//
// The split is made per register, so that every figure can be given for each register users write in
// or quote (a rule that holds only on national text is not done):
//
//   register    tune                                            measure
//   national    reports to 2007 (gov-1954…2007, cpc-11…17)      reports 2008–2017 (gov-2008…2017, cpc-18…20)
//   provincial  云南 宁夏 新疆 海南 贵州 (prov-2026)              吉林 山西 河北 甘肃 陕西
//   laws        even places of each category's sorted files     odd places
//   news        2012–2019                                       2020–2025
//   tagged      the PKU corpus (tune only)
//
// A provincial report is kept as copied from its web page; its document is the report itself (title
// to last sentence, `reportBody`), the whole page stays in `page` for the residue benches.

import * as fs from 'fs';
import * as path from 'path';

export const CORPUS_DIR = path.resolve(
  process.env.GONGWEN_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus'),
);

export type Part = 'tune' | 'measure';
/** The registers of the corpus: national reports (`report`), provincial reports, laws and regulations, news, the tagged corpus. */
export type Kind = 'report' | 'provincial' | 'law' | 'news' | 'tagged';
/** Every register, in the order figures are printed. */
export const KINDS: readonly Kind[] = ['report', 'provincial', 'law', 'news', 'tagged'];
/** What each register is called in bench output. */
export const KIND_NAMES: Record<Kind, string> = {
  report: 'national reports',
  provincial: 'provincial reports',
  law: 'laws',
  news: 'news',
  tagged: 'tagged corpus',
};
/** The provinces whose reports are tuned on; the other five are measured. */
export const TUNE_PROVINCES = ['云南', '宁夏', '新疆', '海南', '贵州'];

export interface CorpusFile {
  /** Path relative to the corpus folder, e.g. `reports/gov-2010.txt`. */
  name: string;
  kind: Kind;
  /** The year the text was written (a congress report: the congress's year; a law: 0). */
  year: number;
  part: Part;
}

/** A document: a whole report, one news item, or one line (sentence group) of the tagged corpus. */
export interface CorpusDocument {
  /** `reports/gov-2010.txt`, `news/xwlb-2020.txt#17` (the 17th item), `tagged/pfr-199801.txt#3`. */
  id: string;
  file: CorpusFile;
  /** Plain text (the tagged corpus with its tags and ids removed; a provincial report without its web page). */
  text: string;
  /** A provincial report: the whole page as copied, chrome included. */
  page?: string;
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

/** Where a file of a dated register belongs in the split (provincial reports and laws: see corpusFiles). */
export function partOf(kind: Kind, year: number): Part {
  if (kind === 'tagged') return 'tune';
  if (kind === 'report') return year <= 2007 ? 'tune' : 'measure';
  return year <= 2019 ? 'tune' : 'measure';
}

const txtFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((x) => x.endsWith('.txt'))
        .sort()
    : [];

/** Every corpus file, in name order within each register, with its register, year and part. */
export function corpusFiles(part?: Part): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const folder of ['reports', 'news', 'tagged'] as const) {
    for (const f of txtFiles(path.join(CORPUS_DIR, folder))) {
      const kind: Kind = folder === 'reports' ? 'report' : folder === 'news' ? 'news' : 'tagged';
      const cpc = /^cpc-(\d+)/.exec(f);
      const year = cpc ? CPC_YEAR[Number(cpc[1])] : Number(/(\d{4})/.exec(f)?.[1] ?? 0);
      out.push({ name: `${folder}/${f}`, kind, year, part: partOf(kind, year) });
    }
  }
  for (const f of txtFiles(path.join(CORPUS_DIR, 'reports', 'prov-2026'))) {
    const tune = TUNE_PROVINCES.some((p) => f.includes(`_${p}`));
    out.push({ name: `reports/prov-2026/${f}`, kind: 'provincial', year: 2026, part: tune ? 'tune' : 'measure' });
  }
  const laws = path.join(CORPUS_DIR, 'laws');
  for (const category of fs.existsSync(laws) ? fs.readdirSync(laws).sort() : []) {
    txtFiles(path.join(laws, category)).forEach((f, i) =>
      out.push({ name: `laws/${category}/${f}`, kind: 'law', year: 0, part: i % 2 === 0 ? 'tune' : 'measure' }),
    );
  }
  return part ? out.filter((f) => f.part === part) : out;
}

/**
 * The report on a web page as copied: its title (a short line ending in 政府工作报告), then from the
 * line of the session (…会议上) or 各位代表 to its last sentence; the chrome above, between and below
 * (menus, 来源, dates, share bars, 相关报道) left out.
 */
export function reportBody(page: string): string {
  const lines = page.split('\n');
  let first = lines.findIndex((l) => l.trim().length <= 30 && /政府工作报告$/.test(l.trim()));
  if (first < 0) first = 0;
  // The page's meta lines about the speech (来源, 时间, a date, menus) are chrome too: the session line
  // (…会议上) is kept, then the speech from 各位代表.
  const session = lines.findIndex((l, i) => i > first && /会议上/.test(l));
  let speech = lines.findIndex((l, i) => i > first && /^各位代表/.test(l.trim()));
  if (speech < 0) speech = first + 1;
  let last = lines.length - 1;
  while (last > speech && !/[。！？”]$/.test(lines[last].trim())) last--;
  const head =
    session > first && session < speech ? [lines[first], lines[session].replace(/\s+\S*省长.*$/, '')] : [lines[first]];
  return [...head, ...lines.slice(speech, last + 1)].join('\n') + '\n';
}

// A provincial report's page, labelled line by line: the lines of the report (`reportBody`) are
// report, the rest chrome, with three corrections the labelling by `reportBody` gets wrong (checked
// by eye on the tune pages): the speaker line (省长 王某), which `reportBody` leaves out but the report
// prints under its title; a second title line right above the session line (the page's headline and
// the document's own 政府工作报告); a photo caption (…记者 某某 摄) inside the report, which is page chrome.
const SPEAKER =
  /^[\u4e00-\u9fff]{0,14}(?:省长|主席|市长|县长|区长|州长|盟长|总理)[\s\u3000]*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+)$/;
const CAPTION =
  /(?:记者|通讯员|摄影)[\s\u3000]*[\u4e00-\u9fff·]{2,10}(?:[\s、]+[\u4e00-\u9fff·]{2,10})*[\s\u3000]*摄$|^图为/;
const PAGE_TITLE = /^.{0,24}政府工作报告$/;

export interface PageLine {
  /** The line as copied, without its line break. */
  text: string;
  /** Blank lines count as report. */
  kind: 'report' | 'chrome';
  /** Why the label differs from `reportBody`'s: speaker, title, caption. */
  relabelled?: 'speaker' | 'title' | 'caption';
}

/** The lines of a provincial report's page (`page`), each labelled report or chrome. */
export function pageLines(doc: CorpusDocument): PageLine[] {
  const page = doc.page ?? doc.text;
  const body = doc.text.split('\n').map((l) => l.trim());
  const inBody = new Set(body.filter(Boolean));
  return page
    .replace(/\n$/, '')
    .split('\n')
    .map((text, i, all): PageLine => {
      const t = text.trim();
      // The session line with the speaker after it on one line: reportBody keeps its first part.
      const report = !t || inBody.has(t) || body.some((b) => b.length >= 10 && t.startsWith(b));
      if (!report && SPEAKER.test(t)) return { text, kind: 'report', relabelled: 'speaker' };
      // A second title right above the session line; not a menu item that reads 政府工作报告.
      const session = /^——|会议上/.test(all[i + 1]?.trim() ?? '');
      if (!report && PAGE_TITLE.test(t) && session) return { text, kind: 'report', relabelled: 'title' };
      if (report && t && CAPTION.test(t) && !/[。！？]$/.test(t))
        return { text, kind: 'chrome', relabelled: 'caption' };
      return { text, kind: report ? 'report' : 'chrome' };
    });
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
  if (file.kind === 'report' || file.kind === 'law') return [{ id: file.name, file, text: raw }];
  if (file.kind === 'provincial') return [{ id: file.name, file, text: reportBody(raw), page: raw }];
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
