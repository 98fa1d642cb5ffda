// A heading on a line of its own ends the way the document's other standalone headings of its
// level end: all with 。 (as published State Council reports write their （一） headings) or all
// without. The minority is flagged and fixed to the majority; a tie says nothing. Run-in headings
// end their heading sentence with 。 and are left alone, and a heading ending in ？ or ！ never
// has 。 demanded of it; one ending in other punctuation (：；) is left alone too.

import { defineMessages } from '../messages';
import { Heading } from '../model';
import { RawFinding, Rule } from './types';

defineMessages({
  'heading-punctuation.extra': { zh: '本级其他标题末尾不加句号，此处多了「。」', en: 'Other headings of this level end without 。; this one has it' },
  'heading-punctuation.missing': { zh: '本级其他标题末尾都有句号，此处缺少「。」', en: 'Other headings of this level end with 。; this one lacks it' },
  'heading-punctuation.remove': { zh: '删除标题末尾的「。」', en: 'Remove the 。 ending the heading' },
  'heading-punctuation.add': { zh: '在标题末尾加「。」', en: 'End the heading with 。' },
});

/** A heading ending in one of these (一、主要做法：) is not asked for 。. */
const TRAILING_MARK = /[：:；;，,、…—\-]/;

/** The rule: standalone headings of one level end alike, with or without 。. */
export const rule: Rule = {
  id: 'heading-punctuation',
  description: { 'zh-cn': '同级独占一行的标题末尾标点一致', en: 'Standalone headings of one level end alike, with or without 。' },
  defaultSeverity: 'information',
  needsTokens: false,
  check(model, ctx) {
    const out: RawFinding[] = [];
    const text = model.text;
    for (const level of [1, 2, 3, 4]) {
      const withStop: Heading[] = [];
      const without: Heading[] = [];
      for (const h of model.allHeadings) {
        if (h.level !== level || h.runIn || h.title.end === h.title.start) continue;
        if (h.endPunct === '。') withStop.push(h);
        else if (h.endPunct === '' && !TRAILING_MARK.test(lastChar(text, h.title.end))) without.push(h);
      }
      if (withStop.length > without.length) {
        for (const h of without) {
          const last = h.title.end - lastChar(text, h.title.end).length;
          out.push({
            start: last,
            end: h.title.end,
            message: ctx.t('heading-punctuation.missing'),
            fixes: [{ title: ctx.t('heading-punctuation.add'), edits: [{ start: h.title.end, end: h.title.end, newText: '。' }], safe: true }],
          });
        }
      } else if (without.length > withStop.length) {
        for (const h of withStop) {
          const stop = { start: h.title.end, end: h.title.end + 1 };
          out.push({
            ...stop,
            message: ctx.t('heading-punctuation.extra'),
            fixes: [{ title: ctx.t('heading-punctuation.remove'), edits: [{ ...stop, newText: '' }], safe: true }],
          });
        }
      }
    }
    return out;
  },
};

/** The character (one or two UTF-16 units) ending at `end`. */
function lastChar(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}
