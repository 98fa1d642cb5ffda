// A heading on a line of its own ends the way its series' other standalone headings end (its
// siblings of its level: a report's review part may end its （一） headings with 。 and its plan part
// not, as published provincial reports do): all with 。 (as published State Council reports write
// their （一） headings) or all without. The minority is flagged and fixed to the majority; a tie says nothing. Run-in headings
// end their heading sentence with 。 and are left alone, and a heading ending in ？ or ！ never
// has 。 demanded of it; one ending in other punctuation (：；) is left alone too. Only a report's own
// headings are compared: a regulation's articles and their items (（一）…；) are sentences of its text.

import { isReportHeading } from '../lib/headings/levels';
import { headingSeries } from '../lib/headings/series';
import { defineRule } from '../lib/rule';
import { Heading } from '../model';
import { charBefore } from '../text';

const messages = {
  extra: {
    zh: '本级其他标题末尾不加句号，此处多了「。」',
    en: 'Other headings of this level end without 。; this one has it',
  },
  missing: {
    zh: '本级其他标题末尾都有句号，此处缺少「。」',
    en: 'Other headings of this level end with 。; this one lacks it',
  },
  remove: { zh: '删除标题末尾的「。」', en: 'Remove the 。 ending the heading' },
  add: { zh: '在标题末尾加「。」', en: 'End the heading with 。' },
};

/** A heading ending in one of these (一、主要做法：) is not asked for 。. */
const TRAILING_MARK = /[：:；;，,、…—-]/;

/** The rule: standalone headings of one level end alike, with or without 。. */
export const rule = defineRule({
  id: 'heading-punctuation',
  name: { 'zh-cn': '标题末尾标点', en: 'Heading punctuation' },
  doc: {
    'zh-cn': '同级独占一行的标题末尾标点一致（都加或都不加句号）',
    en: "a standalone heading ending with 。 when its level's others do not (or the reverse)",
  },
  tags: ['structure', 'fixable'],
  defaultSeverity: 'information',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const text = model.text;
    for (const series of headingSeries(model)) {
      const withStop: Heading[] = [];
      const without: Heading[] = [];
      for (const h of series) {
        if (!isReportHeading(h) || h.runIn || h.title.end === h.title.start) continue;
        if (h.endPunct === '。') withStop.push(h);
        else if (h.endPunct === '' && !TRAILING_MARK.test(charBefore(text, h.title.end))) without.push(h);
      }
      if (withStop.length > without.length) {
        for (const h of without) {
          const last = h.title.end - charBefore(text, h.title.end).length;
          ctx.report(
            { start: last, end: h.title.end },
            'missing',
            [],
            [ctx.fix.insert(h.title.end, '。', { title: ctx.t('add'), safe: true })],
          );
        }
      } else if (without.length > withStop.length) {
        for (const h of withStop) {
          const stop = { start: h.title.end, end: h.title.end + 1 };
          ctx.report(stop, 'extra', [], [ctx.fix.remove(stop, { title: ctx.t('remove'), safe: true })]);
        }
      }
    }
  },
});
