// The same paragraph (or line of 20+ characters) twice in one document: a copy-paste slip.
// Compared with leading and trailing blanks ignored; the later copy is reported and pointed at the first.

import { defineMessages } from '../messages';
import { ReportModel, Span } from '../model';
import { proseParagraphs } from './hygiene/prose';
import { RawFinding, Rule } from './types';

defineMessages({
  'duplicate-paragraph.message': { zh: '与前文第 {0} 行重复', en: 'Repeats line {0} above' },
  'duplicate-paragraph.first': { zh: '首次出现', en: 'First occurrence' },
  'duplicate-paragraph.fix': { zh: '删除重复的段落', en: 'Delete the repeated paragraph' },
});

/** Shorter units repeat legitimately (各位代表：, a heading such as （一）存在的问题 in each part). */
const MIN_CHARS = 20;
const BLANK = /[\s\u3000\ufeff\u200b-\u200d\u2060\u00a0]/;


/**
 * `s` without its leading and trailing blanks. A loop, not /[…]+$/: a long run of blanks inside the
 * text made that expression try every start in the run (quadratic).
 */
function trimBlanks(s: string): string {
  let start = 0;
  while (start < s.length && BLANK.test(s[start])) start++;
  return s.slice(start, trailingEnd(s, start));
}

/** Where `s` ends without its trailing blanks (not before `from`). */
function trailingEnd(s: string, from = 0): number {
  let end = s.length;
  while (end > from && BLANK.test(s[end - 1])) end--;
  return end;
}

interface Unit extends Span {
  key: string;
  /** First and last line of the unit, to delete it with its line break. */
  firstLine: number;
  lastLine: number;
}

export const rule: Rule = {
  id: 'duplicate-paragraph',
  description: { 'zh-cn': '重复的段落', en: 'Repeated paragraphs' },
  defaultSeverity: 'warning',
  needsTokens: false,
  check(model, ctx) {
    const out: RawFinding[] = [];
    const seen = new Map<string, Unit>();
    let reportedUntil = -1;
    for (const unit of units(model)) {
      if ([...unit.key].length < MIN_CHARS) continue;
      const first = seen.get(unit.key);
      if (!first) {
        seen.set(unit.key, unit);
        continue;
      }
      if (unit.start < reportedUntil) continue; // a line inside a paragraph already reported
      reportedUntil = unit.end;
      out.push({
        start: unit.start,
        end: unit.end,
        message: ctx.t('duplicate-paragraph.message', first.firstLine + 1),
        related: [{ start: first.start, end: first.end, message: ctx.t('duplicate-paragraph.first') }],
        fixes: [{ title: ctx.t('duplicate-paragraph.fix'), edits: [deletion(model, unit)], safe: true }],
      });
    }
    return out;
  },
};

/** Paragraphs, then (in Markdown, where a paragraph spans lines) each of their lines, in document order. */
function units(model: ReportModel): Unit[] {
  const out: Unit[] = [];
  for (const p of proseParagraphs(model)) {
    let last = p.firstLine;
    while (last + 1 < model.lines.length && model.lines[last + 1].start <= p.end) last++;
    const key = p.text.split(/\r\n|\r|\n/).map(trimBlanks).join('\n');
    out.push({ start: p.start, end: p.start + trailingEnd(p.text), key, firstLine: p.firstLine, lastLine: last });
    if (last === p.firstLine) continue;
    for (let l = p.firstLine; l <= last; l++) {
      const line = model.lines[l];
      const key = trimBlanks(model.text.slice(line.start, line.end));
      if (!key) continue;
      const start = line.start + model.text.slice(line.start, line.end).search(/\S/);
      const end = line.start + trailingEnd(model.text.slice(line.start, line.end));
      out.push({ start: Math.max(start, p.start), end: Math.min(end, p.end), key, firstLine: l, lastLine: l });
    }
  }
  return out;
}

/** The unit's lines with their line break (or the break before them, on the last line). */
function deletion(model: ReportModel, unit: Unit) {
  const first = model.lines[unit.firstLine];
  const last = model.lines[unit.lastLine];
  if (last.next > last.end) return { start: first.start, end: last.next, newText: '' };
  const prev = model.lines[unit.firstLine - 1];
  return { start: prev ? prev.end : first.start, end: last.end, newText: '' };
}
