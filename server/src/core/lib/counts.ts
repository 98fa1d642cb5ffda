// A sentence that announces a count (以下三个方面工作：, 存在两个方面的问题。, 做到“四个坚持”：) and the
// list right after it: the next-level headings, the 一是…二是… items, or the members of the sentence
// after the colon. Pure functions of the model, shared by the count-claim rule and its bench.

import { Heading, Item, Paragraph, ReportModel, Span } from '../model';
import { chineseNumber, toChineseNumber } from '../text';
import { articleOf } from './headings/levels';
import { headingSeries } from './headings/series';
import { itemSeries } from './headings/items';

/** A count announced in the text, with where the list it announces must begin. */
export interface CountClaim {
  /** The numeral as written: 三, 十, 两, 5. */
  numeral: Span & { text: string };
  claimed: number;
  /** From the numeral to the end of what is counted (三个方面的问题). */
  phrase: Span & { text: string };
  /** Just after the colon (or the sentence end) that closes the claim. */
  after: number;
  /** True when a colon (or 即) closes the claim: the list is announced, not merely mentioned. */
  colon: boolean;
  /** Nothing but blanks and closers follows the claim in its paragraph: the list must open the next one. */
  restBlank: boolean;
  /** Where a list in the claim's own paragraph would start (past the blanks and closers after the claim). */
  listStart: number;
  /** The quoted members of the sentence after the colon (：“甲”、“乙”和“丙”), when that is what it is. */
  members?: Array<Span & { text: string }>;
  paragraph: Paragraph;
}

/** A claim relative to its paragraph's start (what a paragraph contributes: see paragraphClaims). */
export type OwnClaim = Omit<CountClaim, 'paragraph'>;

export type ListKind = 'items' | 'headings' | 'members';

/** What follows a claim and what it counts. */
export interface CountedList {
  kind: ListKind;
  /** Each member's marker (or, for members of a sentence, the member itself), with its text. */
  members: Array<Span & { text: string }>;
}

// The numeral, a measure word, then what is counted (up to ten characters, quotes allowed), then the
// mark closing the clause. 第/前/这/每… before the numeral make it something else (第三个方面, 这两项).
const CLAIM =
  /([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(个方面|方面|个|项|点|条|大|件|种|类|句话)((?:的)?[\p{Script=Han}“”‘’]{0,10}?)(?:([：:])|(，即|。|！|$))/gu;
const NOT_A_CLAIM_BEFORE = /[第前后近这那每其该此各头最约余多之十百千万0-9.．一二三四五六七八九两〇零]$/;
const NAMED_BEFORE = /[和与及、]|等$/;
const NOT_COUNTED = /^(?:年|月|日|天|次|倍|人|名|元|岁|小时|分钟|[〇零一二三四五六七八九十0-9])/;

/** Every count claim in the prose of the model, in document order. */
export function countClaims(model: ReportModel): CountClaim[] {
  const out: CountClaim[] = [];
  for (const p of model.paragraphs) if (!p.verbatim) for (const c of paragraphClaims(p)) out.push(placeClaim(c, p));
  return out;
}

/** A paragraph's claim with document offsets. */
export function placeClaim(c: OwnClaim, p: Paragraph): CountClaim {
  const at = p.start;
  const move = <T extends Span>(x: T): T => ({ ...x, start: x.start + at, end: x.end + at });
  return {
    ...c,
    numeral: move(c.numeral),
    phrase: move(c.phrase),
    after: c.after + at,
    listStart: c.listStart + at,
    members: c.members?.map(move),
    paragraph: p,
  };
}

/**
 * The count claims of one paragraph, relative to its start, with what the list after each needs of the
 * text: a function of the paragraph's text, its sentences and where its heading's title starts.
 */
export function paragraphClaims(p: Paragraph): OwnClaim[] {
  const text = p.text;
  const found: OwnClaim[] = [];
  CLAIM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAIM.exec(text))) {
    const at = m.index;
    const claimed = /[0-9]/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
    const quoted = text[at - 1] === '“';
    const before = text.slice(Math.max(0, at - (quoted ? 2 : 1)), quoted ? at - 1 : at);
    const closer = m[4] ?? m[5];
    const tailEnd = at + m[1].length + m[2].length + m[3].length;
    CLAIM.lastIndex = tailEnd + closer.length;
    // The phrase ends before a closing quote: 实现“三个突破”： covers 三个突破.
    let phraseEnd = tailEnd;
    while (/[”’]/.test(text[phraseEnd - 1])) phraseEnd--;
    // 十九大, 二十大 are congresses; 百分之十三点七 a number.
    const congress = m[2] === '大' && claimed > 10;
    if (!(claimed >= 2 && claimed <= 20) || congress || NOT_A_CLAIM_BEFORE.test(before) || NOT_COUNTED.test(m[3]))
      continue;
    // 从A和B两方面, A、B等三项: what is counted was named before the count, not listed after it.
    if (NAMED_BEFORE.test(clauseBefore(text, at, p.heading ? p.heading.title.start - p.start : 0))) continue;
    const after = tailEnd + closer.length;
    const colon = m[4] !== undefined || closer === '，即';
    const rest = text.slice(after);
    const restBlank = !/[^\s\u3000”’）)]/.test(rest);
    const listStart = after + /^[\s\u3000”’）)]*/.exec(rest)![0].length;
    const members = colon && !restBlank ? membersOf(text, listStart, sentenceEnd(text, after, text.length)) : undefined;
    found.push({
      numeral: { start: at, end: at + m[1].length, text: m[1] },
      claimed,
      phrase: { start: at, end: phraseEnd, text: text.slice(at, phraseEnd) },
      after,
      colon,
      restBlank,
      listStart,
      members,
    });
  }
  // Two counts in one sentence (从5个方面提出19条措施：) leave unclear which one the list answers.
  const counts = countsIn(text);
  const sentences = p.sentences;
  const out: OwnClaim[] = [];
  let k = 0;
  for (const c of found) {
    while (k + 1 < sentences.length && sentences[k].end - p.start <= c.phrase.start) k++;
    const s = sentences[k]
      ? { start: sentences[k].start - p.start, end: sentences[k].end - p.start }
      : { start: 0, end: text.length };
    const others = between(counts, s.start, s.end) - between(counts, c.numeral.start, c.numeral.start + 1);
    if (others === 0) out.push(c);
  }
  return out;
}

