// Part-of-speech tags without nodejieba.tag: the tag of a word is a dictionary lookup (what cppjieba's
// PosTagger does after cutting), so the worker cuts (`cut(text, true)`, the same segmentation `tag`
// uses) and looks the tags up here. `tag` builds a pair of strings per word on the native side and
// costs 2–3× a cut; the lookup costs little. The table follows cppjieba's loading exactly: the main
// dictionary (`word freq tag`), then user dictionaries (`word`, `word tag` or `word freq tag`), a later
// entry replacing an earlier one; a word without a tag gets cppjieba's rule for unknown words.
// Kept in typed arrays and one string (about 15 MB for jieba's 350,000 words, against 60 MB as a Map).

import * as fs from 'fs';

export class TagTable {
  private words: string[] = [];
  private blob = '';
  private readonly offsets: Int32Array;
  private readonly tagOf: Uint8Array;
  private readonly tagNames: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Reads the dictionaries in cppjieba's order: the main one first, then the user dictionaries. */
  constructor(mainDict: string, userDicts: readonly string[]) {
    const entries: Array<[string, string]> = [];
    for (const line of fs.readFileSync(mainDict, 'utf8').split('\n')) {
      const f = fields(line);
      if (f.length === 3) entries.push([f[0], f[2]]);
    }
    for (const file of userDicts) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (line.length === 0) continue;
        const f = fields(line);
        if (f.length === 1) entries.push([f[0], '']);
        else if (f.length === 2) entries.push([f[0], f[1]]);
        else if (f.length === 3) entries.push([f[0], f[2]]);
      }
    }
    let size = 1024;
    while (size < entries.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.offsets = new Int32Array(entries.length + 1);
    this.tagOf = new Uint8Array(entries.length);
    const tagIds = new Map<string, number>();
    let n = 0;
    let length = 0;
    for (const [word, tag] of entries) {
      if (word.length === 0) continue;
      let id = tagIds.get(tag);
      if (id === undefined) {
        tagIds.set(tag, (id = this.tagNames.length));
        this.tagNames.push(tag);
      }
      const found = this.find(word, true);
      if (found >= 0) {
        this.tagOf[found] = id; // a later entry replaces the earlier one, as in cppjieba's trie
        continue;
      }
      this.slots[-found - 1] = n + 1;
      this.words.push(word);
      this.tagOf[n] = id;
      length += word.length;
      this.offsets[++n] = length;
    }
    this.blob = this.words.join('');
    this.words = [];
  }

  /** The tag the dictionaries give `word`, or cppjieba's tag for a word they do not know. */
  tag(word: string): string {
    const i = this.find(word, false);
    const tag = i >= 0 ? this.tagNames[this.tagOf[i]] : '';
    return tag === '' ? unknownWordTag(word) : tag;
  }

  /** The entry of `word`, or -(free slot + 1). While building, words are compared in `words`. */
  private find(word: string, building: boolean): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    let k = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const e = this.slots[k];
      if (e === 0) return -k - 1;
      const i = e - 1;
      const same = building
        ? this.words[i] === word
        : this.offsets[i + 1] - this.offsets[i] === word.length && this.blob.startsWith(word, this.offsets[i]);
      if (same) return i;
      k = (k + 1) & this.mask;
    }
  }
}

/** A dictionary line's fields as cppjieba splits them: at each space, no empty field after a last space. */
function fields(line: string): string[] {
  const f = line.split(' ');
  if (f.length > 1 && f[f.length - 1] === '') f.pop();
  return f;
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
