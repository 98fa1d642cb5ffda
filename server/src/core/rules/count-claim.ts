// A sentence announcing a count (以下三个方面：, 存在两个方面的问题。, 实现“三个突破”：) whose list right
// after it has another number of members. The claim is flagged with the list's count; the fix
// writes that count, unsafe, since the list may be what lost or gained a member.

import { CountClaim, CountedList, ListFinder, paragraphClaims, placeClaim, writeCount } from '../lib/counts';
import { defineRule } from '../lib/rule';
import { Paragraph } from '../model';

const messages = {
  items: {
    zh: '此处说“{0}”，下文实有{1}项（{2}）',
    en: 'Announces “{0}”, but the list that follows has {1} items ({2})',
  },
  headings: { zh: '此处说“{0}”，下文实有{1}个小标题（{2}）', en: 'Announces “{0}”, but {1} headings follow ({2})' },
  members: { zh: '此处说“{0}”，其后实列{1}项（{2}）', en: 'Announces “{0}”, but {1} are listed ({2})' },
  member: { zh: '第{0}项', en: 'item {0}' },
};

/** The rule: an announced count matches the list that follows it. */
export const rule = defineRule({
  id: 'count-claim',
  name: { 'zh-cn': '数目与条目', en: 'Count and list' },
  doc: {
    'zh-cn': '“以下三个方面”等所说数目须与下文的小标题、“一是…二是…”或所列条目数一致',
    en: 'a count announced (以下三个方面：) against the headings, 一是/二是 items or list that follow it',
  },
  tags: ['structure', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    // Each paragraph's claims are kept by its text; the lists after them are a merge over items and headings.
    const finder = new ListFinder(model);
    const headingAt = (p: Paragraph) => (p.heading ? String(p.heading.title.start - p.start) : '');
    for (const { paragraph, own } of ctx.contributions('claims', paragraphClaims, headingAt)) {
      for (const c of own) check(placeClaim(c, paragraph));
    }

    function check(claim: CountClaim): void {
      const list = finder.listAfter(claim);
      if (!list || !mismatch(claim.claimed, list)) return;
      const actual = list.members.length;
      const phrase = claim.phrase.text;
      const written = writeCount(claim.numeral.text, actual);
      const shown = list.members.map((m) => m.text.slice(0, 8)).join('、');
      const fix = ctx.fix.replace(claim.numeral, written, {
        title: ctx.fix.title('replace', written + phrase.slice(claim.numeral.text.length)),
      });
      const related = list.members.map((m, i) => ({ start: m.start, end: m.end, message: ctx.t('member', i + 1) }));
      ctx.report(claim.phrase, list.kind, [phrase, actual, shown], [fix], { related });
    }
  },
});

/** A different count, yet not so far off that the list reads as groups of what is counted (20项任务：一是…五是). */
function mismatch(claimed: number, list: CountedList): boolean {
  const actual = list.members.length;
  return claimed !== actual && claimed <= 2 * actual;
}
