// When open reports are checked and what is published: the debounce, on-save mode, the first
// publication of character rules while the dictionaries load, never a stale version, and at most
// PUBLISH_LIMIT findings of a rule. Pushed (textDocument/publishDiagnostics) to a client that does not
// pull; a client that pulls (textDocument/diagnostic) gets a result id with each report, and an
// unchanged report is answered `unchanged`. The server's handlers only say what happened to a document.

import type { Connection } from 'vscode-languageserver/node';
import {
  DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { publishable, Rule, translator } from '../core';
import { ReportState, Reports } from './reports';
import { SettingsCache } from './settings';

/** The open documents, as the server's TextDocuments has them. */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** What was last published for a document, and under which result id. */
interface Result {
  id: string;
  version: number;
  json: string;
  diagnostics: Diagnostic[];
}

/** Schedules checks of open reports and publishes their diagnostics. */
export class DiagnosticsScheduler {
  /** The client pulls diagnostics (textDocument/diagnostic) and can be asked to pull again. */
  pulls = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly immediates = new Map<string, NodeJS.Immediate>();
  /** Opening fires a change too (same version): the open's immediate check stands. */
  private readonly opening = new Set<string>();
  /** Rule failures already logged (each once). */
  private readonly logged = new Set<string>();
  private readonly results = new Map<string, Result>();
  private nextId = 1;
  private stopped = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly settings: SettingsCache,
    private readonly reports: Reports,
    private readonly rules: readonly Rule[],
  ) {}

  opened(doc: TextDocument): void {
    this.reports.open(doc.uri);
    if (this.pulls) return;
    this.opening.add(`${doc.version} ${doc.uri}`);
    this.schedule(doc, 0, true);
  }

  changed(doc: TextDocument): void {
    if (this.pulls) return;
    if (!this.opening.delete(`${doc.version} ${doc.uri}`)) this.schedule(doc, undefined, false);
  }

  saved(doc: TextDocument): void {
    if (this.pulls) this.saves.add(doc.uri);
    else this.schedule(doc, 0, true);
  }

  /** Forgets a closed report and clears its diagnostics. */
  closed(doc: TextDocument): void {
    this.cancel(doc.uri);
    this.reports.close(doc.uri);
    this.settings.forget(doc.uri);
    this.results.delete(doc.uri);
    if (!this.pulls) quietly(this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }));
  }

  /** Settings or `.gongwenrc.json` changed: every open report again, at once. */
  refreshAll(): void {
    this.settings.clear();
    this.reports.invalidate();
    if (this.pulls) quietly(this.connection.languages.diagnostics.refresh());
    else for (const doc of this.documents.all()) this.schedule(doc, 0, true);
  }

  /** Analyses still running finish quietly: nothing is sent after shutdown. */
  shutdown(): void {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    this.immediates.forEach(clearImmediate);
  }

  /** Documents saved since their last pull (on-save mode checks them then). */
  private readonly saves = new Set<string>();

  /**
   * The report a pulling client asks for: the current version's full diagnostics (character rules
   * first while the dictionaries load, the client then asked to pull again), or `unchanged` when they
   * are what the client has. In on-save mode, what was published until the document is saved.
   */
  async pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    const doc = this.documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { host } = await this.settings.load(uri);
    if (!this.settings.isReport(uri, host)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const last = this.results.get(uri);
    const saved = this.saves.delete(uri);
    if (host.run === 'onSave' && last && !saved) return this.answer(last, previousResultId);
    const state = this.reports.get(doc);
    if (!state.model.segmented && !this.reports.segmentsSoon(uri, state)) {
      // Character rules now; the full set when the tokens come (the client pulls again when asked).
      void this.reports.analyzeFully(doc, this.isCurrent(uri)).then((full) => {
        if (full && !this.stopped) quietly(this.connection.languages.diagnostics.refresh());
      });
      return this.answer(this.record(uri, this.reports.analyze(uri, state)), previousResultId);
    }
    const full = await this.reports.analyzeFully(doc, this.isCurrent(uri));
    // The document changed meanwhile: the client asks again for the new version.
    if (!full) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'changed', { retriggerRequest: true });
    return this.answer(this.record(uri, full), previousResultId);
  }

  private answer(result: Result, previousResultId?: string): DocumentDiagnosticReport {
    if (previousResultId === result.id) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.id, items: result.diagnostics };
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
    const result = this.record(uri, state);
    quietly(this.connection.sendDiagnostics({ uri, version: state.version, diagnostics: result.diagnostics }));
  }

  /** The diagnostics of an analysed state, as published (rule failures logged once each), kept as the document's last result. */
  private record(uri: string, state: ReportState): Result {
    const analysis = state.analysis!;
    // A rule that throws loses its own findings; the others are published. Each failure is logged once.
    for (const { ruleId, error } of analysis.failures) {
      const key = `${ruleId}: ${error instanceof Error ? error.message : String(error)}`;
      if (!this.logged.has(key))
        this.connection.console.error(
          `gongwen: rule ${ruleId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      this.logged.add(key);
    }
    const locale = this.settings.locale;
    const name = (id: string) => this.rules.find((r) => r.id === id)?.name[locale] ?? id;
    const { diagnostics } = publishable(analysis.findings, state.index, uri, name, translator(locale));
    const last = this.results.get(uri);
    // The same diagnostics keep their result id, so a client that has them is told they are unchanged.
    const json = this.pulls ? JSON.stringify(diagnostics) : '';
    if (last && this.pulls && last.json === json) return last;
    const result = { id: String(this.nextId++), version: state.version, json, diagnostics };
    this.results.set(uri, result);
    return result;
  }
}

/** A message to the client whose failure is no concern of ours (a closed connection): never an unhandled rejection. */
export const quietly = (p: unknown): void => {
  if (p instanceof Promise) p.catch(() => undefined);
};
