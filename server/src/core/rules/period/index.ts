// The report's own period (its title or first line: 2023年上半年工作总结, 2024年度述职报告, 2025年政府工作报告;
// or the year setting) against what the body says of it. A government work report, delivered in
// March, reviews the year before (去年) and plans its own (今年); a year-end summary reviews its
// year and plans the next (明年). Information: a drafter may quote an older text on purpose.

import { defineRule } from '../../lib/rule';
import { Span } from '../../model';
import { bodyStart, eventSlips, paragraphSlips, resultYears, titleSlip } from './slips';

const messages = {
  halfYear: {
    zh: '本文是{0}年全年的总结，此处却是半年的说法',
    en: 'A report on the whole of {0} speaks of a half year here',
  },
  review: {
    zh: '回顾的年份写作{0}年，本报告回顾的是{1}年',
    en: 'The year reviewed reads {0}; this report reviews {1}',
  },
  plan: { zh: '部署的年份写作{0}年，本报告部署的是{1}年', en: 'The year planned reads {0}; this report plans {1}' },
  yearIs: {
    zh: '此处说的是{0}年，本报告回顾{1}年、部署{2}年',
    en: 'This speaks of {0}; the report reviews {1} and plans {2}',
  },
  relative: { zh: '“{0}”是{2}年，此处写作{1}年', en: '“{0}” is {2}, but it reads {1}' },
  since: {
    zh: '“{0}年以来”：本报告是{1}年的，{0}年尚未到来',
    en: '“Since {0}”: this report is about {1}, and {0} has not begun',
  },
  reached: {
    zh: '{0}年的结果写作已达到，本报告回顾的是{1}年',
    en: 'A result of {0} reads as reached; this report reviews {1}',
  },
  event: {
    zh: '{0}已于{1}举行，{2}年的文稿不宜再说“迎接”',
    en: '{0} took place in {1}: a draft about {2} should not look forward to it',
  },
  title: {
    zh: '标题写的是{0}年，正文所报成绩却无一是本报告回顾之年，多为{1}年（{2}处）',
    en: 'The title reads {0}, but no result in the body is of the year reviewed; most are of {1} ({2})',
  },
  source: { zh: '报告期：{0}年', en: 'The report’s year: {0}' },
};

/** The rule: the body speaks of the period the title names. */
export const rule = defineRule({
  id: 'period',
  name: { 'zh-cn': '报告期', en: 'Report period' },
  doc: {
    'zh-cn': '正文的年份、半年说法、“去年”“今年”和“迎接”的事件须与标题所示报告期一致',
    en: 'years, half years, 去年/今年 and events looked forward to, against the period the title names',
  },
  tags: ['period', 'fixable'],
  defaultSeverity: 'information',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const period = ctx.period;
    if (!period || period.from === 'head') return;
    // Each paragraph's slips are kept by its text and the period; the title's year is a merge of the years they report.
    const key = () => JSON.stringify(period);
    if (period.from === 'opening') {
      // No title naming the period: a draft opening with its year (2023年，…) still dates events.
      for (const { paragraph, own } of ctx.contributions('events', (p) => eventSlips(p.text, period.year, false), key))
        for (const slip of own) ctx.report(moved(slip, paragraph.start), slip.key, slip.args);
      return;
    }
    const related = period.source ? [{ ...period.source, message: ctx.t('source', period.year) }] : undefined;
    const body = bodyStart(model, period);
    const counts = new Map<number, number>();
    for (const { paragraph, own } of ctx.contributions(
      'slips',
      (p) => ({ slips: paragraphSlips(p.text, period), years: resultYears(p.text) }),
      key,
    )) {
      if (paragraph.end <= body) continue;
      for (const y of own.years) counts.set(y, (counts.get(y) ?? 0) + 1);
      for (const slip of own.slips) {
        const at = moved(slip, paragraph.start);
        const fixes = slip.replacement ? [ctx.fix.replace(at, slip.replacement)] : [];
        ctx.report(at, slip.key, slip.args, fixes, { related });
      }
    }
    // The year as the title writes it: from the paragraph that holds it (the title or a line under it).
    const written = (source: Span) => {
      const p = model.paragraphs.find((q) => q.start <= source.start && source.end <= q.end);
      return p ? p.text.slice(source.start - p.start, source.end - p.start) : '';
    };
    const title = titleSlip(counts, period, written);
    if (title)
      ctx.report(title, title.key, title.args, title.replacement ? [ctx.fix.replace(title, title.replacement)] : []);
  },
});

/** A slip of a paragraph's text moved to the paragraph's place in the document. */
function moved<T extends Span>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}
