// 导出为 Word（GB/T 9704）: asks where, lets the server write the .docx, and stops while blanks remain
// unless the user says to export anyway.

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
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc),
      filters: { [vscode.l10n.t('Word document')]: ['docx'] },
      title: vscode.l10n.t('Export as Word (GB/T 9704)'),
    }));
  if (!target) return undefined;
  const request = (allowBlanks: boolean) => {
    const params: ExportDocxParams = { uri: doc.uri.toString(), target: target.toString(), allowBlanks };
    return client.sendRequest<ExportDocxResult>(ExportDocxRequest, params);
  };
  let result = await request(args.allowBlanks === true);
  if (!result.written && !result.error && result.blanks.length && args.target === undefined) {
    const first = result.blanks[0];
    const exportAnyway = vscode.l10n.t('Export Anyway (blanks highlighted)');
    const goTo = vscode.l10n.t('Go to First Blank');
    const where = result.blanks
      .slice(0, 3)
      .map((b) => `${b.line}:${b.column}`)
      .join(', ');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} blanks still to fill (line:column {1}…): not exported.', result.blanks.length, where),
      exportAnyway,
      goTo,
    );
    if (choice === goTo) {
      const at = new vscode.Position(first.line - 1, first.column - 1);
      editor.selection = new vscode.Selection(at, doc.positionAt(doc.offsetAt(at) + first.text.length));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
    }
    if (choice !== exportAnyway) return result;
    result = await request(true);
  }
  if (result.error) void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', result.error));
  else if (result.written && args.target === undefined)
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.fsPath));
  return result;
}

/** Registers 公文助手: 导出为 Word（GB/T 9704）; it returns the server's result (for tests). */
export function registerExport(client: LanguageClient): vscode.Disposable {
  // From the palette there are no arguments; from a menu, a URI (the active editor is the report either way).
  return vscode.commands.registerCommand(EditorCommands.exportDocx, (args?: unknown) =>
    exportDocx(client, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? (args as ExportArgs) : {}),
  );
}
