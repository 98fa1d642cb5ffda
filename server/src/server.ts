// LSP wiring: short handlers only. Each gets the document, asks the core, returns.

import * as path from 'path';
import {
  CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  FoldingRange,
  InitializeResult,
  ProposedFeatures,
  Range,
  SemanticTokens,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  FIX_ALL_KIND,
  fixAllAccepts,
  fixAllAction,
  getDocumentSymbols,
  getFindingsContext,
  getFoldingRanges,
  getQuickFixes,
  getSemanticTokens,
  getStats,
  ignoreEntryFor,
  IgnoreEntry,
  MARK_BLANKS_KIND,
  markBlanksAction,
  Rule,
  RULES,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  translator,
} from './core';
import { RC_FILE, updateRcFile } from './host/config';
import { checkWorkspaceFiles } from './host/checkFile';
import { DiagnosticsScheduler, quietly } from './host/diagnostics';
import { exportToFile, prepareModel, previewLayout } from './host/export';
import { defaultWorkerPath } from './host/parallel';
import { Reports } from './host/reports';
import { SettingsCache } from './host/settings';
import { uriToPath } from './host/uri';
import {
  CheckFilesParams,
  CheckFilesRequest,
  CheckFilesResult,
  Commands,
  ExportDocxParams,
  ExportDocxRequest,
  ExportDocxResult,
  FindingsContext,
  FindingsContextParams,
  FindingsContextRequest,
  LayoutParams,
  LayoutRequest,
  LayoutResult,
  ReportStats,
  StatsParams,
  StatsRequest,
} from './protocol';

export interface ServerOptions {
  /** The segmenter worker's script (defaults to the bundle's sibling). */
  workerPath?: string;
  /** The rules to run (defaults to all): tests give their own. */
  rules?: readonly Rule[];
}

