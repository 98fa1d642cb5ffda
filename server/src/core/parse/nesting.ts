// How headings nest: a report's four levels by level, a regulation's structure (编 分编 章 节 条) by
// its own, an article's items inside it, and lists that restart under a lead-in inside the section
// that announced them. Used by the parser once the lines are read.

import { Heading, Line } from '../model';
import { articleRank, isArticle } from '../lib/headings/levels';
import { trimmedEnd } from '../text';

// 以下 after a number or unit is "below" (五倍以下罚金, 县级以下), not "the following".
const ANNOUNCES =
  /[：:]$|(?:(?<![0-9０-９〇零一二三四五六七八九十百千万亿倍元年岁周级月日天次吨米度％%号层])以下|如下|下列)[^，,；;。！？!?]{0,12}[。！？!?]?$/;

/** A line that announces a list: it ends in a colon, or closes on 以下, 如下 or 下列 and what they name (有以下几点。). */
export function announcesList(line: string): boolean {
  return ANNOUNCES.test(line);
}

/**
 * Links headings into a tree and sets each section's end; returns the top level. A report's four
 * levels nest by level; a regulation's structure (编 章 节 条) nests by its own levels, its items
 * （一） inside the article they follow; a report heading after quoted articles that continues the
 * report's own series (（一）…第三条…（二）) closes them. A heading that would go back in an open series
 * right after a lead-in (…以下几个方面：⏎一、…；⏎二、…) opens a list inside the section instead, which
 * goes on while its numbers do (or its last item ended in ；).
 */
export function nestHeadings(all: Heading[], text: string, lines: Line[], leadIns: ReadonlySet<Heading>): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  const top = (): Heading | undefined => stack[stack.length - 1];
  const innermostArticle = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (isArticle(stack[i])) return i;
    return -1;
  };
  for (const h of all) {
    const pop = () => {
      const x = stack.pop()!;
      x.section.end = Math.max(x.range.end, trimEnd(text, lines[h.line].start));
      return x;
    };
    if (isArticle(h)) {
      // An article closes the items of the open article and every structure level at or below its own.
      const rank = articleRank(h.level);
      for (let x = top(); x; x = top()) {
        if (isArticle(x) ? articleRank(x.level) < rank : innermostArticle() < 0) break;
        pop();
      }
    } else {
      const level = h.level as number;
      const continues = (xs: readonly Heading[]) => xs.some((x) => x.level === level && x.ordinal + 1 === h.ordinal);
      const a = innermostArticle();
      // The report's own series goes on after quoted articles: the quotation ends here, unless the
      // article's own list goes on (its last item did not end the list with 。).
      const inner = stack
        .slice(a + 1)
        .filter((x) => x.level === level)
        .pop();
      const innerGoesOn = inner !== undefined && inner.ordinal + 1 === h.ordinal && lastChar(text, inner) !== '。';
      if (a >= 0 && h.ordinal !== 1 && !innerGoesOn && continues(stack.slice(0, a)))
        while (innermostArticle() >= 0) pop();
      const floor = innermostArticle() + 1;
      const open = stack.slice(floor) as Array<Heading & { level: number }>;
      // After a lead-in, a heading that goes back in an open series of its level (一、 after 四、) opens a
      // list. In a report it stands in the section whose body announced it; in an article each 款 has
      // its own list, under the article. An earlier list of that level is over: its last item closes.
      const same = open.filter((x) => x.level === level).pop();
      const back = same !== undefined && h.ordinal <= same.ordinal;
      if ((h.ordinal === 1 || back) && leadIns.has(h) && open.some((x) => x.level >= level)) {
        h.list = h;
        const inArticle = floor > 0;
        while (stack.length > floor && (inArticle ? depth(top()!) >= level : top()!.list && depth(top()!) >= level))
          pop();
      } else {
        while (stack.length > floor && depth(top()!) >= level) {
          const x = pop();
          // The next item of a list goes on with it, unless the list ended (。) and the section's own series
          // goes on; after an item ending in ； the list goes on whatever the next number says.
          if (x.list && x.level === level) {
            const last = lastChar(text, x);
            const next = x.ordinal + 1 === h.ordinal && (last !== '。' || !continues(stack));
            if (next || last === '；' || last === ';') {
              h.list = x.list;
              break;
            }
          }
        }
      }
    }
    const parent = top();
    if (parent) {
      h.parent = parent;
      parent.children.push(h);
    } else {
      roots.push(h);
    }
    stack.push(h);
  }
  while (stack.length) {
    const x = stack.pop()!;
    x.section.end = Math.max(x.range.end, trimEnd(text, text.length));
  }
  return roots;
}

/**
 * How deep a heading stands among a report's levels, for closing it: its level, or for a list's item
 * half a level below the section holding the list (a heading of that section's level or higher closes
 * the list; a deeper one may stand under its item). A regulation's structure stands above them all.
 */
function depth(h: Heading): number {
  if (h.list) return (h.parent ? depth(h.parent) : 0) + 0.5;
  return typeof h.level === 'number' ? h.level : 0;
}

/** The last visible character of a heading's line. */
function lastChar(text: string, h: Heading): string {
  return text[trimEnd(text, h.range.end) - 1] ?? '';
}

function trimEnd(text: string, end: number): number {
  return trimmedEnd(text, 0, end);
}
