// What the rule keeps of a document between analyses (in its memo): the counts that span paragraphs,
// made from the paragraphs' parts and updated from the parts that changed (see tally.ts).

import { ParagraphPart } from './paragraph';
import { Changes, Tally } from './tally';

/** The document-wide counts. */
export class DocumentCounts {
  private readonly changes = new Changes<ParagraphPart>();
  /** The phrases offered to the count of habits (overuse.ts). */
  readonly habits = new Tally<ParagraphPart>(Infinity);
  /** The sentences of 10+ characters, by their words (for sentences said again across paragraphs). */
  readonly sentences = new Tally<ParagraphPart>(2);
  /** Characters (letters and digits) of the document's prose. */
  chars = 0;
  /** Paragraphs opening with an article number. */
  articles = 0;

  /** Brings the counts to the parts of this analysis, in document order. */
  update(parts: ReadonlyArray<{ own: ParagraphPart }>): void {
    this.changes.update(
      parts.map((x) => x.own),
      (p) => this.count(p, -1),
      (p) => this.count(p, 1),
    );
  }

  private count(p: ParagraphPart, sign: 1 | -1): void {
    const tally = sign > 0 ? 'add' : 'remove';
    this.habits[tally](p, p.keys);
    this.sentences[tally](p, p.sentenceKeys);
    this.chars += sign * p.stream.cs[p.stream.n];
    if (p.article) this.articles += sign;
  }
}
