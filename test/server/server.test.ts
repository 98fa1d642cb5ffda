import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SemanticTokensRequest,
  DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startSession } from './lsp';

const TEXT = [
  '2023年工作总结',
  '一、注重固本强基',
  '（一）坚持理论武装',
  '一是加强学习。二是𠮷字测试。',
  '（二）严守政治纪律',
  '正文。',
  '二、全面履职尽责',
  '正文。',
].join('\r\n');

test('in-process server: initialize, open, documentSymbol, foldingRange, semanticTokens', async () => {
  const s = await startSession();
  try {
    const uri = 'file:///tmp/report.txt';
    await s.open(uri, TEXT);
    const symbols = (await s.client.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((x) => x.name),
      ['2023年工作总结', '一、注重固本强基', '二、全面履职尽责'],
    );
    assert.deepEqual(
      symbols.map((x) => x.detail),
      ['标题', '一级标题', '一级标题'],
    );
    const first = symbols[1];
    assert.deepEqual(first.range, { start: { line: 1, character: 0 }, end: { line: 5, character: 3 } });
    assert.deepEqual(
      first.children!.map((x) => x.name),
      ['（一）坚持理论武装', '（二）严守政治纪律'],
    );
    assert.deepEqual(
      first.children![0].children!.map((x) => x.name),
      ['一是加强学习', '二是𠮷字测试'],
    );
    // UTF-16: 二是 starts after 一是加强学习。(7 code units).
    assert.deepEqual(first.children![0].children![1].selectionRange.start, { line: 3, character: 7 });

    const folds = await s.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      folds!.map((f) => [f.startLine, f.endLine]),
      [
        [1, 5],
        [2, 3],
        [4, 5],
        [6, 7],
      ],
    );

    const tokens = await s.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    // Decode: [line, char, length, type] of each token.
    const decoded: number[][] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens!.data.length; i += 5) {
      const [dl, dc, len, type, mods] = tokens!.data.slice(i, i + 5);
      line += dl;
      char = dl ? dc : char + dc;
      decoded.push([line, char, len, type, mods]);
    }
    assert.deepEqual(decoded, [
      [0, 0, 9, 5, 0], // the title line: type 5, title
      [1, 0, 2, 0, 1],
      [1, 2, 6, 0, 0],
      [2, 0, 3, 1, 1],
      [2, 3, 6, 1, 0],
      [3, 0, 2, 4, 1],
      [3, 7, 2, 4, 1],
      [4, 0, 3, 1, 1],
      [4, 3, 6, 1, 0],
      [6, 0, 2, 0, 1],
      [6, 2, 6, 0, 0],
    ]);
    const published = await s.diagnostics(uri);
    assert.ok(Array.isArray(published.diagnostics));
  } finally {
    await s.close();
  }
});
