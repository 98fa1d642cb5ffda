// LSP wiring: short handlers only. Each gets the document, asks the core, returns.

import * as fs from 'fs';
import * as path from 'path';
import {
  CodeAction,
  CodeActionKind,
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  FoldingRange,
  InitializeResult,
  ProposedFeatures,
  SemanticTokens,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getDocumentSymbols, getFoldingRanges, getSemanticTokens, RuleOptions, TOKEN_MODIFIERS, TOKEN_TYPES, translator } from './core';
import { fixAllAction, FIX_ALL_KIND, getQuickFixes, MARK_BLANKS_KIND, markBlanks } from './core/features/codeActions';
import { toDiagnostic } from './core/features/diagnostics';
import { findRcFile, GongwenSettings, readRcFile, toOptions } from './host/config';
import { uriToPath } from './host/uri';
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
  let canPullConfig = false;
  const segmenter = new WorkerSegmenter(serverOptions.workerPath ?? defaultWorkerPath());
  const options = new Map<string, RuleOptions>();
  const reports = new Reports(segmenter, (uri) => options.get(uri) ?? toOptions(locale));
  const timers = new Map<string, NodeJS.Timeout>();

  /** Settings for a document: VS Code's `gongwen` section, then the nearest `.gongwenrc.json`. */
  const loadOptions = async (uri: string): Promise<RuleOptions> => {
    const settings: GongwenSettings = canPullConfig ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' })) ?? {}) : {};
    const file = uriToPath(uri);
    const rc = readRcFile(file ? findRcFile(path.dirname(file)) : undefined);
    if (rc.error) connection.console.warn(`gongwen: ${rc.error}`);
    const o = toOptions(locale, settings, rc.settings);
    options.set(uri, o);
    return o;
  };

  connection.onInitialize((params): InitializeResult => {
    locale = /^zh/i.test(params.locale ?? 'zh-cn') ? 'zh-cn' : 'en';
    canPullConfig = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_BLANKS_KIND] },
        executeCommandProvider: { commands: ['gongwen.fillValue'] },
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

  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  });

  connection.onDidChangeConfiguration(() => {
    options.clear();
    reports.invalidate();
    for (const doc of documents.all()) void loadOptions(doc.uri).then(() => schedule(doc, 0));
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] | null => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const state = reports.analyze(doc.uri, reports.get(doc));
    const findings = state.analysis?.findings ?? [];
    const ctx = { uri: doc.uri, version: doc.version, index: state.index, t: translator(locale) };
    // Source actions only when asked for by kind: `source.fixAll(.gongwen)` fixes, the
    // placeholders kind marks blanks (never implied by a broader kind: it inserts text).
    const only = context.only ?? [];
    if (only.includes(MARK_BLANKS_KIND)) return [markBlanks(findings, ctx)].filter((a): a is CodeAction => a !== undefined);
    if (only.some((k) => k.startsWith('source'))) {
      return only.some((k) => FIX_ALL_KIND.startsWith(k)) ? [fixAllAction(findings, ctx)].filter((a): a is CodeAction => a !== undefined) : [];
    }
    const span = { start: state.index.offsetAt(range.start), end: state.index.offsetAt(range.end) };
    return getQuickFixes(findings, span, ctx);
  });

  // 填入数值: VS Code asks for the value in an input box (client middleware adds it);
  // other clients pass it as the third argument.
  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    if (command !== 'gongwen.fillValue') return;
    const [uri, range, value] = args as [string, { start: { line: number; character: number }; end: { line: number; character: number } }, string | undefined];
    if (typeof value !== 'string' || value === '') {
      void connection.window.showWarningMessage(translator(locale)('fillValueNeedsValue'));
      return;
    }
    const doc = documents.get(uri);
    if (!doc) return;
    await connection.workspace.applyEdit({ documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [{ range, newText: value }] }] });
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

  documents.onDidOpen(({ document }) => void loadOptions(document.uri).then(() => schedule(document, 0)));
  documents.onDidChangeContent(({ document }) => schedule(document, 20));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    reports.close(document.uri);
    options.delete(document.uri);
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
