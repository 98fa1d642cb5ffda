// The tune part of the corpus, segmented once, register by register (national reports, provincial
// reports, laws, news; nodejieba with its HMM, so that words missing from its dictionary, 文旅 or 实训,
// are counted too: the text is published and clean, so what the HMM joins are words; the tagged
// corpus keeps its hand segmentation), for the tables that count words. Cached in the OS temp folder,
// keyed by the corpus files' sizes and the fingerprint of this module's code (the segmenter, its
// dictionaries, the split: see _sources.ts), so a tokeniser change is seen.

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CORPUS_DIR, corpusDocuments, corpusFiles, Kind, KINDS, taggedSentences } from '../corpus';
import { loadJieba } from '../../server/src/host/segmenter';
import { moduleSources } from './_sources';

/** One line of the tune part: its register and its space-separated tokens (a text line break starts a new line). */
export interface TokenLine {
  kind: Kind;
  tokens: string;
}

let kept: TokenLine[] | undefined;

/** Every line of every register's tune part, segmented (made once per process, cached on disk). */
export function tuneTokens(): TokenLine[] {
  if (kept) return kept;
  const files = corpusFiles('tune');
  const key = crypto
    .createHash('sha1')
    .update(files.map((f) => `${f.name}:${fs.statSync(path.join(CORPUS_DIR, f.name)).size}`).join('\n'))
    .update(JSON.stringify(moduleSources('scripts/stats/_tokens.ts')))
    .digest('hex')
    .slice(0, 12);
  const cache = path.join(os.tmpdir(), `gongwen-tune-tokens-registers-${key}.txt`);
  if (fs.existsSync(cache)) {
    return (kept = fs
      .readFileSync(cache, 'utf8')
      .split('\n')
      .map((l) => ({ kind: l.slice(0, l.indexOf('\t')) as Kind, tokens: l.slice(l.indexOf('\t') + 1) })));
  }
  const jieba = loadJieba() as unknown as { cut(s: string, hmm: boolean): string[] };
  const out: TokenLine[] = [];
  for (const doc of corpusDocuments(
    'tune',
    KINDS.filter((k) => k !== 'tagged'),
  )) {
    for (const line of doc.text.split('\n'))
      if (line.trim())
        out.push({
          kind: doc.file.kind,
          tokens: jieba
            .cut(line.trim(), true)
            .filter((t) => t.trim())
            .join(' '),
        });
  }
  for (const sentence of taggedSentences()) out.push({ kind: 'tagged', tokens: sentence.map((t) => t.word).join(' ') });
  fs.writeFileSync(cache + '.tmp', out.map((l) => `${l.kind}\t${l.tokens}`).join('\n'));
  fs.renameSync(cache + '.tmp', cache);
  return (kept = out);
}

/** Every line of the tune part as space-separated tokens, all registers together. */
export function tuneTokenLines(): string[] {
  return tuneTokens().map((l) => l.tokens);
}

/** True for a token of Han characters only. */
export const isHan = (w: string): boolean => /^[\u4e00-\u9fff]+$/.test(w);
