// What the server's handlers share: the connection, the open documents and, per document, its
// settings, parsed versions and diagnostics. One session per connection; each handler (handlers.ts)
// registers one message on it.

import * as path from 'path';
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Rule, RULES, translator, Translate } from '../core';
import { DiagnosticsScheduler } from './diagnostics';
import { defaultWorkerPath } from './parallel';
import { Reports } from './reports';
import { SettingsCache } from './settings';

export interface ServerOptions {
  /** The segmenter worker's script (defaults to the bundle's sibling). */
  workerPath?: string;
  /** The rules to run (defaults to all): tests give their own. */
  rules?: readonly Rule[];
}

/** The server's state for one connection. */
export class Session {
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: SettingsCache;
  readonly reports: Reports;
  readonly diagnostics: DiagnosticsScheduler;
  readonly rules: readonly Rule[];
  /** Files whose findings a workspace check published (they are not open). */
  readonly checkedFiles = new Set<string>();
  /** The client watches files for us (registered after initialization). */
  canWatch = false;

  constructor(
    readonly connection: Connection,
    options: ServerOptions = {},
  ) {
    this.rules = options.rules ?? RULES;
    this.documents = new TextDocuments(TextDocument);
    this.settings = new SettingsCache(
      connection,
      options.workerPath ?? defaultWorkerPath() ?? path.join(__dirname, 'segmenter-worker.js'),
    );
    this.reports = new Reports(this.settings, this.rules);
    this.diagnostics = new DiagnosticsScheduler(connection, this.documents, this.settings, this.reports, this.rules);
  }

  /** Messages in the user's language. */
  get t(): Translate {
    return translator(this.settings.locale);
  }

  /** Starts listening: documents first, then the connection. */
  listen(): void {
    this.documents.listen(this.connection);
    this.connection.listen();
  }
}
