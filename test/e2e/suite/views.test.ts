// The 公文检查 view, the statistics page and the Markdown outline, through the VS Code API.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FindingNode } from '../../../client/src/findingsView';
import {
  activateExtension,
  diagnosticsOf,
  documentSymbols,
  GongwenApi,
  MARKDOWN_REPORT,
  names,
  nextEvent,
  openReport,
  ruleOf,
  SAMPLE_DRAFT,
  waitFor,
  zh,
} from './helpers';

const HAN = /[\u4e00-\u9fff]/;
const RULE_ID = /^[a-z]+(-[a-z]+)*$/;
const isSlot = (d: vscode.Diagnostic) => ['missing-number', 'placeholder'].includes(ruleOf(d));

/** The tree's top-level nodes once it shows `uri` with `count` findings. */
async function groupsOf(api: GongwenApi, uri: vscode.Uri, count: number): Promise<FindingNode[]> {
  const total = () => api.findings.getChildren().reduce((n, g) => n + (g.kind === 'group' ? g.findings.length : 0), 0);
  return waitFor(
    `the 公文检查 view to show ${count} findings`,
    api.findings.onDidUpdate,
    () =>
      api.findings.document?.toString() === uri.toString() && total() === count && hasNames(api)
        ? api.findings.getChildren()
        : undefined,
    { describe: () => `showing ${api.findings.document?.path}, ${total()} findings` },
  );
}
/** The rule names have arrived from the server (they are not the ids). */
const hasNames = (api: GongwenApi) =>
  api.findings
    .getChildren()
    .every((g) => g.kind !== 'group' || api.findings.grouping !== 'rule' || !RULE_ID.test(g.label));

