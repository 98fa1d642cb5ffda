// Heading colours: semantic tokens by heading level, as the editor receives them.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openReport, SAMPLE_DRAFT } from './helpers';

interface Token {
  line: number;
  char: number;
  length: number;
  type: string;
  modifiers: string[];
}

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    char = dl ? dc : char + dc;
    out.push({ line, char, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

suite('highlighting', () => {
  test('headings of each level and inline items get their own semantic token type', async () => {
    const editor = await openReport(SAMPLE_DRAFT);
    const uri = editor.document.uri;
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri);
    assert.ok(legend, 'no semantic tokens legend for the report');
    for (const type of ['heading1', 'heading2', 'item']) assert.ok(legend.tokenTypes.includes(type), `legend lacks ${type}: ${legend.tokenTypes}`);

    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens for the report');
    const decoded = decode(tokens, legend);
    const at = (line: number, char: number) => decoded.find((t) => t.line === line && t.char === char);

    // Line 1: 一、注重固本强基… ; line 3: （一）坚持理论武装… ; items at the start of sentences.
    assert.strictEqual(at(1, 0)?.type, 'heading1', 'the marker 一、 is a heading1 token');
    assert.ok(at(1, 0)?.modifiers.includes('marker'), 'the marker 一、 has the marker modifier');
    assert.strictEqual(at(3, 0)?.type, 'heading2', 'the marker （一） is a heading2 token');
    const itemLine = editor.document.getText().split(/\r?\n/).findIndex((l) => l.includes('一是聚焦经济建设'));
    const itemChar = editor.document.lineAt(itemLine).text.indexOf('一是聚焦经济建设');
    assert.strictEqual(at(itemLine, itemChar)?.type, 'item', 'the item 一是 is an item token');

    // Semantic highlighting must be on for plain text, or the levels are not coloured.
    const enabled = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('semanticHighlighting.enabled');
    assert.notStrictEqual(enabled, false, 'editor.semanticHighlighting.enabled is false for plaintext');
  });
});
