// Marker forms (GB/T 15834-2011 appendix B.3): 一、 （一） 1. （1）, not 1、 1． （一）、
// (一) （一) ①、 一. or a marker with spaces inside. The fix writes the standard form, editing only
// the wrong parts around the number (the number itself only when it is written wrong, ① or １),
// so it does not collide with heading-sequence renumbering the same marker. A regulation's text (its
// own or quoted) keeps its forms: its articles' items ((一), 1．) are written as laws write them.

import { Edit } from '../lib/findings';
import { isReportHeading } from '../lib/headings/levels';
import { numberSpan } from '../lib/headings/series';
import { defineRule } from '../lib/rule';
import { Heading } from '../model';

const messages = {
  form: { zh: '序号格式不规范：「{0}」应为「{1}」', en: 'Non-standard heading marker: "{0}" should be "{1}"' },
};

/** The rule: every heading marker in its level's standard form. */
export const rule = defineRule({
  id: 'heading-marker',
  name: { 'zh-cn': '序号格式', en: 'Heading marker' },
  doc: {
    'zh-cn': '标题序号的标准写法：一、（一）1.（1）',
    en: '`1、` `（一）、` `(一)` `①、` and other wrong marker forms',
  },
  tags: ['structure', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    for (const h of model.allHeadings) {
      if (h.marker.text === h.standardMarker || !isReportHeading(h)) continue;
      const edits = markerEdits(h);
      const fixes = edits.length ? [{ title: ctx.fix.title('replace', h.standardMarker), edits, safe: true }] : [];
      ctx.report(h.marker, 'form', [h.marker.text, h.standardMarker], fixes);
    }
  },
});

/** Edits turning the marker into its standard form: before and after the number separately. */
function markerEdits(h: Heading): Edit[] {
  const have = numberSpan(h.marker.text);
  const want = numberSpan(h.standardMarker);
  const whole = [{ start: h.marker.start, end: h.marker.end, newText: h.standardMarker }];
  if (!have || !want) return whole;
  const part = (s: string, span: { start: number; end: number }) => [
    s.slice(0, span.start),
    s.slice(span.start, span.end),
    s.slice(span.end),
  ];
  const [preHave, numHave, postHave] = part(h.marker.text, have);
  const [preWant, numWant, postWant] = part(h.standardMarker, want);
  if (numHave !== numWant) return whole;
  const edits: Edit[] = [];
  if (preHave !== preWant) edits.push({ start: h.marker.start, end: h.marker.start + have.start, newText: preWant });
  if (postHave !== postWant) edits.push({ start: h.marker.start + have.end, end: h.marker.end, newText: postWant });
  return edits;
}
