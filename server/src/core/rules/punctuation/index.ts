// Punctuation in Chinese text (GB/T 15834-2011): full-width marks between Chinese characters,
// quotes and brackets in pairs, …… for an ellipsis (never with 等), no doubled marks.
// URLs, e-mail addresses, Markdown code, decimals, times (8:30) and English are left alone.

import { inSpans, isDigit, isZh } from '../../lib/hygiene/prose';
import { defineRule, RuleContext } from '../../lib/rule';
import { Paragraph, Span } from '../../model';
import { charAt, charBefore, isBlank } from '../../text';
import { skipOf, unpairedMarks } from './pairs';

const messages = {
  halfWidth: {
    zh: '中文里应使用全角标点“{0}”，不用半角“{1}”',
    en: 'Use the full-width mark “{0}” in Chinese text, not the half-width “{1}”',
  },
  straightQuotes: {
    zh: '中文里应使用弯引号“”，不用直引号 "',
    en: 'Use curly quotes “” in Chinese text, not straight quotes "',
  },
  unpaired: { zh: '“{0}”没有配对的“{1}”', en: '“{0}” has no matching “{1}”' },
  ellipsis: { zh: '省略号应写作“……”（两个“…”），不写作“{0}”', en: 'Write the ellipsis as “……” (two “…”), not “{0}”' },
  ellipsisWithDeng: { zh: '省略号与“等”不能同时使用', en: 'Do not use an ellipsis together with 等' },
  doubled: { zh: '标点重复：“{0}”', en: 'Doubled punctuation: “{0}”' },
  curlyQuotes: { zh: '改为弯引号“”', en: 'Change to curly quotes “”' },
  deleteEllipsis: { zh: '删除省略号，保留“等”', en: 'Delete the ellipsis, keep 等' },
  keepOne: { zh: '只保留一个“{0}”', en: 'Keep one “{0}”' },
};

/** The context of this rule, for its helpers. */
export type Ctx = RuleContext<keyof typeof messages>;

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

export const rule = defineRule({
  id: 'punctuation',
  name: { 'zh-cn': '标点符号', en: 'Punctuation' },
  doc: {
    'zh-cn': '标点符号：半角标点、引号括号配对、省略号、重复标点',
    en: 'half-width marks between Chinese, unpaired quotes and brackets, `...` `。。。`, `……等`, `，，`',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    // Findings of each paragraph on its own (all but the unpaired marks, which may span wrapped lines).
    ctx.eachParagraph((p) => {
      const skip = skipOf(model, p);
      halfWidth(model.text, p, skip, ctx);
      straightQuotes(model.text, p, skip, ctx);
      ellipses(model.text, p, skip, ctx);
      doubled(model.text, p, skip, ctx);
    });
    unpairedMarks(model, ctx);
  },
});

/** Half-width , ; : ! ? ( ) standing in Chinese text. */
function halfWidth(text: string, p: Paragraph, skip: Span[], ctx: Ctx): void {
  const opens: number[] = [];
  const flagged = new Set<number>();
  // Chinese characters before each offset, so a bracket pair's content is tested in constant time.
  const hanBefore = p.text.includes('(') ? countHan(text, p) : undefined;
  HALF_WIDTH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HALF_WIDTH.exec(p.text));) {
    const i = p.start + m.index;
    const c = m[0];
    if (inSpans(skip, i)) continue;
    if (c === '(') {
      opens.push(i);
      continue;
    }
    if (c === ')') {
      const o = opens.pop();
      // A bracket pair is Chinese when it holds Chinese: (PM2.5) or (GDP) stays as it is.
      if (o !== undefined) {
        if (hanBefore![i - p.start] > hanBefore![o + 1 - p.start]) flagged.add(o).add(i);
      } else if (isZh(charBefore(text, i)) || isZh(charAt(text, i + 1))) flagged.add(i);
      continue;
    }
    // A straight quote next to the mark is looked through: "两个维护",坚定.
    const before = text[i - 1] === '"' ? i - 1 : i;
    const after = text[i + 1] === '"' ? i + 2 : i + 1;
    const prev = charBefore(text, before);
    const next = charAt(text, after);
    const atEnd = after >= p.end || isBlank(next);
    const zh =
      (isZh(prev) && (isZh(next) || isDigit(next) || atEnd)) ||
      (c !== ':' && (isDigit(prev) || prev === '%') && isZh(next));
    if (zh) flagged.add(i);
  }
  for (const o of opens) if (isZh(charBefore(text, o)) || isZh(charAt(text, o + 1))) flagged.add(o);
  for (const i of [...flagged].sort((a, b) => a - b)) {
    const full = FULL[text[i]];
    ctx.report(
      { start: i, end: i + 1 },
      'halfWidth',
      [full, text[i]],
      [ctx.fix.replace({ start: i, end: i + 1 }, full, { safe: true })],
    );
  }
}

