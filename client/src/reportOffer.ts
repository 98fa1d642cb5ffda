// A .txt report opens as plain text: paragraphs of 500 characters stay one line, and the title-bar
// button that switches it is easy to miss. When a plain-text .txt file looks like a report, offer
// once per workspace to open it as a 公文报告; the answer is remembered (workspace state).

import * as vscode from 'vscode';
import { openAsReport, treatTxtAsReports } from './commands';
import { looksLikeReport } from './reportLike';
import { ruleOf } from './slots';

/** What the user answered: this file, every .txt of the workspace, or never ask. */
export type OfferAnswer = 'this' | 'workspace' | 'never';

/** Workspace state: the offer made (and answered how), and the files opened as reports on request. */
const ASKED = 'gongwen.reportOffer';
const REPORT_FILES = 'gongwen.reportFiles';

/** What the offer showed (for the end-to-end tests). */
export interface Offered {
  uri: string;
  message: string;
  choices: string[];
}

export class ReportOffer implements vscode.Disposable {
  private readonly offered = new vscode.EventEmitter<Offered>();
  /** Fires when the offer is shown. */
  readonly onDidOffer = this.offered.event;
  private readonly answered = new vscode.EventEmitter<OfferAnswer | undefined>();
  /** Fires with the user's answer (undefined: closed without one). */
  readonly onDidAnswer = this.answered.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The offer shown in this session, if any. */
  last: Offered | undefined;

  constructor(private readonly state: vscode.Memento) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => e && void this.consider(e.document)),
      // A report without a title line shows itself by its findings (blanks, numbering).
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) void this.consider(doc);
      }),
    );
    const doc = vscode.window.activeTextEditor?.document;
    if (doc) void this.consider(doc);
  }

  /** The answer given in this workspace, if the offer was made: 'asked' when closed without one. */
  get answer(): OfferAnswer | 'asked' | undefined {
    return this.state.get<OfferAnswer | 'asked'>(ASKED);
  }

  private isCandidate(doc: vscode.TextDocument): boolean {
    return (
      doc.languageId === 'plaintext' && ['file', 'untitled'].includes(doc.uri.scheme) && /\.txt$/i.test(doc.uri.path)
    );
  }

  /** Opens a remembered report as one; offers once when a plain .txt looks like a report. */
  private async consider(doc: vscode.TextDocument): Promise<void> {
    if (!this.isCandidate(doc)) return;
    if (this.state.get<string[]>(REPORT_FILES, []).includes(doc.uri.toString())) {
      await vscode.languages.setTextDocumentLanguage(doc, 'gongwen-report');
      return;
    }
    if (this.answer !== undefined) return;
    const rules = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.source === 'gongwen')
      .map(ruleOf);
    if (!looksLikeReport(doc.getText(), rules)) return;
    await this.state.update(ASKED, 'asked'); // once per workspace, answered or not
    await this.offer(doc);
  }

  private async offer(doc: vscode.TextDocument): Promise<void> {
    const choices: Record<OfferAnswer, string> = {
      this: vscode.l10n.t('Open as Report'),
      workspace: vscode.l10n.t('All .txt Files in This Workspace'),
      never: vscode.l10n.t("Don't Ask Again"),
    };
    const message = vscode.l10n.t(
      '{0} looks like a report. Open it as a 公文报告 (long paragraphs wrap, headings coloured)?',
      vscode.workspace.asRelativePath(doc.uri),
    );
    this.last = { uri: doc.uri.toString(), message, choices: Object.values(choices) };
    this.offered.fire(this.last);
    const picked = await vscode.window.showInformationMessage(message, ...Object.values(choices));
    const answer = (Object.keys(choices) as OfferAnswer[]).find((k) => choices[k] === picked);
    if (answer) await this.state.update(ASKED, answer);
    if (answer === 'this') {
      await this.state.update(REPORT_FILES, [...this.state.get<string[]>(REPORT_FILES, []), doc.uri.toString()]);
      await openAsReport(doc.uri);
    } else if (answer === 'workspace') await treatTxtAsReports();
    this.answered.fire(answer);
  }

  dispose(): void {
    this.offered.dispose();
    this.answered.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
