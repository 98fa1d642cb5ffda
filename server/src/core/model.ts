// The report model: what the parser makes of a draft. Every span is a pair of
// UTF-16 offsets into the original text (JavaScript string indices), so it maps
// to LSP positions without any conversion of its own.

/** A half-open range [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** One physical line: its content span (without the line break) and where the break ends. */
export interface Line extends Span {
  /** Offset just after this line's line break (equals `end` on the last line). */
  next: number;
}

/** The four levels of a report's own headings (GB/T 9704): 一、 （一） 1. （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * The levels of a regulation's structure, outermost first: 第一编, 第一分编, 第一章, 第一节, 第一条. A
 * regulation nests them above its items (（一） inside an article); a report quoting one nests them
 * under its own headings.
 */
export type ArticleLevel = 'part' | 'subpart' | 'chapter' | 'section' | 'article';

/** A numbered heading: 一、 （一） 1. （1）, or a regulation's 第X章, 第X条…. */
export interface Heading {
  level: HeadingLevel | ArticleLevel;
  /** The marker exactly as written, e.g. `（一）`, `1、`, `(一)`, `第十一条`. */
  marker: Span & { text: string };
  /** The marker written in the standard form of its level, e.g. `（一）`. */
  standardMarker: string;
  /** The number the marker stands for: 一→1, 十二→12, 第一百零五条→105. */
  ordinal: number;
  /** An article inserted by an amendment (第一百二十条之一): the number after 之. It stands outside its series. */
  inserted?: number;
  /**
   * An item of a list restarting under a lead-in (…以下几个方面：⏎一、…；⏎二、…), inside the section it
   * interrupts: the list's first item (the heading itself for the first). A list counts on its own.
   */
  list?: Heading;
  /** The heading's own text after the marker, without the sentence end (。) of a run-in heading (an article's first sentence). */
  title: Span & { text: string };
  /** The heading line (from its first visible character, marker included, to the end of the line). */
  line: number;
  range: Span;
  /** The whole section the heading governs: up to the next heading of the same or a higher level. */
  section: Span;
  /** True when body text follows the heading sentence on the same line (`（一）…。把实施…`). */
  runIn: boolean;
  /** The punctuation ending the heading sentence, if any (`。`, `？`…); `''` when none. */
  endPunct: string;
  parent?: Heading;
  children: Heading[];
  items: Item[];
}

/** The families of inline enumeration: 一是/二是, 一要/二要, 第一/第二, 首先/其次/最后. */
export type ItemSeries = '是' | '要' | '第' | '首先';

/** An inline enumeration item (一是…、二要…、第三…、首先…) at the start of a paragraph, sentence or clause (after a comma when its paragraph opens the series). */
export interface Item {
  series: ItemSeries;
  marker: Span & { text: string };
  ordinal: number;
  /** The item's own sentence (marker included). */
  range: Span;
  /** From the marker to the next item of its section, or to the end of its paragraph. */
  section: Span;
  /** The heading whose section holds the item, if any. */
  parent?: Heading;
  /** The text of the item's sentence after its marker. */
  text: string;
  /** True when the item stands inside a sentence (after a comma, inside a clause), not at a sentence start. */
  inSentence: boolean;
}

/** A word from the segmenter, with its part-of-speech tag (jieba's tag set). */
export interface Token extends Span {
  word: string;
  tag: string;
}

export type Sentence = Span;

/** A paragraph: a non-empty line in plain text; a block of lines between blank lines in Markdown. */
export interface Paragraph extends Span {
  text: string;
  firstLine: number;
  sentences: Sentence[];
  /** Tokens with document offsets; undefined while the segmenter is not ready. */
  tokens?: Token[];
  /** The heading whose line this paragraph is, if any. */
  heading?: Heading;
  /** True for content that is not prose (Markdown code blocks, front matter, HTML comments). */
  verbatim: boolean;
}

export interface Title extends Span {
  text: string;
  line: number;
}

/**
 * gov: a government work report, delivered in March of its year: it reviews the year before and plans
 * its own. yearEnd: a summary or review of a whole year (written at its end): reviews its year, plans
 * the next. halfYear: a summary of the first half. plan: a plan for its year. other: only the year is known.
 */
export type Genre = 'gov' | 'yearEnd' | 'halfYear' | 'plan' | 'other';

/** The period a draft states: read once by the parser (parse/period.ts). */
export interface DraftPeriod {
  /** The genre its title (or a 现将…总结 opening) names; 'other' when it names none. */
  genre: Genre;
  /** True when the title or opening names the genre. */
  named: boolean;
  /** Where the title and the lines under it end (0 when there are none): the body starts after. */
  headEnd: number;
  /** Where the year was read: the title and the lines under it, the first paragraph's opening (2023年，…), or the first lines. */
  from?: 'title' | 'opening' | 'head';
  year?: number;
  /** The year as written. */
  source?: Span;
  /** The first lines look back on a whole year (一年来, 年度…) though no title names the genre. */
  wholeYear?: boolean;
}

/** The period the rules work with: the draft's own, or the year setting's (`from: 'setting'`). */
export interface ReportPeriod {
  year: number;
  genre: Genre;
  named: boolean;
  from: NonNullable<DraftPeriod['from']> | 'setting';
  headEnd: number;
  /** The year as written; undefined when it comes from the setting. */
  source?: Span;
  /** The year the report reviews and the year it plans. */
  reviewYear: number;
  planYear: number;
  /** The draft looks back on a whole year, so it was written at the year's end or later. */
  wholeYear: boolean;
}

export interface ReportModel {
  text: string;
  format: 'plain' | 'markdown';
  lines: Line[];
  title?: Title;
  /** Top-level headings; lower levels nest in `children`. */
  headings: Heading[];
  /** Every heading in document order. */
  allHeadings: Heading[];
  /** Every inline item in document order. */
  items: Item[];
  /** Items that stand before the first heading (no parent section). */
  topItems: Item[];
  paragraphs: Paragraph[];
  /** False when no segmenter was available: token-based rules then wait. */
  segmented: boolean;
  /** The period the draft states (title, opening or first lines); rules read `ctx.period`, which applies the year setting. */
  period: DraftPeriod;
}

/** A segmenter for one paragraph's text; returns undefined when it cannot segment yet. */
export type Segmenter = (text: string) => ReadonlyArray<{ word: string; tag: string }> | undefined;
