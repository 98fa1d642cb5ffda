// Damage a find-and-replace left across the whole report: a drafter adapting another unit's text
// replaced 县 by 区 everywhere, and 县城 became 区城. Each paragraph contributes its candidate
// restorations (replace-damage/infer.ts: where the text is far likelier with another character, as
// written against restored); the document merges them by swap and weighs each swap (./score.ts).
// Each broken word of a proven swap is reported with a fix that writes it back and a second fix that
// writes back every broken word of that swap. Real words the replace may also have made (区域 for
// 县域) are only information.

import { Fix } from '../../lib/findings';
import { defineRule } from '../../lib/rule';
import { CorpusTables } from '../../lib/tables';
import { MIN_RESTORED, paragraphCandidates, paragraphReading } from './infer';
import { contribution, judge, Swap } from './score';
import { indexWords, WordIndex } from './words';

const messages = {
  damage: {
    zh: '疑为批量替换“{0}”→“{1}”造成：“{2}”应为“{3}”',
    en: 'Looks like a bulk replace of “{0}” by “{1}”: “{2}” should be “{3}”',
  },
  casualty: {
    zh: '批量替换“{0}”→“{1}”可能也改动了此处：“{2}”原为“{3}”？',
    en: 'The bulk replace of “{0}” by “{1}” may have changed this too: was “{2}” “{3}”?',
  },
  fixAll: {
    zh: '把本文件中{2}处“{1}”改回“{0}”（批量替换误伤）',
    en: 'Write “{0}” back for “{1}” in all {2} damaged words of this file',
  },
};

/** The index of the word table the host loaded (made once, kept with the tables), or undefined: the rule then stays silent. */
function wordIndex(tables: CorpusTables): WordIndex | undefined {
  const words = tables.words;
  return words && tables.derive('replace-damage/words', () => indexWords(words, MIN_RESTORED));
}

export const rule = defineRule({
  id: 'replace-damage',
  name: { 'zh-cn': '批量替换误伤', en: 'Find-and-replace damage' },
  doc: {
    'zh-cn':
      '批量替换误伤：整篇替换一个字（县→区）后弄坏的词（区城←县城）。证据两头都要：原写法在各类完整文本中都少见、改回的词常见，且多个不同的词同向受损、旧字几乎不剩',
    en: 'words broken by a bulk replace of one character (县→区 made 区城 of 县城); evidence both ways: the word as written is rare in complete text of every register and the restored one common, several distinct words broken the same way, the old character almost gone',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(_model, ctx) {
    const index = wordIndex(ctx.tables);
    if (!index) return;
    // What each paragraph allows, kept by its text: an edit recomputes one paragraph.
    const own = ctx.contributions('candidates', (p) => contribution(paragraphCandidates(p.text, index)));
    // How every paragraph reads under a swap worth reading, kept per paragraph and swap too.
    const swaps = judge(
      own,
      (a, b, taken) => ctx.contributions(`reading/${a}${b}`, (p) => paragraphReading(p.text, a, b, taken(p), index)),
      (b) => Math.log1p(index.countOf(b)),
    );
    for (const swap of swaps) report(swap);

    function report(swap: Swap) {
      const { a, b, damage } = swap;
      const all: Fix = {
        title: ctx.t('fixAll', a, b, damage.length),
        edits: damage.map((d) => ({ start: d.paragraph.start + d.at, end: d.paragraph.start + d.at + 1, newText: a })),
        safe: false,
      };
      for (const d of damage) {
        const at = d.paragraph.start + d.at;
        const span = { start: d.paragraph.start + d.start, end: d.paragraph.start + d.end };
        const one = ctx.fix.replace({ start: at, end: at + 1 }, a, { title: ctx.fix.title('replace', d.original) });
        ctx.report(span, 'damage', [a, b, d.observed, d.original], [one, all]);
      }
      for (const d of swap.casualties) {
        const at = d.paragraph.start + d.at;
        const span = { start: d.paragraph.start + d.start, end: d.paragraph.start + d.end };
        const one = ctx.fix.replace({ start: at, end: at + 1 }, a, { title: ctx.fix.title('replace', d.original) });
        ctx.report(span, 'casualty', [a, b, d.observed, d.original], [one], { severity: 'information' });
      }
    }
  },
});
