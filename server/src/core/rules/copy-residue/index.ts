// Residue of copying from material sites and web pages: source lines naming an account or site,
// paywall markers and tags, ads for material libraries and ghost-writing, contact numbers, photo
// credits, page chrome — by pattern (patterns.ts, spans.ts) and by the shape of lines and runs
// (structure.ts). A line that is all residue is reported whole (and deleted with its line break);
// residue inside a sentence is reported as its own span, with any bracket it would leave empty.
// Each line of a run is reported on its own.

import { Edit } from '../../lib/findings';
import { defineRule } from '../../lib/rule';
import { Line, ReportModel, Span } from '../../model';
import { excerpt, isBlank, LEADING_BLANKS, paragraphLines, trimBlanks, trimmedEnd } from '../../text';
import { LINE_PATTERNS, LIST_HEADER, ResidueKind, WEAK_LINE } from './patterns';
import { coversLine, Residue, residueIn } from './spans';
import { interfaceLine, residueByStructure } from './structure';

const messages = {
  source: { zh: '复制残留：来源或作者标注（{0}）', en: 'Copy residue: a source or byline ({0})' },
  paywall: { zh: '复制残留：付费或下载提示（{0}）', en: 'Copy residue: a paywall or download prompt ({0})' },
  ad: { zh: '复制残留：广告或关注引导（{0}）', en: 'Copy residue: an advertisement ({0})' },
  contact: { zh: '复制残留：联系方式或账号（{0}）', en: 'Copy residue: a contact number or account id ({0})' },
  chrome: { zh: '复制残留：网页元素（{0}）', en: 'Copy residue: web-page chrome ({0})' },
  deleteLine: { zh: '删除此行', en: 'Delete this line' },
};

const SENTENCE_END = /[。！？!?]/;

export const rule = defineRule({
  id: 'copy-residue',
  name: { 'zh-cn': '复制残留', en: 'Copy residue' },
  doc: {
    'zh-cn':
      '复制残留：网页、素材网站和公众号带来的页面元素（工具栏、导航、页面信息、标题前后的短行）、广告块、付费标记、来源、编辑、图片署名',
    en: 'web-page and material-site residue: page chrome by the shape of its lines (toolbars, breadcrumbs, meta lines, short runs above the title and below the report), ad blocks, paywall tags, sources, editors, photo credits',
  },
  tags: ['hygiene', 'fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages,
  check(model, ctx) {
    const lines = ctx.memo<Residue[]>('lines');
    const text = model.text;
    const verbatim = verbatimLines(model);
    // Per line: the whole line is residue (its kind), or the residue spans inside it.
    const whole = new Map<number, ResidueKind>();
    const inline = new Map<number, Residue[]>();
    const weak = new Set<number>();
    let listHeader = false;
    model.lines.forEach((line, l) => {
      if (verbatim.has(l)) return;
      const content = text.slice(line.start, line.end);
      const lead = LEADING_BLANKS.exec(content)![0].length;
      const trimmed = trimBlanks(content);
      if (!trimmed) return void (listHeader = false);
      const lineKind =
        LINE_PATTERNS.find((x) => x.re.test(trimmed))?.kind ?? (interfaceLine(trimmed) ? 'chrome' : undefined);
      if (lineKind || LIST_HEADER.test(trimmed)) {
        whole.set(l, lineKind ?? 'ad');
        listHeader = !lineKind;
        return;
      }
      // The short titles listed under 往期推荐 and the like.
      if (listHeader && trimmed.length <= 40 && !/[。；]$/.test(trimmed)) return void whole.set(l, 'ad');
      listHeader = false;
      const spans = residueIn(content, lines);
      if (
        spans.length &&
        coversLine(
          content.slice(lead),
          spans.map((s) => ({ ...s, start: s.start - lead, end: s.end - lead })),
        )
      )
        whole.set(l, spans[0].kind);
      else if (spans.length)
        inline.set(
          l,
          spans.map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start })),
        );
      else if (WEAK_LINE.test(trimmed)) weak.add(l);
    });
    spreadToWeakLines(model, whole, weak);
    residueByStructure(
      model.lines.map((line, l) => (verbatim.has(l) ? '' : trimBlanks(text.slice(line.start, line.end)))),
      whole,
    );
    for (const l of whole.keys()) inline.delete(l);

    model.lines.forEach((line, l) => {
      const kind = whole.get(l);
      if (kind) {
        const start = line.start + LEADING_BLANKS.exec(text.slice(line.start, line.end))![0].length;
        const end = trimmedEnd(text, line.start, line.end);
        const quote = excerpt(text.slice(start, end));
        ctx.report(
          { start, end },
          kind,
          [quote],
          [ctx.fix.remove(lineDeletion(model, l, whole), { title: ctx.t('deleteLine'), safe: true })],
        );
      }
      for (const r of inline.get(l) ?? []) {
        const edit = spanDeletion(text, line, r);
        ctx.report(r, r.kind, [excerpt(text.slice(r.start, r.end))], [ctx.fix.remove(edit, { safe: true })]);
      }
    });
  },
});

/** Weak lines (bare dates, counters, separators) are residue when they touch a residue line. */
function spreadToWeakLines(model: ReportModel, whole: Map<number, ResidueKind>, weak: Set<number>): void {
  const blank = (l: number) => trimBlanks(model.text.slice(model.lines[l].start, model.lines[l].end)) === '';
  const neighbour = (l: number, step: number) => {
    let k = l + step;
    while (k >= 0 && k < model.lines.length && blank(k)) k += step;
    return k;
  };
  for (const step of [1, -1]) {
    const order = [...model.lines.keys()];
    if (step === -1) order.reverse();
    for (const l of order) {
      if (!weak.has(l) || whole.has(l)) continue;
      const before = neighbour(l, -step);
      if (whole.has(before)) whole.set(l, 'chrome');
    }
  }
}

/** Lines inside code blocks, front matter and comments. */
function verbatimLines(model: ReportModel): Set<number> {
  const out = new Set<number>();
  for (const p of model.paragraphs) {
    if (!p.verbatim) continue;
    for (const l of paragraphLines(model.lines, p)) out.add(l.index);
  }
  return out;
}

/**
 * The whole line with its line break. On the last line, the break before it, unless the line before is
 * deleted too (its edit takes that break, and the two must apply together or a run would lose its tail).
 */
function lineDeletion(model: ReportModel, l: number, whole: Map<number, ResidueKind>): Span {
  const line: Line = model.lines[l];
  if (line.next > line.end) return { start: line.start, end: line.next };
  return { start: l > 0 && !whole.has(l - 1) ? model.lines[l - 1].end : line.start, end: line.end };
}

/** The residue span with the mark that closes it (a whole sentence) or the comma that introduced it (a trailing clause). */
function spanDeletion(text: string, line: Line, r: Span): Edit {
  let { start, end } = r;
  while (end < line.end && isBlank(text[end])) end++;
  let before = start;
  while (before > line.start && isBlank(text[before - 1])) before--;
  const atSentenceStart =
    before === line.start || SENTENCE_END.test(text[before - 1]) || isBlank(text[start - 1] ?? '');
  if (atSentenceStart) {
    if (end < line.end && /[。！？!?；;，,]/.test(text[end])) end++;
  } else if (/[，,；;、]/.test(text[before - 1])) {
    start = before - 1;
  }
  return { start, end, newText: '' };
}
