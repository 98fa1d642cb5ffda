// Synthetic drafts for the slot rules: complete text with numbers before units taken out the way
// drafters leave them, deleted (新增就业万人) or masked (新增就业**万人), each position recorded.
// Two kinds of number are taken out: the drafter's counts — people, cases, batches, sessions, meetings
// counted after a word (提拔干部12人 → 提拔干部人, 立案5件 → 立案件, 通报3批次 → 通报批次) — and
// every other number before a unit (万元, %, 万人次), half of the blanks of each kind where a document
// has enough of both. Deterministic: the same documents and seed give the same drafts. Documents are
// whole reports and laws, or news items grouped into report-sized documents, per register.

import { corpusDocuments, corpusFiles, documentsOf, Kind, Part, random } from '../../scripts/corpus';
import { digitSites, UnitMatcher } from '../../server/src/core/lib/slots/evidence';

export interface SynthDocument {
  id: string;
  kind: Kind;
  text: string;
}

/** What was taken out: a drafter's count after a word, or another number before a unit. */
export type PlantedKind = 'count' | 'amount';

/** A blank planted in a draft: where the number was (an empty span when deleted, the mask when masked). */
export interface Planted {
  start: number;
  end: number;
  kind: PlantedKind;
  /** The complete text around it, for reading misses: `新增就业[30]万人`. */
  context: string;
}

export interface Draft {
  id: string;
  text: string;
  planted: Planted[];
}

export const MASKS = ['*', '**', '***', 'XX', 'X', 'x', '×'];
/** A report's length: news items are grouped to it, and a draft has `perReport` blanks per this many characters. */
const REPORT_SIZE = 25_000;

/** How many of each register a bench takes: news groups and laws are sampled evenly (deterministic). */
export interface Sizes {
  /** News groups of REPORT_SIZE characters, spread evenly over the years. */
  news: number;
  /** Laws: one file in this many, in name order within each category. */
  lawStep: number;
}

/** Measure words of the drafter's counts: people, cases, batches, sessions, meetings, places, items. */
export const COUNT_UNITS = new Set(
  '人 名 位 件 起 批 批次 次 人次 场 场次 期 轮 个 项 户 家 所 处 条 篇 届'.split(' '),
);

/** The documents of a part, register by register: every report, `lawStep`-th laws, `news` groups of news. */
export function documents(part: Part, sizes: Sizes): SynthDocument[] {
  const out: SynthDocument[] = [];
  for (const d of corpusDocuments(part, ['report', 'provincial']))
    out.push({ id: d.id, kind: d.file.kind, text: d.text });
  const laws = corpusFiles(part).filter((f) => f.kind === 'law');
  const byCategory = new Map<string, typeof laws>();
  for (const f of laws) {
    const c = f.name.split('/')[1];
    byCategory.set(c, [...(byCategory.get(c) ?? []), f]);
  }
  for (const files of byCategory.values()) {
    files.forEach((f, i) => {
      if (i % sizes.lawStep === 0) for (const d of documentsOf(f)) out.push({ id: d.id, kind: 'law', text: d.text });
    });
  }
  const files = corpusFiles(part).filter((f) => f.kind === 'news');
  const perFile = Math.ceil(sizes.news / Math.max(1, files.length));
  for (const file of files) {
    const groups: string[][] = [[]];
    let size = 0;
    for (const item of documentsOf(file)) {
      if (size + item.text.length > REPORT_SIZE && groups[groups.length - 1].length) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1].push(item.text);
      size += item.text.length;
    }
    const step = Math.max(1, Math.floor(groups.length / perFile));
    for (let g = 0, taken = 0; g < groups.length && taken < perFile; g += step, taken++) {
      out.push({ id: `${file.name}@${g + 1}`, kind: 'news', text: groups[g].join('\n\n') + '\n' });
    }
  }
  return out;
}

/** A drafter's count: a measure word of COUNT_UNITS right after its number, the number right after a word. */
export function isCount(text: string, site: { start: number; unit: string; moreUnit?: string }): boolean {
  return COUNT_UNITS.has(site.moreUnit ?? site.unit) && /\p{Script=Han}/u.test(text[site.start - 1] ?? '');
}

/**
 * The draft: `perReport` numbers per report's length deleted or masked (at most the document's
 * numbers before units), half of them drafter's counts where there are enough.
 */
export function makeDraft(
  doc: SynthDocument,
  matcher: UnitMatcher,
  mode: 'deleted' | 'masked',
  seed: number,
  perReport = 40,
): Draft {
  const rnd = random(seed);
  const sites = digitSites(doc.text, matcher).map((s) => ({
    ...s,
    kind: (isCount(doc.text, s) ? 'count' : 'amount') as PlantedKind,
  }));
  const want = Math.max(1, Math.round((perReport * doc.text.length) / REPORT_SIZE));
  const counts = sites.filter((s) => s.kind === 'count');
  const amounts = sites.filter((s) => s.kind === 'amount');
  const takeCounts = Math.min(counts.length, Math.max(Math.ceil(want / 2), want - amounts.length));
  const takeAmounts = Math.min(amounts.length, want - takeCounts);
  const pick = <T>(list: T[], n: number) => list.filter(() => rnd() < n / Math.max(n, list.length));
  const chosen = [...pick(counts, takeCounts), ...pick(amounts, takeAmounts)].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  const planted: Planted[] = [];
  for (const s of chosen) {
    text += doc.text.slice(at, s.start);
    const mask = mode === 'masked' ? MASKS[Math.floor(rnd() * MASKS.length)] : '';
    // A deleted count takes its "more than" with it (300多个村 → 个村: 多个村 would read as finished
    // text, "several villages"); a masked one keeps it, as the sample drafts do (*余人次, *多人).
    const end = mode === 'deleted' && s.moreUnit ? s.end + 1 : s.end;
    const context =
      doc.text.slice(Math.max(0, s.start - 8), s.start) +
      `[${doc.text.slice(s.start, end)}]` +
      doc.text.slice(end, end + 6);
    planted.push({
      start: text.length,
      end: text.length + mask.length,
      kind: s.kind,
      context: context.replace(/\n/g, '⏎'),
    });
    text += mask;
    at = end;
  }
  text += doc.text.slice(at);
  return { id: doc.id, text, planted };
}
