// Part-of-speech tags without nodejieba.tag: the tag of a word is a dictionary lookup (what cppjieba's
// PosTagger does after cutting), so the worker cuts (`cut(text, true)`, the same segmentation `tag`
// uses) and looks the tags up here. `tag` builds a pair of strings per word on the native side and
// costs 2–3× a cut; the lookup costs little. The table follows cppjieba's loading exactly: the main
// dictionary (`word freq tag`), then user dictionaries (`word`, `word tag` or `word freq tag`), a later
// entry replacing an earlier one; a word without a tag gets cppjieba's rule for unknown words.
// Kept in typed arrays over the dictionaries' own text (about 15 MB for jieba's 350,000 words, against
// 60 MB as a Map), built without a string per line: building it must not raise the worker's peak memory.

import * as fs from 'fs';

export class TagTable {
  /** The dictionaries' text, kept: an entry's word is a stretch of it (no string per word). */
  private readonly sources: string[] = [];
  private source = new Uint8Array(1024);
  private offset = new Int32Array(1024);
  private length = new Int32Array(1024);
  private tagOf = new Uint8Array(1024);
  private readonly tagNames: string[] = [];
  private readonly tagIds = new Map<string, number>();
  private slots = new Int32Array(1 << 20);
  private mask = (1 << 20) - 1;
  private size = 0;

  /** Reads the dictionaries in cppjieba's order: the main one first, then the user dictionaries. */
  constructor(mainDict: string, userDicts: readonly string[]) {
    this.load(fs.readFileSync(mainDict, 'utf8'), true);
    for (const file of userDicts) this.load(fs.readFileSync(file, 'utf8'), false);
  }

  /** The tag the dictionaries give `word`, or cppjieba's tag for a word they do not know. */
  tag(word: string): string {
    const e = this.find(fnv1a(word, 0, word.length), word, 0, word.length);
    const tag = e > 0 ? this.tagNames[this.tagOf[e - 1]] : '';
    return tag === '' ? unknownWordTag(word) : tag;
  }

  /** Adds each line's word and tag: `word freq tag` in the main dictionary; `word`, `word tag` or `word freq tag` in a user one. */
  private load(text: string, main: boolean): void {
    const src = this.sources.push(text) - 1;
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const next = end + 1;
      // cppjieba splits at every space and drops one empty field after a last space.
      if (end > start && text.charCodeAt(end - 1) === 32 && end - 1 > start) end--;
      const a = text.indexOf(' ', start);
      const b = a < 0 || a >= end ? -1 : text.indexOf(' ', a + 1);
      const c = b < 0 || b >= end ? -1 : text.indexOf(' ', b + 1);
      const fields = a < 0 || a >= end ? 1 : b < 0 || b >= end ? 2 : c < 0 || c >= end ? 3 : 4;
      const wordEnd = fields === 1 ? end : a;
      if (end > start && (main ? fields === 3 : fields <= 3)) {
        const tag = fields === 1 ? '' : text.slice((fields === 2 ? a : b) + 1, end);
        this.add(src, start, wordEnd - start, tag);
      }
      start = next;
    }
  }

  private add(src: number, at: number, len: number, tag: string): void {
    if (len === 0) return;
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      this.tagIds.set(tag, (id = this.tagNames.length));
      this.tagNames.push(tag);
    }
    const text = this.sources[src];
    const found = this.find(fnv1a(text, at, len), text, at, len);
    if (found > 0) {
      this.tagOf[found - 1] = id; // a later entry replaces the earlier one, as in cppjieba's trie
      return;
    }
    if (this.size === this.offset.length) this.growEntries();
    const e = this.size++;
    this.source[e] = src;
    this.offset[e] = at;
    this.length[e] = len;
    this.tagOf[e] = id;
    this.slots[-found] = e + 1;
    if (this.size * 2 > this.mask) this.growSlots();
  }

  /** The entry (1-based) whose word is `s[at, at+len)` with hash `h`, or minus its free slot. */
  private find(h: number, s: string, at: number, len: number): number {
    let k = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const e = this.slots[k];
      if (e === 0) return -k;
      const i = e - 1;
      if (
        this.length[i] === len &&
        this.sources[this.source[i]].startsWith(
          at === 0 && len === s.length ? s : s.slice(at, at + len),
          this.offset[i],
        )
      )
        return e;
      k = (k + 1) & this.mask;
    }
  }

  private growEntries(): void {
    const n = this.offset.length * 2;
    const grow = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.source = grow(this.source, (k) => new Uint8Array(k));
    this.offset = grow(this.offset, (k) => new Int32Array(k));
    this.length = grow(this.length, (k) => new Int32Array(k));
    this.tagOf = grow(this.tagOf, (k) => new Uint8Array(k));
  }

  private growSlots(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    for (let e = 0; e < this.size; e++) {
      const text = this.sources[this.source[e]];
      const h = fnv1a(text, this.offset[e], this.length[e]);
      let k = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[k] !== 0) k = (k + 1) & this.mask;
      this.slots[k] = e + 1;
    }
  }
}

/**
 * cppjieba's tag for a word not in the dictionaries: `x` without ASCII, `m` when the ASCII looked at
 * is all digits, else `eng` (it stops counting at half the word's characters).
 */
export function unknownWordTag(word: string): string {
  const chars = Array.from(word);
  const half = Math.floor(chars.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < chars.length && ascii < half; i++) {
    const c = chars[i].codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/** The 32-bit FNV-1a hash of `s[at, at+len)` (UTF-16 code units), the tag table's key. */
function fnv1a(s: string, at: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + len; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
