// Numbering within a series: 一、二、三… (and （一）, 1., （1）) under one parent, and inline
// enumerations (一是/二是, 一要, 第一, 首先/其次/最后), with no gap, repeat or disorder and one form.
// The fix renumbers the whole series 1, 2, 3… in one go: a typo changes one marker, an inserted or
// deleted section every marker after it. Heading edits touch only the number inside the marker,
// so they never overlap heading-marker's edits of the marker's form. A series broken by a
// higher-level heading written inside a lower list is heading-level's finding, not ours.
//
// A regulation's articles run on through its chapters (第一条 … 第九十条), its sections restart in each
// chapter, and an article's items （一）（二） restart in each article (the parser's series). A series of
// articles or chapters that does not start at 1, and is not 1, 2, 3… but for two numbers at most, is an
// excerpt a report quotes (第十一条、第十二条…): its numbers need only increase, and what they should be
// is not known, so it has no fix.

import { Edit } from '../lib/findings';
import { itemEdit, itemMarker, itemSeries, majorityForm } from '../lib/headings/items';
import { Break, classify, targetOrdinals } from '../lib/headings/numbering';
import { isArticle } from '../lib/headings/levels';
import { interruptions, headingSeries, numberSpan, renumberedMarker, writeNumberLike } from '../lib/headings/series';
import { defineRule, RuleContext } from '../lib/rule';
import { Heading } from '../model';

const messages = {
  repeat: { zh: '编号重复：应为「{0}」，实为「{1}」', en: 'Repeated number: expected "{0}", found "{1}"' },
  typo: { zh: '编号有误：应为「{0}」，实为「{1}」', en: 'Wrong number: expected "{0}", found "{1}"' },
  order: { zh: '编号顺序颠倒：应为「{0}」，实为「{1}」', en: 'Numbers out of order: expected "{0}", found "{1}"' },
  gap: { zh: '编号不连续：应为「{0}」，实为「{1}」', en: 'Numbering has a gap: expected "{0}", found "{1}"' },
  mixed: {
    zh: '同一组序号形式不一：应为「{0}」，实为「{1}」',
    en: 'One series written in mixed forms: expected "{0}", found "{1}"',
  },
  excerpt: {
    zh: '摘录的条文编号应递增：「{0}」在「{1}」之后',
    en: 'Quoted article numbers should increase: "{0}" follows "{1}"',
  },
  renumber: { zh: '按顺序重新编号（改 {0} 处）', en: 'Renumber the series in order ({0} changes)' },
};

type Ctx = RuleContext<keyof typeof messages>;

/** The rule: heading and item series numbered 1, 2, 3… in one form. */
export const rule = defineRule({
  id: 'heading-sequence',
  name: { 'zh-cn': '序号连续', en: 'Heading sequence' },
  doc: {
    'zh-cn': '标题和“一是、二是”等序号须连续、不重复、形式一致',
    en: 'gaps, repeats and disorder in 一、二、… （一）… 1. … （1）… and in 一是/二是 series',
  },
  tags: ['structure', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const owned = new Set<Heading>();
    for (const x of interruptions(model)) owned.add(x.heading).add(x.resumed);
    for (const series of headingSeries(model)) {
      if (series.some((h) => owned.has(h))) continue;
      const ordinals = series.map((h) => h.ordinal);
      const targets = targetOrdinals(ordinals);
      const matching = ordinals.filter((o, i) => o === targets[i]).length;
      if (isArticle(series[0]) && ordinals[0] > 1 && matching < Math.max(1, series.length - 2)) {
        excerpt(ctx, series);
        continue;
      }
      const first = ordinals.findIndex((o, i) => o !== targets[i]);
      if (first < 0) continue;
      const edits = series.flatMap((h, i) => (ordinals[i] === targets[i] ? [] : [numberEdit(h, targets[i])]));
      const h = series[first];
      const expected = renumberedMarker(h.marker.text, targets[first]) ?? h.standardMarker;
      finding(ctx, h.marker, classify(ordinals, targets, first), expected, h.marker.text, edits);
    }
    for (const series of itemSeries(model)) {
      const form = majorityForm(series);
      const ordinals = series.map((item) => item.ordinal);
      const targets = targetOrdinals(ordinals);
      // A closing 最后 stays 最后 whatever the series' form.
      const wanted = series.map((item, i) =>
        targets[i] === 0 && form !== '首先' ? item.marker.text : itemMarker(form, targets[i]),
      );
      const first = wanted.findIndex((w, i) => w !== series[i].marker.text);
      if (first < 0) continue;
      const edits = series.flatMap((item, i) =>
        wanted[i] === item.marker.text
          ? []
          : [wanted[i] === undefined ? undefined : itemEdit(model.text, item, wanted[i]!)],
      );
      const kind = ordinals[first] !== targets[first] ? classify(ordinals, targets, first) : 'mixed';
      const item = series[first];
      finding(ctx, item.marker, kind, wanted[first] ?? '?', item.marker.text, edits);
    }
  },
});

/** A quoted excerpt of a regulation (its numbering starts past 1): the first number not above the one before it. */
function excerpt(ctx: Ctx, series: readonly Heading[]): void {
  const i = series.findIndex((h, k) => k > 0 && h.ordinal <= series[k - 1].ordinal);
  if (i > 0) ctx.report(series[i].marker, 'excerpt', [series[i].marker.text, series[i - 1].marker.text], []);
}

/** The edit changing only the number inside a heading's marker; undefined when it cannot be written (⑳ is the last circled number). */
function numberEdit(h: Heading, n: number): Edit | undefined {
  const span = numberSpan(h.marker.text);
  const written = span && writeNumberLike(h.marker.text.slice(span.start, span.end), n);
  return span && written !== undefined
    ? { start: h.marker.start + span.start, end: h.marker.start + span.end, newText: written }
    : undefined;
}

/** Reports a break in a series at `at`, with the renumbering of the whole series when every edit can be written. */
function finding(
  ctx: Ctx,
  at: { start: number; end: number },
  kind: Break | 'mixed',
  expected: string,
  found: string,
  edits: Array<Edit | undefined>,
): void {
  const fixable = edits.every((e): e is Edit => e !== undefined);
  ctx.report(
    at,
    kind,
    [expected, found],
    fixable ? [{ title: ctx.t('renumber', edits.length), edits, safe: true }] : [],
  );
}
