// Residue of copying from material sites and web pages: source lines naming an account or site,
// paywall markers and tags, ads for material libraries and ghost-writing, contact numbers, photo
// credits, page chrome — by pattern (patterns.ts, spans.ts) and by the shape of lines and runs
// (structure.ts). A line that is all residue is reported whole (and deleted with its line break);
// residue inside a sentence is reported as its own span, with any bracket it would leave empty.
// Each line of a region is reported on its own; the fix (and fix-all) deletes the region whole, with
// the empty lines it would leave.

import { Edit } from '../../lib/findings';
import { defineRule, RuleContext } from '../../lib/rule';
import { Line, ReportModel, Span } from '../../model';
import { excerpt, isBlank, LEADING_BLANKS, paragraphLines, trimBlanks, trimmedEnd } from '../../text';
import { LINE_PATTERNS, LIST_HEADER, ResidueKind, WEAK_LINE } from './patterns';
import { coveredShare, coversLine, Residue, residueIn } from './spans';
import { adLine, interfaceLine, LineShape, protectedLine, residueByStructure } from './structure';

const messages = {
  source: { zh: '复制残留：来源或作者标注（{0}）', en: 'Copy residue: a source or byline ({0})' },
  paywall: { zh: '复制残留：付费或下载提示（{0}）', en: 'Copy residue: a paywall or download prompt ({0})' },
  ad: { zh: '复制残留：广告或关注引导（{0}）', en: 'Copy residue: an advertisement ({0})' },
  contact: { zh: '复制残留：联系方式或账号（{0}）', en: 'Copy residue: a contact number or account id ({0})' },
  chrome: { zh: '复制残留：网页元素（{0}）', en: 'Copy residue: web-page chrome ({0})' },
  deleteLine: { zh: '删除此行', en: 'Delete this line' },
  deleteBlock: { zh: '删除这块残留（{0} 行）', en: 'Delete this block of residue ({0} lines)' },
};

const SENTENCE_END = /[。！？!?]/;

export const rule = defineRule({
  id: 'copy-residue',
  name: { 'zh-cn': '复制残留', en: 'Copy residue' },
  doc: {
    'zh-cn':
      '复制残留：网页、素材网站和公众号带来的页面元素（工具栏、导航、页面信息、标题前后的短行、文末的相关链接）、广告块、付费标记、来源、编辑、图片署名；修复时整块删除',
    en: 'web-page and material-site residue: page chrome by the shape of its lines (toolbars, breadcrumbs, meta lines, short runs above the title and link lists below the report), ad blocks, paywall tags, sources, editors, photo credits; fixed a block at a time',
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
    const shapes: LineShape[] = [];
    let listHeader = false;
    model.lines.forEach((line, l) => {
      const shape: LineShape = { text: '', partial: false, weak: false };
      shapes.push(shape);
      if (verbatim.has(l)) return void (listHeader = false);
      const content = text.slice(line.start, line.end);
      const lead = LEADING_BLANKS.exec(content)![0].length;
      const trimmed = (shape.text = trimBlanks(content));
      if (!trimmed) return;
      const lineKind =
        LINE_PATTERNS.find((x) => x.re.test(trimmed))?.kind ?? (interfaceLine(trimmed) ? 'chrome' : undefined);
      // A list of links: its header, then the short titles under it (相关报道：, 往期推荐), ids and dates among them.
      if (lineKind || LIST_HEADER.test(trimmed)) {
        whole.set(l, lineKind ?? 'ad');
        listHeader ||= !lineKind;
        return;
      }
      if (listHeader && [...trimmed].length <= 60 && !/[。；].|；$/.test(trimmed)) return void whole.set(l, 'ad');
      listHeader = false;
      const spans = residueIn(content, lines);
      const own = spans.map((s) => ({ ...s, start: s.start - lead, end: s.end - lead }));
      if (spans.length && coversLine(content.slice(lead), own)) whole.set(l, spans[0].kind);
      else if (spans.length) {
        inline.set(
          l,
          spans.map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start })),
        );
        shape.partial = [...trimmed].length <= 80 && coveredShare(content.slice(lead), own) >= 0.3;
        const ad = spans.find((s) => s.kind !== 'source' && s.kind !== 'chrome');
        if (shape.partial && ad && adLine(trimmed) && !protectedLine(trimmed)) shape.adKind = ad.kind;
      } else shape.weak = WEAK_LINE.test(trimmed);
    });
    residueByStructure(shapes, whole);
    for (const l of whole.keys()) inline.delete(l);

    const regions = residueRegions(model, whole, verbatim);
    model.lines.forEach((line, l) => {
      const kind = whole.get(l);
      if (kind) {
        const start = line.start + LEADING_BLANKS.exec(text.slice(line.start, line.end))![0].length;
        const end = trimmedEnd(text, line.start, line.end);
        const quote = excerpt(text.slice(start, end));
        const region = regions.get(l)!;
        const fixes = [ctx.fix.remove(region.span, { title: regionTitle(ctx, region.lines), safe: true })];
        if (region.lines > 1) fixes.push(ctx.fix.remove(lineDeletion(model, l), { title: ctx.t('deleteLine') }));
        ctx.report({ start, end }, kind, [quote], fixes);
      }
      for (const r of inline.get(l) ?? []) {
        const edit = spanDeletion(text, line, r);
        ctx.report(r, r.kind, [excerpt(text.slice(r.start, r.end))], [ctx.fix.remove(edit, { safe: true })]);
      }
    });
  },
});

