import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, closeShells, combinableFixes, Finding } from '../../../server/src/core';

const remove = (text: string, part: string) => {
  const start = text.indexOf(part);
  return applyEdits(text, closeShells(text, [{ start, end: start + part.length, newText: '' }]));
};

test('fix-all removals take the brackets and the source label they would leave empty', () => {
  assert.equal(
    remove('坚持稳中求进（来源：【公众号：范文大全】），推动发展。', '【公众号：范文大全】'),
    '坚持稳中求进，推动发展。',
  );
  assert.equal(
    remove('坚持稳中求进（来源：【公众号：范文大全】），推动发展。', '来源：【公众号：范文大全】'),
    '坚持稳中求进，推动发展。',
  );
  assert.equal(remove('详见网站（www.example.cn）。', 'www.example.cn'), '详见网站。');
  // What is left beside the removal keeps its brackets.
  assert.equal(remove('（来源：新华社，公众号：范文大全）', '，公众号：范文大全'), '（来源：新华社）');
  assert.equal(remove('“推进推进”', '推进'), '“推进”');
  // Mismatched neighbours are no shell; insertions and replacements are untouched.
  assert.equal(remove('（甲【乙】', '乙'), '（甲');
  assert.equal(remove('甲（乙】丙', '乙'), '甲（】丙');
  assert.deepEqual(closeShells('（甲）', [{ start: 1, end: 2, newText: '乙' }]), [{ start: 1, end: 2, newText: '乙' }]);
  // 𠮷 and CRLF around: offsets stay UTF-16.
  assert.equal(remove('𠮷\r\n（来源：网络）𠮷', '网络'), '𠮷\r\n𠮷');
});

test('fix-all: of two clashing fixes, the one covering the other wins (a whole residue line over a tweak inside it)', () => {
  const text = '一、总体情况\n更多范文请关注公众号,回复“报告”领取。\n正文。';
  const line = { start: text.indexOf('更多'), end: text.indexOf('正文') };
  const comma = text.indexOf(',');
  const finding = (ruleId: string, start: number, end: number, newText: string): Finding => ({
    ruleId,
    severity: 'warning',
    message: ruleId,
    start,
    end,
    fixes: [{ title: ruleId, edits: [{ start, end, newText }], safe: true }],
  });
  // The tweak comes first in document order; the line removal still wins.
  const fixes = combinableFixes([
    finding('punctuation', comma, comma + 1, '，'),
    finding('copy-residue', line.start, line.end, ''),
  ]);
  assert.deepEqual(
    fixes.map((f) => f.title),
    ['copy-residue'],
  );
  assert.equal(
    applyEdits(
      text,
      fixes.flatMap((f) => f.edits),
    ),
    '一、总体情况\n正文。',
  );
  // Two that merely overlap: the first stays, the other waits for the next round.
  const a = finding('a', 0, 3, 'x');
  const b = finding('b', 2, 5, 'y');
  assert.deepEqual(
    combinableFixes([a, b]).map((f) => f.title),
    ['a'],
  );
});
