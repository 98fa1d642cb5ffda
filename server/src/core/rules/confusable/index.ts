// Words official prose confuses (截至/截止, 其他/其它, 部署/布署, 制定/制订, 权力/权利) and the variant
// forms GF 1001-2001 replaces (成份 → 成分). Never by the list alone: every finding needs the words
// beside it (./evidence.ts): the odds at least 20 to 1 that the other form was meant, the other form
// seen beside one of those words at least SUPPORT times and, for two real words, at least 20 times as
// often there as the form as written, with no neighbour that prefers the form as written. For two real words (截至/截止, 制定/制订) the
// odds come from the neighbours alone (beside them the form as written is rare in complete text of every
// register, the other common); for a form complete text hardly uses (布署, 再接再砺) its rarity counts
// too. A variant counts only as whole words (成份, not 定单 in 确定单位).
// Paragraph by paragraph: an edit re-checks its paragraph. Entries and their sources: entries.ts; the
// counts: server/data/confusable.json.

import { defineRule } from '../../lib/rule';
import { Span } from '../../model';
import { CONTEXT_PAIRS, GF_1001 } from './entries';
import { weigh } from './evidence';

const messages = {
  context: {
    zh: '易混词语：此处宜用“{1}”（已发表文本中“{2}”{3}次，“{4}”{5}次）',
    en: 'Easily confused: “{1}” fits here (published text: “{2}” {3} times, “{4}” {5} times)',
  },
  rare: {
    zh: '易混词语：“{0}”应为“{1}”（已发表文本中“{2}”{3}次，“{4}”{5}次）',
    en: 'Easily confused: “{0}” should be “{1}” (published text: “{2}” {3} times, “{4}” {5} times)',
  },
  number: { zh: '数字', en: 'a number' },
  variant: {
    zh: '异形词：按《第一批异形词整理表》（GF 1001-2001）宜用“{1}”（已发表文本中“{2}”{3}次，“{4}”{5}次）',
    en: 'Variant form: GF 1001-2001 recommends “{1}” (published text: “{2}” {3} times, “{4}” {5} times)',
  },
};

const OTHER = new Map<string, string>(CONTEXT_PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
const RECOMMENDED = new Map<string, string>(
  GF_1001.flatMap(([rec, ...variants]) => variants.map((v) => [v, rec] as [string, string])),
);
const ODDS = Math.log(20); // the other form at least 20 times likelier here
const SUPPORT = 10; // and seen beside one of them this often (a context pair)
const VARIANT_SUPPORT = 3; // a variant's recommended form: rarer words
// Every variant, longest first (no lookbehind or nesting: one linear pass per paragraph).
const VARIANTS = new RegExp([...RECOMMENDED.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const RARE_RATIO = 100; // a form complete text almost never uses beside its twin: said so in the message

export const rule = defineRule({
  id: 'confusable',
  name: { 'zh-cn': '易混词语', en: 'Easily confused words' },
  doc: {
    'zh-cn':
      '易混词语：截至/截止、其他/其它、部署/布署、制定/制订、权力/权利及GF 1001-2001异形词；证据两头都要：原写法在其前后词旁少见、另一写法常见',
    en: 'easily confused words (截至/截止, 其他/其它, 部署/布署, 制定/制订, 权力/权利) and GF 1001-2001 variant forms; evidence both ways: the form as written rare beside its neighbours in complete text, the other form common there',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  messages,
  check(_model, ctx) {
    const table = ctx.tables.confusable;
    if (!table?.count) return;
    const n = (form: string) => table.count[form] ?? 0;
    const judge = (span: Span, form: string, other: string, variant: boolean, prev?: string, next?: string) => {
      const { z, support, against } = weigh(table, form, other, { prev, next }, variant);
      if (!support || z < ODDS || support.theirs < (variant ? VARIANT_SUPPORT : SUPPORT)) return;
      // Two real words, both ways in so many uses: beside this word complete text writes the other form at
      // least ODDS times as often as the form as written, and no neighbour prefers the form as written.
      // (The rates alone favour the rarer form wherever it is used at all: 其它国家 24 of 其它's 271 uses.)
      if (!variant && (against || support.theirs < Math.exp(ODDS) * support.mine)) return;
      const shown = support.key === '#' ? ctx.t('number') : support.word;
      const pair = (f: string) => (support.side === 'next' ? f + shown : shown + f);
      const args = [form, other, pair(other), support.theirs, pair(form), support.mine];
      const key = variant ? 'variant' : n(other) >= RARE_RATIO * (n(form) + 1) ? 'rare' : 'context';
      ctx.report(span, key, args, [ctx.fix.replace(span, other)]);
    };
    ctx.eachParagraph(
      (p) => {
        const tokens = p.tokens ?? [];
        tokens.forEach((t, k) => {
          const other = OTHER.get(t.word);
          if (other) judge(t, t.word, other, false, tokens[k - 1]?.word, tokens[k + 1]?.word);
        });
        // Variants: where the segmenter's words begin and end with it (成份, 再接再砺; not 定单 in 确定单位).
        const starts = new Map(tokens.map((t, k) => [t.start, k]));
        const ends = new Map(tokens.map((t, k) => [t.end, k]));
        VARIANTS.lastIndex = 0;
        for (let m: RegExpExecArray | null; (m = VARIANTS.exec(p.text));) {
          const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
          const first = starts.get(span.start);
          const last = ends.get(span.end);
          if (first === undefined || last === undefined) continue;
          judge(span, m[0], RECOMMENDED.get(m[0])!, true, tokens[first - 1]?.word, tokens[last + 1]?.word);
        }
      },
      { tokens: true, around: 0 },
    );
  },
});
