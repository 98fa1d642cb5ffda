// The same paragraph (or line of 20+ characters) twice in one document: a copy-paste slip.
// Compared with leading and trailing blanks ignored; the later copy is reported and pointed at the one before it.
// A paragraph's units (itself, and its lines in Markdown) depend on its own text alone, so they are
// kept by text in the document's caches: after an edit, the pass is one map lookup per unit, and the
// merge walks the headings once to place each paragraph.
//
// Some text recurs by design and is spared: a regulation's formulas, the same clause in two articles
// (单位犯前款罪的，对单位判处罚金…; a list item such as （一）具有刑事诉讼法第十六条规定情形之一的；) or
// quoted in two sections (an amendment's items quoting the articles they change), and a short list
// item in two sections of a report. The same text twice in one article, list or section, a long
// paragraph in two sections, a pasted article (its number written twice): still found. A unit without
// a Han character (a rule of dashes, markup) is no paragraph of text.

import { isArticle, isOutline } from '../lib/headings/levels';
import { defineRule } from '../lib/rule';
import { Heading, Paragraph, ReportModel, Span } from '../model';
import { LEADING_BLANKS, paragraphLines, trimBlanks, trimmedEnd } from '../text';

const messages = {
  repeats: { zh: '与前文第 {0} 行重复', en: 'Repeats line {0} above' },
  earlier: { zh: '前文的同一内容', en: 'The same text above' },
  fix: { zh: '删除重复的段落', en: 'Delete the repeated paragraph' },
};

/** Shorter units repeat legitimately (各位代表：, a heading such as （一）存在的问题 in each part). */
const MIN_CHARS = 20;
/** A list item this long or shorter may recur in another section (（一）…的；). */
const LIST_ITEM_CHARS = 60;
/** A regulation's clause this long or shorter may recur in another article. */
const FORMULA_CHARS = 120;

interface Unit extends Span {
  key: string;
  /** First and last line of the unit, to delete it with its line break. */
  firstLine: number;
  lastLine: number;
}

/** Where a unit stands: the article that holds it (by number) and, for a list item or a quotation, its section. */
interface Place {
  /** The article's number as written (第十一条, 第十条之一), when the unit is in one. */
  article?: string;
  /** The list item's list: its restarting list's first item, or the heading its item heading is a child of (undefined at the top). */
  list?: { parent: Heading | undefined };
  /** A quoted paragraph (“…): the innermost heading that holds it. */
  quoted?: { section: Heading | undefined };
}

/** A unit of one paragraph, relative to it (offsets to its start, lines to its first line), with the key's length in characters. */
interface OwnUnit extends Unit {
  chars: number;
  /** The key holds a Han character: it is text, not a rule of dashes or markup. */
  text: boolean;
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
    // Each text's latest occurrence: a copy is compared with the one just before it.
    const seen = new Map<string, { unit: Unit; place: Place }>();
    let reportedUntil = -1;
    // The first line's prefix (Markdown's `> `) is part of that line's key.
    const prefix = (p: Paragraph) => model.text.slice(model.lines[p.firstLine].start, p.start);
    const placeOf = places(model);
    for (const { paragraph: p, own } of ctx.contributions('units', (p) => ownUnits(model, p), prefix)) {
      const place = placeOf(p);
      for (const u of own) {
        if (u.chars < MIN_CHARS || !u.text) continue;
        const unit = {
          ...u,
          start: u.start + p.start,
          end: u.end + p.start,
          firstLine: u.firstLine + p.firstLine,
          lastLine: u.lastLine + p.firstLine,
        };
        const before = seen.get(unit.key);
        seen.set(unit.key, { unit, place });
        if (!before || spared(before.place, place, u.chars)) continue;
        const first = before.unit;
        if (unit.start < reportedUntil) continue; // a line inside a paragraph already reported
        reportedUntil = unit.end;
        const related = [{ start: first.start, end: first.end, message: ctx.t('earlier') }];
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
      text: /\p{Script=Han}/u.test(u.key),
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

/** Text recurring by design: a short clause in two articles or quoted in two sections, a short list item in two sections. */
function spared(first: Place, later: Place, chars: number): boolean {
  if (first.article !== undefined && later.article !== undefined && first.article !== later.article)
    return chars <= FORMULA_CHARS;
  if (first.quoted && later.quoted && first.quoted.section !== later.quoted.section) return chars <= FORMULA_CHARS;
  return first.list !== undefined && later.list !== undefined && first.list.parent !== later.list.parent
    ? chars <= LIST_ITEM_CHARS
    : false;
}

/** Each paragraph's place, asked in document order: one walk over the headings beside the paragraphs. */
function places(model: ReportModel): (p: Paragraph) => Place {
  const all = model.allHeadings;
  let k = 0;
  let last: Heading | undefined;
  return (p) => {
    while (k < all.length && all[k].range.start <= p.start) last = all[k++];
    // The innermost heading whose section holds the paragraph: the last one started, or up its parents.
    let section = last;
    while (section && section.section.end < p.start) section = section.parent;
    const place: Place = {};
    for (let h = section; h; h = h.parent) {
      if (isArticle(h) && h.level === 'article') {
        place.article = h.marker.text;
        break;
      }
    }
    if (p.heading && isOutline(p.heading)) place.list = { parent: p.heading.list ?? p.heading.parent };
    if (/^[“「]/.test(p.text)) place.quoted = { section };
    return place;
  };
}

/** The unit's lines with their line break (or the break before them, on the last line). */
function deletion(model: ReportModel, unit: Unit): Span {
  const first = model.lines[unit.firstLine];
  const last = model.lines[unit.lastLine];
  if (last.next > last.end) return { start: first.start, end: last.next };
  const prev = model.lines[unit.firstLine - 1];
  return { start: prev ? prev.end : first.start, end: last.end };
}
