// Formulations out of date for the draft's year. Never flagged absolutely: only when
// the draft's year is known (setting, title or first lines) and falls after the change. Events named
// as still ahead (迎接党的二十大) are the period rule's (lib/events.ts).

import { Fix } from '../lib/findings';
import { ReportPeriod } from '../model';
import { defineRule, RuleContext } from '../lib/rule';

const messages = {
  coreLeader: {
    zh: '自2016年十八届六中全会起提法为“以习近平同志为核心的党中央”',
    en: 'Since October 2016 the formulation is 以习近平同志为核心的党中央',
  },
  covid: {
    zh: '2022年12月26日起“新型冠状病毒肺炎”更名为“新型冠状病毒感染”（“新冠疫情”仍可使用）',
    en: 'Since 26 December 2022 新冠肺炎 is called 新冠病毒感染 (新冠疫情 is still used)',
  },
  nineteenth: {
    zh: '党的二十大（2022年10月）后，指导思想应为“党的二十大精神”',
    en: 'Since the 20th Party Congress (October 2022) the guide is 党的二十大精神',
  },
  xiaokang: {
    zh: '全面建成小康社会已于2021年实现，不再作为奋斗目标',
    en: 'A moderately prosperous society was declared built in 2021: it is no longer a goal',
  },
};

type Ctx = RuleContext<keyof typeof messages>;

interface Term {
  key: keyof typeof messages;
  re: RegExp;
  /** Out of date in drafts about this year and later… */
  from: number;
  /** …and already in a year-end draft about the year before (the change came during that year). */
  yearEndFrom?: number;
  /** The sentence shows the term used historically: not a finding. */
  historical?: RegExp;
  fix?: (match: string, ctx: Ctx, at: number) => Fix | undefined;
}

const PAST = /过去[一五十]年|[一五十]年来|以来|此前|曾经|期间|回顾|201[7-9]年|202[0-2]年/;

const TERMS: Term[] = [
  {
    key: 'coreLeader',
    re: /以?习近平同志为总书记的党中央/g,
    from: 2017,
    yearEndFrom: 2016,
    // A straight replacement of the formulation: certain.
    fix: (m, ctx, at) => {
      const i = at + m.indexOf('为总书记');
      return ctx.fix.replace({ start: i, end: i + 4 }, '为核心', { safe: true });
    },
  },
  {
    key: 'covid',
    re: /新型冠状病毒肺炎(?:疫情)?|新冠[”"]?肺炎(?:疫情)?/g,
    from: 2023,
    // 新冠肺炎疫情 reads 新冠疫情 today, 新冠肺炎 alone 新冠病毒感染: the sentence may need more, so unsafe.
    fix: (m, ctx, at) => {
      if (/[”"]/.test(m)) return undefined;
      const to = m.endsWith('疫情') ? '新冠疫情' : m === '新冠肺炎' ? '新冠病毒感染' : '新型冠状病毒感染';
      return ctx.fix.replace({ start: at, end: at + m.length }, to);
    },
  },
  {
    key: 'nineteenth',
    // Only as the current guide: 以…党的十九大精神为指导, (深入)学习贯彻(落实)党的十九大(和十九届…全会)精神.
    re: /党的十九大(?:和十九届[^，。；]{0,12}全会)?精神(?=[^，。；]{0,4}为指导)|(?<=学习贯彻(?:落实)?(?:好)?)党的十九大(?:和十九届[^，。；]{0,12}全会)?精神/g,
    from: 2023,
    historical: PAST,
    fix: (m, ctx, at) => ctx.fix.replace({ start: at, end: at + m.length }, '党的二十大精神'),
  },
  {
    key: 'xiaokang',
    // As a goal still ahead; 全面建成了小康社会 and 如期全面建成小康社会 are achievements.
    re: /决胜全面建成小康社会|确保全面建成小康社会|为(?:夺取)?全面建成小康社会(?=[^，。；]{0,10}(?:奋斗|努力|作出|贡献))|(?:夺取|迈向|向)全面建成小康社会|全面建成小康社会(?=(?:的)?(?:决胜|冲刺|攻坚|宏伟目标|奋斗目标))/g,
    from: 2022,
    yearEndFrom: 2021,
  },
];

export const rule = defineRule({
  id: 'outdated-term',
  name: { 'zh-cn': '过时提法', en: 'Outdated term' },
  doc: {
    'zh-cn': '过时提法（按文稿年份判断）',
    en: "terms out of date for the draft's year (新冠肺炎 after 2022-12-26, 以习近平同志为总书记的党中央 after 2016 …)",
  },
  tags: ['period', 'fixable'],
  defaultSeverity: 'information',
  needsTokens: false,
  messages,
  check(_model, ctx) {
    const year = ctx.period;
    if (!year) return;
    const terms = TERMS.filter((t) => outdated(t, year));
    if (!terms.length) return;
    // A paragraph's findings depend on its text and on which terms are out of date for the draft's year.
    ctx.eachParagraph(
      (p) => {
        for (const term of terms) {
          term.re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = term.re.exec(p.text))) {
            const start = p.start + m.index;
            if (term.historical && term.historical.test(sentenceAround(p.text, m.index))) continue;
            const fix = term.fix?.(m[0], ctx, start);
            ctx.report({ start, end: start + m[0].length }, term.key, [], fix ? [fix] : []);
          }
        }
      },
      { also: terms.map((t) => t.key).join() },
    );
  },
});

function outdated(term: Term, d: ReportPeriod): boolean {
  return d.year >= term.from || (d.wholeYear && term.yearEndFrom !== undefined && d.year >= term.yearEndFrom);
}

/** The sentence of `text` holding offset `i` (between 。！？ or line breaks). */
function sentenceAround(text: string, i: number): string {
  let s = i;
  while (s > 0 && !/[。！？!?\n]/.test(text[s - 1])) s--;
  let e = i;
  while (e < text.length && !/[。！？!?\n]/.test(text[e])) e++;
  return text.slice(s, e);
}