/** The half-width marks the rule looks at (the keys of FULL). */
const HALF_WIDTH = /[,;:!?()]/g;
const HAN_UNIT = /\p{Script=Han}|[\ud840-\ud87f]/u;

function countHan(text: string, p: Paragraph): number[] {
  const counts = [0];
  let n = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    // The common CJK block answers at once; other code units ask the Unicode property.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2e80 && HAN_UNIT.test(text[i]))) n++;
    counts.push(n);
  }
  return counts;
}

/** Straight quotes " in Chinese text; paired by alternation within the paragraph when their number is even. */
function straightQuotes(text: string, p: Paragraph, skip: Span[], ctx: Ctx): void {
  const quotes: number[] = [];
  // Searched in the paragraph's own text: in the document, a paragraph without " would scan on to the next one that has it.
  for (let k = p.text.indexOf('"'); k >= 0; k = p.text.indexOf('"', k + 1))
    if (!inSpans(skip, p.start + k)) quotes.push(p.start + k);
  const zh = (i: number) => isZh(charBefore(text, i)) || isZh(charAt(text, i + 1));
  if (!quotes.some(zh)) return;
  if (quotes.length % 2 === 0) {
    for (let k = 0; k < quotes.length; k += 2) {
      const [o, c] = [quotes[k], quotes[k + 1]];
      if (!zh(o) && !zh(c)) continue;
      const edits = [
        { start: o, end: o + 1, newText: '“' },
        { start: c, end: c + 1, newText: '”' },
      ];
      ctx.report({ start: o, end: c + 1 }, 'straightQuotes', [], [{ title: ctx.t('curlyQuotes'), edits, safe: true }]);
    }
    return;
  }
  // An odd number: guess each mark's direction from its neighbours, else from the marks before it; not certain.
  quotes.forEach((i, k) => {
    if (!zh(i)) return;
    const prev = charBefore(text, i);
    const next = charAt(text, i + 1);
    const opens = i === p.start || isBlank(prev) || /[，。、；：？！（《“‘【]/.test(prev);
    const closes = i + 1 >= p.end || isBlank(next) || /[，。、；：？！）》”’】]/.test(next);
    const mark = opens !== closes ? (opens ? '“' : '”') : k % 2 === 0 ? '“' : '”';
    ctx.report({ start: i, end: i + 1 }, 'straightQuotes', [], [ctx.fix.replace({ start: i, end: i + 1 }, mark)]);
  });
}

const ELLIPSIS = /\.{3,6}|。{3,6}|．{3,6}|·{3,6}|⋯+|…+/g;

/** `...`, `。。。`, a single or tripled `…` for an ellipsis; an ellipsis followed by 等. */
function ellipses(text: string, p: Paragraph, skip: Span[], ctx: Ctx): void {
  ELLIPSIS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ELLIPSIS.exec(p.text))) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (inSpans(skip, start, end)) continue;
    const standard = m[0] === '……';
    // Dots and middle dots are an ellipsis only in Chinese text (not `etc...` or `a.b...`).
    if (/^[.·]/.test(m[0]) && !isZh(charBefore(text, start)) && !isZh(charAt(text, end))) continue;
    if (/^…+$/.test(m[0]) && m[0].length !== 1 && m[0].length !== 3 && !standard) continue; // long leader lines
    if (text[end] === '等') {
      // Delete the ellipsis and a 、 or ， that introduced it: A、B、……等 → A、B等.
      const from = /[、，,]/.test(text[start - 1] ?? '') && start - 1 >= p.start ? start - 1 : start;
      ctx.report(
        { start: start, end: end + 1 },
        'ellipsisWithDeng',
        [],
        [ctx.fix.remove({ start: from, end }, { title: ctx.t('deleteEllipsis'), safe: true })],
      );
      continue;
    }
    if (standard) continue;
    ctx.report({ start: start, end: end }, 'ellipsis', [m[0]], [ctx.fix.replace({ start, end }, '……', { safe: true })]);
  }
}

const DOUBLED = /[，、；：。]{2,}/g;

/** `，，` `。。` `、、` (safe: keep one) and mixed runs such as `，。` (which one was meant is a guess). */
function doubled(_text: string, p: Paragraph, skip: Span[], ctx: Ctx): void {
  DOUBLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLED.exec(p.text))) {
    const run = m[0];
    const start = p.start + m.index;
    const end = start + run.length;
    if (/^。{3,}$/.test(run) || inSpans(skip, start, end)) continue; // 。。。 is an ellipsis
    const same = [...run].every((c) => c === run[0]);
    const fix = same
      ? ctx.fix.remove({ start: start + 1, end }, { title: ctx.t('keepOne', run[0]), safe: true })
      : ctx.fix.remove({ start, end: end - 1 });
    ctx.report({ start: start, end: end }, 'doubled', [run], [fix]);
  }
}
