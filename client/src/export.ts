// 导出为 Word（GB/T 9704）: says first whether blanks remain (export anyway, or go to the first one),
// then asks where, lets the server write the .docx, and offers to open it or show it in its folder.

import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EditorCommands, ExportDocxParams, ExportDocxRequest, ExportDocxResult } from '../../server/src/protocol';

/** Options the command takes from a caller (tests, keybindings); a person gets dialogs instead. */
export interface ExportArgs {
  /** Where to write; asked with a save dialog when missing. */
  target?: vscode.Uri;
  /** Export even with blanks (else a person is asked, a caller gets the refusal back). */
  allowBlanks?: boolean;
}

/** The default target: the report's name with .docx, beside it (or in the first workspace folder). */
function defaultTarget(doc: vscode.TextDocument): vscode.Uri {
  if (doc.uri.scheme === 'file') return vscode.Uri.file(doc.uri.fsPath.replace(/\.[^./\\]*$/, '') + '.docx');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${path.basename(doc.uri.path) || 'report'}.docx`;
  return folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
}

async function exportDocx(client: LanguageClient, args: ExportArgs = {}): Promise<ExportDocxResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const doc = editor.document;
  const person = args.target === undefined;
  const request = (target: vscode.Uri | undefined, allowBlanks: boolean) => {
    const params: ExportDocxParams = { uri: doc.uri.toString(), target: target?.toString(), allowBlanks };
    return client.sendRequest<ExportDocxResult>(ExportDocxRequest, params);
  };
  let allowBlanks = args.allowBlanks === true;
  // A person hears about the blanks first, before choosing where to save.
  if (person && !allowBlanks) {
    const found = await request(undefined, false);
    if (found.error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', found.error));
      return found;
    }
    if (found.blanks.length) {
      if (!(await askAboutBlanks(editor, found))) return found;
      allowBlanks = true;
    }
  }
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc),
      filters: { [vscode.l10n.t('Word document')]: ['docx'] },
      title: vscode.l10n.t('Export as Word (GB/T 9704)'),
    }));
  if (!target) return undefined;
  const result = await request(target, allowBlanks);
  if (result.error) void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', result.error));
  else if (result.written && person) void offerToOpen(target);
  return result;
}

/**
 * Says how many blanks remain and where, offering 仍然导出 and 转到第一处待填; true when the user
 * chose to export anyway.
 */
async function askAboutBlanks(editor: vscode.TextEditor, found: ExportDocxResult): Promise<boolean> {
  const first = found.blanks[0];
  const exportAnyway = vscode.l10n.t('Export Anyway (blanks highlighted)');
  const goTo = vscode.l10n.t('Go to First Blank');
  const where = found.blanks
    .slice(0, 3)
    .map((b) => `${b.line}:${b.column}`)
    .join(', ');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} blanks still to fill (line:column {1}…): not exported.', found.blanks.length, where),
    exportAnyway,
    goTo,
  );
  if (choice === goTo) {
    const doc = editor.document;
    const at = new vscode.Position(first.line - 1, first.column - 1);
    const shown = await vscode.window.showTextDocument(doc, editor.viewColumn);
    shown.selection = new vscode.Selection(at, doc.positionAt(doc.offsetAt(at) + first.text.length));
    shown.revealRange(shown.selection, vscode.TextEditorRevealType.InCenter);
  }
  return choice === exportAnyway;
}

/** After an export: 打开 (in the system's app for .docx) or 在文件夹中显示. */
async function offerToOpen(target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Show in Folder');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.fsPath), open, reveal);
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) {
    // The system's file manager where there is one (desktop); the Explorer view otherwise (in a browser).
    const inOS = (await vscode.commands.getCommands(true)).includes('revealFileInOS');
    await vscode.commands.executeCommand(inOS ? 'revealFileInOS' : 'revealInExplorer', target);
  }
}

/** Registers 公文助手: 导出为 Word（GB/T 9704）; it returns the server's result (for tests). */
export function registerExport(client: LanguageClient): vscode.Disposable {
  // From the palette there are no arguments; from a menu, a URI (the active editor is the report either way).
  return vscode.commands.registerCommand(EditorCommands.exportDocx, (args?: unknown) =>
    exportDocx(client, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? (args as ExportArgs) : {}),
  );
}
