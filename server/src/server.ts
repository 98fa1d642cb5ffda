// LSP wiring: short handlers only. Each gets the document, asks the core, returns.

import * as fs from 'fs';
import * as path from 'path';
import {
  CodeAction,
  CodeActionKind,
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
  FIX_ALL_KIND, fixAllAction, getDocumentSymbols, getFindingsContext, getFoldingRanges, getQuickFixes, getSemanticTokens, getStats, ignoreEntryFor, IgnoreEntry, MARK_BLANKS_KIND, markBlanksAction, Rule,
  RULES, toDiagnostic, TOKEN_MODIFIERS, TOKEN_TYPES, translator,
} from './core';
import { RC_FILE, updateRcFile } from './host/config';
import { checkFile } from './host/checkFile';
import { exportToFile, prepareModel, previewLayout } from './host/export';
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
  const settings = new SettingsCache(connection, serverOptions.workerPath ?? defaultWorkerPath());
  const reports = new Reports(settings, serverOptions.rules);
  const timers = new Map<string, NodeJS.Timeout>();
  const t = () => translator(settings.locale);
  let shutdown = false;

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
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
      },
      serverInfo: { name: 'gongwen', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (settings.canPull && settings.canRegisterConfig) quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }));
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
    return { data: doc ? getSemanticTokens(reports.get(doc).model, reports.get(doc).index) : [] };
  });

  connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[] | null> => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const state = await reports.current(doc);
    const findings = state.analysis?.findings ?? [];
    const ctx = { uri: doc.uri, version: state.version, index: state.index, locale: settings.locale, t: t(), ignoreEntry: (f: Parameters<typeof ignoreEntryFor>[1]) => ignoreEntryFor(state.model, f) };
    // Source actions only when asked for by kind: `source.fixAll(.gongwen)` fixes (every round: a
    // second fix-all finds nothing); the placeholders kind marks blanks (never implied by a broader
    // kind: it inserts text).
    const only = context.only ?? [];
    if (only.includes(MARK_BLANKS_KIND)) return present([markBlanksAction(await reports.markBlanks(doc.uri, state), ctx)]);
    if (!only.some((k) => k.startsWith('source'))) return getQuickFixes(findings, { start: state.index.offsetAt(range.start), end: state.index.offsetAt(range.end) }, ctx);
    if (!only.some((k) => FIX_ALL_KIND.startsWith(k))) return [];
    return present([fixAllAction(await reports.fixAll(doc.uri, state), ctx)]);
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    const [uri] = args as [string];
    if (command === Commands.fillValue) {
      // VS Code asks for the value in an input box (client middleware adds it); other clients pass it.
      const [, range, value] = args as [string, unknown, unknown];
      const doc = documents.get(uri);
      if (typeof value !== 'string' || value === '') quietly(connection.window.showWarningMessage(t()('fillValueNeedsValue')));
      else if (doc && Range.is(range)) await connection.workspace.applyEdit({ documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [{ range, newText: value }] }] });
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

  connection.onRequest(ExportDocxRequest, async ({ uri, target, allowBlanks }: ExportDocxParams): Promise<ExportDocxResult> => {
    const doc = documents.get(uri);
    const file = uriToPath(target);
    if (!doc || !file) return { written: false, blanks: [], error: `${doc ? target : uri}: not an open report or a file` };
    const { options, layout } = await settings.load(uri);
    const state = (await reports.analyzeFully(doc, () => true))!;
    // Without tokens the blank rules cannot run: nothing may go out unchecked.
    if (!state.model.segmented) return { written: false, blanks: [], error: t()('segmenterUnavailable') };
    return exportToFile(prepareModel(state.model, options), layout, file, allowBlanks === true);
  });

  connection.onRequest(CheckFilesRequest, async ({ uris }: CheckFilesParams, token): Promise<CheckFilesResult> => {
    const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
    for (const uri of Array.isArray(uris) ? uris : []) {
      if (token.isCancellationRequested) break;
      if (documents.get(uri)) continue; // open reports are checked as they change
      const checked = await checkFile(uri, settings, reports.segmenterFor(uri), serverOptions.rules);
      if ('error' in checked) {
        result.skipped.push(checked.error);
        continue;
      }
      logFailures(checked.failures);
      result.checked++;
      result.findings += checked.diagnostics.length;
      quietly(connection.sendDiagnostics({ uri, diagnostics: checked.diagnostics }));
      checkedFiles.add(uri);
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

  const refreshAll = () => {
    settings.clear();
    reports.invalidate();
    for (const doc of documents.all()) schedule(doc, 0, true);
  };

  // A document changes in place: what was analysed is known by its version number.
  const isCurrent = (uri: string) => (version: number) => documents.get(uri)?.version === version;

  const publish = (doc: TextDocument) => {
    const state = reports.get(doc);
    // Character rules first, at once, while the dictionary loads or a new report is segmented;
    // after an edit (a paragraph to segment, about a millisecond) the full set comes in one go.
    if (!state.model.segmented && !reports.segmentsSoon(doc.uri, state)) send(doc.uri, reports.analyze(doc.uri, state));
    void reports.analyzeFully(doc, isCurrent(doc.uri)).then((full) => full && send(doc.uri, full));
  };

  // A rule that throws loses its own findings; the others are published. Each failure is logged once.
  const logged = new Set<string>();
  const logFailures = (failures: ReadonlyArray<{ ruleId: string; error: unknown }>) => {
    for (const { ruleId, error } of failures) {
      const key = `${ruleId}: ${error instanceof Error ? error.message : String(error)}`;
      if (!logged.has(key)) connection.console.error(`gongwen: rule ${ruleId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      logged.add(key);
    }
  };
  const send = (uri: string, state: ReturnType<Reports['get']>) => {
    if (shutdown || !isCurrent(uri)(state.version) || !state.analysis) return;
    logFailures(state.analysis.failures);
    const diagnostics = state.analysis.findings.map((f) => toDiagnostic(f, state.index, uri));
    quietly(connection.sendDiagnostics({ uri, version: state.version, diagnostics }));
  };

  /** Checks a document after the debounce; `force` checks even in on-save mode (open, save, settings). */
  const schedule = (doc: TextDocument, delay: number | undefined, force: boolean) => {
    clearTimeout(timers.get(doc.uri));
    void settings.load(doc.uri).then(({ host }) => {
      if (!settings.isReport(doc.uri, host)) return;
      if (host.run === 'onSave' && !force) return;
      // Only the latest check waits: opening fires both open and change, typing fires many changes.
      clearTimeout(timers.get(doc.uri));
      timers.set(doc.uri, setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) publish(current);
      }, delay ?? host.debounce));
    });
  };

  // Opening fires a change too (same version): the open's immediate check stands.
  const opening = new Set<string>();
  documents.onDidOpen(({ document }) => {
    reports.open(document.uri);
    opening.add(`${document.version} ${document.uri}`);
    schedule(document, 0, true);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!opening.delete(`${document.version} ${document.uri}`)) schedule(document, undefined, false);
  });
  documents.onDidSave(({ document }) => schedule(document, 0, true));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    reports.close(document.uri);
    settings.forget(document.uri);
    quietly(connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
  });
  connection.onShutdown(() => {
    // Analyses still running finish quietly: nothing is sent after shutdown.
    shutdown = true;
    timers.forEach(clearTimeout);
    settings.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/**
 * A message to the client whose failure is no concern of ours (a client without message boxes, a
 * closed connection): never an unhandled rejection. (showWarningMessage is typed void but sends a request.)
 */
const quietly = (p: unknown): void => {
  if (p instanceof Promise) p.catch(() => undefined);
};

const isIgnoreEntry = (x: unknown): x is IgnoreEntry => typeof x === 'object' && x !== null && typeof (x as IgnoreEntry).rule === 'string' && typeof (x as IgnoreEntry).text === 'string';

function present<T>(xs: Array<T | undefined>): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

function defaultWorkerPath(): string {
  const beside = path.join(__dirname, 'segmenter-worker.js');
  return fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'dist', 'segmenter-worker.js');
}

/** Starts the server on the transport named on the command line: `--stdio`, `--node-ipc` or `--socket=N`. */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

if (require.main === module) main();
