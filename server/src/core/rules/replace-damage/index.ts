// Damage a find-and-replace left across the whole report: a drafter adapting another unit's text
// replaced 县 by 区 everywhere, and 县城 became 区城. The substitutions are inferred from the
// document (replace-damage/infer.ts) with the corpus word table; each broken word is reported with
// a fix that writes it back and a second fix that writes back every occurrence of that substitution.
// Real words the replace may also have made (区域 for 县域) are only information.

import { Fix } from '../../lib/findings';
import { defineRule } from '../../lib/rule';
import { CorpusTables } from '../../lib/tables';
import { indexWords, inferSubstitutions, Substitution, WordIndex } from './infer';

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
  return words && tables.derive('words/index', () => indexWords(words));
}

export const rule = defineRule({
  id: 'replace-damage',
  name: { 'zh-cn': '批量替换误伤', en: 'Find-and-replace damage' },
  doc: {
    'zh-cn': '批量替换误伤：整篇替换一个字（县→区）后弄坏的词（区城←县城），由语料词表推断',
    en: 'words broken by a bulk replace of one character (县→区 made 区城 of 县城), inferred from the corpus word table',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const index = wordIndex(ctx.tables);
    if (!index) return;
    // The inference reads the whole text: kept for the document while the text stays the same (the
    // analysis runs again when the segmenter's tokens arrive or another rule's setting changes).
    const memo = ctx.memo<Substitution[]>('inference', 1); // whole texts: the current one and the one before
    let subs = memo.get(model.text);
    if (!subs) memo.set(model.text, '', (subs = inferSubstitutions(model.text, index)));
    for (const sub of subs) {
      const all: Fix = {
        title: ctx.t('fixAll', sub.from, sub.to, sub.damage.length),
        edits: sub.damage.map((d) => ({ start: d.at, end: d.at + 1, newText: sub.from })),
        safe: false,
      };
      for (const d of sub.damage) {
        const one = ctx.fix.replace({ start: d.at, end: d.at + 1 }, sub.from, {
          title: ctx.fix.title('replace', d.original),
        });
        ctx.report(d, 'damage', [sub.from, sub.to, d.observed, d.original], [one, all]);
      }
      for (const d of sub.casualties) {
        const one = ctx.fix.replace({ start: d.at, end: d.at + 1 }, sub.from, {
          title: ctx.fix.title('replace', d.original),
        });
        ctx.report(d, 'casualty', [sub.from, sub.to, d.observed, d.original], [one], { severity: 'information' });
      }
    }
  },
});
