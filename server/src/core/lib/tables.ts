// Tables derived from the corpus (word lists, frequencies…), loaded by the host and handed to rules
// as `ctx.tables`. The core never reads files: a rule asks for a table by name and copes without it.

/** Corpus-derived tables by name; each rule documents the shape of the tables it reads. */
export interface CorpusTables {
  [name: string]: unknown;
}

/** No tables at all: what rules see when the host has loaded none (CLI without a corpus, tests). */
export const EMPTY_TABLES: CorpusTables = Object.freeze({});
