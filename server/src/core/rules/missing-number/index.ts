// missing-number: a quantity whose number is masked (*万元, XX个, 1*.6%) or absent (开展专题调研次,
// 覆盖率达%, 惠及约万人). Masks standing for names belong to the placeholder rule (lib/slots/masks.ts
// decides which), so every mask is reported once.

import { RawFinding } from '../../lib/findings';
import { findingsByParagraph } from '../../lib/memo';
import { defineRule, RuleContext } from '../../lib/rule';
import { findMasks } from '../../lib/slots/masks';
import { slotExcerpt, slotFixes } from '../../lib/slots/text';
import { Paragraph, ReportModel } from '../../model';
import { findDateGaps } from './dates';
import { findGaps } from './gaps';

const messages = {
  masked: { zh: '缺少数字：「{0}」（{1} 尚未替换为数字）', en: 'Missing number: 「{0}」 ({1} is still to be replaced by the number)' },
  empty: { zh: '缺少数字：「{0}」', en: 'Missing number: 「{0}」' },
  insert: { zh: '插入占位符', en: 'Insert placeholder' },
  replace: { zh: '替换为占位符', en: 'Replace with placeholder' },
  fill: { zh: '填入数值…', en: 'Fill in value…' },
};

type Ctx = RuleContext<keyof typeof messages>;

export const rule = defineRule({
  id: 'missing-number',
  name: { 'zh-cn': '缺少数字', en: 'Missing number' },
  doc: { 'zh-cn': '数字缺失或以 *、XX 等代替', en: 'masked numbers (`*万元`, `XX个`, `1*.6%`) and measure words with no number (`开展专题调研次`)' },
  tags: ['slot', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  messages,
  check(model, ctx) {
    const { locale, placeholder } = ctx.options;
    // Findings of one paragraph depend on its text, tokens and surroundings only (see paragraphContext).
    const memo = ctx.caches.memo<RawFinding[]>('missing-number');
    return findingsByParagraph(model, memo, `${locale}\u0001${placeholder}\u0001`, Math.max(16, placeholder.length), (p) =>
      p.tokens ? paragraphFindings(model, p, ctx) : [],
    );
  },
});

function paragraphFindings(model: ReportModel, p: Paragraph, ctx: Ctx): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mask of findMasks(model, p, ctx.options.placeholder)) {
    if (mask.kind !== 'number') continue;
    findings.push({
      start: mask.start,
      end: mask.end,
      message: ctx.t('masked', slotExcerpt(model.text, mask.start, mask.end), model.text.slice(mask.start, mask.end)),
      fixes: slotFixes(ctx, mask.value, titles(ctx, 'replace')),
    });
  }
  for (const gap of [...findGaps(model, p, ctx.options.placeholder), ...findDateGaps(model, p)]) {
    const { start, end } = gap.target;
    findings.push({
      start: gap.range.start,
      end: gap.range.end,
      message: ctx.t('empty', slotExcerpt(model.text, start, end)),
      fixes: slotFixes(ctx, gap.target, titles(ctx, start === end ? 'insert' : 'replace')),
    });
  }
  return findings;
}

function titles(ctx: Ctx, placeholderKey: 'insert' | 'replace') {
  return { placeholder: ctx.t(placeholderKey), fill: ctx.t('fill') };
}
