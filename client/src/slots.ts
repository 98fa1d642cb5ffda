// Blanks (待填) in the editor: the slot rules' diagnostics, in document order, and where each
// blank's value goes (an empty gap, or a mask or placeholder to overwrite).

import * as vscode from 'vscode';
import { Commands, EditorCommands } from '../../server/src/protocol';
import { SLOT_RULES } from './slotRules';

/** The rule id of one of our diagnostics. */
export const ruleOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** True for a gongwen diagnostic of a blank. */
export const isSlot = (d: vscode.Diagnostic): boolean => d.source === 'gongwen' && SLOT_RULES.includes(ruleOf(d));

/** The blank diagnostics of a document, in order. */
export function slotDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(isSlot)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** The blanks of a document (their diagnostics' ranges), in order. */
export function slotsOf(uri: vscode.Uri): vscode.Range[] {
  return slotDiagnostics(uri).map((d) => d.range);
}

/** The fill-value action of a blank: the server's own answer says where the value goes. */
export async function fillActionOf(uri: vscode.Uri, slot: vscode.Range): Promise<vscode.Command | undefined> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    slot,
    vscode.CodeActionKind.QuickFix.value,
  );
  // Several findings may touch the range: take the action whose target lies in this blank.
  const fills = (actions ?? [])
    .map((a) => a.command)
    .filter((c): c is vscode.Command => c?.command === Commands.fillValue);
  return fills.find((c) => slot.contains(asRange(c.arguments?.[1]) ?? new vscode.Range(0, 0, 0, 0))) ?? fills[0];
}

/**
 * Where a blank's value goes: an empty range at a gap (处置|人次), or exactly the mask or
 * placeholder (**, XX, 【待填】). The diagnostic's range also covers the characters around a gap,
 * so it is never selected as such: typing would replace real text.
 */
export async function targetOf(uri: vscode.Uri, slot: vscode.Range): Promise<vscode.Range> {
  const target = asRange((await fillActionOf(uri, slot))?.arguments?.[1]);
  return target ?? new vscode.Range(slot.start, slot.start);
}

/** An LSP range (JSON or already converted) as a vscode.Range. */
export function asRange(x: unknown): vscode.Range | undefined {
  if (x instanceof vscode.Range) return x;
  const r = x as { start?: { line: number; character: number }; end?: { line: number; character: number } } | undefined;
  if (!r?.start || !r.end) return undefined;
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Moves the cursor to the next (or previous) blank after (before) it, wrapping around. */
export async function gotoSlot(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const slots = slotsOf(editor.document.uri);
  if (slots.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No blanks left in this report.'));
    return;
  }
  // From the cursor (a selected mask has it at its start): a blank holding it counts as visited.
  const at = editor.selection.active;
  const target =
    direction === 1
      ? (slots.find((r) => r.start.isAfter(at)) ?? slots[0])
      : ([...slots].reverse().find((r) => r.start.isBefore(at) && !r.contains(at)) ?? slots[slots.length - 1]);
  const where = await targetOf(editor.document.uri, target);
  // Anchor at the end, cursor at the start: the next step moves on from inside this blank.
  editor.selection = new vscode.Selection(where.end, where.start);
  editor.revealRange(where, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The next/previous blank commands. */
export function registerSlotNavigation(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EditorCommands.nextSlot, () => gotoSlot(1)),
    vscode.commands.registerCommand(EditorCommands.previousSlot, () => gotoSlot(-1)),
  );
}
