// A paragraph's own parts, its sentences, tokens and inline items: a function of its text alone (and
// the segmenter; a heading's items of where its title ends), so they are kept by text in the document's
// caches, relative to the paragraph's start. A new version of the document re-splits and re-segments
// only the paragraphs whose text changed. The paragraph's `sentences` and `tokens` are placed at its
// start when first read: an edit that moves every paragraph after it places none of them until a
// rule asks (the rules that check paragraph by paragraph take the findings of unchanged ones from
// their memos and never ask). A paragraph that has not moved gets the very arrays it had.

import type { Memo } from '../lib/memo';
import type { RuleWork } from '../lib/work';
import { Heading, Item, ItemSeries, Paragraph, Segmenter, Sentence, Span, Token } from '../model';
import { CLOSERS, isBlank, isSentenceEnd, LEADING_BLANKS, trimmedEnd } from '../text';
import { matchItemMarker } from './markers';

/** An inline item relative to its paragraph's start (no parent: that is per version). */
interface OwnItem {
  series: ItemSeries;
  marker: Span & { text: string };
  ordinal: number;
  range: Span;
  section: Span;
  text: string;
  inSentence: boolean;
}

export interface Parts {
  /** Relative to the paragraph's start. */
  sentences: Sentence[];
  tokens?: Token[];
  /** The items of the paragraph, for one heading context ('' for a paragraph that is not a heading). */
  items?: { context: string; items: OwnItem[] };
  /** The last placement: the parts with document offsets for a paragraph starting at `at`. */
  at: number;
  placed?: { sentences: Sentence[]; tokens?: Token[]; from?: Token[] };
}

/** What the parser knows of a paragraph besides its parts. */
export type ParagraphFields = Omit<Paragraph, 'sentences' | 'tokens'>;

/** A paragraph's parts and the tokens it was made with (undefined: not segmented yet). */
interface Link {
  parts: Parts;
  tokens: Token[] | undefined;
  /** What its findings depend on around it, by how far (lib/memo.ts paragraphContext): shared with the version before while the change is far. */
  contexts: Map<number, string>;
}

/**
 * A paragraph the parser made: its sentences and tokens are its parts', placed at its start when first
 * read (a class: a paragraph is made for every version, and an object with getters of its own is slow to make).
 */
class ParsedParagraph implements Paragraph {
  start: number;
  end: number;
  text: string;
  firstLine: number;
  heading?: Heading;
  verbatim: boolean;
  #placed: { sentences: Sentence[]; tokens?: Token[] } | undefined;
  readonly #link: Link;
  readonly #index: number;

  constructor(f: ParagraphFields, link: Link, index: number) {
    this.start = f.start;
    this.end = f.end;
    this.text = f.text;
    this.firstLine = f.firstLine;
    this.heading = f.heading;
    this.verbatim = f.verbatim;
    this.#link = link;
    this.#index = index;
  }

