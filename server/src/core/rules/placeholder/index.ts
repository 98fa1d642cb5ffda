// placeholder: template slots other than numbers left unfilled: 某某, a mask standing for a name
// (*市, XX同志), empty “” 《》 （）, hints left in (（县名）), …… standing for text, a name missing
// before 等 (组织开展等主题活动). The document's own fill-in marker (【待填】) is listed too, at
// information level, so every blank stays in view until it is filled. Evidence: the 等 rule weighs how
// often complete text writes the verb before 等 (the slot table); the rest is right by construction —
// a mask is a run of mask characters where no word, number, code or formula has them (“数据要素×”,
// “415X”, 销售额×税率 are complete text), a hint names what to fill in (（县名）, not 【数字十年】).

import { defineRule, RuleContext } from '../../lib/rule';
import { fillFix, GAP_MARK, placeholderFix, slotExcerpt } from '../../lib/slots/text';
import { Paragraph, ReportModel } from '../../model';
import { findSlots, Slot } from './finders';

const messages = {
  known: { zh: '待填写：「{0}」', en: 'To be filled in: 「{0}」' },
  mask: { zh: '缺少名称：「{0}」（{1} 尚未替换）', en: 'Missing name: 「{0}」 ({1} is still to be replaced)' },
  someone: { zh: '缺少名称：「{0}」（“{1}”尚未替换）', en: 'Missing name: 「{0}」 ("{1}" is still to be replaced)' },
  empty: { zh: '内容为空：「{0}」', en: 'Empty: 「{0}」 has nothing inside' },
  hint: { zh: '模板提示未替换：「{0}」', en: 'Template hint left in: 「{0}」' },
  ellipsis: { zh: '省略号代替了内容：「{0}」', en: 'An ellipsis stands in for text: 「{0}」' },
  beforeDeng: { zh: '“等”前缺少列举内容：「{0}」', en: 'Nothing listed before 等: 「{0}」' },
  insert: { zh: '插入占位符', en: 'Insert placeholder' },
  replace: { zh: '替换为占位符', en: 'Replace with placeholder' },
  fill: { zh: '填入内容…', en: 'Fill in text…' },
};

type Ctx = RuleContext<keyof typeof messages, 'placeholder'>;

export const rule = defineRule({
  id: 'placeholder',
  name: { 'zh-cn': '待填内容', en: 'Placeholder' },
  doc: {
    'zh-cn': '未填写的模板内容（某某、*市、空引号、模板提示等；“等”前缺列举依据已发表文本中该动词在“等”前的用法判断）',
    en: '`某某`, masked names (`*市`, `XX同志`), empty `“”《》（）`, hints left in (`（县名）`), `……` standing for text, `组织开展等` (judged by how often complete text writes the verb before 等)',
  },
  tags: ['slot', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: true,
  reads: ['placeholder'],
  messages,
  check(model, ctx) {
    // Findings of one paragraph depend on its text, tokens and surroundings only.
    const around = Math.max(16, ctx.options.placeholder.length);
    ctx.eachParagraph((p) => paragraphFindings(model, p, ctx), { tokens: true, around });
  },
});

function paragraphFindings(model: ReportModel, p: Paragraph, ctx: Ctx): void {
  const beforeDeng = ctx.tables.slots?.beforeDeng;
  const mild = ctx.severity === 'hint' ? 'hint' : 'information';
  for (const slot of findSlots(model, p, ctx.options.placeholder, beforeDeng)) {
    const args = [shown(model.text, slot), model.text.slice(slot.start, slot.end)];
    const fill = fillFix(slot.target, ctx.t('fill'));
    if (slot.kind === 'known') {
      // A blank already marked: listed, not marked again; the value can still be typed in.
      ctx.report(slot, slot.kind, args, [fill], { severity: 'information' });
      continue;
    }
    const title = ctx.t(slot.target.start === slot.target.end ? 'insert' : 'replace');
    ctx.report(slot, slot.kind, args, [placeholderFix(ctx, slot.target, title), fill], {
      severity: slot.mild ? mild : undefined,
    });
  }
}

/** What the message quotes: the hint itself, or a few characters of context with ▢ at the slot. */
function shown(text: string, slot: Slot): string {
  const covered = text.slice(slot.start, slot.end);
  switch (slot.kind) {
    case 'hint':
      return covered;
    case 'known':
      return slotExcerpt(text, slot.start, slot.end).replace(GAP_MARK, covered);
    case 'empty':
      return slotExcerpt(text, slot.start, slot.end).replace(
        GAP_MARK,
        covered[0] + GAP_MARK + covered[covered.length - 1],
      );
    default:
      return slotExcerpt(text, slot.target.start, slot.target.end);
  }
}
