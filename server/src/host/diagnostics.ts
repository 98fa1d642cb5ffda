// When open reports are checked and what is published: the debounce, on-save mode, the first
// publication of character rules while the dictionaries load, and never a stale version. The server's
// handlers only say what happened to a document.

import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../core';
import { ReportState, Reports } from './reports';
import { SettingsCache } from './settings';

/** The open documents, as the server's TextDocuments has them. */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** Schedules checks of open reports and publishes their diagnostics. */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly immediates = new Map<string, NodeJS.Immediate>();
  /** Opening fires a change too (same version): the open's immediate check stands. */
  private readonly opening = new Set<string>();
  /** Rule failures already logged (each once). */
  private readonly logged = new Set<string>();
  private stopped = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly settings: SettingsCache,
    private readonly reports: Reports,
  ) {}

  opened(doc: TextDocument): void {
    this.reports.open(doc.uri);
    this.opening.add(`${doc.version} ${doc.uri}`);
    this.schedule(doc, 0, true);
  }

  changed(doc: TextDocument): void {
    if (!this.opening.delete(`${doc.version} ${doc.uri}`)) this.schedule(doc, undefined, false);
  }

  saved(doc: TextDocument): void {
    this.schedule(doc, 0, true);
  }

  /** Forgets a closed report and clears its diagnostics. */
  closed(doc: TextDocument): void {
    this.cancel(doc.uri);
    this.reports.close(doc.uri);
    this.settings.forget(doc.uri);
    quietly(this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }));
  }

  /** Settings or `.gongwenrc.json` changed: every open report again, at once. */
  refreshAll(): void {
    this.settings.clear();
    this.reports.invalidate();
    for (const doc of this.documents.all()) this.schedule(doc, 0, true);
  }

  /** Analyses still running finish quietly: nothing is sent after shutdown. */
  shutdown(): void {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    this.immediates.forEach(clearImmediate);
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    clearImmediate(this.immediates.get(uri));
    this.immediates.delete(uri);
  }

  /** Checks a document after the debounce; `force` checks even in on-save mode (open, save, settings). */
  private schedule(doc: TextDocument, delay: number | undefined, force: boolean): void {
    this.cancel(doc.uri);
    void this.settings.load(doc.uri).then(({ host }) => {
      if (!this.settings.isReport(doc.uri, host)) return;
      if (host.run === 'onSave' && !force) return;
      // Only the latest check waits: opening fires both open and change, typing fires many changes.
      this.cancel(doc.uri);
      const run = () => {
        this.timers.delete(doc.uri);
        this.immediates.delete(doc.uri);
        const current = this.documents.get(doc.uri);
        if (current) this.publish(current);
      };
      const wait = delay ?? host.debounce;
      // No debounce: run after the pending messages (a timer of 0 would put the thread to sleep for a
      // millisecond, and a busy machine takes far longer to wake it).
      if (wait > 0) this.timers.set(doc.uri, setTimeout(run, wait));
      else
        this.immediates.set(
          doc.uri,
          setImmediate(() => run()),
        );
    });
  }

  /** A document changes in place: what was analysed is known by its version number. */
  private isCurrent = (uri: string) => (version: number) => this.documents.get(uri)?.version === version;

  private publish(doc: TextDocument): void {
    const state = this.reports.get(doc);
    // Character rules first, at once, while the dictionary loads or a new report is segmented;
    // after an edit (a paragraph to segment, about a millisecond) the full set comes in one go.
    if (!state.model.segmented && !this.reports.segmentsSoon(doc.uri, state))
      this.send(doc.uri, this.reports.analyze(doc.uri, state));
    void this.reports.analyzeFully(doc, this.isCurrent(doc.uri)).then((full) => full && this.send(doc.uri, full));
  }

  private send(uri: string, state: ReportState): void {
    if (this.stopped || !this.isCurrent(uri)(state.version) || !state.analysis) return;
    // A rule that throws loses its own findings; the others are published. Each failure is logged once.
    for (const { ruleId, error } of state.analysis.failures) {
      const key = `${ruleId}: ${error instanceof Error ? error.message : String(error)}`;
      if (!this.logged.has(key))
        this.connection.console.error(
          `gongwen: rule ${ruleId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      this.logged.add(key);
    }
    const diagnostics = state.analysis.findings.map((f) => toDiagnostic(f, state.index, uri));
    quietly(this.connection.sendDiagnostics({ uri, version: state.version, diagnostics }));
  }
}

/** A message to the client whose failure is no concern of ours (a closed connection): never an unhandled rejection. */
export const quietly = (p: unknown): void => {
  if (p instanceof Promise) p.catch(() => undefined);
};
