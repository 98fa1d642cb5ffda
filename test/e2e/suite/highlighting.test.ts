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
    out.push({
      line,
      char,
      length,
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)),
    });
  }
  return out;
}

suite('highlighting', () => {
  test('headings of each level and inline items get their own semantic token type', async () => {
    const editor = await openReport(SAMPLE_DRAFT);
    const uri = editor.document.uri;
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
      'vscode.provideDocumentSemanticTokensLegend',
      uri,
    );
    assert.ok(legend, 'no semantic tokens legend for the report');
    for (const type of ['heading1', 'heading2', 'item'])
      assert.ok(legend.tokenTypes.includes(type), `legend lacks ${type}: ${legend.tokenTypes}`);

    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
      'vscode.provideDocumentSemanticTokens',
      uri,
    );
    assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens for the report');
    const decoded = decode(tokens, legend);
    const at = (line: number, char: number) => decoded.find((t) => t.line === line && t.char === char);

    // Line 1: 一、注重固本强基… ; line 3: （一）坚持理论武装… ; items at the start of sentences.
    assert.strictEqual(at(1, 0)?.type, 'heading1', 'the marker 一、 is a heading1 token');
    assert.ok(at(1, 0)?.modifiers.includes('marker'), 'the marker 一、 has the marker modifier');
    assert.strictEqual(at(3, 0)?.type, 'heading2', 'the marker （一） is a heading2 token');
    const itemLine = editor.document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.includes('一是聚焦经济建设'));
    const itemChar = editor.document.lineAt(itemLine).text.indexOf('一是聚焦经济建设');
    assert.strictEqual(at(itemLine, itemChar)?.type, 'item', 'the item 一是 is an item token');

    // The title line is coloured too (a report with one).
    const titled = await openReport('outline.txt');
    const titleTokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
      'vscode.provideDocumentSemanticTokens',
      titled.document.uri,
    );
    assert.ok(titleTokens, 'no semantic tokens for outline.txt');
    const title = decode(titleTokens, legend).find((t) => t.line === 0);
    assert.deepStrictEqual(
      title && { type: title.type, char: title.char, length: title.length },
      { type: 'title', char: 0, length: titled.document.lineAt(0).text.length },
      'the title line is one title token',
    );

    // Semantic highlighting must be on for plain text, or the levels are not coloured.
    const enabled = vscode.workspace
      .getConfiguration('editor', { languageId: 'plaintext' })
      .get('semanticHighlighting.enabled');
    assert.notStrictEqual(enabled, false, 'editor.semanticHighlighting.enabled is false for plaintext');
  });

  test('token colours tell the four heading levels apart in light, dark and high-contrast themes', () => {
    type Rules = Record<string, { foreground: string }>;
    const defaults =
      vscode.workspace
        .getConfiguration('editor')
        .inspect<Record<string, { rules: Rules }>>('semanticTokenColorCustomizations')?.defaultValue ?? {};
    // Each theme kind, the background and the text colour of its default theme.
    const kinds: Array<[string, string, string]> = [
      ['[*Light*]', '#ffffff', '#3b3b3b'],
      ['[*Dark*]', '#1f1f1f', '#cccccc'],
      ['[*High Contrast*]', '#000000', '#ffffff'],
      ['[*High Contrast Light*]', '#ffffff', '#292929'],
    ];
    for (const [kind, background, body] of kinds) {
      const rules = defaults[kind]?.rules;
      assert.ok(rules, `no colours for ${kind} among ${JSON.stringify(Object.keys(defaults))}`);
      const colours = ['heading1', 'heading2', 'heading3', 'heading4'].map((t) => rules[t]?.foreground);
      assert.ok(colours.every(Boolean), `${kind}: ${JSON.stringify(colours)}`);
      for (const c of colours)
        assert.ok(
          contrast(c!, background) >= 4.5,
          `${kind}: ${c} on ${background} has contrast ${contrast(c!, background).toFixed(2)}`,
        );
      for (let i = 0; i < 4; i++) {
        for (let j = i + 1; j < 4; j++)
          assert.ok(
            hueDistance(colours[i]!, colours[j]!) >= 40,
            `${kind}: levels ${i + 1} and ${j + 1} (${colours[i]}, ${colours[j]}) look alike`,
          );
      }
      // The items (一是) and the title line stand out from the body text, and can be read.
      for (const type of ['item', 'title', ...['heading1', 'heading2', 'heading3', 'heading4']]) {
        const c = rules[type]?.foreground;
        assert.ok(c, `${kind}: no colour for ${type}`);
        assert.ok(contrast(c, background) >= 4.5, `${kind}: ${type} ${c} on ${background} is hard to read`);
        assert.ok(
          deltaE(c, body) >= 40,
          `${kind}: ${type} ${c} is hard to tell from the body text ${body} (ΔE ${deltaE(c, body).toFixed(0)})`,
        );
      }
    }
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** How far apart two #rrggbb colours look: CIE76 ΔE in L*a*b* (about 2: just noticeable; 40+: plainly different). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The angle between two colours' hues, in degrees (0–180): two blues are close, blue and red far. */
function hueDistance(a: string, b: string): number {
  const hue = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const max = Math.max(r, g, bl);
    const d = max - Math.min(r, g, bl);
    if (d === 0) return 0;
    const h = max === r ? ((g - bl) / d) % 6 : max === g ? (bl - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  };
  const d = Math.abs(hue(a) - hue(b));
  return Math.min(d, 360 - d);
}