/** Serves reports over `connection`; returns it listening. */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): Connection {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsCache(
    connection,
    serverOptions.workerPath ?? defaultWorkerPath() ?? path.join(__dirname, 'segmenter-worker.js'),
  );
  const reports = new Reports(settings, serverOptions.rules);
  const diagnostics = new DiagnosticsScheduler(connection, documents, settings, reports);
  const t = () => translator(settings.locale);

  let canWatch = false;
  connection.onInitialize((params): InitializeResult => {
    settings.initialize(params);
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_BLANKS_KIND] },
        executeCommandProvider: { commands: Object.values(Commands) },
        // Named for the Outline view, which groups the symbols by provider when Markdown's own has some too.
        documentSymbolProvider: { label: settings.locale === 'en' ? 'Report levels and items' : '公文层次与列举' },
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
    if (settings.canPull && settings.canRegisterConfig)
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }));
    // `.gongwenrc.json` edited outside (by hand, by another program) applies at once; a checked
    // file deleted or renamed loses its findings.
    if (canWatch) {
      const watchers = [{ globPattern: `**/${RC_FILE}` }, { globPattern: '**/*', kind: WatchKind.Delete }];
      quietly(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const { uri, type } of changes) if (type === FileChangeType.Deleted) forgetChecked(uri);
    if (changes.some(({ uri }) => uri.endsWith(`/${RC_FILE}`))) refreshAll();
  });

  /** Files whose findings a workspace check published (they are not open). */
  const checkedFiles = new Set<string>();
  /** Clears the findings of a deleted file, or of every checked file in a deleted folder. */
  const forgetChecked = (gone: string) => {
    for (const uri of checkedFiles) {
      if (uri !== gone && !uri.startsWith(`${gone.replace(/\/$/, '')}/`)) continue;
      checkedFiles.delete(uri);
      if (!documents.get(uri)) quietly(connection.sendDiagnostics({ uri, diagnostics: [] }));
    }
  };

  connection.onDidChangeConfiguration(() => refreshAll());

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = reports.get(doc);
    return getDocumentSymbols(model, index, settings.locale);
  });

  connection.onFoldingRanges(({ textDocument }): FoldingRange[] | null => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = reports.get(doc);
    return getFoldingRanges(model, index);
  });

  connection.languages.semanticTokens.on(({ textDocument }): SemanticTokens => {
    const doc = documents.get(textDocument.uri);
    return { data: doc ? getSemanticTokens(reports.get(doc).model, reports.get(doc).index) : [] };
  });

  connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[] | null> => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const state = await reports.current(doc);
    const findings = state.analysis?.findings ?? [];
    const ctx = {
      uri: doc.uri,
      version: state.version,
      index: state.index,
      locale: settings.locale,
      t: t(),
      ignoreEntry: (f: Parameters<typeof ignoreEntryFor>[1]) => ignoreEntryFor(state.model, f),
      fixAllAccepts: fixAllAccepts(settings.options(doc.uri).fixAll.contentChanges),
    };
    // Source actions only when asked for by kind: `source.fixAll(.gongwen)` fixes (every round: a
    // second fix-all finds nothing); the placeholders kind marks blanks (never implied by a broader
    // fix-all kind, as on save: it inserts text). The Source Action menu (every `source` action, on
    // the user's request) lists marking blanks beside fix-all.
    const only = context.only ?? [];
    if (only.includes(MARK_BLANKS_KIND))
      return present([markBlanksAction(await reports.markBlanks(doc.uri, state), ctx)]);
    if (!only.some((k) => k.startsWith('source')))
      return getQuickFixes(
        findings,
        { start: state.index.offsetAt(range.start), end: state.index.offsetAt(range.end) },
        ctx,
      );
    if (!only.some((k) => FIX_ALL_KIND.startsWith(k))) return [];
    const menu = only.includes(CodeActionKind.Source) && context.triggerKind === CodeActionTriggerKind.Invoked;
    return present([
      fixAllAction(await reports.fixAll(doc.uri, state), ctx),
      menu ? markBlanksAction(await reports.markBlanks(doc.uri, state), ctx) : undefined,
    ]);
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    const [uri] = args as [string];
    if (command === Commands.fillValue) {
      // VS Code asks for the value in an input box (client middleware adds it); other clients pass it.
      const [, range, value] = args as [string, unknown, unknown];
      const doc = documents.get(uri);
      if (typeof value !== 'string' || value === '')
        quietly(connection.window.showWarningMessage(t()('fillValueNeedsValue')));
      else if (doc && Range.is(range))
        await connection.workspace.applyEdit({
          documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [{ range, newText: value }] }],
        });
    } else if (command === Commands.ignoreFinding && isIgnoreEntry(args[1])) {
      writeRc(uri, (s) => (s.ignore = [...(s.ignore ?? []), args[1] as IgnoreEntry]));
    } else if (command === Commands.disableRule && typeof args[1] === 'string') {
      writeRc(uri, (s) => (s.rules = { ...(s.rules ?? {}), [args[1] as string]: 'off' }));
    }
  });

  connection.onRequest(StatsRequest, async ({ uri }: StatsParams): Promise<ReportStats | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    // Blanks are found by token rules: the analysis without tokens would count none.
    const state = (await reports.analyzeFully(doc, () => true)) ?? reports.analyze(uri, reports.get(doc));
    return getStats(state.model, state.analysis?.findings ?? []);
  });

  connection.onRequest(FindingsContextRequest, ({ uri }: FindingsContextParams): FindingsContext | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const { model, index } = reports.get(doc);
    return getFindingsContext(model, index, serverOptions.rules ?? RULES, settings.locale);
  });

  connection.onRequest(LayoutRequest, async ({ uri }: LayoutParams): Promise<LayoutResult | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    // Settings first (they choose the segmenter's dictionaries), then the tokens the blank rules need.
    const { options, layout } = await settings.load(uri);
    const state = (await reports.analyzeFully(doc, () => true))!;
    return { version: state.version, ...previewLayout(prepareModel(state.model, options), layout) };
  });

  connection.onRequest(
    ExportDocxRequest,
    async ({ uri, target, allowBlanks }: ExportDocxParams): Promise<ExportDocxResult> => {
      const doc = documents.get(uri);
      const file = target ? uriToPath(target) : undefined;
      if (!doc || (target && !file))
        return { written: false, blanks: [], error: `${doc ? target : uri}: not an open report or a file` };
      const { options, layout } = await settings.load(uri);
      const state = (await reports.analyzeFully(doc, () => true))!;
      // Without tokens the blank rules cannot run: nothing may go out unchecked.
      if (!state.model.segmented) return { written: false, blanks: [], error: t()('segmenterUnavailable') };
      const prepared = prepareModel(state.model, options);
      // No target: the blanks an export would refuse for, asked before the user chooses where to save.
      if (!file) return { written: false, blanks: prepared.blanks };
      return exportToFile(prepared, layout, file, allowBlanks === true);
    },
  );

  connection.onRequest(CheckFilesRequest, async ({ uris }: CheckFilesParams, token): Promise<CheckFilesResult> => {
    const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
    // Open reports are checked as they change.
    const closed = (Array.isArray(uris) ? uris : []).filter((uri) => !documents.get(uri));
    for await (const checked of checkWorkspaceFiles(
      closed,
      settings,
      (uri) => reports.segmenterFor(uri),
      serverOptions.rules,
    )) {
      if (token.isCancellationRequested) break;
      if ('error' in checked) {
        result.skipped.push(checked.error);
        continue;
      }
      for (const f of checked.failures)
        connection.console.error(`gongwen: rule ${f.ruleId} failed on ${checked.uri}: ${String(f.error)}`);
      result.checked++;
      result.findings += checked.diagnostics.length;
      quietly(connection.sendDiagnostics({ uri: checked.uri, diagnostics: checked.diagnostics }));
      checkedFiles.add(checked.uri);
    }
    return result;
  });

  /** Writes `.gongwenrc.json` in the report's workspace folder (or its own folder), then re-checks. */
  const writeRc = (uri: string, change: Parameters<typeof updateRcFile>[1]) => {
    const file = uriToPath(uri);
    if (!file) return;
    try {
      updateRcFile(settings.rcDirFor(file), change);
    } catch (e) {
      quietly(connection.window.showErrorMessage(String((e as Error).message)));
    }
    refreshAll();
  };

  const refreshAll = () => diagnostics.refreshAll();

  documents.onDidOpen(({ document }) => diagnostics.opened(document));
  documents.onDidChangeContent(({ document }) => diagnostics.changed(document));
  documents.onDidSave(({ document }) => diagnostics.saved(document));
  documents.onDidClose(({ document }) => diagnostics.closed(document));
  connection.onShutdown(() => {
    diagnostics.shutdown();
    settings.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

const isIgnoreEntry = (x: unknown): x is IgnoreEntry =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as IgnoreEntry).rule === 'string' &&
  typeof (x as IgnoreEntry).text === 'string';

function present<T>(xs: Array<T | undefined>): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** Starts the server on the transport named on the command line: `--stdio`, `--node-ipc` or `--socket=N`. */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

if (require.main === module) main();
