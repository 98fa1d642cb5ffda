// Where residue lies within one line: each pattern match grows to its reach (a bracket around it,
// a label's value, an ad's clause), and neighbouring matches merge across punctuation.

import { RuleMemo } from '../../lib/rule';
import { Span } from '../../model';
import { BLANK_CLASS, isBlank } from '../../text';
import { BOUNDARY, PATTERNS, ResidueKind } from './patterns';

const LINK = /(?:https?:\/\/|www\.)[!-~]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const SCAN = 200; // how far a residue clause may reach; keeps the rule linear on very long lines
const CLAUSE_END = /[，。；！？,;!?]/;
// Blanks and punctuation: what may lie between two pieces of residue (and all that is left of a line that was residue).
const FILLER_CLASS = `${BLANK_CLASS}，。；：、！？,;:!?|｜丨/／·•【】\\[\\]（）()<>《》“”"'‘’\\-—_*~～>＞»›`;
const FILLER_CHARS = new RegExp(`[${FILLER_CLASS}]`, 'g');
const FILLER = new RegExp(`^[${FILLER_CLASS}]*$`);

export interface Residue extends Span {
  kind: ResidueKind;
}

/** The residue spans of one line (offsets into `content`), merged where only punctuation lies between; `memo` holds lines seen before. */
export function residueIn(content: string, memo: RuleMemo<Residue[]>): Residue[] {
  // Some thirty patterns per line: an edit re-scans only the lines it changed.
  let spans = memo.get(content);
  if (!spans) memo.set(content, '', (spans = scan(content)));
  return spans.map((s) => ({ ...s }));
}

// Markup and paywall tags (##付费内容##, [VIP]…[/VIP]): residue as they stand, tag marks included. What
// they say (付费内容, 会员) is masked before the other patterns run, so it cannot carry the sentence away.
const TAG =
  /##[^#\n]{1,30}##|\[\/?(?:VIP|vip|hide|HIDE|pay|PAY|free|FREE|reply|REPLY)\]|【(?:VIP|vip|付费|会员)[^】]{0,10}】/g;

function scan(line: string): Residue[] {
  const found: Residue[] = [];
  let content = line;
  TAG.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TAG.exec(line));) {
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'paywall' });
    content = content.slice(0, m.index) + '\u3000'.repeat(m[0].length) + content.slice(m.index + m[0].length);
  }
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(content))) {
      if (m[0].length === 0 || (pattern.boundary && m.index > 0 && !BOUNDARY.test(content[m.index - 1]))) {
        pattern.re.lastIndex = m.index + 1;
        continue;
      }
      found.push({ ...reach(content, m.index, m.index + m[0].length, pattern.reach), kind: pattern.kind });
    }
  }
  // A URL or e-mail address is residue on a line that already carries some (更多材料，请访问www.…).
  if (found.length) {
    LINK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINK.exec(content)))
      found.push({ ...reach(content, m.index, m.index + m[0].length, 'sentence'), kind: 'source' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Residue[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && (r.start <= last.end || FILLER.test(line.slice(last.end, r.start))))
      last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ ...withoutShell(line, r), kind: r.kind }));
}

// What a bracket may keep around removed residue and still be an empty shell: blanks and
// punctuation, a label (来源：, 材料来源：, 图/), the tail of a link or a domain (.cn, .gov.cn/…).
const SHELL = new RegExp(
  `^(?:[${FILLER_CLASS}]|[\\u4e00-\\u9fff]{0,4}(?:来源|稿源|出处)|(?:文章|信息|图片|本文)?(?:转自|摘自|选自|作者|编辑|责编|记者|通讯员|摄影|供稿|图|文|摄)|\\.?[A-Za-z0-9._~%/?#=&+-]*)*$`,
);
const CLOSE: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '《': '》', '“': '”', '「': '」' };

/** The span grown to every bracket around it that would be left an empty shell (（来源：）, （.cn）). */
function withoutShell(line: string, span: Span): Span {
  let { start, end } = span;
  for (let depth = 0; depth < 3; depth++) {
    let o = start - 1;
    while (o >= 0 && start - o <= 40 && !(line[o] in CLOSE)) o--;
    if (o < 0 || !(line[o] in CLOSE)) break;
    const c = line.indexOf(CLOSE[line[o]], end);
    if (c < 0 || c - end > 40) break;
    if (!SHELL.test(line.slice(o + 1, start)) || !SHELL.test(line.slice(end, c))) break;
    start = o;
    end = c + 1;
  }
  return { start, end };
}

/** How far a match's residue reaches: the match, its label's value, or its clause; a short bracket group around it goes whole. */
function reach(content: string, start: number, end: number, kind: 'token' | 'label' | 'sentence'): Span {
  const bracket = enclosingBracket(content, start, end);
  if (bracket) return bracket;
  if (kind === 'label') {
    while (
      end < content.length &&
      end - start < SCAN &&
      !CLAUSE_END.test(content[end]) &&
      !'】]）)'.includes(content[end])
    )
      end++;
  } else if (kind === 'sentence') {
    let s = start;
    while (s > 0 && start - s < 12 && !CLAUSE_END.test(content[s - 1]) && !'【[（('.includes(content[s - 1])) s--;
    if (s === 0 || CLAUSE_END.test(content[s - 1]) || '【[（('.includes(content[s - 1])) start = s;
    while (end < content.length && end - start < SCAN && !CLAUSE_END.test(content[end])) end++;
  }
  while (end > start && isBlank(content[end - 1])) end--;
  return { start, end };
}

const OPENERS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']' };

/** The bracket group (（…）, 【…】) holding [start, end), if it is short and holds nothing else. */
function enclosingBracket(content: string, start: number, end: number): Span | undefined {
  let o = start - 1;
  while (o >= 0 && start - o <= 40 && !(content[o] in OPENERS) && !'）)】]'.includes(content[o])) o--;
  if (o < 0 || !(content[o] in OPENERS)) return undefined;
  const close = OPENERS[content[o]];
  if (content[end - 1] === close) return { start: o, end };
  let c = end;
  while (c < content.length && c - end <= 80 && content[c] !== close && !(content[c] in OPENERS)) c++;
  return content[c] === close ? { start: o, end: c + 1 } : undefined;
}

/** The share of a line's characters (punctuation and blanks aside) that its residue spans cover. */
export function coveredShare(content: string, spans: Span[]): number {
  const all = [...content.replace(FILLER_CHARS, '')].length;
  return all === 0 ? 1 : 1 - leftOver(content, spans) / all;
}

/** How many characters (punctuation and blanks aside) the spans leave of a line. */
function leftOver(content: string, spans: Span[]): number {
  let left = '';
  let at = 0;
  for (const s of spans) {
    left += content.slice(at, Math.max(at, s.start));
    at = Math.max(at, s.end);
  }
  left += content.slice(at);
  return [...left.replace(FILLER_CHARS, '')].length;
}

/** True when the residue leaves nothing of the line but punctuation, or little of a short line that opens with it. */
export function coversLine(content: string, spans: Span[]): boolean {
  const rest = leftOver(content, spans);
  const all = [...content.replace(FILLER_CHARS, '')].length;
  // An ad line keeps a few words of its own (笔杆子写作：每天分享优质材料，欢迎关注); a line that opens
  // with prose keeps its prose, and only the residue in it is reported.
  const opensWithResidue = FILLER.test(content.slice(0, spans[0].start));
  return rest <= 2 || (opensWithResidue && rest <= 12 && rest <= all * 0.7);
}
