// Per-paragraph memos, owned by a document's AnalysisCaches (the host keeps one per open document; the
// CLI and tests make fresh ones) and handed to the rules by the runner (lib/runner.ts). An edit changes
// one paragraph; a rule that checks paragraph by paragraph takes the findings of the others from here,
// so re-checking a long report costs about one paragraph. Pure in effect: a paragraph's findings are a function of what they are stored
// under (its text, a few characters either side, its tokens, the options the rule reads), kept
// relative to the paragraph's start, and copied and shifted on every reuse (callers may keep or
// change them).

import { Paragraph, ReportModel, Token } from '../model';
import { contextsOf, fromParser, ownTokens } from '../parse/parts';
import { RawFinding } from './findings';
import { flat } from '../text';

/** One text's values: for one context, or (a text that stands in several places: 一、, （完）) by context. */
type Entry<T> = { context: string; value: T } | Map<string, T>;

/**
 * A bounded map in two generations: entries used since the last turnover are kept, older ones are
 * dropped when the young generation fills up (a cheap stand-in for least-recently-used). An entry is
 * found by `scope` (the options a rule reads), then by `text` (a paragraph's or line's own text, a
 * string the model already holds: nothing is built to look it up) and holds for one `context` (what
 * else the result depends on, a short string); a text that recurs keeps a value for each of its
 * contexts, so it is not computed again at every place it stands.
 */
export class Memo<T> {
  private young = new Map<string, Map<string, Entry<T>>>();
  private old = new Map<string, Map<string, Entry<T>>>();
  private size = 0;

  constructor(private readonly limit = 20_000) {}

  /** The value stored for `text` under `scope`, when it was stored for the same `context` (`own`: as for `set`). */
  get(scope: string, text: string, context = '', own: Own = false): T | undefined {
    const young = valueOf(this.young.get(scope)?.get(text), context);
    if (young !== undefined) return young;
    const old = valueOf(this.old.get(scope)?.get(text), context);
    if (old === undefined) return undefined;
    this.set(scope, text, context, old, own);
    return old;
  }

  /**
   * Stores `value` for `text` under `scope` and `context`. The memo keeps copies of `text` and `context`
   * (a slice of a long text keeps the whole text alive) unless they are strings of their `own` already
   * (true: both; 'text': the text): a paragraph's text and context as the parser and the runner make
   * them, looked up again as the very same strings, which compare at once.
   */
  set(scope: string, text: string, context: string, value: T, own: Own = false): void {
    const keepText = own ? (x: string) => x : flat;
    const keep = own === true ? (x: string) => x : flat;
    if (this.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
      this.size = 0;
    }
    let inner = this.young.get(scope);
    if (!inner) this.young.set(scope, (inner = new Map()));
    const entry = inner.get(text);
    // Keys are kept: copies of their own, not slices that would keep a whole version of the document.
    if (!entry) {
      this.size++;
      inner.set(keepText(text), { context: keep(context), value });
    } else if (entry instanceof Map) {
      if (!entry.has(context)) this.size++;
      entry.set(keep(context), value);
    } else if (entry.context === context) {
      entry.value = value;
    } else {
      this.size++;
      inner.set(
        text,
        new Map([
          [entry.context, entry.value],
          [keep(context), value],
        ]),
      );
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.size = 0;
  }
}

/** Which keys are strings of their own already (see Memo.set). */
type Own = boolean | 'text';

function valueOf<T>(e: Entry<T> | undefined, context: string): T | undefined {
  if (!e) return undefined;
  if (e instanceof Map) return e.get(context);
  return e.context === context ? e.value : undefined;
}

/**
 * The caches of one document's analyses: a memo per owner (a rule or a helper of one, by name),
 * made on first use, and a slot per owner for one value (the parse's last version). The host keeps one
 * per open document and disposes of it on close; an analysis without one gets fresh caches, so nothing
 * is shared between documents or left in module state.
 */
export class AnalysisCaches {
  private readonly memos = new Map<string, Memo<unknown>>();
  private readonly slots = new Map<string, unknown>();

  /** The memo of `owner` (e.g. 'punctuation/paragraphs', 'copy-residue/lines'), made on first use with room for `limit` entries. */
  memo<T>(owner: string, limit?: number): Memo<T> {
    let m = this.memos.get(owner);
    if (!m) this.memos.set(owner, (m = new Memo<unknown>(limit)));
    return m as Memo<T>;
  }

  /** The one value `owner` keeps here (undefined at first). */
  kept<T>(owner: string): T | undefined {
    return this.slots.get(owner) as T | undefined;
  }

  /** Keeps `value` for `owner`, in place of what it kept. */
  keep<T>(owner: string, value: T): void {
    this.slots.set(owner, value);
  }

  /** Empties and forgets every memo and slot. */
  dispose(): void {
    for (const m of this.memos.values()) m.clear();
    this.memos.clear();
    this.slots.clear();
  }
}

/** How far around a paragraph the rules may look (excerpts, clause starts, the character before). */
const CONTEXT = 16;

/**
 * How far around a paragraph its contexts are kept with it from one version to the next: a paragraph
 * farther than this from an edit keeps them (the parser shares them), a wider context is made each time.
 */
export const KEPT_CONTEXT = 64;

// By tokens array: a paragraph whose text is unchanged has the same (relative) tokens in every version.
const hashes = new WeakMap<object, string>();

/**
 * What a paragraph's findings may depend on besides its text and the rule's options: the characters
 * around it, the format, its heading marker and (for token rules) where its tokens lie and their tags.
 */
export function paragraphContext(model: ReportModel, p: Paragraph, tokens: boolean, context = CONTEXT): string {
  // Several rules ask the same of each paragraph: made once per paragraph, and kept with it while it only moves.
  const made = contextsOf(p);
  const own = tokens ? ownTokens(p) : undefined;
  const which = context * 4 + (tokens ? (own ? 3 : 1) : 0);
  const known = made.get(which);
  if (known !== undefined) return known;
  const text = model.text;
  let key = `${model.format}\u0001${text.slice(Math.max(0, p.start - context), p.start)}\u0001${text.slice(p.end, p.end + context)}`;
  if (p.heading) key += `\u0001h${p.heading.marker.start - p.start},${p.heading.marker.end - p.start}`;
  if (tokens) {
    const owner = own ?? p;
    let hash = hashes.get(owner);
    if (hash === undefined) hashes.set(owner, (hash = own ? tokenHash(own, fromParser(p) ? 0 : p.start) : 'none'));
    key += `\u0001${hash}`;
  }
  key = flat(key);
  if (context <= KEPT_CONTEXT) made.set(which, key);
  return key;
}

/**
 * Where a paragraph's tokens lie (`offset`: where the paragraph starts, for tokens with document offsets)
 * and their tags, as two 32-bit hashes: the tokens follow from the text and the dictionaries, so this
 * only tells one set of user dictionaries from another.
 */
function tokenHash(tokens: readonly Token[], offset: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (x: number) => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 13);
  };
  for (const t of tokens) {
    mix((t.start - offset) * 65_536 + (t.end - t.start) * 256 + t.tag.length);
    mix(t.tag.charCodeAt(0) * 65_536 + t.tag.charCodeAt(t.tag.length - 1));
  }
  return `${tokens.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** A deep copy of `f` with every offset moved by `by`. */
export function shiftFinding(f: RawFinding, by: number): RawFinding {
  const out: RawFinding = {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
  if (f.related) out.related = f.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
  return out;
}
