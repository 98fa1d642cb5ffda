// The status bar item: 字数 (characters without whitespace) and 待填 (blanks left); click → next blank.

import * as vscode from 'vscode';
import { visibleLength } from '../../server/src/core/text';
import { EditorCommands } from '../../server/src/protocol';
import { countFindings } from './published';
import { slotDiagnostics } from './slots';

const REPORT_LANGUAGES = ['plaintext', 'markdown', 'gongwen-report'];

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the new text after each update (for the end-to-end tests). */
  readonly onDidUpdate = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private visible = false;

  constructor() {
    this.item.name = vscode.l10n.t('Gongwen report status');
    this.item.command = EditorCommands.nextSlot;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument(
        (e) => e.document === vscode.window.activeTextEditor?.document && this.later(),
      ),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 300);
  }

  /** The text shown, or '' when hidden. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !REPORT_LANGUAGES.includes(doc.languageId)) {
      this.item.hide();
      this.visible = false;
      this.changed.fire('');
      return;
    }
    // Counted as the drafter's word processor and the statistics command count: everything but blanks.
    const chars = visibleLength(doc.getText());
    const blanks = countFindings(slotDiagnostics(doc.uri));
    this.item.text = vscode.l10n.t('$(edit) Chars {0} · Blanks {1}', chars, blanks);
    this.item.tooltip = vscode.l10n.t(
      'Characters without whitespace: {0}. Blanks to fill: {1}. Click to go to the next blank.',
      chars,
      blanks,
    );
    this.item.show();
    this.visible = true;
    this.changed.fire(this.item.text);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
