// LSP wiring: short handlers only. Each gets the document, asks the core, returns.

import * as fs from 'fs';
import * as path from 'path';
import {
  Connection,
  createConnection,
  FoldingRange,
  InitializeResult,
  ProposedFeatures,
  SemanticTokens,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getDocumentSymbols, getFoldingRanges, getSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './core';
import { toDiagnostic } from './core/features/diagnostics';
import { toOptions } from './host/config';
import { Reports } from './host/reports';
import { WorkerSegmenter } from './host/segmenter';

export interface ServerOptions {
  /** The segmenter worker's script (defaults to the bundle's sibling). */
  workerPath?: string;
}

/** Serves reports over `connection`; returns it listening. */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): Connection {
  const documents = new TextDocuments(TextDocument);
  let locale: 'zh-cn' | 'en' = 'zh-cn';
  const segmenter = new WorkerSegmenter(serverOptions.workerPath ?? defaultWorkerPath());
  const reports = new Reports(segmenter, () => toOptions(locale));
  const timers = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((params): InitializeResult => {
    locale = /^zh/i.test(params.locale ?? 'zh-cn') ? 'zh-cn' : 'en';
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '公文大纲' },
        foldingRangeProvider: true,
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          full: true,
        },
      },
      serverInfo: { name: 'gongwen', version: '0.1.0' },
    };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = reports.get(doc);
    return getDocumentSymbols(model, index);
  });

  connection.onFoldingRanges(({ textDocument }): FoldingRange[] | null => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = reports.get(doc);
    return getFoldingRanges(model, index);
  });

  connection.languages.semanticTokens.on(({ textDocument }): SemanticTokens => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return { data: [] };
    const { model, index } = reports.get(doc);
    return { data: getSemanticTokens(model, index) };
  });

  const publish = (doc: TextDocument) => {
    const state = reports.get(doc);
    // Character rules first, at once: they do not wait for the dictionary.
    send(doc, reports.analyze(doc.uri, state));
    if (!state.model.segmented) {
      void reports.analyzeFully(doc, () => documents.get(doc.uri)?.version === doc.version).then((full) => full && send(doc, full));
    }
  };
  const send = (doc: TextDocument, state: ReturnType<Reports['get']>) => {
    if (documents.get(doc.uri)?.version !== doc.version || !state.analysis) return;
    for (const f of state.analysis.failures) connection.console.error(`gongwen: rule ${f.ruleId} failed: ${String(f.error)}`);
    const diagnostics = state.analysis.findings.map((f) => toDiagnostic(f, state.index, doc.uri));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) publish(current);
    }, delay));
  };

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, 20));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    reports.close(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onShutdown(() => segmenter.dispose());

  documents.listen(connection);
  connection.listen();
  return connection;
}

function defaultWorkerPath(): string {
  const beside = path.join(__dirname, 'segmenter-worker.js');
  return fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'dist', 'segmenter-worker.js');
}

if (require.main === module) {
  // stdio (`--stdio`), IPC (`--node-ipc`) or sockets: createConnection reads the command line.
  startServer(createConnection(ProposedFeatures.all));
}
