// Tags by lookup after a cut (what the segmenter does) against nodejieba.tag itself: the same words
// and the same tags, paragraph by paragraph, on every sample and with user dictionaries.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseReport } from '../../../server/src/core';
import { loadJieba } from '../../../server/src/host/segmenter';
import { unknownWordTag } from '../../../server/src/host/tagger';

const SAMPLES = path.resolve(__dirname, '..', '..', 'fixtures', 'samples');
const native = () => require('nodejieba') as { tag(text: string): Array<{ word: string; tag: string }> };

function samples(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(SAMPLES))
    for (const f of fs.readdirSync(path.join(SAMPLES, dir)).sort())
      out.push(fs.readFileSync(path.join(SAMPLES, dir, f), 'utf8'));
  return out;
}

/** Paragraphs where the two paths differ (none expected), and how many tokens were compared. */
function compare(jieba: ReturnType<typeof loadJieba>, texts: readonly string[]): { differ: string[]; tokens: number } {
  const differ: string[] = [];
  let tokens = 0;
  for (const text of texts) {
    for (const p of parseReport(text).paragraphs) {
      const ours = jieba.tag(p.text);
      const theirs = native().tag(p.text);
      tokens += theirs.length;
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(p.text.slice(0, 30));
    }
  }
  return { differ, tokens };
}

test('the samples: every word and tag as nodejieba.tag gives them', () => {
  const jieba = loadJieba();
  const { differ, tokens } = compare(jieba, samples());
  assert.ok(tokens > 10_000, `compared ${tokens} tokens`);
  assert.deepEqual(differ, []);
});

test('odd text: Latin, digits, 𠮷, a lone surrogate, CRLF, blanks', () => {
  const jieba = loadJieba();
  const { differ, tokens } = compare(jieba, [
    'GDP增长6.5%，a、5、x1、AB12、𠮷祥如意，\ud842 坏字。\r\n　　全年完成投资1.2万亿元，CPI上涨2%。',
  ]);
  assert.ok(tokens > 10);
  assert.deepEqual(differ, []);
});

test('user dictionaries: words without a tag, with a tag, with a frequency, and a tag replaced', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-tagger-'));
  const dict = path.join(dir, 'team.dict.utf8');
  // 发展 is in jieba's dictionary as vn: a later entry replaces its tag.
  fs.writeFileSync(dict, '放管服\n一网通办 nz\n最多跑一次 10 l\n发展 n\n');
  try {
    const jieba = loadJieba([dict]);
    const text = '深化放管服改革，推进一网通办，落实最多跑一次，推动高质量发展。';
    const { differ } = compare(jieba, [text, ...samples().slice(0, 2)]);
    assert.deepEqual(differ, []);
    const tags = Object.fromEntries(jieba.tag(text).map((t) => [t.word, t.tag]));
    assert.equal(tags['一网通办'], 'nz');
    assert.equal(tags['发展'], 'n');
    assert.equal(tags['放管服'], 'x');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('unknown words: cppjieba looks at ASCII in the first half only', () => {
  assert.equal(unknownWordTag('的'), 'x');
  assert.equal(unknownWordTag('5'), 'x');
  assert.equal(unknownWordTag('12'), 'm');
  assert.equal(unknownWordTag('ab'), 'eng');
  assert.equal(unknownWordTag('1a'), 'm');
  assert.equal(unknownWordTag('𠮷𠮷'), 'x');
});