  get sentences(): Sentence[] {
    return (this.#placed ??= placedAt(this.#link, this.start)).sentences;
  }

  get tokens(): Token[] | undefined {
    return this.#link.tokens && (this.#placed ??= placedAt(this.#link, this.start)).tokens;
  }

  /** Where `p` stands in its model's paragraphs (undefined for a paragraph made by hand). */
  static indexOf(p: Paragraph): number | undefined {
    return #index in p ? (p as ParsedParagraph).#index : undefined;
  }

  /** The parts of `p`, without placing them (to tell whether it has tokens, to hash them); undefined for a paragraph made by hand. */
  static linkOf(p: Paragraph): Link | undefined {
    return #link in p ? (p as ParsedParagraph).#link : undefined;
  }
}

const links = { get: (p: Paragraph) => ParsedParagraph.linkOf(p), has: (p: Paragraph) => p instanceof ParsedParagraph };

/**
 * The paragraph of `fields` whose sentences and tokens are `parts`' (with the tokens it has now), placed
 * when read; `contexts`: those of the same paragraph in the version before, when nothing near it changed.
 */
export function paragraphOf(
  fields: ParagraphFields,
  parts: Parts | undefined,
  index: number,
  contexts?: Map<number, string>,
): Paragraph {
  if (!parts) {
    const { start, end, text, firstLine, heading, verbatim } = fields;
    return { start, end, text, firstLine, heading, verbatim, sentences: [] };
  }
  return new ParsedParagraph(fields, { parts, tokens: parts.tokens, contexts: contexts ?? new Map() }, index);
}

/** Where a paragraph the parser made stands in its model's paragraphs. */
export const paragraphIndex = (p: Paragraph): number | undefined => ParsedParagraph.indexOf(p);

/**
 * How a model's paragraphs came from the version parsed before (its paragraphs `from`): for each, the
 * index it had there (-1: made again) and what stayed the same — SAME_AROUND: its text and the
 * characters around it (as far as KEPT_CONTEXT), SAME_TOKENS: its tokens too. The runner replays a
 * rule's findings of such a paragraph by index, without looking it up by text.
 */
export interface Lineage {
  from: readonly Paragraph[];
  origin: Int32Array;
  same: Uint8Array;
  /** How `from` came from the version before it (a model with tokens from the same model without; a few steps back at most). */
  parent?: Lineage;
}

/** How many steps back a lineage reaches. */
const LINEAGE_DEPTH = 3;

export const SAME_AROUND = 1;
export const SAME_TOKENS = 2;

// By paragraphs array (one per model): how it came from the version before.
const lineages = new WeakMap<readonly Paragraph[], Lineage>();

/** How `paragraphs` came from the paragraphs of the version before, if the parser knows. */
export function lineageOf(paragraphs: readonly Paragraph[]): Lineage | undefined {
  return lineages.get(paragraphs);
}

/** Records how `paragraphs` came from `lineage.from` (and, a few steps back, from the versions before). */
export function setLineage(paragraphs: readonly Paragraph[], lineage: Omit<Lineage, 'parent'>): void {
  const steps: Lineage[] = [{ ...lineage }];
  for (let l = lineageOf(lineage.from); l && steps.length < LINEAGE_DEPTH; l = l.parent) steps.push({ ...l });
  for (let k = 0; k < steps.length; k++) steps[k].parent = steps[k + 1];
  lineages.set(paragraphs, steps[0]);
  // The versions before reach back no further than this one: else each would keep its own few versions
  // alive through the map, and those theirs, back to the first (every version's paragraphs kept).
  for (let k = 1; k < steps.length; k++) lineages.set(steps[k - 1].from, steps[k]);
  lineages.delete(steps[steps.length - 1].from);
}

/**
 * Where paragraph `i` of `paragraphs` came from among `earlier` (the paragraphs of a version a few
 * steps back), if it is the same there as far as `need` says (SAME_AROUND, SAME_TOKENS); else -1.
 */
export function originIn(
  paragraphs: readonly Paragraph[],
  earlier: readonly Paragraph[],
  i: number,
  need: number,
): number {
  for (let l = lineageOf(paragraphs); l; l = l.parent) {
    if ((l.same[i] & need) !== need) return -1;
    i = l.origin[i];
    if (l.from === earlier) return i;
  }
  return -1;
}

/** True when `earlier` is among the versions `paragraphs` came from. */
export function cameFrom(paragraphs: readonly Paragraph[], earlier: readonly Paragraph[]): boolean {
  for (let l = lineageOf(paragraphs); l; l = l.parent) if (l.from === earlier) return true;
  return false;
}

/** The parts of a paragraph the parser made (undefined for one made by hand). */
export function partsOfParagraph(p: Paragraph | undefined): Parts | undefined {
  return p && ParsedParagraph.linkOf(p)?.parts;
}

/** True when the paragraph has its tokens (without placing them). */
export function hasTokens(p: Paragraph): boolean {
  const link = links.get(p);
  return link ? link.tokens !== undefined : p.tokens !== undefined;
}

// Paragraphs made by hand (tests): their contexts by object.
const handMade = new WeakMap<Paragraph, Map<number, string>>();

/** The contexts made of the paragraph so far (see lib/memo.ts paragraphContext), to add to. */
export function contextsOf(p: Paragraph): Map<number, string> {
  const link = links.get(p);
  if (link) return link.contexts;
  let made = handMade.get(p);
  if (!made) handMade.set(p, (made = new Map()));
  return made;
}

/** True for a paragraph the parser made (its `ownTokens` are relative to its start). */
export function fromParser(p: Paragraph): boolean {
  return links.has(p);
}

/** The contexts of a parser's paragraph, to share with its next version (undefined for one made by hand). */
export function sharedContexts(p: Paragraph | undefined): Map<number, string> | undefined {
  return p && links.get(p)?.contexts;
}

/**
 * What stands for the paragraph's tokens where they do not move: their relative array (the same for
 * every version in which the paragraph's text is the same), or the placed one of a paragraph made by hand.
 */
export function ownTokens(p: Paragraph): readonly Token[] | undefined {
  const link = links.get(p);
  return link ? link.tokens : p.tokens;
}

function placedAt(link: Link, at: number): { sentences: Sentence[]; tokens?: Token[] } {
  const parts = link.parts;
  const placed = parts.placed;
  if (placed && parts.at === at && placed.from === link.tokens) return placed;
  const sentences =
    placed && parts.at === at
      ? placed.sentences
      : at === 0
        ? parts.sentences
        : parts.sentences.map((s) => shift(s, at));
  const tokens = link.tokens && (at === 0 ? link.tokens : link.tokens.map((t) => shift(t, at)));
  parts.at = at;
  parts.placed = { sentences, tokens, from: link.tokens };
  return parts.placed;
}

/**
 * The parts of a paragraph with `text`, made (split; segmented when the segmenter has the tokens) when
 * the memo lacks them, or lacks the tokens; `work` counts what was made.
 */
export function partsOf(
  text: string,
  memo: Memo<Parts> | undefined,
  segmenter: Segmenter | undefined,
  work: RuleWork | undefined,
): Parts {
  let parts = memo?.get('', text);
  let fresh = false;
  if (!parts) {
    parts = { sentences: splitSentences(text), at: 0 };
    memo?.set('', text, '', parts);
    fresh = true;
  }
  if (!parts.tokens && segmenter) {
    parts.tokens = segment(text, segmenter);
    fresh ||= parts.tokens !== undefined;
  }
  if (fresh && work) {
    work.paragraphs++;
    work.chars += text.length;
  }
  return parts;
}

/** `parts` (of a paragraph kept from the version before, with `text`), given their tokens if they lack them and the segmenter has them; looked up by text if there are none. */
export function withTokens(
  parts: Parts | undefined,
  text: string,
  memo: Memo<Parts> | undefined,
  segmenter: Segmenter | undefined,
  work: RuleWork | undefined,
): Parts {
  if (!parts) return partsOf(text, memo, segmenter, work);
  if (!parts.tokens && segmenter) {
    parts.tokens = segment(text, segmenter);
    if (parts.tokens && work) {
      work.paragraphs++;
      work.chars += text.length;
    }
  }
  return parts;
}

/** The inline items of paragraph `p` (made from `parts` and kept there), with document offsets. */
export function itemsOf(p: ParagraphFields, parts: Parts | undefined, work: RuleWork | undefined): Item[] {
  const h = p.heading;
  if (p.verbatim || !parts || (h && !h.runIn)) return [];
  const context = h ? String(h.title.end - p.start) : '';
  if (parts.items?.context !== context) {
    parts.items = { context, items: findItems(p.text, parts.sentences, h ? h.title.end - p.start : 0, !h) };
    if (work) work.chars += p.text.length;
  }
  const at = p.start;
  return parts.items.items.map((i) => ({
    series: i.series,
    marker: { start: i.marker.start + at, end: i.marker.end + at, text: i.marker.text },
    ordinal: i.ordinal,
    range: shift(i.range, at),
    section: shift(i.section, at),
    text: i.text,
    inSentence: i.inSentence,
  }));
}

function shift<T extends Span>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** Splits a paragraph's text into sentences at 。！？ (keeping closing quotes with their sentence). */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const end = text.length;
  let start = 0;
  for (let i = 0; i < end; i++) {
    if (!isSentenceEnd(text[i])) continue;
    let j = i + 1;
    while (j < end && (isSentenceEnd(text[j]) || CLOSERS.includes(text[j]))) j++;
    pushSentence(text, out, start, j);
    start = j;
    i = j - 1;
  }
  pushSentence(text, out, start, end);
  return out;
}

