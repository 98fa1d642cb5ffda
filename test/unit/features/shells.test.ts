import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, closeShells } from '../../../server/src/core';

const remove = (text: string, part: string) => {
  const start = text.indexOf(part);
  return applyEdits(text, closeShells(text, [{ start, end: start + part.length, newText: '' }]));
};

test('fix-all removals take the brackets and the source label they would leave empty', () => {
  assert.equal(remove('坚持稳中求进（来源：【公众号：范文大全】），推动发展。', '【公众号：范文大全】'), '坚持稳中求进，推动发展。');
  assert.equal(remove('坚持稳中求进（来源：【公众号：范文大全】），推动发展。', '来源：【公众号：范文大全】'), '坚持稳中求进，推动发展。');
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
