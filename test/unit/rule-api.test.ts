import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addTokens,
  AnalysisCaches,
  analyze,
  DEFAULT_OPTIONS,
  defineRule,
  getQuickFixes,
  LineIndex,
  parseReport,
  RULES,
  translator,
} from '../../server/src/core';
import { parse, segmenter } from '../helpers';

const echo = defineRule({
  id: 'test-echo',
  name: { 'zh-cn': '回声', en: 'Echo' },
  doc: { 'zh-cn': '测试用', en: 'for tests' },
  tags: ['fixable'],
  defaultSeverity: 'warning',
  needsTokens: false,
  messages: { found: { zh: '发现「{0}」', en: 'Found "{0}"' } },
  check(model, ctx) {
    // @ts-expect-error: a key the rule does not have is a compile error
    if (model.text === '') ctx.t('missing');
    for (const m of model.text.matchAll(/某某/g)) {
      const span = { start: m.index!, end: m.index! + 2 };
      ctx.report(
        span,
        'found',
        [m[0]],
        [
          ctx.fix.replace(span, '张三', { safe: true }),
          ctx.fix.remove(span),
          ctx.fix.insert(span.start, '【', { title: '加括号' }),
        ],
      );
    }
  },
});

test('ctx.report and the fix builders: messages in the locale, default titles from one table, safe only when asked', () => {
  const run = (locale: 'zh-cn' | 'en') =>
    analyze(parseReport('请某某同志发言。'), { ...DEFAULT_OPTIONS, locale }, { rules: [echo] }).findings;
  const [zh] = run('zh-cn');
  assert.equal(zh.message, '发现「某某」');
  assert.deepEqual(
    zh.fixes.map((f) => [f.title, f.safe, f.edits]),
    [
      ['改为「张三」', true, [{ start: 1, end: 3, newText: '张三' }]],
      ['删除「某某」', false, [{ start: 1, end: 3, newText: '' }]],
      ['加括号', false, [{ start: 1, end: 1, newText: '【' }]],
    ],
  );
  assert.deepEqual(
    run('en')[0].fixes.map((f) => f.title),
    ['Change to "张三"', 'Delete "某某"', '加括号'],
  );
});

test('analyze: fresh caches per call unless given; a document keeps its own', () => {
  const caches = new AnalysisCaches();
  const text = '一、总体情况\n今年完成投资*万元，同比增长XX%。\n';
  const cold = analyze(parse(text), DEFAULT_OPTIONS).findings;
  const warm1 = analyze(parse(text), DEFAULT_OPTIONS, { caches }).findings;
  const warm2 = analyze(parse(text), DEFAULT_OPTIONS, { caches }).findings;
  assert.ok(cold.some((f) => f.ruleId === 'missing-number'));
  assert.deepEqual(warm1, cold);
  assert.deepEqual(warm2, cold);
  assert.ok(caches.memo('missing-number') === caches.memo('missing-number'));
  caches.dispose();
  assert.equal(caches.memo<unknown>('missing-number').get('', 'x'), undefined);
});

test('addTokens returns a new model and leaves the one passed in as it was', () => {
  const model = parseReport('今年完成投资万元。\n');
  assert.equal(model.segmented, false);
  const tokened = addTokens(model, segmenter);
  assert.notEqual(tokened, model);
  assert.equal(tokened.segmented, true);
  assert.equal(model.segmented, false);
  assert.equal(model.paragraphs[0].tokens, undefined);
  assert.ok(tokened.paragraphs[0].tokens!.length > 0);
});

test("code-action titles name the rule, in the user's language", () => {
  const text = '一、甲\n1、乙\n1、丙\n';
  const findings = analyze(parse(text), DEFAULT_OPTIONS).findings.filter((f) => f.ruleId === 'heading-marker');
  assert.equal(findings.length, 2);
  for (const [locale, fixAll, disable] of [
    ['zh-cn', '修复本文件中所有“序号格式”问题', '在工作区停用规则“序号格式”'],
    ['en', 'Fix all "Heading marker" problems in this file', 'Turn off rule "Heading marker" for the workspace'],
  ] as const) {
    const ctx = {
      uri: 'file:///r.txt',
      version: 1,
      index: new LineIndex(text),
      locale,
      t: translator(locale),
      ignoreEntry: () => ({ rule: '', text: '' }),
    };
    const titles = getQuickFixes(findings, findings[0], ctx).map((a) => a.title);
    assert.ok(titles.includes(fixAll), titles.join(' | '));
    assert.ok(titles.includes(disable), titles.join(' | '));
  }
  assert.ok(RULES.every((r) => r.name['zh-cn'] && r.name.en));
});
