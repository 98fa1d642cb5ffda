// Words official prose confuses (截至/截止, 其他/其它, 部署/布署, 制定/制订, 权力/权利) and the variant
// forms GF 1001-2001 replaces (成份 → 成分). Never by the list alone: a context pair is flagged only
// where published text puts the other form beside the same neighbour far more often, or where the
// form is almost never used at all; a variant only as a whole word and where the corpus does not
// prefer it. Entries and their sources: entries.ts; the counts: server/data/confusable.json.

import { defineRule } from '../../lib/rule';
import { Token } from '../../model';
import { CONTEXT_PAIRS, GF_1001 } from './entries';

const messages = {
  context: {
    zh: '易混词语：此处宜用“{1}”（已发表文本中“{2}”{3}次，“{4}”{5}次）',
    en: 'Easily confused: “{1}” fits here (published text: “{2}” {3} times, “{4}” {5} times)',
  },
  rare: {
    zh: '易混词语：“{0}”应为“{1}”（已发表文本中“{1}”{2}次，“{0}”{3}次）',
    en: 'Easily confused: “{0}” should be “{1}” (published text: “{1}” {2} times, “{0}” {3} times)',
  },
  number: { zh: '数字', en: 'a number' },
  variant: {
    zh: '异形词：按《第一批异形词整理表》（GF 1001-2001）宜用“{1}”',
    en: 'Variant form: GF 1001-2001 recommends “{1}”',
  },
};

/** The table's shape (scripts/stats/confusable.ts). */
const OTHER = new Map<string, string>(
  CONTEXT_PAIRS.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as Array<[string, string]>,
  ),
);
const RECOMMENDED = new Map<string, string>(
  GF_1001.flatMap(([rec, ...variants]) => variants.map((v) => [v, rec] as [string, string])),
);
// Every variant, longest first (no lookbehind or nesting: one linear pass per paragraph).
const VARIANTS = new RegExp([...RECOMMENDED.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const MIN_CONTEXT = 10; // the other form beside this neighbour at least this often…
const CONTEXT_RATIO = 20; // …and this many times more often than this form
const RARE_RATIO = 100; // a form the corpus almost never uses beside its twin

/** A neighbour as the table keys it (numbers as '#'; the same as scripts/stats/confusable.ts). */
function contextKey(token: string): string {
  return /^[\d.%０-９〇零一二三四五六七八九十百千万亿两]+(?:年底?|月底?|日|号|时|点|季度)?$/.test(token) ? '#' : token;
}

export const rule = defineRule({
  id: 'confusable',
  name: { 'zh-cn': '易混词语', en: 'Easily confused words' },
  doc: {
    'zh-cn': '易混词语：截至/截止、其他/其它、部署/布署、制定/制订、权力/权利及GF 1001-2001异形词，按语境和语料判断',
    en: 'easily confused words (截至/截止, 其他/其它, 部署/布署, 制定/制订, 权力/权利) and GF 1001-2001 variant forms, decided by context and corpus counts',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  messages,
  check(model, ctx) {
    const table = ctx.tables.confusable;
    if (!table?.count) return;
    const n = (form: string) => table.count[form] ?? 0;
    for (const p of model.paragraphs) {
      if (p.verbatim || !p.tokens) continue;
      const tokens: Token[] = p.tokens;
      tokens.forEach((t, k) => {
        const other = OTHER.get(t.word);
        if (other) {
          if (n(other) >= RARE_RATIO * (n(t.word) + 1)) {
            ctx.report(t, 'rare', [t.word, other, n(other), n(t.word)], [ctx.fix.replace(t, other)]);
            return;
          }
          const sides: Array<['next' | 'prev', Token | undefined]> = [
            ['next', tokens[k + 1]],
            ['prev', tokens[k - 1]],
          ];
          for (const [side, neighbour] of sides) {
            if (!neighbour || !/[\u4e00-\u9fff\d]/.test(neighbour.word)) continue;
            const key = contextKey(neighbour.word);
            // Words tell the two apart (制定政策, 截止日期, 其他同志); particles and other single characters do not (制订了).
            if (key !== '#' && [...neighbour.word].length < 2) continue;
            const mine = table[side][t.word]?.[key] ?? 0;
            const theirs = table[side][other]?.[key] ?? 0;
            if (theirs >= MIN_CONTEXT && theirs >= CONTEXT_RATIO * mine) {
              const shown = key === '#' ? ctx.t('number') : neighbour.word;
              const pair = (form: string) => (side === 'next' ? form + shown : shown + form);
              ctx.report(
                t,
                'context',
                [t.word, other, pair(other), theirs, pair(t.word), mine],
                [ctx.fix.replace(t, other)],
              );
              return;
            }
          }
          return;
        }
      });
      // Variants: where the segmenter's words begin and end with it (成份, not 定单 in 确定单位), and
      // where the corpus does not use it more than the recommended form.
      const starts = new Set(tokens.map((t) => t.start));
      const ends = new Set(tokens.map((t) => t.end));
      VARIANTS.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = VARIANTS.exec(p.text));) {
        const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
        const rec = RECOMMENDED.get(m[0])!;
        if (starts.has(span.start) && ends.has(span.end) && n(rec) >= n(m[0]))
          ctx.report(span, 'variant', [m[0], rec], [ctx.fix.replace(span, rec)]);
      }
    }
  },
});
