import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { getDocumentSymbols, getOutline, LineIndex, OutlineNode, parseReport } from '../../../server/src/core';

const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');

type R = OutlineNode['range'];
const inside = (inner: R, outer: R) => inner.start >= outer.start && inner.end <= outer.end;

/** Every node's selection inside its range, every child inside its parent (VS Code drops the whole outline otherwise). */
function problems(nodes: OutlineNode[], parent?: OutlineNode): string[] {
  return nodes.flatMap((n) => [
    ...(inside(n.selectionRange, n.range)
      ? []
      : [`${n.name}: selection ${JSON.stringify(n.selectionRange)} outside ${JSON.stringify(n.range)}`]),
    ...(parent && !inside(n.range, parent.range) ? [`${n.name}: outside its parent ${parent.name}`] : []),
    ...problems(n.children, n),
  ]);
}

test('items separated by ； keep their selection inside their range', () => {
  const outline = getOutline(parseReport('一、甲\n一是加强学习；二是转变作风。'));
  const items = outline[0].children;
  assert.deepEqual(
    items.map((i) => i.name),
    ['一是加强学习', '二是转变作风'],
  );
  assert.deepEqual(problems(outline), []);
});

test('every sample report: selections inside ranges, children inside parents', () => {
  for (const dir of ['drafts', 'published']) {
    for (const f of fs.readdirSync(path.join(SAMPLES, dir))) {
      const text = fs.readFileSync(path.join(SAMPLES, dir, f), 'utf8');
      assert.deepEqual(problems(getOutline(parseReport(text))), [], `${dir}/${f}`);
    }
  }
});

test('Markdown: the # headings are left to the editor; items and 一、 lines that are no # heading stay, under the heading named as detail', () => {
  const text = [
    '# 2024年工作报告',
    '',
    '## 一、主要工作',
    '',
    '一是坚持学习。二是推进项目。',
    '',
    '二、存在问题',
    '',
    '一是不够平衡。',
  ].join('\n');
  const symbols = getDocumentSymbols(parseReport(text, { format: 'markdown' }), new LineIndex(text));
  const flat = (ss: DocumentSymbol[]): string[] =>
    ss.flatMap((s) => [`${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...flat(s.children ?? []).map((n) => `  ${n}`)]);
  assert.deepEqual(flat(symbols), [
    '一是坚持学习 (列举 · 一、主要工作)',
    '二是推进项目 (列举 · 一、主要工作)',
    '二、存在问题 (一级标题)',
    '  一是不够平衡 (列举)',
  ]);
  // Plain text keeps every heading.
  const plain = text.replace(/^#+ /gm, '');
  assert.deepEqual(
    getDocumentSymbols(parseReport(plain), new LineIndex(plain)).map((s) => s.name),
    ['2024年工作报告', '一、主要工作', '二、存在问题'],
  );
});

test('symbol kinds and details say what each node is: the title, a level-N heading, an item, in the user language', () => {
  const text = [
    '2023年上半年工作总结',
    '一、总体情况',
    '（一）主要做法',
    '一是坚持学习。',
    '1.学习制度',
    '（1）集中学习',
  ].join('\n');
  const model = parseReport(text);
  const describe = (ss: DocumentSymbol[]): string[] =>
    ss.flatMap((s) => [`${s.name}|${s.kind}|${s.detail}`, ...describe(s.children ?? [])]);
  assert.deepEqual(describe(getDocumentSymbols(model, new LineIndex(text), 'zh-cn')), [
    `2023年上半年工作总结|${SymbolKind.File}|标题`,
    `一、总体情况|${SymbolKind.Module}|一级标题`,
    `（一）主要做法|${SymbolKind.Module}|二级标题`,
    `一是坚持学习|${SymbolKind.EnumMember}|列举`,
    `1.学习制度|${SymbolKind.Module}|三级标题`,
    `（1）集中学习|${SymbolKind.Module}|四级标题`,
  ]);
  assert.deepEqual(
    getDocumentSymbols(model, new LineIndex(text), 'en').flatMap((s) => [
      s.detail,
      ...(s.children ?? []).map((c) => c.detail),
    ]),
    ['title', 'level-1 heading', 'level-2 heading'],
  );
});