function pushSentence(text: string, out: Sentence[], start: number, end: number): void {
  start += LEADING_BLANKS.exec(text.slice(start, end))![0].length;
  end = Math.max(start, trimmedEnd(text, 0, end));
  if (end > start) out.push({ start, end });
}

/** How far past its expected place a segmenter's word is looked for. */
const WORD_SLACK = 32;

/** Tokens of a paragraph's text, relative to its start; undefined when the segmenter is not ready. */
function segment(text: string, segmenter: Segmenter): Token[] | undefined {
  const words = segmenter(text);
  if (!words) return undefined;
  const tokens: Token[] = [];
  const end = text.length;
  let at = 0;
  for (const w of words) {
    if (!w.word) continue;
    let start = at;
    if (!text.startsWith(w.word, at)) {
      // A word that is not where it should be (a lone surrogate comes back as U+FFFD) is looked for a
      // little further on, never through the rest of the text: that made such input quadratic.
      const k = text.slice(at, Math.min(end, at + w.word.length + WORD_SLACK)).indexOf(w.word);
      if (k < 0) {
        at = Math.min(end, at + w.word.length);
        continue;
      }
      start = at + k;
    }
    if (start + w.word.length > end) continue;
    tokens.push({ start, end: start + w.word.length, word: w.word, tag: w.tag });
    at = start + w.word.length;
  }
  return tokens;
}

