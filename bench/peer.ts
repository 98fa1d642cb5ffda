// A peer: autocorrect-node (a Rust linter for CJK spacing and punctuation, via napi) linting the same
// text as our whole first analysis (segmentation with tags + parse + every rule, memos off). Texts of
// 20k and 60k characters: on 200k autocorrect's parser stops with "call limit reached" and reports
// nothing, so its time there would mean nothing (the error is printed if it happens).

import { analyze, parseReport, Segmenter } from '../server/src/core';
import { loadJieba } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { allRulesOn } from './analysis';
import { measureText, ms, since } from './corpus';

interface Autocorrect {
  lintFor(text: string, file: string): { lines: unknown[]; error: string };
}

/** Times autocorrect's lintFor and our whole analysis on the same texts; best of `runs`. */
export function benchPeer(sizes = [20_000, 60_000], runs = 5): string[] {
  const autocorrect = require('autocorrect-node') as Autocorrect;
  const jieba = loadJieba();
  const segmenter: Segmenter = (t) => jieba.tag(t);
  const options = allRulesOn();
  autocorrect.lintFor('预热。', 'report.txt');
  const out: string[] = [];
  for (const chars of sizes) {
    const text = measureText(chars).text;
    let peer = Infinity;
    let ours = Infinity;
    let peerFlagged = 0;
    let peerError = '';
    let ourFindings = 0;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      const r = autocorrect.lintFor(text, 'report.txt');
      peer = Math.min(peer, since(t0));
      peerFlagged = r.lines.length;
      peerError = r.error;
      t0 = performance.now();
      ourFindings = analyze(parseReport(text, { segmenter }), options, { tables: corpusTables() }).findings.length;
      ours = Math.min(ours, since(t0));
    }
    out.push(
      `${text.length} chars: autocorrect-node lintFor ${ms(peer)} (${peerFlagged} lines flagged${peerError ? `; ERROR ${peerError.split('\n').pop()?.trim()}` : ''}); ` +
        `gongwen first analysis ${ms(ours)} (${ourFindings} findings, every rule on)  → gongwen / autocorrect ${(ours / peer).toFixed(2)}×`,
    );
  }
  return out;
}
