// The tables derived from the corpus (server/data/*.json, built by scripts/stats/), typed once here
// for the scripts that build them and the rules that read them. The host reads the files and calls
// `corpusTables`, which checks each table's shape (a clear error names the table and the field); the
// core never reads files. Values a rule derives from a table (a decoded index, a matcher) are kept on
// the tables object itself (`derive`), made once per process however many documents are open.

/** slots.json (scripts/stats/slots.ts): how often a unit stands bare in complete text and after a deleted number, by context. */
export interface SlotTable {
  /** missing-number's operating points. */
  thresholds?: { information: number; warning: number };
  /** The units and measure words judged. */
  units: string[];
  /** How often complete text writes each verb of placeholder's 等 rule before 等. */
  beforeDeng?: Record<string, number>;
  /** The model weighing the context keys' evidence (lib/slots/evidence.ts). */
  model: SlotModel;
  /** The context keys' counts, packed (lib/slots/packed.ts), base64. */
  counts: string;
}

/**
 * words.json (scripts/stats/words.ts): how often complete text has each word (1 to 4 Han characters),
 * in the register that uses it most, compact: sorted strings and one byte per word.
 */
export interface WordTable {
  /** Tokens counted in all (each register's counts are scaled to this total). */
  tokens: number;
  /** The words of each length in code-unit order, concatenated: `words[0]` the single characters, `words[3]` those of four. */
  words: string[];
  /** One byte per word, lengths in order, `round(12 · ln(1 + count))`, base64. */
  counts: string;
}

/** phrases.json (scripts/stats/phrases.ts): formulations, as sorted hashes of their windows. */
export interface PhraseTable {
  window: number;
  minDocuments?: number;
  count?: number;
  /** Sorted 32-bit FNV-1a hashes of the windows, big-endian, base64. */
  hashes: string;
}

/** confusable.json (scripts/stats/confusable.ts): counts of each form, and of the words next to it. */
export interface ConfusableTable {
  count: Record<string, number>;
  next: Record<string, Record<string, number>>;
  prev: Record<string, Record<string, number>>;
}

/** The tables by name (a file name without `.json`). */
export interface TableData {
  slots?: SlotTable;
  words?: WordTable;
  phrases?: PhraseTable;
  confusable?: ConfusableTable;
}

/** The tables a rule sees (`ctx.tables`): the data, a version for memo keys, and values derived from them. */
export interface CorpusTables extends Readonly<TableData> {
  /** Tells one set of tables from another (the runner keys rule memos by it). */
  readonly version: string;
  /** The value `build` makes from these tables, made once and kept with them under `name`. */
  derive<T>(name: string, build: (tables: CorpusTables) => T): T;
  /** These tables with some replaced (a bench moving a threshold, a test without one table): a new version. */
  with(changes: Partial<TableData>): CorpusTables;
}

/** The model of slots.json (fitted by scripts/stats/slots.ts). */
export interface SlotModel {
  /** The families of context keys, one letter each (lib/slots/context.ts), as the keys were made. */
  families: string;
  /** Chains of families, each from a general key to a specific one (lib/slots/evidence.ts keyEvidence). */
  chains: string[];
  /** Weight of the unit's own log-odds, then of each chain's log likelihood ratio. */
  weights: number[];
  bias: number;
  /** Pseudo-counts a key's ratio is shrunk toward the unit's with. */
  shrink: number;
  /** Deletions a specific context must have seen for a site to count as evidence at all. */
  support: number;
}

type Check = (value: unknown, at: string) => void;

const fail = (at: string, what: string): never => {
  throw new Error(`corpus table ${at}: ${what} (rebuild with npm run build:stats)`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const object: Check = (v, at) => void (isObject(v) || fail(at, 'must be an object'));
const number: Check = (v, at) => void (typeof v === 'number' || fail(at, 'must be a number'));
const string: Check = (v, at) => void (typeof v === 'string' || fail(at, 'must be a string'));
const strings: Check = (v, at) =>
  void ((Array.isArray(v) && v.every((x) => typeof x === 'string')) || fail(at, 'must be a list of strings'));
/** An object whose values are numbers (only the first few are looked at: the tables are large). */
const counts: Check = (v, at) => {
  object(v, at);
  for (const [k, n] of Object.entries(v as object).slice(0, 8)) number(n, `${at}.${k}`);
};
const nested: Check = (v, at) => {
  object(v, at);
  for (const [k, n] of Object.entries(v as object).slice(0, 8)) counts(n, `${at}.${k}`);
};
const optional =
  (c: Check): Check =>
  (v, at) =>
    v === undefined || c(v, at);

const SHAPES: Record<keyof TableData, Record<string, Check>> = {
  slots: {
    units: strings,
    counts: string,
    model: (v, at) => {
      object(v, at);
      const m = v as Record<string, unknown>;
      string(m.families, `${at}.families`);
      strings(m.chains, `${at}.chains`);
      for (const f of ['bias', 'shrink', 'support']) number(m[f], `${at}.${f}`);
      if (!Array.isArray(m.weights) || m.weights.length !== (m.chains as string[]).length + 1)
        fail(`${at}.weights`, 'must be one number for the unit and one per chain');
    },
    beforeDeng: optional(counts),
    thresholds: optional(object),
  },
  words: { tokens: number, words: strings, counts: string },
  phrases: { window: number, hashes: string },
  confusable: { count: counts, next: nested, prev: nested },
};

let made = 0;

/** The tables from raw parsed JSON by name, each checked for its shape; unknown names are an error too. */
export function tablesFrom(raw: Record<string, unknown>): CorpusTables {
  const data: TableData = {};
  for (const [name, value] of Object.entries(raw)) {
    const shape = SHAPES[name as keyof TableData];
    if (!shape) fail(`${name}.json`, `unknown table (known: ${Object.keys(SHAPES).join(', ')})`);
    object(value, `${name}.json`);
    for (const [field, check] of Object.entries(shape))
      check((value as Record<string, unknown>)[field], `${name}.${field}`);
    (data as Record<string, unknown>)[name] = value;
  }
  return withData(data, `t${++made}`);
}

function withData(data: TableData, version: string): CorpusTables {
  const derived = new Map<string, unknown>();
  const tables: CorpusTables = {
    ...data,
    version,
    derive<T>(name: string, build: (t: CorpusTables) => T): T {
      if (!derived.has(name)) derived.set(name, build(tables));
      return derived.get(name) as T;
    },
    with: (changes) => withData({ ...data, ...changes }, `t${++made}`),
  };
  return Object.freeze(tables);
}

/** No tables at all: what rules see when the host has loaded none (tests, a build without data). */
export const EMPTY_TABLES: CorpusTables = withData({}, 'none');
