// Per-paragraph memos, owned by a document's AnalysisCaches (the host keeps one per open document; the
// CLI and tests make fresh ones) and handed to the rules by the runner (lib/runner.ts). An edit changes
// one paragraph; a rule that checks paragraph by paragraph takes the findings of the others from here,
// so re-checking a long report costs about one paragraph. Pure in effect: a paragraph's findings are a function of what they are stored
// under (its text, a few characters either side, its tokens, the options the rule reads), kept
// relative to the paragraph's start, and copied and shifted on every reuse (callers may keep or
// change them).

import { Paragraph, ReportModel } from '../model';
import { RawFinding } from './findings';

/**
 * A bounded map in two generations: entries used since the last turnover are kept, older ones are
 * dropped when the young generation fills up (a cheap stand-in for least-recently-used). An entry is
 * found by `scope` (the options a rule reads), then by `text` (a paragraph's or line's own text, a
 * string the model already holds: nothing is built to look it up) and holds for one `context` (what
 * else the result depends on, a short string).
 */
export class Memo<T> {
  private young = new Map<string, Map<string, { context: string; value: T }>>();
  private old = new Map<string, Map<string, { context: string; value: T }>>();
  private size = 0;

  constructor(private readonly limit = 20_000) {}

  /** The value stored for `text` under `scope`, when it was stored for the same `context`. */
  get(scope: string, text: string, context = ''): T | undefined {
    const young = this.young.get(scope)?.get(text);
    if (young) return young.context === context ? young.value : undefined;
    const old = this.old.get(scope)?.get(text);
    if (!old || old.context !== context) return undefined;
    this.set(scope, text, context, old.value);
    return old.value;
  }

  /** Stores `value` for `text` under `scope` and `context`. */
  set(scope: string, text: string, context: string, value: T): void {
    if (this.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
      this.size = 0;
    }
    let inner = this.young.get(scope);
    if (!inner) this.young.set(scope, (inner = new Map()));
    if (!inner.has(text)) this.size++;
    inner.set(text, { context, value });
  }

  /** Forgets everything. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.size = 0;
  }
}

/**
 * The caches of one document's analyses: a memo per owner (a rule or a helper of one, by name),
 * made on first use. The host keeps one per open document and disposes of it on close; an analysis
 * without one gets fresh caches, so nothing is shared between documents or left in module state.
 */
export class AnalysisCaches {
  private readonly memos = new Map<string, Memo<unknown>>();

  /** The memo of `owner` (e.g. 'punctuation/paragraphs', 'copy-residue/lines'), made on first use with room for `limit` entries. */
  memo<T>(owner: string, limit?: number): Memo<T> {
    let m = this.memos.get(owner);
    if (!m) this.memos.set(owner, (m = new Memo<unknown>(limit)));
    return m as Memo<T>;
  }

  /** Empties and forgets every memo. */
  dispose(): void {
    for (const m of this.memos.values()) m.clear();
    this.memos.clear();
  }
}

/** How far around a paragraph the rules may look (excerpts, clause starts, the character before). */
const CONTEXT = 16;

// By tokens array: a paragraph that has not moved shares its tokens with the version before.
const hashes = new WeakMap<object, string>();

/**
 * What a paragraph's findings may depend on besides its text and the rule's options: the characters
 * around it, the format, its heading marker and (for token rules) where its tokens lie and their tags.
 */
export function paragraphContext(model: ReportModel, p: Paragraph, tokens: boolean, context = CONTEXT): string {
  // Several rules ask the same of each paragraph: made once per paragraph (a paragraph object belongs to one text).
  let made = contexts.get(p);
  if (!made) contexts.set(p, (made = new Map()));
  const which = context * 2 + (tokens ? 1 : 0);
  const known = made.get(which);
  if (known !== undefined) return known;
  const text = model.text;
  let key = `${model.format}\u0001${text.slice(Math.max(0, p.start - context), p.start)}\u0001${text.slice(p.end, p.end + context)}`;
  if (p.heading) key += `\u0001h${p.heading.marker.start - p.start},${p.heading.marker.end - p.start}`;
  if (tokens) {
    const owner = p.tokens ?? p;
    let hash = hashes.get(owner);
    if (hash === undefined) hashes.set(owner, (hash = tokenHash(p)));
    key += `\u0001${hash}`;
  }
  made.set(which, key);
  return key;
}

const contexts = new WeakMap<Paragraph, Map<number, string>>();

/**
 * Where a paragraph's tokens lie and their tags, as two 32-bit hashes: the tokens follow from the
 * text and the dictionaries, so this only tells one set of user dictionaries from another.
 */
function tokenHash(p: Paragraph): string {
  if (!p.tokens) return 'none';
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (x: number) => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 13);
  };
  for (const t of p.tokens) {
    mix((t.start - p.start) * 65_536 + (t.end - t.start) * 256 + t.tag.length);
    mix(t.tag.charCodeAt(0) * 65_536 + t.tag.charCodeAt(t.tag.length - 1));
  }
  return `${p.tokens.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
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