/**
 * Inline items at the start of the paragraph (`opens`: not a heading) or of a sentence or clause (after
 * 。！？；：，) from `from` on, and a 一是 inside a clause whose 二是 follows; offsets relative to the paragraph.
 */
function findItems(text: string, sentences: readonly Sentence[], from: number, opens: boolean): OwnItem[] {
  const found: OwnItem[] = [];
  const end = text.length;
  const starts = opens ? [0] : [];
  // Starts after a comma are inside a sentence: an item there must belong to a series its paragraph opens.
  const inSentence = new Set<number>();
  for (let i = from; i < end; i++) {
    const c = text[i];
    const comma = c === '，' || c === ',';
    if (isSentenceEnd(c) || c === '；' || c === '：' || c === ';' || c === ':' || comma || c === '\n') {
      let j = i + 1;
      while (j < end && (CLOSERS.includes(text[j]) || isBlank(text[j]))) j++;
      // `。\n一是` reaches the same start from the mark and from the line break: one item.
      if (j !== starts[starts.length - 1]) starts.push(j);
      if (comma) inSentence.add(j);
    }
  }
  starts.push(...innerFirsts(text, from, starts));
  starts.sort((a, b) => a - b);
  const opened = new Set<string>();
  let k = 0; // starts ascend, so one walk over the sentences finds each item's sentence
  for (const s of starts) {
    const m = matchItemMarker(text.slice(s, Math.min(end, s + 6)));
    if (!m) continue;
    if (m.ordinal === 1) opened.add(m.series);
    else if (inSentence.has(s) && !opened.has(m.series)) continue;
    while (k < sentences.length && sentences[k].end <= s) k++;
    const sentence = k < sentences.length && sentences[k].start <= s ? sentences[k] : undefined;
    const stop = sentence ? sentence.end : end;
    found.push({
      series: m.series,
      marker: { start: s, end: s + m.length, text: m.text },
      ordinal: m.ordinal,
      range: { start: s, end: stop },
      section: { start: s, end },
      text: text.slice(s + m.length, stop),
      inSentence: insideSentence(text, s),
    });
  }
  for (let k = 0; k + 1 < found.length; k++) found[k].section.end = trimmedEnd(text, 0, found[k + 1].marker.start);
  return found;
}

/** True when offset `at` of a paragraph's text stands inside a sentence: after a comma or inside a clause, not at a sentence start. */
function insideSentence(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && (CLOSERS.includes(text[j - 1]) || isBlank(text[j - 1]))) j--;
  if (j <= 0) return false;
  const c = text[j - 1];
  return !(isSentenceEnd(c) || '；：;:'.includes(c));
}

// Characters that make 一是/一要 part of a word (统一是, 唯一要) or of a number (十一是).
const WORD_BEFORE_ONE = /[统唯单同专划归万第之逐十百〇零一二三四五六七八九]/;

/**
 * Where a series opens inside a clause (我们一要…，二要…): the last 一是/一要 before the first 二是/二要
 * found at a clause start, when no clause start already opens that series.
 */
function innerFirsts(text: string, from: number, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const form of ['是', '要']) {
    const at = (n: string) =>
      starts.find((s) => text.startsWith(n + form, s) && matchItemMarker(text.slice(s, s + 6))?.series === form);
    const second = at('二');
    if (second === undefined || at('一') !== undefined) continue;
    const i = text.lastIndexOf('一' + form, second);
    if (i <= from || WORD_BEFORE_ONE.test(text[i - 1]) || !matchItemMarker(text.slice(i, i + 6))) continue;
    if (!starts.includes(i)) out.push(i);
  }
  return out;
}

/** The heading fields of `h` moved by `by` characters and `lines` lines, with no parent, children or items yet. */
export function movedHeading(h: Heading, by: number, lines: number): Heading {
  return {
    level: h.level,
    marker: { start: h.marker.start + by, end: h.marker.end + by, text: h.marker.text },
    standardMarker: h.standardMarker,
    ordinal: h.ordinal,
    ...(h.inserted !== undefined && { inserted: h.inserted }),
    title: { start: h.title.start + by, end: h.title.end + by, text: h.title.text },
    line: h.line + lines,
    range: { start: h.range.start + by, end: h.range.end + by },
    section: { start: h.range.start + by, end: h.range.end + by },
    runIn: h.runIn,
    endPunct: h.endPunct,
    children: [],
    items: [],
  };
}
