// The 公文检查 view: the active report's findings as a tree, by rule or by section, with counts;
// findings of one rule with the same message (the quoted excerpt aside) under one node with their
// count; a click goes to the finding. "Only blanks" and a severity filter narrow it.

import * as vscode from 'vscode';
import { countFindings } from './published';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EditorCommands,
  FindingsContext,
  FindingsContextParams,
  FindingsContextRequest,
  InternalEditorCommands,
} from '../../server/src/protocol';
import { asRange, isSlot, ruleOf, targetOf } from './slots';

export type Grouping = 'rule' | 'section';

/**
 * A node of the tree: a group (a rule or a section), repeats (the findings of one rule and message
 * in a group, when there are several) or one finding.
 */
export type FindingNode =
  | { kind: 'group'; key: string; label: string; findings: vscode.Diagnostic[]; uri: vscode.Uri }
  | { kind: 'repeats'; key: string; label: string; findings: vscode.Diagnostic[]; uri: vscode.Uri; group: string }
  | { kind: 'finding'; diagnostic: vscode.Diagnostic; uri: vscode.Uri; detail: string };

/** Every severity, most severe first. */
export const SEVERITIES: readonly vscode.DiagnosticSeverity[] = [
  vscode.DiagnosticSeverity.Error,
  vscode.DiagnosticSeverity.Warning,
  vscode.DiagnosticSeverity.Information,
  vscode.DiagnosticSeverity.Hint,
];

/** What a message says apart from the text it quotes: 缺少数字：「…」（* 尚未替换为数字）. */
export function messageKind(message: string): string {
  return message.replace(/「[^」]*」/g, '「…」');
}

const SEVERITY_ICONS: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'lightbulb',
};

const REPORT_LANGUAGES = ['plaintext', 'markdown', 'gongwen-report'];

