// The tune part of the corpus, segmented once (nodejieba with its HMM, so that words missing from
// its dictionary, 文旅 or 实训, are counted too: the text is published and clean, so what the HMM
// joins are words; the tagged corpus keeps its hand segmentation), for the tables that count words.
// Cached in the OS temp folder, keyed by the corpus files' sizes and the fingerprint of this module's
// code (the segmenter, its dictionaries, the split: see _sources.ts), so a tokeniser change is seen.

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CORPUS_DIR, corpusDocuments, corpusFiles, taggedSentences } from '../corpus';
import { loadJieba } from '../../server/src/host/segmenter';
import { moduleSources } from './_sources';

/** Every document of the tune part as one line of space-separated tokens (a text line break starts a new line). */
export function tuneTokenLines(): string[] {
  const files = corpusFiles('tune');
  const key = crypto
    .createHash('sha1')
    .update(files.map((f) => `${f.name}:${fs.statSync(path.join(CORPUS_DIR, f.name)).size}`).join('\n'))
    .update(JSON.stringify(moduleSources('scripts/stats/_tokens.ts')))
    .digest('hex')
    .slice(0, 12);
  const cache = path.join(os.tmpdir(), `gongwen-tune-tokens-hmm-${key}.txt`);
  if (fs.existsSync(cache)) return fs.readFileSync(cache, 'utf8').split('\n');
  const jieba = loadJieba() as unknown as { cut(s: string, hmm: boolean): string[] };
  const out: string[] = [];
  for (const doc of corpusDocuments('tune', ['report', 'news'])) {
    for (const line of doc.text.split('\n'))
      if (line.trim())
        out.push(
          jieba
            .cut(line.trim(), true)
            .filter((t) => t.trim())
            .join(' '),
        );
  }
  for (const sentence of taggedSentences()) out.push(sentence.map((t) => t.word).join(' '));
  fs.writeFileSync(cache, out.join('\n'));
  return out;
}

/** True for a token of Han characters only. */
export const isHan = (w: string): boolean => /^[\u4e00-\u9fff]+$/.test(w);
