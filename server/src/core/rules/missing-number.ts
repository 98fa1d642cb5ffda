// missing-number: a quantity whose number is masked (*万元, XX个, 1*.6%) or absent (开展专题调研次,
// 覆盖率达%, 惠及约万人). Masks standing for names belong to the placeholder rule (slots/masks.ts
// decides which), so every mask is reported once.

import { defineMessages } from '../messages';
import { Paragraph, ReportModel } from '../model';
import { Rule, RawFinding, RuleContext } from './types';
import { findingsByParagraph, Memo } from './shared/memo';
import { findMasks } from './slots/masks';
import { excerpt, slotFixes } from './slots/text';
import { findGaps } from './missing-number/gaps';
import { findDateGaps } from './missing-number/dates';

defineMessages({
  'missing-number.masked': { zh: '缺少数字：「{0}」（{1} 尚未替换为数字）', en: 'Missing number: 「{0}」 ({1} is still to be replaced by the number)' },
  'missing-number.empty': { zh: '缺少数字：「{0}」', en: 'Missing number: 「{0}」' },
  'missing-number.insert': { zh: '插入占位符', en: 'Insert placeholder' },
  'missing-number.replace': { zh: '替换为占位符', en: 'Replace with placeholder' },
  'missing-number.fill': { zh: '填入数值…', en: 'Fill in value…' },
});

export const rule: Rule = {
  id: 'missing-number',
  description: { 'zh-cn': '数字缺失或以 *、XX 等代替', en: 'A number is missing or masked (*, XX…)' },
  defaultSeverity: 'warning',
  needsTokens: true,
  check(model, ctx) {
    const { locale, placeholder } = ctx.options;
    return findingsByParagraph(model, memo, `${locale}\u0001${placeholder}\u0001`, Math.max(16, placeholder.length), (p) =>
      p.tokens ? paragraphFindings(model, p, ctx) : [],
    );
  },
};

/** Findings of one paragraph: they depend on its text, tokens and surroundings only (see paragraphKey). */
const memo = new Memo<RawFinding[]>();

function paragraphFindings(model: ReportModel, p: Paragraph, ctx: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mask of findMasks(model, p, ctx.options.placeholder)) {
    if (mask.kind !== 'number') continue;
    findings.push({
      start: mask.start,
      end: mask.end,
      message: ctx.t('missing-number.masked', excerpt(model.text, mask.start, mask.end), model.text.slice(mask.start, mask.end)),
      fixes: slotFixes(ctx, mask.value, titles(ctx, 'missing-number.replace')),
    });
  }
  for (const gap of [...findGaps(model, p, ctx.options.placeholder), ...findDateGaps(model, p)]) {
    const { start, end } = gap.target;
    findings.push({
      start: gap.range.start,
      end: gap.range.end,
      message: ctx.t('missing-number.empty', excerpt(model.text, start, end)),
      fixes: slotFixes(ctx, gap.target, titles(ctx, start === end ? 'missing-number.insert' : 'missing-number.replace')),
    });
  }
  return findings;
}

function titles(ctx: RuleContext, placeholderKey: string) {
  return { placeholder: ctx.t(placeholderKey), fill: ctx.t('missing-number.fill') };
}
