// 公文助手: 版式预览 — a side webview with the report in the GB/T 9704 layout. It follows the
// active report, its edits (after a short pause) and its cursor.

import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EditorCommands, LayoutParams, LayoutRequest, LayoutResult } from '../../server/src/protocol';
import { fontFamilies, previewHtml } from './previewHtml';
import type { FromWebview, ToWebview } from './webview/messages';

/** What the webview reports after drawing: enough for a test to see that it follows. */
export interface PreviewRendered {
  kind: 'layout' | 'cursor';
  uri: string;
  version: number;
  pages: number;
  headings: string[];
  /** Highlighted blanks drawn. */
  marks: number;
  /** The text of the paragraph the cursor is in, if the cursor was sent. */
  activeText?: string;
}

const REPORT_LANGUAGES = ['plaintext', 'markdown', 'gongwen-report'];
const EDIT_DELAY_MS = 200;

export class LayoutPreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private doc?: vscode.TextDocument;
  private timer?: NodeJS.Timeout;
  private ready = false;
  private readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires each time the webview has drawn a layout or moved to the cursor. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.commands.registerCommand(EditorCommands.showPreview, () => this.show()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc && e.contentChanges.length) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.doc) this.post({ type: 'cursor', cursor: this.cursorOf(e.textEditor) });
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (
          this.panel &&
          editor &&
          editor.document !== this.doc &&
          REPORT_LANGUAGES.includes(editor.document.languageId)
        ) {
          this.doc = editor.document;
          void this.refresh();
        }
      }),
      this.rendered,
    );
  }

  /** Opens the preview beside the active report (or brings it back). */
  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && REPORT_LANGUAGES.includes(editor.document.languageId)) this.doc = editor.document;
    if (!this.doc) return;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      void this.refresh();
      return;
    }
    this.ready = false;
    const panel = vscode.window.createWebviewPanel(
      'gongwen.preview',
      vscode.l10n.t('Layout Preview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    this.panel = panel;
    panel.webview.html = previewHtml(randomBytes(16).toString('base64'), panel.webview.cspSource);
    panel.webview.onDidReceiveMessage((m: FromWebview) => {
      if (m.type === 'ready') {
        this.ready = true;
        void this.refresh();
      } else if (m.type === 'rendered' && this.doc) {
        const { type: _, ...drawn } = m;
        this.rendered.fire({ ...drawn, uri: this.doc.uri.toString() });
      }
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      clearTimeout(this.timer);
    });
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), EDIT_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const doc = this.doc;
    if (!doc || !this.panel || !this.ready) return;
    const params: LayoutParams = { uri: doc.uri.toString() };
    const layout = await this.client.sendRequest<LayoutResult | null>(LayoutRequest, params);
    // A newer edit is on its way, or the preview moved to another report meanwhile.
    if (!layout || doc !== this.doc || layout.version !== doc.version) return;
    this.panel.title = `${vscode.l10n.t('Layout Preview')} · ${doc.uri.path.split('/').pop()}`;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    this.post({
      type: 'layout',
      layout: { ...layout, fonts: fontFamilies(layout.style), level3Bold: layout.style.level3Bold },
      cursor: editor ? this.cursorOf(editor) : undefined,
    });
  }

  private cursorOf(editor: vscode.TextEditor): number {
    return editor.document.offsetAt(editor.selection.active);
  }

  private post(message: ToWebview): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