export class FindingsTree implements vscode.TreeDataProvider<FindingNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Fires after the tree has been rebuilt (for the end-to-end tests). */
  private readonly updated = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.updated.event;
  grouping: Grouping = 'rule';
  onlyBlanks = false;
  /** The severities shown (all by default). */
  severities: ReadonlySet<vscode.DiagnosticSeverity> = new Set(SEVERITIES);
  private uri: vscode.Uri | undefined;
  private context: FindingsContext = { ruleNames: {}, sections: [] };
  private view: vscode.TreeView<FindingNode> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      // A closed report leaves the view (its findings leave Problems too).
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (
          doc.uri.toString() !== this.uri?.toString() ||
          vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString())
        )
          return;
        this.uri = undefined;
        this.refresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri?.toString())) this.later();
      }),
    );
  }

  /** Shows the tree in `view` and starts following the active report. */
  attach(view: vscode.TreeView<FindingNode>): void {
    this.view = view;
    this.follow();
  }

  /** Groups by rule or by section. */
  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'gongwen.findings.grouping', grouping);
    this.refresh();
  }

  /** Shows only the blanks, or everything. */
  setOnlyBlanks(only: boolean): void {
    this.onlyBlanks = only;
    void vscode.commands.executeCommand('setContext', 'gongwen.findings.onlyBlanks', only);
    this.refresh();
  }

  /** Shows only findings of these severities (all of them: no filter). */
  setSeverities(severities: Iterable<vscode.DiagnosticSeverity>): void {
    this.severities = new Set(severities);
    void vscode.commands.executeCommand('setContext', 'gongwen.findings.filtered', this.filtered);
    this.refresh();
  }

  /** True when the severity filter hides some severity. */
  get filtered(): boolean {
    return SEVERITIES.some((s) => !this.severities.has(s));
  }

  /** The report shown (the last active report editor). */
  get document(): vscode.Uri | undefined {
    return this.uri;
  }

  private follow(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !REPORT_LANGUAGES.includes(doc.languageId) || !['file', 'untitled'].includes(doc.uri.scheme)) return;
    this.uri = doc.uri;
    this.later(0);
  }

  private later(ms = 150): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), ms);
  }

  /** Asks the server for the sections and rule names, then rebuilds. */
  private async reload(): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    try {
      const params: FindingsContextParams = { uri: uri.toString() };
      this.context = (await this.client.sendRequest<FindingsContext | null>(FindingsContextRequest, params)) ?? {
        ruleNames: {},
        sections: [],
      };
    } catch {
      this.context = { ruleNames: {}, sections: [] }; // the server is starting or stopping: rule ids and no sections for now
    }
    if (uri === this.uri) this.refresh();
  }

  private refresh(): void {
    const all = this.findings();
    const count = countFindings(all);
    if (this.view) {
      const name = this.uri ? vscode.workspace.asRelativePath(this.uri) : '';
      const narrowed = [
        ...(this.onlyBlanks ? [vscode.l10n.t('blanks only')] : []),
        ...(this.filtered
          ? [
              SEVERITIES.filter((s) => this.severities.has(s))
                .map(severityName)
                .join('/'),
            ]
          : []),
      ];
      this.view.description = [name, ...narrowed].join(' · ');
      this.view.badge = count ? { value: count, tooltip: vscode.l10n.t('{0} findings', count) } : undefined;
      this.view.message =
        this.uri && all.length === 0
          ? this.onlyBlanks
            ? vscode.l10n.t('No blanks left in this report.')
            : this.filtered
              ? vscode.l10n.t('No findings of the severities shown.')
              : vscode.l10n.t('No findings in this report.')
          : undefined;
    }
    this.changed.fire(undefined);
    this.updated.fire();
  }

  /** The findings shown: gongwen's, in document order, only blanks if asked, of the severities shown. */
  findings(): vscode.Diagnostic[] {
    if (!this.uri) return [];
    return vscode.languages
      .getDiagnostics(this.uri)
      .filter((d) => d.source === 'gongwen' && (!this.onlyBlanks || isSlot(d)) && this.severities.has(d.severity))
      .sort((a, b) => a.range.start.compareTo(b.range.start));
  }

  /** How many findings of each severity the report has (blanks only, if asked), the filter aside. */
  severityCounts(): Map<vscode.DiagnosticSeverity, number> {
    const counts = new Map<vscode.DiagnosticSeverity, number>(SEVERITIES.map((s) => [s, 0]));
    if (!this.uri) return counts;
    for (const d of vscode.languages.getDiagnostics(this.uri))
      if (d.source === 'gongwen' && (!this.onlyBlanks || isSlot(d)))
        counts.set(d.severity, counts.get(d.severity)! + 1);
    return counts;
  }

  /** A rule's name as the user reads it (Chinese in a Chinese VS Code). */
  ruleName(id: string): string {
    return this.context.ruleNames[id] ?? id;
  }

  /** The top-level section holding a position, or undefined before the first heading. */
  sectionOf(at: vscode.Position): string | undefined {
    let name: string | undefined;
    for (const s of this.context.sections) {
      const r = asRange(s.range);
      if (r && r.contains(at)) name = s.name;
    }
    return name;
  }

  getChildren(node?: FindingNode): FindingNode[] {
    const uri = this.uri;
    if (!uri) return [];
    if (node?.kind === 'finding') return [];
    if (node?.kind === 'repeats') return node.findings.map((d) => this.findingNode(d, uri));
    if (node?.kind === 'group') return this.repeatsOf(node, uri);
    const groups = new Map<string, FindingNode & { kind: 'group' }>();
    const before = vscode.l10n.t('(before the first heading)');
    for (const d of this.findings()) {
      const key = this.grouping === 'rule' ? ruleOf(d) : (this.sectionOf(d.range.start) ?? before);
      let g = groups.get(key);
      if (!g)
        groups.set(
          key,
          (g = { kind: 'group', key, label: this.grouping === 'rule' ? this.ruleName(key) : key, findings: [], uri }),
        );
      g.findings.push(d);
    }
    // Rules: the most findings first (work through the biggest kind); sections: in document order.
    const list = [...groups.values()];
    return this.grouping === 'rule'
      ? list.sort((a, b) => b.findings.length - a.findings.length || a.label.localeCompare(b.label))
      : list;
  }

  /**
   * A group's children: the findings of one rule and message kind together under one node with
   * their count where there are several (most first), the others one by one, in document order.
   */
  private repeatsOf(group: FindingNode & { kind: 'group' }, uri: vscode.Uri): FindingNode[] {
    const kinds = new Map<string, vscode.Diagnostic[]>();
    for (const d of group.findings) {
      const key = `${ruleOf(d)}\u0000${d.severity}\u0000${messageKind(d.message)}`;
      kinds.set(key, [...(kinds.get(key) ?? []), d]);
    }
    const repeats: FindingNode[] = [];
    const singles: FindingNode[] = [];
    for (const [key, findings] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
      if (findings.length === 1) singles.push(this.findingNode(findings[0], uri));
      else {
        const d = findings[0];
        const label = this.withoutRuleName(messageKind(d.message), d);
        repeats.push({ kind: 'repeats', key, label, findings, uri, group: group.key });
      }
    }
    return [...repeats, ...singles];
  }

  private findingNode(d: vscode.Diagnostic, uri: vscode.Uri): FindingNode {
    return {
      kind: 'finding',
      diagnostic: d,
      uri,
      detail: this.grouping === 'rule' ? (this.sectionOf(d.range.start) ?? '') : this.ruleName(ruleOf(d)),
    };
  }

  /** Under its rule, a message need not repeat the rule's name (缺少数字：「…」 → 「…」). */
  private withoutRuleName(message: string, d: vscode.Diagnostic): string {
    const name = this.ruleName(ruleOf(d));
    return this.grouping === 'rule' && message.startsWith(name)
      ? message.slice(name.length).replace(/^[：:]\s*/, '') || message
      : message;
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(
        node.label,
        this.onlyBlanks ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `${this.grouping}:${this.onlyBlanks}:${node.key}`;
      const count = countFindings(node.findings);
      item.description = String(count);
      item.tooltip = this.grouping === 'rule' ? `${node.label} (${node.key}): ${count}` : `${node.label}: ${count}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'rule' ? 'symbol-ruler' : 'symbol-namespace');
      item.contextValue = 'group';
      return item;
    }
    if (node.kind === 'repeats') {
      const d = node.findings[0];
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${this.grouping}:${this.onlyBlanks}:${node.group}:${node.key}`;
      item.description = `× ${node.findings.length}`;
      item.tooltip = new vscode.MarkdownString().appendText(
        vscode.l10n.t('{0} findings: {1}', node.findings.length, messageKind(d.message)) +
          `\n${this.ruleName(ruleOf(d))} (${ruleOf(d)})`,
      );
      item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[d.severity]);
      item.contextValue = 'repeats';
      return item;
    }
    const d = node.diagnostic;
    const label = this.withoutRuleName(d.message, d);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = `${vscode.l10n.t('line {0}', d.range.start.line + 1)}${node.detail ? ` · ${node.detail}` : ''}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${d.message}\n${this.ruleName(ruleOf(d))} (${ruleOf(d)})`);
    item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[d.severity]);
    item.command = {
      title: vscode.l10n.t('Go to finding'),
      command: InternalEditorCommands.revealFinding,
      arguments: [node.uri, d.range, isSlot(d)],
    };
    item.contextValue = isSlot(d) ? 'blank' : 'finding';
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.updated.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** A severity's name as the user reads it. */
function severityName(s: vscode.DiagnosticSeverity): string {
  return [vscode.l10n.t('Errors'), vscode.l10n.t('Warnings'), vscode.l10n.t('Information'), vscode.l10n.t('Hints')][s];
}

