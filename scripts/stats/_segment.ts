// The segmenter as the rules see it (nodejieba through host/segmenter.ts: cut with the HMM, tags by
// dictionary lookup), for table builders that count words and tags, with the tokens of every text
// asked kept in the OS temp folder: building a table again (the stale-table test does) segments only
// what is new. The cache is keyed by the dictionaries' content, so a change of tokeniser starts afresh.

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadJieba, userDictPath } from '../../server/src/host/segmenter';
import type { TaggedSpan } from '../../server/src/core/lib/slots/context';

const FIELD = '\u0001';
const WORD = '\u0002';

/** A segmenter with a persistent cache: `tag(text)` gives tokens with offsets into `text`; `save()` writes what is new. */
export interface CachedTagger {
  tag(text: string): TaggedSpan[];
  save(): void;
}

/** The cache file for the dictionaries nodejieba loads now. */
function cacheFile(): string {
  const dicts = [(require('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT, userDictPath()];
  const hash = crypto.createHash('sha1');
  for (const d of dicts) hash.update(fs.existsSync(d) ? fs.readFileSync(d) : d);
  return path.join(os.tmpdir(), `gongwen-tags-${hash.digest('hex').slice(0, 12)}.txt`);
}

/** The tagger, its cache read from the temp folder. */
export function cachedTagger(): CachedTagger {
  const file = cacheFile();
  const known = new Map<string, string>();
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const cut = line.indexOf(FIELD);
      if (cut > 0) known.set(line.slice(0, cut), line.slice(cut + 1));
    }
  }
  const fresh: string[] = [];
  let jieba: ReturnType<typeof loadJieba> | undefined;
  return {
    tag(text) {
      let entry = known.get(text);
      if (entry === undefined) {
        jieba ??= loadJieba();
        const tagged = jieba.tag(text);
        entry = tagged.map((t) => t.word).join(WORD) + FIELD + tagged.map((t) => t.tag).join(' ');
        known.set(text, entry);
        // Texts with a line break or the separators cannot be keys of a line-based cache: segmented each time.
        if (!/[\n\u0001\u0002]/.test(text)) fresh.push(text + FIELD + entry);
      }
      const cut = entry.indexOf(FIELD);
      const words = entry.slice(0, cut).split(WORD);
      const tags = entry.slice(cut + 1).split(' ');
      return place(
        text,
        words.map((word, i) => ({ word, tag: tags[i] ?? 'x' })),
      );
    },
    save() {
      if (fresh.length) fs.appendFileSync(file, fresh.join('\n') + '\n');
      fresh.length = 0;
    },
  };
}

/** Words placed in order in the text they came from (as the parser places them). */
function place(text: string, words: Array<{ word: string; tag: string }>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let at = 0;
  for (const w of words) {
    if (!w.word) continue;
    const start = text.startsWith(w.word, at) ? at : text.indexOf(w.word, at);
    if (start < 0 || start - at > 32) continue;
    out.push({ start, end: start + w.word.length, word: w.word, tag: w.tag });
    at = start + w.word.length;
  }
  return out;
}
