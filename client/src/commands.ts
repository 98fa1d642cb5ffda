// Palette commands that need the editor: fill a value, check the workspace, show statistics.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFilesParams, CheckFilesRequest, CheckFilesResult, Commands, EditorCommands, ReportStats, StatsParams, StatsRequest } from '../../server/src/protocol';
import { slotsOf } from './slots';

/** 填入数值…: the fill-value quick fix of the blank at (or after) the cursor; asks for the value unless given. */
async function fillValue(value?: unknown): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const at = editor.selection.active;
  const slot = slotsOf(editor.document.uri).find((r) => r.contains(at) || r.start.isAfter(at));
  if (!slot) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No blanks left in this report.'));
    return;
  }
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, slot, vscode.CodeActionKind.QuickFix.value);
  const fill = actions?.find((a) => a.command?.command === Commands.fillValue);
  if (!fill?.command) return;
  const args = fill.command.arguments ?? [];
  await vscode.commands.executeCommand(fill.command.command, ...(typeof value === 'string' && value ? [...args.slice(0, 2), value] : args));
}

/** Checks every report in the workspace, with a progress notification; results go to Problems. */
async function checkWorkspace(client: LanguageClient): Promise<void> {
  const globs = vscode.workspace.getConfiguration('gongwen').get<string[]>('files') ?? ['**/*.txt', '**/*.md'];
  const files = (await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/{node_modules,.git}/**')))).flat();
  const total: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking reports'), cancellable: true },
    async (progress, token) => {
      const batch = 20;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
        const uris = files.slice(i, i + batch).map((u) => u.toString());
        const params: CheckFilesParams = { uris };
        const r = await client.sendRequest<CheckFilesResult>(CheckFilesRequest, params, token);
        total.checked += r.checked;
        total.findings += r.findings;
        total.skipped.push(...r.skipped);
        progress.report({ increment: (uris.length / files.length) * 100, message: `${Math.min(i + batch, files.length)}/${files.length}` });
      }
    },
  );
  void vscode.window.showInformationMessage(vscode.l10n.t('Checked {0} reports: {1} findings (see Problems).', total.checked + countOpen(files), total.findings));
  if (total.skipped.length) client.outputChannel.appendLine(total.skipped.join('\n'));
}

function countOpen(files: vscode.Uri[]): number {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  return files.filter((f) => open.has(f.toString())).length;
}

/** Report statistics as a readable Markdown document with a bar chart of section lengths. */
async function showStats(client: LanguageClient): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  const params: StatsParams = { uri: doc.uri.toString() };
  const stats = await client.sendRequest<ReportStats | null>(StatsRequest, params);
  if (!stats) return;
  const content = renderStats(vscode.workspace.asRelativePath(doc.uri), stats, vscode.l10n.t);
  const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

type T = (message: string, ...args: Array<string | number>) => string;

/** The statistics as Markdown text. */
export function renderStats(name: string, s: ReportStats, t: T): string {
  const longest = Math.max(1, ...s.sections.map((x) => x.characters));
  const bar = (n: number) => '█'.repeat(Math.max(n > 0 ? 1 : 0, Math.round((n / longest) * 30)));
  const rules = Object.entries(s.findingsPerRule).sort((a, b) => b[1] - a[1]);
  return [
    `# ${t('Report statistics')}: ${name}`,
    '',
    `| ${t('Item')} | ${t('Count')} |`,
    '|---|---:|',
    `| ${t('Characters (without whitespace)')} | ${s.characters} |`,
    `| ${t('Paragraphs')} | ${s.paragraphs} |`,
    ...s.headings.map((n, i) => `| ${t('Level-{0} headings', i + 1)} | ${n} |`),
    `| ${t('Inline items')} | ${s.items} |`,
    `| ${t('Blanks to fill')} | ${s.blanks} |`,
    '',
    `## ${t('Findings per rule')}`,
    '',
    ...(rules.length ? rules.map(([r, n]) => `- \`${r}\`: ${n}`) : [`- ${t('None')}`]),
    '',
    `## ${t('Section lengths')}`,
    '',
    '```text',
    ...s.sections.map((x) => `${bar(x.characters).padEnd(30, ' ')} ${String(x.characters).padStart(6)}  ${x.name.slice(0, 24)}`),
    '```',
    '',
  ].join('\n');
}

/** Registers the palette commands. */
export function registerCommands(client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EditorCommands.fillValueAtCursor, fillValue),
    vscode.commands.registerCommand(EditorCommands.checkWorkspace, () => checkWorkspace(client)),
    vscode.commands.registerCommand(EditorCommands.showStats, () => showStats(client)),
  );
}
