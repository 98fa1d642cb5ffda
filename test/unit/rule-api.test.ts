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

test('a rule offering a fix without the fixable tag fails (its findings dropped, the failure named); with the tag it reports', () => {
  const untagged = { ...echo, tags: [] } as typeof echo;
  const a = analyze(parseReport('请某某同志发言。'), DEFAULT_OPTIONS, { rules: [untagged] });
  assert.deepEqual(a.findings, []);
  assert.deepEqual(
    a.failures.map((f) => [f.ruleId, String(f.error)]),
    [['test-echo', 'Error: test-echo offers a fix but is not tagged fixable']],
  );
  const b = analyze(parseReport('请某某同志发言。'), DEFAULT_OPTIONS, { rules: [echo] });
  assert.deepEqual([b.findings.length, b.failures], [1, []]);
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
  assert.ok(caches.memo('missing-number/paragraphs') === caches.memo('missing-number/paragraphs'));
  caches.dispose();
  assert.equal(caches.memo<unknown>('missing-number/paragraphs').get('', 'x'), undefined);
});

/** A rule that reports each paragraph once, at a severity it takes from the runner, and counts its calls. */
function counting() {
  const calls: string[] = [];
  const rule = defineRule({
    id: 'test-count',
    name: { 'zh-cn': '计数', en: 'Count' },
    doc: { 'zh-cn': '测试用', en: 'for tests' },
    tags: [],
    defaultSeverity: 'warning',
    needsTokens: false,
    reads: ['placeholder'],
    settings: { min: { default: 2, minimum: 1, doc: { 'zh-cn': '最少字数', en: 'fewest characters' } } },
    messages: { seen: { zh: '段落「{0}」（{1}）', en: 'Paragraph "{0}" ({1})' } },
    check(_model, ctx) {
      ctx.eachParagraph(
        (p) => {
          calls.push(p.text);
          // @ts-expect-error: an option the rule did not declare is not there
          if (ctx.options.fixedPhrases) throw new Error('undeclared option seen');
          const mild = ctx.severity === 'warning' ? 'information' : 'hint';
          if (p.text.length >= ctx.settings.min)
            ctx.report(p, 'seen', [p.text, ctx.options.placeholder], [], { severity: mild });
        },
        { around: 0 },
      );
    },
  });
  return { rule, calls };
}

test("the runner keeps each paragraph's findings by its text, severity, locale and declared options: an edit or a setting re-checks only what changed", () => {
  const { rule, calls } = counting();
  const caches = new AnalysisCaches();
  const run = (text: string, options = {}) =>
    analyze(parseReport(text), { ...DEFAULT_OPTIONS, ...options }, { rules: [rule], caches }).findings;
  const first = run('甲乙\n丙丁\n');
  assert.deepEqual(calls, ['甲乙', '丙丁']);
  assert.deepEqual(
    first.map((f) => [f.start, f.severity]),
    [
      [0, 'information'],
      [3, 'information'],
    ],
  );
  // One paragraph edited: one computed, the other moved along.
  const edited = run('甲乙戊\n丙丁\n');
  assert.deepEqual(calls.slice(2), ['甲乙戊']);
  assert.deepEqual(
    edited.map((f) => f.start),
    [0, 4],
  );
  // The severity changes what the rule reports (information → hint): nothing stale comes back.
  calls.length = 0;
  const hinted = run('甲乙戊\n丙丁\n', { rules: { 'test-count': 'hint' } });
  assert.deepEqual(calls, ['甲乙戊', '丙丁']);
  assert.deepEqual(
    hinted.map((f) => f.severity),
    ['hint', 'hint'],
  );
  // So do the locale, a declared option and the rule's own setting.
  for (const options of [{ locale: 'en' }, { placeholder: '［待填］' }, { settings: { 'test-count': { min: 3 } } }]) {
    calls.length = 0;
    const again = run('甲乙戊\n丙丁\n', options);
    assert.equal(calls.length, 2, JSON.stringify(options));
    if ('settings' in options)
      assert.deepEqual(
        again.map((f) => f.start),
        [0],
      );
    else assert.notEqual(again[0].message, edited[0].message);
  }
  // An undeclared option does not: the findings stay kept.
  calls.length = 0;
  run('甲乙戊\n丙丁\n', { fixedPhrases: ['甲乙'] });
  assert.deepEqual(calls, []);
});

test('a rule setting below its minimum, or of the wrong type, falls back to the declared default', () => {
  const { rule } = counting();
  const run = (min: unknown) =>
    analyze(parseReport('甲乙\n'), { ...DEFAULT_OPTIONS, settings: { 'test-count': { min } } }, { rules: [rule] })
      .findings.length;
  assert.equal(run(3), 0);
  assert.equal(run(0), 1);
  assert.equal(run('3'), 1);
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
