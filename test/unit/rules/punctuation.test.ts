import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinableFixes, fixAll } from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'punctuation';
const fixed = (text: string) => fixAll(text, (t) => check(t, RULE)).text;

test('punctuation: must-find, with the exact covered text and the fixed text', () => {
  // [text, covered, text after fix-all (safe fixes only)]
  const cases: Array<[string, string[], string]> = [
    ['坚持稳中求进,推动发展', [','], '坚持稳中求进，推动发展'],
    ['主要做法:一是加强学习;二是转变作风', [':', ';'], '主要做法：一是加强学习；二是转变作风'],
    ['以优异成绩迎接胜利召开!', ['!'], '以优异成绩迎接胜利召开！'],
    ['怎么办?要靠改革', ['?'], '怎么办？要靠改革'],
    ['增长5%,同比提高', [','], '增长5%，同比提高'],
    ['会议时间:8:30', [':'], '会议时间：8:30'],
    ['详见附件(工作方案)。', ['(', ')'], '详见附件（工作方案）。'],
    ['（见附件)', [')'], '（见附件）'],
    ['他说"四个意识"很重要', ['"四个意识"'], '他说“四个意识”很重要'],
    ['做到"两个维护",坚定"四个自信"', ['"两个维护"', ',', '"四个自信"'], '做到“两个维护”，坚定“四个自信”'],
    ['学习强国、共产党员网、……等平台', ['……等'], '学习强国、共产党员网等平台'],
    ['学习...领会', ['...'], '学习……领会'],
    ['贯彻。。。落实', ['。。。'], '贯彻……落实'],
    ['贯彻…落实', ['…'], '贯彻……落实'],
    ['学习···领会', ['···'], '学习……领会'],
    ['完成任务，，确保质量', ['，，'], '完成任务，确保质量'],
    ['确保质量。。', ['。。'], '确保质量。'],
    ['质量、、效果', ['、、'], '质量、效果'],
  ];
  for (const [text, want, after] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.equal(fixed(text), after, text);
    assert.deepEqual(combinableFixes(check(after, RULE)), [], after);
  }
});

test('punctuation: found without a safe fix (a guess is offered, or nothing)', () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ['“两个确立“的决定性意义', ['“'], '“两个确立”的决定性意义'],
    ['”四个意识”', ['”'], '“四个意识”'],
    ['他说"四个意识很重要', ['"'], '他说“四个意识很重要'],
    ['学习《中国共产党章程', ['《'], undefined],
    ['学习中国共产党章程》', ['》'], undefined],
    ['（一）加强领导（方案另发', ['（'], undefined],
    ['完成任务，。', ['，。'], '完成任务。'],
  ];
  for (const [text, want, guess] of cases) {
    const found = check(text, RULE);
    assert.deepEqual(covered(text, found), want, text);
    assert.ok(
      found.every((f) => f.fixes.every((x) => !x.safe)),
      text,
    );
    assert.equal(found[0].fixes.length ? applyFix(text, found[0]) : undefined, guess, text);
  }
});

test('punctuation: must-not-find: URLs, English, decimals, times, PM2.5, code, list markers, pairs across a wrapped line', () => {
  const cases = [
    '访问https://www.gov.cn/a,b;c:d?e=1(x)查看。',
    '登录www.gov.cn/zhengce?id=1查询，或发邮件至a.b@gov.cn。',
    'Hello, world; ok: yes! (fine)',
    '会议于8:30召开，比例为1:1000。',
    'PM2.5浓度下降3.5%，达到2.5微克。',
    '细颗粒物(PM2.5)浓度下降。',
    '学习强国、共产党员网等平台……',
    '“四个意识”、“四个自信”、“两个维护”',
    '1）加强领导；2）压实责任。',
    '（一）坚持理论武装',
    '(三)严守政治纪律',
    '目录\n一、总体情况…………………………3',
    '提出“坚持\n稳中求进”的总基调。',
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
  const md = '# 报告\n\n使用 `a,b;c:d` 与 `"x"` 配置，见代码：\n\n```\n中文,半角;标点:不查!\n```\n';
  assert.deepEqual(covered(md, check(md, RULE)), []);
});

test('punctuation: CRLF and 𠮷 keep offsets right; straight quotes pair per paragraph', () => {
  const text = '𠮷𠮷报告\r\n𠮷说"𠮷",好\r\n"𠮷"...等';
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), ['"𠮷"', ',', '"𠮷"', '...等']);
  assert.equal(fixed(text), '𠮷𠮷报告\r\n𠮷说“𠮷”，好\r\n“𠮷”等');
  assert.equal(
    check('甲,乙', RULE, { locale: 'en' })[0].message,
    'Use the full-width mark “，” in Chinese text, not the half-width “,”',
  );
});

test('punctuation: 〈 〉 pair; a lone 〉 is reported without throwing', () => {
  assert.deepEqual(check('依照〈条例〉执行。', RULE), []);
  const found = check('依照条例〉执行。', RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].start, '依照条例'.length);
});
