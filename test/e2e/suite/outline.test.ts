// Outline: document symbols served by the language server, as VS Code's Outline view,
// breadcrumbs and Go to Symbol see them.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertNested, documentSymbols, MARKDOWN_REPORT, names, openReport, SAMPLE_DRAFT, zh } from './helpers';

suite('outline', () => {
  test('the sample draft: three level-1 headings, their （一） children and 一是/二是 items', async () => {
    const editor = await openReport(SAMPLE_DRAFT);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const symbols = await documentSymbols(editor.document.uri);

    // The draft has no title line: the top level is its three level-1 headings.
    assert.deepStrictEqual(names(symbols), [
      '一、注重固本强基，领导班子履职能力显著增强',
      '二、全面履职尽责，经济社会各项事业健康发展',
      '三、坚持守土有责，从严治党主体责任切实履行',
    ]);
    const [first, second, third] = symbols;
    assert.deepStrictEqual(names(first.children), [
      '（一）坚持理论武装，提高理想信念',
      '（二）严守政治纪律，坚定政治立场',
      '（三）坚持制度建设，凝聚班子力量',
    ]);
    assert.deepStrictEqual(names(second.children), [
      '（一）着力推进全面振兴，经济运行稳中求进',
      '（二）着力推进乡村振兴，发展品质有力呈现',
      '（三）着力推进城镇建设，发展环境持续优化',
      '（四）着力夯实民生基础，发展成果加快共享',
      '（五）着力防范化解风险，社会环境和谐有序',
    ]);
    assert.deepStrictEqual(names(third.children), [
      '（一）抓党的建设不动摇',
      '（二）抓意识形态工作不放松',
      '（三）抓党风廉政建设不懈怠',
    ]);

    // Inline items are children of their section.
    const items = (s: vscode.DocumentSymbol) => names(s.children);
    assert.deepStrictEqual(items(second.children[0]), ['一是聚焦经济建设', '二是聚焦重点项目']);
    assert.deepStrictEqual(items(second.children[1]), ['一是提高农村资源利用', '二是加强农村资产管理']);
    assert.deepStrictEqual(items(second.children[4]), [
      '一是社会秩序更加稳定',
      '二是综合治理更加精细',
      '三是安全底线更加牢固',
    ]);
    assert.deepStrictEqual(items(first.children[0]), [], 'a section without items has no children');

    // Positions point at the text: each symbol's selection starts with its name.
    const check = (s: vscode.DocumentSymbol) => {
      const at = editor.document.getText(
        new vscode.Range(s.selectionRange.start, s.selectionRange.start.translate(0, 2)),
      );
      assert.strictEqual(at, s.name.slice(0, 2), `${s.name}: selectionRange does not start at its marker`);
      s.children.forEach(check);
    };
    symbols.forEach(check);
    assert.strictEqual(first.range.start.line, 1);
    assertNested(symbols);
  });

  test('Outline labels: headings and items are no "(string)" or "(enumeration member)" alone: each says what it is, in the display language', async () => {
    const editor = await openReport('outline.txt');
    const symbols = await documentSymbols(editor.document.uri);
    const flat = (ss: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] =>
      ss.flatMap((s) => [s, ...flat(s.children)]);
    const described = flat(symbols).map((s) => `${s.name}|${vscode.SymbolKind[s.kind]}|${s.detail}`);
    const [title, level1, level2, item] = zh()
      ? ['标题', '一级标题', '二级标题', '列举']
      : ['title', 'level-1 heading', 'level-2 heading', 'item'];
    assert.deepStrictEqual(described, [
      `2023年上半年工作总结|File|${title}`,
      `一、总体情况|Module|${level1}`,
      `（一）坚持理论武装|Module|${level2}`,
      `一是加强学习|EnumMember|${item}`,
    ]);
  });

  test("a Markdown report: the # headings are the built-in outline's; gongwen adds the items and 1. headings, each naming its heading", async () => {
    const editor = await openReport(MARKDOWN_REPORT);
    assert.strictEqual(editor.document.languageId, 'markdown');
    // VS Code's own Markdown extension adds its symbols (`# 2024年…`, `## 一、…`) to the same
    // answer: gongwen's are the others.
    const symbols = (await documentSymbols(editor.document.uri)).filter((s) => !s.name.startsWith('#'));
    const [item, level3] = zh() ? ['列举', '三级标题'] : ['item', 'level-3 heading'];
    assert.deepStrictEqual(
      symbols.map((s) => `${s.name} (${s.detail})`),
      [
        `一是坚持集中学习 (${item} · （一）抓好理论学习)`,
        `二是开展专题研讨 (${item} · （一）抓好理论学习)`,
        `1.项目谋划 (${level3} · （二）推进重点项目)`,
        `2.项目建设 (${level3} · （二）推进重点项目)`,
        `一是项目推进不够平衡 (${item} · 二、存在问题)`,
        `二是要素保障仍需加强 (${item} · 二、存在问题)`,
      ],
    );
    assertNested(symbols);
  });
});