/** Asks which severities to show (a multi-select list with each one's count). */
async function pickSeverities(tree: FindingsTree): Promise<void> {
  const counts = tree.severityCounts();
  type Item = vscode.QuickPickItem & { severity: vscode.DiagnosticSeverity };
  const items: Item[] = SEVERITIES.map((severity) => ({
    severity,
    label: `$(${SEVERITY_ICONS[severity]}) ${severityName(severity)}`,
    description: String(counts.get(severity) ?? 0),
    picked: tree.severities.has(severity),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Show findings of these severities'),
  });
  if (picked) tree.setSeverities(picked.length ? picked.map((p) => p.severity) : SEVERITIES);
}

/** Opens the report at a finding, selecting it (a blank: where its value goes). */
async function revealFinding(uri: vscode.Uri, range: vscode.Range, blank = false): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
  const where = blank ? await targetOf(uri, range) : range;
  editor.selection = new vscode.Selection(where.end, where.start);
  editor.revealRange(where, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The view and its commands. */
export function registerFindingsView(client: LanguageClient): { tree: FindingsTree; disposable: vscode.Disposable } {
  const tree = new FindingsTree(client);
  const view = vscode.window.createTreeView('gongwen.findings', { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  void vscode.commands.executeCommand('setContext', 'gongwen.findings.grouping', tree.grouping);
  void vscode.commands.executeCommand('setContext', 'gongwen.findings.onlyBlanks', false);
  void vscode.commands.executeCommand('setContext', 'gongwen.findings.filtered', false);
  const disposable = vscode.Disposable.from(
    tree,
    view,
    vscode.commands.registerCommand(InternalEditorCommands.revealFinding, revealFinding),
    vscode.commands.registerCommand(EditorCommands.findingsByRule, () => tree.setGrouping('rule')),
    vscode.commands.registerCommand(EditorCommands.findingsBySection, () => tree.setGrouping('section')),
    vscode.commands.registerCommand(EditorCommands.showBlanks, async () => {
      tree.setOnlyBlanks(true);
      await vscode.commands.executeCommand('gongwen.findings.focus');
    }),
    vscode.commands.registerCommand(EditorCommands.showAllFindings, () => tree.setOnlyBlanks(false)),
    vscode.commands.registerCommand(EditorCommands.filterSeverity, (severities?: unknown) =>
      Array.isArray(severities) ? tree.setSeverities(severities as vscode.DiagnosticSeverity[]) : pickSeverities(tree),
    ),
  );
  return { tree, disposable };
}
