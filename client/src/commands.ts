// Palette commands that need the editor: fill a value, check the workspace, show statistics,
// treat plain-text files as reports.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFilesParams, CheckFilesRequest, CheckFilesResult, EditorCommands } from '../../server/src/protocol';
import { blankContext, blankKind, isNumberValue } from './context';
import { asRange, fillActionOf, ruleOf, slotDiagnostics } from './slots';
import { StatsPanel } from './statsView';

/** 填入数值…: the fill-value quick fix of the blank at (or after) the cursor; asks for the value unless given. */
async function fillValue(value?: unknown): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const at = editor.selection.active;
  const slot = slotDiagnostics(editor.document.uri).find((d) => d.range.contains(at) || d.range.start.isAfter(at));
  if (!slot) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No blanks left in this report.'));
    return;
  }
  const fill = await fillActionOf(editor.document.uri, slot.range);
  if (!fill) return;
  const args = fill.arguments ?? [];
  // A value passed in (a keybinding, a test) is checked as the input box checks a typed one.
  if (typeof value === 'string' && value && blankKind(ruleOf(slot)) === 'number' && !isNumberValue(value)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" is not a number: {1}', value, numberHint()));
    return;
  }
  await vscode.commands.executeCommand(
    fill.command,
    ...(typeof value === 'string' && value ? [...args.slice(0, 2), value] : args),
  );
}

/** What a number blank takes. */
function numberHint(): string {
  return vscode.l10n.t('Enter a number: digits, with 万 or 亿, a decimal or a percentage (e.g. 12, 3.5, 1.2万, 15%)');
}

/** Fires with the options of each fill-value input box (for the end-to-end tests). */
export const onDidAsk = new vscode.EventEmitter<vscode.InputBoxOptions>();

/**
 * Asks for a blank's value: the sentence around it (the blank marked) and whether a number or a
 * name goes there, as its finding says.
 */
export async function askForValue(uri: string, range: unknown): Promise<string | undefined> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const target = asRange(range);
  let prompt = vscode.l10n.t('Value to fill in');
  let kind: 'number' | 'name' = 'number';
  if (doc && target) {
    const finding = slotDiagnostics(doc.uri).find((d) => d.range.contains(target));
    kind = blankKind(finding ? ruleOf(finding) : undefined);
    const context = blankContext(doc.getText(), doc.offsetAt(target.start), doc.offsetAt(target.end));
    prompt =
      kind === 'number'
        ? vscode.l10n.t('Number for the blank in: {0}', context)
        : vscode.l10n.t('Name or wording for the blank in: {0}', context);
  }
  const options: vscode.InputBoxOptions = {
    title: kind === 'number' ? vscode.l10n.t('Fill in a number') : vscode.l10n.t('Fill in a name'),
    prompt,
    placeHolder: kind === 'number' ? vscode.l10n.t('e.g. 12 or 3.5') : vscode.l10n.t('e.g. the unit or person to name'),
    ignoreFocusOut: true,
    // A number blank takes a number (the spot would stay flagged otherwise): say what is expected.
    validateInput:
      kind === 'number' ? (v) => (v.trim() === '' || isNumberValue(v) ? undefined : numberHint()) : undefined,
  };
  onDidAsk.fire(options);
  return vscode.window.showInputBox(options);
}

/** 作为公文报告打开: this document in the report language (its own defaults wrap long paragraphs). */
export async function openAsReport(uri?: vscode.Uri): Promise<void> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId === 'gongwen-report') return;
  await vscode.languages.setTextDocumentLanguage(doc, 'gongwen-report');
}

/**
 * 将 .txt 文件视为公文报告: the workspace's `files.associations` maps `*.txt` to the report
 * language, on the user's explicit choice (other workspaces and the user's settings stay as they are).
 */
export async function treatTxtAsReports(): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  const files = vscode.workspace.getConfiguration('files');
  const associations = {
    ...(files.inspect<Record<string, string>>('associations')?.[
      target === vscode.ConfigurationTarget.Workspace ? 'workspaceValue' : 'globalValue'
    ] ?? {}),
  };
  associations['*.txt'] = 'gongwen-report';
  await files.update('associations', associations, target);
  // Open .txt editors follow at once.
  for (const doc of vscode.workspace.textDocuments)
    if (doc.languageId === 'plaintext' && /\.txt$/i.test(doc.uri.path))
      await vscode.languages.setTextDocumentLanguage(doc, 'gongwen-report');
}

/** Checks every report in the workspace, with a progress notification; results go to Problems. */
async function checkWorkspace(client: LanguageClient): Promise<void> {
  const globs = vscode.workspace.getConfiguration('gongwen').get<string[]>('files') ?? ['**/*.txt', '**/*.md'];
  const files = (
    await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/{node_modules,.git}/**')))
  ).flat();
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
        progress.report({
          increment: (uris.length / files.length) * 100,
          message: `${Math.min(i + batch, files.length)}/${files.length}`,
        });
      }
    },
  );
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Checked {0} reports: {1} findings (see Problems).',
      total.checked + countOpen(files),
      total.findings,
    ),
  );
  if (total.skipped.length) client.outputChannel.appendLine(total.skipped.join('\n'));
}

function countOpen(files: vscode.Uri[]): number {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  return files.filter((f) => open.has(f.toString())).length;
}

/** Registers the palette commands. */
export function registerCommands(client: LanguageClient, stats: StatsPanel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EditorCommands.fillValueAtCursor, fillValue),
    vscode.commands.registerCommand(EditorCommands.checkWorkspace, () => checkWorkspace(client)),
    vscode.commands.registerCommand(EditorCommands.showStats, () => stats.show()),
    vscode.commands.registerCommand(EditorCommands.openAsReport, openAsReport),
    vscode.commands.registerCommand(EditorCommands.treatTxtAsReports, treatTxtAsReports),
  );
}
