// A peer: autocorrect-node (a Rust linter for CJK spacing and punctuation) linting the same text.

import { analyze, parseReport, Segmenter } from '../server/src/core';
import { loadJieba } from '../server/src/host/segmenter';
import { allRulesOn } from './analysis';
import { ms, since, textOf } from './corpus';

/** Times autocorrect's lintFor and our whole analysis on the same text; best of `runs`. */
export function benchPeer(chars = 200_000, runs = 3): string[] {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const autocorrect = require('autocorrect-node') as { lintFor(text: string, file: string): { lines: unknown[] } };
  const text = textOf(chars);
  const jieba = loadJieba();
  const segmenter: Segmenter = (t) => jieba.tag(t);
  const options = allRulesOn();
  let peer = Infinity;
  let ours = Infinity;
  let peerFindings = 0;
  let ourFindings = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    peerFindings = autocorrect.lintFor(text, 'report.txt').lines.length;
    peer = Math.min(peer, since(t0));
    t0 = performance.now();
    ourFindings = analyze(parseReport(text, { segmenter }), options).findings.length;
    ours = Math.min(ours, since(t0));
  }
  return [
    `peer on ${text.length} chars: autocorrect-node lintFor ${ms(peer)} (${peerFindings} lines flagged); gongwen analysis ${ms(ours)} (${ourFindings} findings)`,
    `  gongwen / autocorrect: ${(ours / peer).toFixed(2)}×`,
  ];
}

if (require.main === module) console.log(benchPeer().join('\n'));
