// What a regulation-shaped text looks like in the editor features: the outline nests chapters,
// articles and their items; folding follows the articles; tokens give the structure types of its
// own; the layout keeps the four GB/T 9704 heading levels for the report's own headings only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getDocumentSymbols,
  getFoldingRanges,
  getOutline,
  getSemanticTokens,
  getStats,
  layoutReport,
  LineIndex,
  OutlineNode,
  parseReport,
  TOKEN_TYPES,
} from '../../../server/src/core';

const REGULATION = [
  '某某市物业管理条例',
  '第一章 总则',
  '第一条 为了规范物业管理活动，维护业主的合法权益，制定本条例。',
  '第二条 业主享有下列权利：',
  '（一）按照物业服务合同的约定，接受服务；',
  '（二）提议召开业主大会会议。',
  '第二章 业主大会',
  '第三条 业主大会由全体业主组成。',
].join('\n');

/** A report quoting two articles inside its own （一）. */
const REPORT = [
  '关于修订物业管理条例的说明',
  '一、修订的主要内容',
  '（一）明确适用范围',
  '第二条 本条例适用于本市行政区域内的物业管理活动。',
  '（一）住宅小区；',
  '（二）商业楼宇。',
  '（二）完善业主大会制度',
  '二、需要说明的问题',
].join('\n');

const names = (nodes: OutlineNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.name}`, ...names(n.children, depth + 1)]);

test('outline: chapters hold articles, articles their items; an article is named by its number and opening words', () => {
  const outline = getOutline(parseReport(REGULATION));
  assert.deepEqual(names(outline), [
    '某某市物业管理条例',
    '第一章 总则',
    '  第一条 为了规范物业管理活动',
    '  第二条 业主享有下列权利',
    '    （一）按照物业服务合同的约定，接受服务；',
    '    （二）提议召开业主大会会议',
    '第二章 业主大会',
    '  第三条 业主大会由全体业主组成',
  ]);
  const symbols = getDocumentSymbols(parseReport(REGULATION), new LineIndex(REGULATION));
  assert.deepEqual(
    [symbols[1].detail, symbols[1].children![1].detail, symbols[1].children![1].children![0].detail],
    ['章', '条', '二级标题'],
  );
  // A report quoting an article: the article under the report's （一）, the report's （二） its sibling again.
  assert.deepEqual(names(getOutline(parseReport(REPORT))), [
    '关于修订物业管理条例的说明',
    '一、修订的主要内容',
    '  （一）明确适用范围',
    '    第二条 本条例适用于本市行政区域内的物业…',
    '      （一）住宅小区；',
    '      （二）商业楼宇',
    '  （二）完善业主大会制度',
    '二、需要说明的问题',
  ]);
});

test('folding: each chapter and each article with items folds', () => {
  const folds = getFoldingRanges(parseReport(REGULATION), new LineIndex(REGULATION));
  assert.deepEqual(
    folds.map((f) => [f.startLine, f.endLine]),
    [
      [1, 5],
      [3, 5],
      [6, 7],
    ],
  );
});

test('semantic tokens: a chapter line whole, an article’s number only, its items like inline items', () => {
  const index = new LineIndex(REGULATION);
  const data = getSemanticTokens(parseReport(REGULATION), index);
  const decoded: Array<[number, number, number, string, number]> = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, len, type, mods] = data.slice(i, i + 5);
    line += dl;
    char = dl ? dc : char + dc;
    decoded.push([line, char, len, TOKEN_TYPES[type], mods]);
  }
  assert.deepEqual(decoded, [
    [0, 0, 9, 'title', 0],
    [1, 0, 3, 'chapter', 1],
    [1, 4, 2, 'chapter', 0],
    [2, 0, 3, 'article', 1],
    [3, 0, 3, 'article', 1],
    [4, 0, 3, 'item', 1],
    [5, 0, 3, 'item', 1],
    [6, 0, 3, 'chapter', 1],
    [6, 4, 4, 'chapter', 0],
    [7, 0, 3, 'article', 1],
  ]);
});

test('layout: the four heading levels stay the report’s; a chapter is centred, an article’s number in the level-1 face', () => {
  const blocks = layoutReport(parseReport(REGULATION));
  const shape = blocks.map(
    (b) => `${b.kind}${b.level ?? ''}${b.kind === 'body' && b.align === 'center' ? ' centred' : ''}`,
  );
  assert.deepEqual(shape, ['title', 'body centred', 'body', 'body', 'body', 'body', 'body centred', 'body']);
  const article = blocks[2];
  assert.deepEqual(
    article.runs.map((r) => [r.text, r.face]),
    [
      ['第一条', 'level1'],
      [' 为了规范物业管理活动，维护业主的合法权益，制定本条例。', 'body'],
    ],
  );
  assert.deepEqual(
    blocks[1].runs.map((r) => [r.text, r.face]),
    [['第一章 总则', 'level1']],
  );
  // In a report, its own 一、 （一） keep levels 1 and 2 around a quoted article and its items.
  const report = layoutReport(parseReport(REPORT)).map((b) => `${b.kind}${b.level ?? ''}`);
  assert.deepEqual(report, ['title', 'heading1', 'heading2', 'body', 'body', 'body', 'heading2', 'heading1']);
});

test('statistics: the report’s own headings per level, not a quoted regulation’s items', () => {
  assert.deepEqual(getStats(parseReport(REPORT), []).headings, [2, 2, 0, 0]);
  assert.deepEqual(getStats(parseReport(REGULATION), []).headings, [0, 0, 0, 0]);
});
