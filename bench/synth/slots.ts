// Synthetic drafts for the slot rules: complete text with numbers before units taken out the way
// drafters leave them, deleted (新增就业万人) or masked (新增就业**万人), each position recorded.
// Deterministic: the same documents and seed give the same drafts. Documents are whole reports, or
// news items grouped into report-sized documents (a report's length of consecutive items of one year).

import { corpusDocuments, corpusFiles, documentsOf, Part, random } from '../../scripts/corpus';
import { DIGIT_RUN, UnitMatcher } from '../../server/src/core/lib/slots/evidence';

export interface SynthDocument {
  id: string;
  text: string;
}

/** A blank planted in a draft: where the number was (an empty span when deleted, the mask when masked). */
export interface Planted {
  start: number;
  end: number;
  /** The complete text around it, for reading misses: `新增就业[30]万人`. */
  context: string;
}

export interface Draft {
  id: string;
  text: string;
  planted: Planted[];
}

export const MASKS = ['*', '**', '***', 'XX', 'X', 'x', '×'];
const REPORT_SIZE = 25_000;

/**
 * The documents of a part: every report, and news grouped into report-sized documents, of which
 * `newsDocuments` are taken, spread evenly over the years (deterministic).
 */
export function documents(part: Part, newsDocuments: number): SynthDocument[] {
  const out: SynthDocument[] = [];
  for (const d of corpusDocuments(part, ['report'])) out.push({ id: d.id, text: d.text });
  const files = corpusFiles(part).filter((f) => f.kind === 'news');
  const perFile = Math.ceil(newsDocuments / Math.max(1, files.length));
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
      out.push({ id: `${file.name}@${g + 1}`, text: groups[g].join('\n\n') + '\n' });
    }
  }
  return out;
}

/** Numbers written in digits right before a unit (30万人, 6.5%), not inside a range or a code (3-5个, A3个). */
export function numberSites(text: string, matcher: UnitMatcher): Array<{ start: number; end: number; unit: string }> {
  const out: Array<{ start: number; end: number; unit: string }> = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIGIT_RUN.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = matcher.at(text, end);
    if (!unit) continue;
    const prev = text[start - 1] ?? '';
    if (/[0-9０-９.．,，\-~～—–/:：A-Za-zＡ-Ｚａ-ｚ+＋×*]/.test(prev)) continue;
    out.push({ start, end, unit });
  }
  return out;
}

/** The draft: about `perDocument` of the document's numbers before units deleted or masked. */
export function makeDraft(
  doc: SynthDocument,
  matcher: UnitMatcher,
  mode: 'deleted' | 'masked',
  seed: number,
  perDocument = 40,
): Draft {
  const rnd = random(seed);
  const sites = numberSites(doc.text, matcher);
  const chosen = sites.filter(() => rnd() < perDocument / Math.max(perDocument, sites.length));
  let text = '';
  let at = 0;
  const planted: Planted[] = [];
  for (const s of chosen) {
    text += doc.text.slice(at, s.start);
    const mask = mode === 'masked' ? MASKS[Math.floor(rnd() * MASKS.length)] : '';
    const context =
      doc.text.slice(Math.max(0, s.start - 8), s.start) +
      `[${doc.text.slice(s.start, s.end)}]` +
      doc.text.slice(s.end, s.end + 6);
    planted.push({ start: text.length, end: text.length + mask.length, context: context.replace(/\n/g, '⏎') });
    text += mask;
    at = s.end;
  }
  text += doc.text.slice(at);
  return { id: doc.id, text, planted };
}
