// The slot rules on the sample drafts: every labelled blank (a mask, 某某) is found by one of them and
// nothing else is, and marking all blanks of a draft (what the command does: every slot's placeholder
// fix) adds no finding. (The published samples are reports of the corpus's measured part: they are
// measured by npm run bench:accuracy, not tuned on here.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, Finding } from '../../../server/src/core';
import { check } from '../../helpers';

const samples = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const read = (dir: string) =>
  fs
    .readdirSync(path.join(samples, dir))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(samples, dir, f), 'utf8') }));
const slots = (text: string): Finding[] => [...check(text, 'missing-number'), ...check(text, 'placeholder')];
const LABELLED = /[*＊]+|[Xx]{2,}|(?<=[\p{Script=Han}0-9])[Xx](?=[\p{Script=Han}%％])|×+|[○〇□]{2,}|_{2,}|＿+|某某/gu;

/**
 * Notes on unlabelled text the shipped threshold is known to give (measured, not tuned away: the
 * threshold was chosen on the tune part; 到人 after a verb is a count as often as not in complete text).
 */
const KNOWN_NOTES = ['style-campaign-c.txt: 缺少数字：「确保责任落实层层传导到▢人」'];

test('slot rules: every labelled blank of the sample drafts is found, and only those', () => {
  const notes: string[] = [];
  for (const { name, text } of read('drafts')) {
    const found = slots(text);
    const labels = [...text.matchAll(LABELLED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    assert.ok(labels.length > 10, name);
    for (const l of labels)
      assert.ok(
        found.some((f) => f.start <= l.start && l.end <= f.end),
        `${name}: ${text.slice(Math.max(0, l.start - 8), l.end + 8)}`,
      );
    for (const f of found) {
      if (labels.some((l) => f.start <= l.start && l.end <= f.end)) continue;
      // No warning falls on unlabelled text; a note only where listed above.
      assert.equal(f.severity, 'information', `${name}: ${f.message}`);
      notes.push(`${name}: ${f.message}`);
    }
  }
  assert.deepEqual(notes, KNOWN_NOTES);
});

test('slot rules: marking all blanks of a sample draft adds no finding', () => {
  for (const { name, text } of read('drafts')) {
    const before = slots(text);
    const edits = before
      .flatMap((f) => f.fixes.find((x) => x.safe)?.edits ?? [])
      .sort((a, b) => a.start - b.start)
      .filter((e, i, all) => i === 0 || e.start >= all[i - 1].end);
    const marked = applyEdits(text, edits);
    assert.ok(marked.length > text.length, name);
    const seen = new Set(before.map((f) => `${f.ruleId}|${f.message}`));
    for (const f of slots(marked)) {
      // The marked blanks themselves stay listed (information, no safe fix).
      if (f.ruleId === 'placeholder' && f.severity === 'information') continue;
      assert.ok(seen.has(`${f.ruleId}|${f.message}`), `${name}: ${f.message}`);
    }
  }
});
