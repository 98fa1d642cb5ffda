// Synthetic drafts for repeated-phrase: complete text with clauses written twice the way drafters
// leave them after an edit — right after themselves (`甲，乙，乙，丙。`, the clause pasted twice) or later
// in the same sentence (`甲，乙，甲，丙。`). Each planted copy is recorded with the text before planting,
// so a bench can check that the rule finds it and that its fix gives back exactly the complete text.
// Deterministic: the same documents and seed give the same drafts.

import { random } from '../../scripts/corpus';

/** A clause written a second time: where the copy stands in the draft, and how it was planted. */
export interface DoubledClause {
  start: number;
  end: number;
  mode: 'adjacent' | 'later';
  /** The draft's text around it, for reading misses. */
  context: string;
}

export interface DoubledDraft {
  id: string;
  /** The complete text the draft was made from. */
  original: string;
  text: string;
  planted: DoubledClause[];
}

/** One planted clause per this many characters (at least one per document). */
const CHARS_PER_CLAUSE = 2_500;
/** A clause doubled has this many Han characters or digits at least (shorter pieces are words, not clauses) and at most. */
const MIN_CLAUSE = 6;
const MAX_CLAUSE = 40;
const CONTENT = /[\p{Script=Han}0-9]/gu;
/** Brackets and quotes: a clause holding one half of a pair is not cut out of its sentence. */
const PAIRED = /[“”‘’《》（）()〔〕【】「」]/;

interface Clause {
  start: number;
  end: number;
}

/** The sentences of a text (up to 。！？ or the line end), each as its clauses (split at ， and ；). */
function sentences(text: string): Clause[][] {
  const out: Clause[][] = [];
  const re = /[^。！？\n]+[。！？]?/g;
  for (let m: RegExpExecArray | null; (m = re.exec(text));) {
    const clauses: Clause[] = [];
    let from = m.index;
    const end = m.index + m[0].length;
    for (let i = from; i <= end; i++) {
      const c = text[i];
      if (i === end || c === '，' || c === '；' || c === '。' || c === '！' || c === '？') {
        if (i > from) clauses.push({ start: from, end: i });
        from = i + 1;
      }
    }
    if (clauses.length >= 2) out.push(clauses);
  }
  return out;
}

const contentLength = (s: string) => s.match(CONTENT)?.length ?? 0;

function usable(text: string, c: Clause): boolean {
  const s = text.slice(c.start, c.end);
  const n = contentLength(s);
  // A clause ending in a colon opens a list: a copy after it would read as a new clause of the list.
  return n >= MIN_CLAUSE && n <= MAX_CLAUSE && !PAIRED.test(s) && !/[\s：:]/.test(s);
}

/**
 * The draft of `text`: about one clause per CHARS_PER_CLAUSE characters doubled, each in a sentence
 * of its own, right after itself or (as often) after a later clause of its sentence.
 */
export function makeDoubledDraft(id: string, text: string, seed: number): DoubledDraft {
  const rand = random(seed);
  const all = sentences(text);
  const wanted = Math.max(1, Math.round(text.length / CHARS_PER_CLAUSE));
  // Insertions, in the original's offsets: the copy (with its joining comma) goes in at `at`.
  const inserts: Array<{ at: number; copy: string; mode: DoubledClause['mode'] }> = [];
  const used = new Set<number>();
  for (let tries = 0; inserts.length < wanted && tries < wanted * 20 && all.length; tries++) {
    const si = Math.floor(rand() * all.length);
    if (used.has(si)) continue;
    const clauses = all[si];
    const ci = Math.floor(rand() * clauses.length);
    const c = clauses[ci];
    if (!usable(text, c)) continue;
    const mode: DoubledClause['mode'] = rand() < 0.5 || ci === clauses.length - 1 ? 'adjacent' : 'later';
    // Later: after one of the following clauses of the sentence.
    const after = mode === 'adjacent' ? c : clauses[ci + 1 + Math.floor(rand() * (clauses.length - ci - 1))];
    used.add(si);
    inserts.push({ at: after.end, copy: text.slice(c.start, c.end), mode });
  }
  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  const planted: DoubledClause[] = [];
  for (const x of inserts) {
    out += text.slice(last, x.at) + '，';
    const start = out.length;
    out += x.copy;
    planted.push({ start, end: out.length, mode: x.mode, context: '' });
    last = x.at;
  }
  out += text.slice(last);
  for (const p of planted)
    p.context =
      `${out.slice(Math.max(0, p.start - 30), p.start)}[${out.slice(p.start, p.end)}]${out.slice(p.end, p.end + 10)}`.replace(
        /\n/g,
        '⏎',
      );
  return { id, original: text, text: out, planted };
}
