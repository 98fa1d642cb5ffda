// Blanks (待填) in the editor: the slot rules' diagnostics, in document order.

import * as vscode from 'vscode';
import { EditorCommands } from '../../server/src/protocol';
import { SLOT_RULES } from './slotRules';

/** The blanks of a document, from gongwen's slot diagnostics, in order. */
export function slotsOf(uri: vscode.Uri): vscode.Range[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'gongwen' && SLOT_RULES.includes(String(typeof d.code === 'object' ? d.code.value : d.code)))
    .map((d) => d.range)
    .sort((a, b) => a.start.compareTo(b.start));
}

/** Moves the cursor to the next (or previous) blank after (before) it, wrapping around. */
export function gotoSlot(direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const slots = slotsOf(editor.document.uri);
  if (slots.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No blanks left in this report.'));
    return;
  }
  const at = editor.selection.start;
  const target =
    direction === 1
      ? slots.find((r) => r.start.isAfter(at)) ?? slots[0]
      : [...slots].reverse().find((r) => r.start.isBefore(at)) ?? slots[slots.length - 1];
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The next/previous blank commands. */
export function registerSlotNavigation(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EditorCommands.nextSlot, () => gotoSlot(1)),
    vscode.commands.registerCommand(EditorCommands.previousSlot, () => gotoSlot(-1)),
  );
}
