// The same paragraph (or line of 20+ characters) twice in one document: a copy-paste slip.
// Compared with leading and trailing blanks ignored; the later copy is reported and pointed at the first.
// A paragraph's units (itself, and its lines in Markdown) depend on its own text alone, so they are
// kept by text in the document's caches: after an edit, the pass is one map lookup per unit.

import { defineRule } from '../lib/rule';
import { Paragraph, ReportModel, Span } from '../model';
import { LEADING_BLANKS, paragraphLines, trimBlanks, trimmedEnd } from '../text';

const messages = {
  repeats: { zh: '与前文第 {0} 行重复', en: 'Repeats line {0} above' },
  first: { zh: '首次出现', en: 'First occurrence' },
  fix: { zh: '删除重复的段落', en: 'Delete the repeated paragraph' },
};

/** Shorter units repeat legitimately (各位代表：, a heading such as （一）存在的问题 in each part). */
const MIN_CHARS = 20;

interface Unit extends Span {
  key: string;
  /** First and last line of the unit, to delete it with its line break. */
  firstLine: number;
  lastLine: number;
}

/** A unit of one paragraph, relative to it (offsets to its start, lines to its first line), with the key's length in characters. */
interface OwnUnit extends Unit {
  chars: number;
}

export const rule = defineRule({
  id: 'duplicate-paragraph',
  name: { 'zh-cn': '重复段落', en: 'Duplicate paragraph' },
  doc: {
    'zh-cn': '同一段落（或 20 字以上的一行）在文中出现两次',
    en: 'the same paragraph (or 20+ character line) twice',
  },
  tags: ['repeat', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const seen = new Map<string, Unit>();
    let reportedUntil = -1;
    // The first line's prefix (Markdown's `> `) is part of that line's key.
    const prefix = (p: Paragraph) => model.text.slice(model.lines[p.firstLine].start, p.start);
    for (const { paragraph: p, own } of ctx.contributions('units', (p) => ownUnits(model, p), prefix)) {
      for (const u of own) {
        if (u.chars < MIN_CHARS) continue;
        const unit = {
          ...u,
          start: u.start + p.start,
          end: u.end + p.start,
          firstLine: u.firstLine + p.firstLine,
          lastLine: u.lastLine + p.firstLine,
        };
        const first = seen.get(unit.key);
        if (!first) {
          seen.set(unit.key, unit);
          continue;
        }
        if (unit.start < reportedUntil) continue; // a line inside a paragraph already reported
        reportedUntil = unit.end;
        const related = [{ start: first.start, end: first.end, message: ctx.t('first') }];
        ctx.report(
          unit,
          'repeats',
          [first.firstLine + 1],
          [ctx.fix.remove(deletion(model, unit), { title: ctx.t('fix'), safe: true, changesContent: true })],
          { related },
        );
      }
    }
  },
});

/** A paragraph, then (in Markdown, where a paragraph spans lines) each of its lines, relative to the paragraph. */
function ownUnits(model: ReportModel, p: Paragraph): OwnUnit[] {
  const out: OwnUnit[] = [];
  const add = (u: Unit) =>
    out.push({
      ...u,
      start: u.start - p.start,
      end: u.end - p.start,
      firstLine: u.firstLine - p.firstLine,
      lastLine: u.lastLine - p.firstLine,
      chars: [...u.key].length,
    });
  const lines = paragraphLines(model.lines, p);
  const last = lines[lines.length - 1].index;
  const key = lines.map((l) => trimBlanks(model.text.slice(l.start, l.end))).join('\n');
  add({ start: p.start, end: p.start + trimmedEnd(p.text), key, firstLine: p.firstLine, lastLine: last });
  if (last === p.firstLine) return out;
  for (const { index: l } of lines) {
    const line = model.lines[l];
    const key = trimBlanks(model.text.slice(line.start, line.end));
    if (!key) continue;
    const start = line.start + LEADING_BLANKS.exec(model.text.slice(line.start, line.end))![0].length;
    const end = trimmedEnd(model.text, line.start, line.end);
    add({ start: Math.max(start, p.start), end: Math.min(end, p.end), key, firstLine: l, lastLine: l });
  }
  return out;
}

/** The unit's lines with their line break (or the break before them, on the last line). */
function deletion(model: ReportModel, unit: Unit): Span {
  const first = model.lines[unit.firstLine];
  const last = model.lines[unit.lastLine];
  if (last.next > last.end) return { start: first.start, end: last.next };
  const prev = model.lines[unit.firstLine - 1];
  return { start: prev ? prev.end : first.start, end: last.end };
}
