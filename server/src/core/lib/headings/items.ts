// Inline enumerations (一是/二是, 一要/二要, 第一/第二, 首先/其次/最后) as series, and their markers.

import { Heading, Item, ItemSeries, Paragraph, ReportModel } from '../../model';
import { Edit } from '../findings';
import { toChineseNumber } from '../../text';

const SEQUENCE_WORDS = ['最后', '首先', '其次', '再次'];

/**
 * Items grouped into series, per parent section. A 1 opens a new series; a later number joins
 * the latest series of its own form (so 第一/第二 may nest inside 一是…二是), else the latest
 * series of any form (一是, 第二: a mixed series). 其次/再次/最后 count only after a 首先: alone
 * they are ordinary prose. A series opened inside a sentence of an item of its own form
 * (二是…，其中一是…，二是…) ends with its paragraph: a later paragraph's 三是 goes on with the outer one.
 */
export function itemSeries(model: ReportModel): Item[][] {
  const byParent = new Map<Heading | undefined, Item[]>();
  for (const item of model.items) {
    const list = byParent.get(item.parent);
    if (list) list.push(item);
    else byParent.set(item.parent, [item]);
  }
  const paragraphOf = itemParagraphs(model);
  const out: Item[][] = [];
  for (const items of byParent.values()) {
    const opened: Item[][] = [];
    const local = new Map<Item[], Paragraph>();
    // The latest series (of `form`, or of any) that a later paragraph's item may still join.
    const latest = (item: Item, form?: ItemSeries) => {
      const p = paragraphOf.get(item);
      for (let i = opened.length - 1; i >= 0; i--) {
        const s = opened[i];
        if ((form && s[0].series !== form) || (local.has(s) && local.get(s) !== p)) continue;
        return s;
      }
      return undefined;
    };
    let current: Item[] | undefined;
    const open = (item: Item) => {
      const p = paragraphOf.get(item);
      // Nested: opened inside a sentence while a series of its form is open (二是…，其中一是…).
      const outer = latest(item, item.series);
      const nested = p !== undefined && outer !== undefined && !closed(outer) && item.inSentence;
      current = [item];
      opened.push(current);
      if (nested) local.set(current, p);
      out.push(current);
    };
    for (const item of items) {
      if (item.ordinal === 1) {
        open(item);
        continue;
      }
      const own = latest(item, item.series);
      if (item.series === '首先') {
        if (!own || closed(own)) continue;
        own.push(item);
        current = own;
        continue;
      }
      const p = paragraphOf.get(item);
      const cur = current && local.has(current) && local.get(current) !== p ? latest(item) : current;
      const joined = own && !closed(own) ? own : cur && !closed(cur) ? cur : undefined;
      if (joined) joined.push(item);
      else open(item);
    }
  }
  return out;
}

/** Each item's paragraph (both lists ascend, so one walk). */
function itemParagraphs(model: ReportModel): Map<Item, Paragraph> {
  const out = new Map<Item, Paragraph>();
  let k = 0;
  for (const item of model.items) {
    while (k < model.paragraphs.length && model.paragraphs[k].end < item.marker.start) k++;
    const p = model.paragraphs[k];
    if (p && p.start <= item.marker.start) out.set(item, p);
  }
  return out;
}

/** A series that ended with 最后 takes no more items. */
function closed(series: Item[]): boolean {
  return series[series.length - 1].ordinal === 0;
}

/** The form most of the series is written in; on a tie, the form it starts with. */
export function majorityForm(series: readonly Item[]): ItemSeries {
  const counts = new Map<ItemSeries, number>();
  for (const item of series) counts.set(item.series, (counts.get(item.series) ?? 0) + 1);
  let best = series[0].series;
  for (const [form, n] of counts) if (n > counts.get(best)!) best = form;
  return best;
}

/** The marker of item `n` in `form` (0 = 最后); undefined when the form has no word for it (首先 stops at 再次). */
export function itemMarker(form: ItemSeries, n: number): string | undefined {
  if (form === '首先') return SEQUENCE_WORDS[n];
  if (n <= 0 || n >= 1000) return undefined;
  const cn = toChineseNumber(n);
  return form === '第' ? `第${cn}` : `${cn}${form}`;
}

/** Forms followed by a comma (第一，首先，); 一是 and 一要 take no mark after them (B.3.7). */
function takesComma(marker: string): boolean {
  return /^(第|首先|其次|再次|最后)/.test(marker);
}

/** The edit writing `marker` over an item's marker, adding or removing the comma a change of form needs. */
export function itemEdit(text: string, item: Item, marker: string): Edit {
  let end = item.marker.end;
  let newText = marker;
  const had = takesComma(item.marker.text);
  const needs = takesComma(marker);
  if (had && !needs && /[，,、]/.test(text[end] ?? '')) end++;
  if (!had && needs && !/[，,：:、]/.test(text[end] ?? '')) newText += '，';
  return { start: item.marker.start, end, newText };
}
