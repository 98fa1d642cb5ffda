import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt } from '../../server/src/core/text';
import { slotExcerpt } from '../../server/src/core/lib/slots/text';

test('excerpt: cut near a clause mark, never with an opener whose closer is cut off, never inside a surrogate pair', () => {
  assert.equal(excerpt('短句'), '短句');
  // The closer just past the cut is kept; the pair is whole.
  assert.equal(
    excerpt('更多精彩范文请关注微信公众号，回复“报告”免费领取。'),
    '更多精彩范文请关注微信公众号，回复“报告”…',
  );
  // An opener far from its closer is left out rather than left open.
  assert.equal(
    excerpt('项目推进情况良好，总投资【这里是一段很长很长很长很长的待填内容】亿元'),
    '项目推进情况良好，总投资…',
  );
  // A clause mark among the last characters: the cut falls there.
  assert.equal(excerpt('项目【待填】个，总投资【待填】亿元，项目【待填】个'), '项目【待填】个，总投资【待填】亿元…');
  assert.equal(excerpt('𠮷'.repeat(25)), '𠮷'.repeat(20) + '…');
  for (const s of [
    '（来源：【公众号：范文大全，欢迎转载分享】）',
    '“一二三四五六七八九十一二三四五六七八九十一二三”之后还有很多',
    '一二三四五六七八九十一二三四五六七八九十《一二三》',
  ]) {
    const e = excerpt(s);
    for (const [o, c] of [
      ['“', '”'],
      ['（', '）'],
      ['【', '】'],
      ['《', '》'],
    ])
      assert.equal(e.split(o).length, e.split(c).length, `${e}: ${o}${c} unbalanced`);
  }
});

test('slotExcerpt: goes on to the clause end when it is near, so a word is not cut', () => {
  const text = 'XX同志任职以来表现突出。';
  assert.equal(slotExcerpt(text, 0, 2), '▢同志任职以来表现突出');
  const long = '全年开展专题调研次以及其他各项很长很长很长的工作';
  const at = long.indexOf('次');
  // The start of the text is near: all of it before; no clause end in reach after: five characters.
  assert.equal(slotExcerpt(long, at, at), '全年开展专题调研▢次以及其他');
});