function regionTitle(ctx: RuleContext<keyof typeof messages>, lines: number): string {
  return lines > 1 ? ctx.t('deleteBlock', lines) : ctx.t('deleteLine');
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
 * The regions of residue: runs of residue lines with only blank lines between, each with the span
 * that deletes it whole and the empty lines it would leave — all that follows it up to the next
 * line at the start of the text, or where it stood between two empty lines; at the end of the text,
 * from the end of the last line kept — by line index of each of its lines.
 */
function residueRegions(
  model: ReportModel,
  whole: Map<number, ResidueKind>,
  verbatim: Set<number>,
): Map<number, { span: Span; lines: number }> {
  const { lines, text } = model;
  const blank = (l: number) => !verbatim.has(l) && !whole.has(l) && isBlankLine(text, lines[l]);
  const out = new Map<number, { span: Span; lines: number }>();
  for (let a = 0; a < lines.length; a++) {
    if (!whole.has(a)) continue;
    let b = a;
    let count = 1;
    for (let k = a + 1; k < lines.length && (whole.has(k) || blank(k)); k++)
      if (whole.has(k)) {
        b = k;
        count++;
      }
    let x = a - 1;
    while (x >= 0 && blank(x)) x--;
    let y = b + 1;
    while (y < lines.length && blank(y)) y++;
    let span: Span;
    if (y < lines.length) {
      const blanksBefore = x >= 0 && a - x > 1;
      const blanksAfter = y - b > 1;
      span = { start: lines[a].start, end: x < 0 || (blanksBefore && blanksAfter) ? lines[y].start : lines[b].next };
    } else span = { start: x >= 0 ? lines[x].end : lines[a].start, end: lines[b].end };
    const region = { span, lines: count };
    for (let l = a; l <= b; l++) if (whole.has(l)) out.set(l, region);
    a = b;
  }
  return out;
}

function isBlankLine(text: string, line: Line): boolean {
  return trimBlanks(text.slice(line.start, line.end)) === '';
}

/** One line with its line break (on the last line, the break before it). */
function lineDeletion(model: ReportModel, l: number): Span {
  const line: Line = model.lines[l];
  if (line.next > line.end) return { start: line.start, end: line.next };
  return { start: l > 0 ? model.lines[l - 1].end : line.start, end: line.end };
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
