// An edited document analysed with its caches (what the server does on every keystroke) finds
// exactly what a fresh parse and analysis of the same text finds: edit after edit, on the samples.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  AnalysisCaches,
  analyze,
  DEFAULT_OPTIONS,
  Finding,
  parseReport,
  RULES,
  RuleOptions,
} from '../../server/src/core';
import { segmenter } from '../helpers';

const SAMPLES = path.resolve(__dirname, '..', 'fixtures', 'samples');
const text0 = ['drafts/half-year-summary-b.txt', 'drafts/leadership-review-a.txt', 'published/state-council-2016.txt']
  .map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'))
  .join('\n');
const options: RuleOptions = {
  ...DEFAULT_OPTIONS,
  rules: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity === 'off' ? 'hint' : r.defaultSeverity])),
};
const key = (fs: readonly Finding[]) =>
  fs.map((f) => JSON.stringify([f.ruleId, f.start, f.end, f.severity, f.message, f.fixes, f.related]));

/** Deterministic edits: insert a character, delete a few, copy a clause, break a line, join two. */
function edit(text: string, i: number): string {
  const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
  switch (i % 5) {
    case 0:
      return text.slice(0, at) + '的' + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 3);
    case 2:
      return text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
    case 3:
      return text.slice(0, at) + '\n' + text.slice(at);
    default: {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? text + '𠮷' : text.slice(0, nl) + '𠮷' + text.slice(nl + 1);
    }
  }
}

for (const format of ['plain', 'markdown'] as const) {
  test(`${format}: edit after edit, the document's caches give a fresh analysis's findings`, () => {
    const caches = new AnalysisCaches();
    let text = format === 'plain' ? text0 : text0.replace(/\n/g, '\r\n');
    let compared = 0;
    for (let i = 0; i < 12; i++) {
      if (i > 0) text = edit(text, i);
      const incremental = analyze(parseReport(text, { format, segmenter, caches }), options, { caches });
      const fresh = analyze(parseReport(text, { format, segmenter }), options);
      assert.deepEqual(incremental.failures, []);
      assert.deepEqual(key(incremental.findings), key(fresh.findings), `after edit ${i}`);
      compared += fresh.findings.length;
    }
    assert.ok(compared > 100, `compared ${compared} findings`);
  });
}