suite('views', () => {
  test('公文检查 view: findings by rule and by section with counts, a click goes to the finding, and only the blanks on request', async () => {
    const api = await activateExtension();
    const editor = await openReport(SAMPLE_DRAFT);
    const doc = editor.document;
    const all = (
      await diagnosticsOf(doc.uri, {
        // missing-number needs the tokens: once it is in, every rule has reported (the sample draft
        // holds no repeat: its phrases used three times are names, no habit).
        until: (ds) => ds.some(isSlot) && ds.some((d) => ruleOf(d) === 'missing-number'),
      })
    ).filter((d) => d.source === 'gongwen');
    await vscode.commands.executeCommand('gongwen.findings.focus');

    api.findings.setGrouping('rule');
    const byRule = await groupsOf(api, doc.uri, all.length);
    const counts = new Map<string, number>();
    for (const d of all) counts.set(ruleOf(d), (counts.get(ruleOf(d)) ?? 0) + 1);
    assert.strictEqual(byRule.length, counts.size, 'one group per rule');
    for (const g of byRule) {
      assert.ok(g.kind === 'group');
      const item = api.findings.getTreeItem(g);
      assert.strictEqual(item.description, String(g.findings.length), `${g.label}: its count`);
      assert.strictEqual(g.findings.length, counts.get(ruleOf(g.findings[0])), `${g.label}: all findings of its rule`);
      assert.strictEqual(
        HAN.test(String(item.label)),
        zh(),
        `rule name ${JSON.stringify(item.label)} in the display language`,
      );
      assert.ok(!RULE_ID.test(String(item.label)), `${item.label}: a name, not a rule id`);
    }

    // Click a finding: the editor goes there.
    // (A rule's findings with one message are under a node of their own: the first shown directly.)
    const first = byRule.flatMap((g) => api.findings.getChildren(g)).find((n) => n.kind === 'finding');
    assert.ok(first?.kind === 'finding', 'a finding directly under its rule');
    const click = api.findings.getTreeItem(first).command!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.ok(
      vscode.window.activeTextEditor!.selection.isEqual(
        new vscode.Selection(first.diagnostic.range.end, first.diagnostic.range.start),
      ),
      'the finding selected',
    );

    // By section: the three top-level sections (and what comes before them), counts adding up.
    api.findings.setGrouping('section');
    const bySection = await groupsOf(api, doc.uri, all.length);
    const labels = bySection.map((g) => (g.kind === 'group' ? g.label : ''));
    for (const name of [
      '一、注重固本强基，领导班子履职能力显著增强',
      '二、全面履职尽责，经济社会各项事业健康发展',
      '三、坚持守土有责，从严治党主体责任切实履行',
    ]) {
      assert.ok(labels.includes(name), `a group for ${name} among ${JSON.stringify(labels)}`);
    }

    // Only the blanks.
    await vscode.commands.executeCommand('gongwen.showBlanks');
    const blanks = all.filter(isSlot);
    const onlyBlanks = await groupsOf(api, doc.uri, blanks.length);
    assert.ok(
      onlyBlanks.every((g) => g.kind === 'group' && g.findings.every(isSlot)),
      'nothing but blanks',
    );
    await vscode.commands.executeCommand('gongwen.showAllFindings');
    await groupsOf(api, doc.uri, all.length);
    api.findings.setGrouping('rule');
  });

  test('公文检查 view: repeated findings of one rule and message under one node with their count; filtered by severity', async () => {
    const api = await activateExtension();
    const editor = await openReport('repeats.txt');
    const doc = editor.document;
    const all = (
      await diagnosticsOf(doc.uri, {
        until: (ds) => ds.filter((d) => ruleOf(d) === 'missing-number').length === 6 && ds.length === 9,
      })
    ).filter((d) => d.source === 'gongwen');
    api.findings.setGrouping('rule');
    const byRule = await groupsOf(api, doc.uri, all.length);
    const describe = (nodes: FindingNode[], depth = 0): string[] =>
      nodes.flatMap((n) => {
        const item = api.findings.getTreeItem(n);
        const line = `${'  '.repeat(depth)}${n.kind}: ${String(item.label)} [${item.description ?? ''}]`;
        return n.kind === 'finding' ? [line] : [line, ...describe(api.findings.getChildren(n), depth + 1)];
      });
    const [missing, punctuation, numbers] = zh()
      ? ['缺少数字', '标点符号', '数字用法']
      : ['Missing number', 'Punctuation', 'Number format'];
    /** A message as a repeats node shows it: the quoted excerpt as 「…」, the rule's name left out. */
    const kind = (rule: string, name: string) =>
      all
        .find((d) => ruleOf(d) === rule)!
        .message.replace(/「[^」]*」/g, '「…」')
        .replace(new RegExp(`^${name}[：:]\\s*`), '');
    assert.deepStrictEqual(
      describe(byRule).filter((t) => !/^ {4}finding/.test(t)),
      [
        `group: ${missing} [6]`,
        `  repeats: ${kind('missing-number', missing)} [× 6]`,
        `group: ${punctuation} [2]`,
        `  repeats: ${kind('punctuation', punctuation)} [× 2]`,
        `group: ${numbers} [1]`,
        `  finding: ${kind('number-format', numbers)} [${String(
          api.findings.getTreeItem(api.findings.getChildren(byRule[2])[0]).description,
        )}]`,
      ],
    );
    assert.match(kind('missing-number', missing), /^「…」/);
    // Each repeat is there, in document order, with its own excerpt.
    const repeats = api.findings.getChildren(api.findings.getChildren(byRule[0])[0]);
    assert.deepStrictEqual(
      repeats.map((n) => (n.kind === 'finding' ? doc.getText(n.diagnostic.range) : '')),
      ['*', '*', '*', '*', '*', '*'],
    );
    assert.ok(
      String(api.findings.getTreeItem(repeats[3]).label).includes('全年新建学校'),
      String(api.findings.getTreeItem(repeats[3]).label),
    );

    // Severity: warnings only, then information only, then everything again.
    await vscode.commands.executeCommand('gongwen.findings.filterSeverity', [vscode.DiagnosticSeverity.Warning]);
    const warnings = await groupsOf(api, doc.uri, 8);
    assert.ok(
      warnings.every(
        (g) => g.kind === 'group' && g.findings.every((d) => d.severity === vscode.DiagnosticSeverity.Warning),
      ),
    );
    await vscode.commands.executeCommand('gongwen.findings.filterSeverity', [vscode.DiagnosticSeverity.Information]);
    const information = await groupsOf(api, doc.uri, 1);
    assert.deepStrictEqual(
      information.map((g) => (g.kind === 'group' ? g.label : '')),
      [numbers],
    );
    // With only the blanks as well: nothing of information severity is a blank here.
    await vscode.commands.executeCommand('gongwen.showBlanks');
    await groupsOf(api, doc.uri, 0);
    await vscode.commands.executeCommand('gongwen.showAllFindings');
    await vscode.commands.executeCommand('gongwen.findings.filterSeverity', [
      vscode.DiagnosticSeverity.Error,
      vscode.DiagnosticSeverity.Warning,
      vscode.DiagnosticSeverity.Information,
      vscode.DiagnosticSeverity.Hint,
    ]);
    await groupsOf(api, doc.uri, all.length);
    assert.strictEqual(api.findings.filtered, false);
  });

  test('statistics: a read-only page (no document to save, nothing checked) with section lengths, findings per rule and per section', async () => {
    const api = await activateExtension();
    const editor = await openReport(SAMPLE_DRAFT);
    const all = (
      await diagnosticsOf(editor.document.uri, {
        until: (ds) => ds.some(isSlot) && ds.some((d) => ruleOf(d) === 'missing-number'),
      })
    ).filter((d) => d.source === 'gongwen');
    const documentsBefore = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));

    const page = await nextEvent('the statistics page', api.onDidRenderStats, () =>
      vscode.commands.executeCommand('gongwen.showStats'),
    );
    try {
      const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      // The tab model reaches the extension host a moment after the panel.
      const tab = await waitFor(
        'the statistics tab',
        vscode.window.tabGroups.onDidChangeTabs,
        () =>
          tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('gongwen.stats')),
        { describe: () => JSON.stringify(tabs().map((t) => [t.label, (t.input as { viewType?: string })?.viewType])) },
      );
      assert.ok(!tab.isDirty);
      const opened = vscode.workspace.textDocuments.filter(
        (d) => !documentsBefore.has(d.uri.toString()) && d.uri.scheme !== 'output',
      );
      assert.deepStrictEqual(
        opened.map((d) => d.uri.toString()),
        [],
        'no text document (Untitled or other) opened',
      );

      const characters = [...editor.document.getText()].filter((c) => !/[\s\u3000\ufeff]/u.test(c)).length;
      assert.strictEqual(page.stats.characters, characters);
      assert.deepStrictEqual(
        page.sections.map((s) => s.name),
        [
          '一、注重固本强基，领导班子履职能力显著增强',
          '二、全面履职尽责，经济社会各项事业健康发展',
          '三、坚持守土有责，从严治党主体责任切实履行',
        ],
      );
      assert.ok(page.sections.every((s) => s.characters > 100));
      assert.strictEqual(
        page.rules.reduce((n, r) => n + r.count, 0),
        all.length,
        'findings per rule add up to Problems',
      );
      assert.ok(
        page.rules.every((r) => !RULE_ID.test(r.name) && HAN.test(r.name) === zh()),
        `rule names: ${JSON.stringify(page.rules.map((r) => r.name))}`,
      );
      const perSection = page.sections.reduce((n, s) => n + s.findings, 0);
      assert.ok(perSection > 0 && perSection <= all.length, `findings per section: ${perSection} of ${all.length}`);

      const html = api.stats()!.html;
      assert.strictEqual((html.match(/class="bar"/g) ?? []).length, 3, 'one bar per section');
      assert.ok(!/#[0-9a-f]{3,6}\b|rgb\(/i.test(html), 'colours from the theme only (readable in light and dark)');
      assert.ok(/var\(--vscode-charts-blue/.test(html) && /var\(--vscode-foreground\)/.test(html));
      for (const s of page.sections) assert.ok(html.includes(s.name));
      // Nothing but files on disk has findings: the page is not a document the extension checks.
      assert.deepStrictEqual(
        vscode.languages
          .getDiagnostics()
          .filter(([uri, ds]) => uri.scheme !== 'file' && ds.some((d) => d.source === 'gongwen'))
          .map(([uri]) => uri.toString()),
        [],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('Markdown outline: no second copy of the headings the built-in outline has; the items and 1. headings it lacks are added', async () => {
    const editor = await openReport(MARKDOWN_REPORT);
    // The built-in Markdown server may start after ours: ask until its symbols are there.
    let symbols = await documentSymbols(editor.document.uri);
    for (const until = Date.now() + 20_000; !symbols.some((s) => s.name.startsWith('#')) && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 250));
      symbols = await documentSymbols(editor.document.uri);
    }
    // VS Code's own provider names its symbols with their # marks.
    const flat = (ss: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] =>
      ss.flatMap((s) => [s, ...flat(s.children)]);
    const builtin = new Set(
      flat(symbols.filter((s) => s.name.startsWith('#'))).map((s) => s.name.replace(/^#+\s*/, '')),
    );
    const ours = flat(symbols.filter((s) => !s.name.startsWith('#')));
    assert.ok(builtin.size >= 8, `the built-in outline: ${JSON.stringify([...builtin])}`);
    assert.deepStrictEqual(
      ours.map((s) => s.name).filter((n) => builtin.has(n)),
      [],
      'no heading twice',
    );
    const names_ = ours.map((s) => s.name);
    for (const n of ['一是坚持集中学习', '二是开展专题研讨', '一是项目推进不够平衡'])
      assert.ok(names_.includes(n), `${n} among ${JSON.stringify(names_)}`);
    assert.ok(
      names_.some((n) => n.startsWith('1.') || n.startsWith('1. ')),
      `the 1. headings among ${JSON.stringify(names(ours))}`,
    );
  });
});