const ANY_COUNT =
  /(?<![第前这那每])(?:[一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:个方面|方面|个|项|点|条|大|件|种|类)/g;

/** The clause before offset `at` of `text` (back to the last comma or sentence end, at most 20 characters, not before `from`). */
function clauseBefore(text: string, at: number, from: number): string {
  let i = at;
  while (i > from && at - i < 20 && !/[，,。！？；：:;!?\n]/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** Where a text's counts (numeral and measure word, congresses aside) start, ascending. */
function countsIn(text: string): number[] {
  const out: number[] = [];
  ANY_COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_COUNT.exec(text))) if (!/^十[一二三四五六七八九]大|^二十大/.test(m[0])) out.push(m.index);
  return out;
}

/** How many of the ascending `xs` lie in [start, end). */
function between(xs: readonly number[], start: number, end: number): number {
  const lower = (v: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(end) - lower(start);
}

/** Lookups over one model: which series each item and heading opens. Build once, ask for many claims. */
export class ListFinder {
  private readonly itemSeriesOf = new Map<Item, Item[]>();
  private readonly headingSeriesOf = new Map<Heading, Heading[]>();
  private readonly itemAt = new Map<number, Item>();
  private readonly nextParagraph = new Map<Paragraph, Paragraph>();

  constructor(private readonly model: ReportModel) {
    for (const i of model.items) this.itemAt.set(i.marker.start, i);
    model.paragraphs.forEach(
      (p, k) => k + 1 < model.paragraphs.length && this.nextParagraph.set(p, model.paragraphs[k + 1]),
    );
    for (const s of itemSeries(model)) this.itemSeriesOf.set(s[0], s);
    for (const s of headingSeries(model)) this.headingSeriesOf.set(s[0], s);
  }

  /** The list right after a claim, if one starts there and is numbered 1, 2, 3… without a break. */
  listAfter(claim: CountClaim): CountedList | undefined {
    const next = claim.restBlank ? this.nextParagraph.get(claim.paragraph) : undefined;
    // Items: the next one starts right after the claim, or opens the next paragraph.
    const start = claim.restBlank ? next?.start : claim.listStart;
    const item = start === undefined ? undefined : this.itemAt.get(start);
    if (item) return this.itemList(item);
    // Headings: the next paragraph is the first heading of a series one level below the claim's section.
    if (next?.heading) return this.headingList(next.heading, claim);
    if (claim.colon && !claim.restBlank && claim.members) return { kind: 'members', members: claim.members };
    return undefined;
  }

  private itemList(item: Item): CountedList | undefined {
    const series = this.itemSeriesOf.get(item);
    if (!series || series.length < 2 || !numberedInOrder(series.map((i) => i.ordinal))) return undefined;
    // 首先, 其次 with no 最后 may go on unmarked (此外, 同时): it does not tell how many there are.
    if (series[0].series === '首先' && series[series.length - 1].ordinal !== 0) return undefined;
    return { kind: 'items', members: series.map((i) => i.marker) };
  }

  private headingList(h: Heading, claim: CountClaim): CountedList | undefined {
    const series = this.headingSeriesOf.get(h);
    if (!series || series.length < 2 || !numberedInOrder(series.map((x) => x.ordinal))) return undefined;
    // The claim must stand in the section that holds the headings, not in an earlier sibling's.
    const owner = claim.paragraph.heading ?? innermostHeading(this.model, claim.after);
    if (h.parent !== owner) return undefined;
    // An article's （一）（二） are its items, not headings of a report.
    return { kind: articleOf(h) ? 'items' : 'headings', members: series.map((x) => x.marker) };
  }
}

/** 1, 2, 3… (a last 最后 counts as the next). */
function numberedInOrder(ordinals: readonly number[]): boolean {
  return ordinals.every((o, i) => o === i + 1 || (o === 0 && i === ordinals.length - 1 && i > 0));
}

/** The innermost heading whose section holds offset `at` (sections nest: the last one to start). */
function innermostHeading(model: ReportModel, at: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of model.allHeadings) {
    if (h.range.start > at) break;
    if (h.section.end >= at) found = h;
  }
  return found;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/[。！？!?]/.test(text[i])) return i;
  return limit;
}

/** The members of the sentence after a colon when each is quoted (：“甲”、“乙”和“丙”); else none. */
function membersOf(text: string, start: number, end: number): Array<Span & { text: string }> | undefined {
  const body = text.slice(start, end);
  if (!/^(?:“[^“”]{1,20}”(?:[、，,]|和|以及|及)?)+$/.test(body)) return undefined;
  const members: Array<Span & { text: string }> = [];
  const re = /“[^“”]{1,20}”/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) members.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return members.length >= 2 ? members : undefined;
}

/** A count written the way `old` writes its numeral: digits stay digits; 2 is 两 before a measure word. */
export function writeCount(old: string, n: number): string {
  if (/[0-9]/.test(old)) return String(n);
  return n === 2 ? '两' : toChineseNumber(n);
}
