// missing-number: a quantity whose number is masked (*万元, XX个, 1*.6%) or absent (开展专题调研次,
// 覆盖率达%, 提拔干部人, 立案件). Masks standing for names belong to the placeholder rule (lib/slots/
// masks.ts decides which), so every mask is reported once. An absent number is judged by evidence
// (./evidence.ts) when the host loaded the slot table: one probability per unit written bare, from the
// characters, words and tags around it as complete text of every register and numbers deleted from it
// show them; a context no register has shown is no evidence. What is right by construction needs no
// table: masks, blanks typed for the number (会议  次), blank dates, a sign after a Chinese character.
// Without the table the hand rules (./gaps.ts) stand in. Severity follows the probability: at or above
// the warning threshold a warning, at or above the information threshold a note, below it nothing.

import { Severity } from '../../lib/findings';
import { defineRule, RuleContext } from '../../lib/rule';
import { findMasks } from '../../lib/slots/masks';
import { slotExcerpt, slotFixes } from '../../lib/slots/text';
import { Paragraph, ReportModel } from '../../model';
import { findDateGaps } from './dates';
import { judgedGaps, slotEvidence, thresholdsOf } from './evidence';
import { findGaps, Gap } from './gaps';

const messages = {
  masked: {
    zh: '缺少数字：「{0}」（{1} 尚未替换为数字）',
    en: 'Missing number: 「{0}」 ({1} is still to be replaced by the number)',
  },
  empty: { zh: '缺少数字：「{0}」', en: 'Missing number: 「{0}」' },
  insert: { zh: '插入占位符', en: 'Insert placeholder' },
  replace: { zh: '替换为占位符', en: 'Replace with placeholder' },
  fill: { zh: '填入数值…', en: 'Fill in value…' },
};

type Ctx = RuleContext<keyof typeof messages, 'placeholder'>;

export const rule = defineRule({
  id: 'missing-number',
  name: { 'zh-cn': '缺少数字', en: 'Missing number' },
  doc: {
    'zh-cn':
      '数字以 *、XX 等代替，或量词、单位前缺少数字（开展专题调研次、提拔干部人）：依据各类已发表文本中该处前后的字、词和词性判断',
    en: 'masked numbers (`*万元`, `XX个`, `1*.6%`) and measure words with no number (`开展专题调研次`, `提拔干部人`), judged by the characters, words and tags around them in complete text of every register',
  },
  tags: ['slot', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  reads: ['placeholder'],
  messages,
  check(model, ctx) {
    // Findings of one paragraph depend on its text, tokens and surroundings only.
    const around = Math.max(16, ctx.options.placeholder.length);
    ctx.eachParagraph((p) => p.tokens && paragraphFindings(model, p, ctx), { tokens: true, around });
  },
});

function paragraphFindings(model: ReportModel, p: Paragraph, ctx: Ctx): void {
  for (const mask of findMasks(model, p, ctx.options.placeholder)) {
    if (mask.kind !== 'number') continue;
    const shown = slotExcerpt(model.text, mask.start, mask.end);
    ctx.report(
      mask,
      'masked',
      [shown, model.text.slice(mask.start, mask.end)],
      slotFixes(ctx, mask.value, titles(ctx, 'replace')),
    );
  }
  const evidence = slotEvidence(ctx.tables);
  const thresholds = thresholdsOf(ctx.tables);
  const mild: Severity = ctx.severity === 'hint' ? 'hint' : 'information';
  const gaps: Array<Gap & { severity?: Severity }> = findDateGaps(model, p);
  if (!evidence) gaps.push(...findGaps(model, p, ctx.options.placeholder));
  else {
    // Blanks typed where the number goes (会议  次) are certain by construction: the hand rule finds them.
    gaps.push(...findGaps(model, p, ctx.options.placeholder).filter((g) => g.target.start < g.target.end));
    for (const g of judgedGaps(model, p, evidence, ctx.options.placeholder, thresholds.information)) {
      if (g.confidence >= thresholds.warning) gaps.push(g);
      else if (g.confidence >= thresholds.information) gaps.push({ ...g, severity: mild });
    }
  }
  gaps.sort((a, b) => a.range.start - b.range.start);
  const targets = new Set<number>();
  for (const gap of gaps) {
    // One finding per place: the hand rules and the evidence may both see a gap.
    if (targets.has(gap.target.end)) continue;
    targets.add(gap.target.end);
    const { start, end } = gap.target;
    const fixes = slotFixes(ctx, gap.target, titles(ctx, start === end ? 'insert' : 'replace'));
    ctx.report(gap.range, 'empty', [slotExcerpt(model.text, start, end)], fixes, { severity: gap.severity });
  }
}

function titles(ctx: Ctx, placeholderKey: 'insert' | 'replace') {
  return { placeholder: ctx.t(placeholderKey), fill: ctx.t('fill') };
}
