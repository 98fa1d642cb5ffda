// Inline enumerations (一是/二是, 一要/二要, 第一/第二, 首先/其次/最后) as series, and their markers.

import { Heading, Item, ItemSeries, ReportModel } from '../../model';
import { Edit } from '../findings';
import { toChineseNumber } from '../../text';

const SEQUENCE_WORDS = ['最后', '首先', '其次', '再次'];

/**
 * Items grouped into series, per parent section. A 1 opens a new series; a later number joins
 * the latest series of its own form (so 第一/第二 may nest inside 一是…二是), else the latest
 * series of any form (一是, 第二: a mixed series). 其次/再次/最后 count only after a 首先: alone
 * they are ordinary prose.
 */
export function itemSeries(model: ReportModel): Item[][] {
  const byParent = new Map<Heading | undefined, Item[]>();
  for (const item of model.items) {
    const list = byParent.get(item.parent);
    if (list) list.push(item);
    else byParent.set(item.parent, [item]);
  }
  const out: Item[][] = [];
  for (const items of byParent.values()) {
    const latest = new Map<ItemSeries, Item[]>();
    let current: Item[] | undefined;
    const open = (item: Item) => {
      current = [item];
      latest.set(item.series, current);
      out.push(current);
    };
    for (const item of items) {
      if (item.ordinal === 1) {
        open(item);
        continue;
      }
      const own = latest.get(item.series);
      if (item.series === '首先') {
        if (!own || closed(own)) continue;
        own.push(item);
        current = own;
        continue;
      }
      const joined = own && !closed(own) ? own : current && !closed(current) ? current : undefined;
      if (joined) joined.push(item);
      else open(item);
    }
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
