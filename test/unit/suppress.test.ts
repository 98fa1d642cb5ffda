import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_OPTIONS, defineRule, Finding, ignoreEntryFor, parseReport } from '../../server/src/core';

// A rule that flags every 某某, so the test sees exactly what suppression removes.
const flagMouMou = defineRule({
  id: 'test-mm',
  name: { 'zh-cn': '某某', en: 'MouMou' },
  doc: { 'zh-cn': '', en: '' },
  tags: [],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages: { mm: { zh: 'mm', en: 'mm' } },
  check(model, ctx) {
    for (const m of model.text.matchAll(/某某/g)) ctx.report({ start: m.index!, end: m.index! + 2 }, 'mm');
  },
});
const lines = (text: string, findings: Finding[]) => findings.map((f) => text.slice(0, f.start).split('\n').length);
const run = (text: string, format: 'plain' | 'markdown' = 'markdown', ignore = DEFAULT_OPTIONS.ignore) =>
  analyze(parseReport(text, { format }), { ...DEFAULT_OPTIONS, ignore }, { rules: [flagMouMou] }).findings;

test('Markdown directives: disable/enable, per rule, next line', () => {
  const text = [
    '某某一', // 1
    '<!-- gongwen-disable -->',
    '某某三', // 3 off
    '<!-- gongwen-enable -->',
    '某某五', // 5
    '<!-- gongwen-disable-next-line -->',
    '某某七', // 7 off
    '某某八', // 8
    '<!-- gongwen-disable other-rule -->',
    '某某十', // 10 (another rule is off)
    '<!-- gongwen-disable test-mm -->',
    '某某十二', // 12 off to the end
  ].join('\n');
  assert.deepEqual(lines(text, run(text)), [1, 5, 8, 10]);
  // Plain text has no comments: nothing is suppressed.
  assert.equal(run(text, 'plain').length, 7);
});

test('ignore entries silence exactly one finding (same rule, text and context)', () => {
  const text = '一、𠮷工作\n第一处某某单位。\n第二处某某单位。';
  const model = parseReport(text);
  const all = run(text, 'plain');
  assert.equal(all.length, 2);
  const entry = ignoreEntryFor(model, all[1]);
  assert.deepEqual(entry, { rule: 'test-mm', text: '某某', context: '第二处某某单位。' });
  assert.deepEqual(lines(text, run(text, 'plain', [entry])), [2]);
  assert.equal(run(text, 'plain', [{ ...entry, rule: 'other' }]).length, 2);
  // Without context, every 某某 of the rule goes.
  assert.equal(run(text, 'plain', [{ rule: 'test-mm', text: '某某' }]).length, 0);
});
