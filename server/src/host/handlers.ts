// The server's handlers: each registers one message (or a few of one kind) on the session, gets the
// document, asks the core, returns. The list at the end is the server.

import {
  CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  FoldingRange,
  InitializeResult,
  Range,
  SemanticTokens,
  TextDocumentSyncKind,
  WatchKind,
} from 'vscode-languageserver/node';
import { version } from '../../../package.json';
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
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
} from '../core';
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
} from '../protocol';
import { checkWorkspaceFiles } from './checkFile';
import { RC_FILE, updateRcFile } from './config';
import { quietly } from './diagnostics';
import { exportToFile, prepareModel, previewLayout } from './export';
import { Session } from './session';
import { uriToPath } from './uri';

/** A handler: registers what it answers on the session's connection. */
export type Handler = (s: Session) => void;

/** Capabilities, the settings' source, and whether diagnostics are pulled or pushed. */
const initialize: Handler = (s) =>
  s.connection.onInitialize((params): InitializeResult => {
    s.settings.initialize(params);
    s.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Pulled where the client pulls and can be asked to pull again (the full set after the character rules).
    s.diagnostics.pulls =
      params.capabilities.textDocument?.diagnostic !== undefined &&
      params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_BLANKS_KIND] },
        executeCommandProvider: { commands: Object.values(Commands) },
        // Named for the Outline view, which groups the symbols by provider when Markdown's own has some too.
        documentSymbolProvider: { label: s.settings.locale === 'en' ? 'Report levels and items' : '公文层次与列举' },
        foldingRangeProvider: true,
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          full: true,
        },
        ...(s.diagnostics.pulls && {
          diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false },
        }),
      },
      serverInfo: { name: 'gongwen', version },
    };
  });

/** Registrations that need an initialized client: configuration changes, watched files. */
const initialized: Handler = (s) =>
  s.connection.onInitialized(() => {
    if (s.settings.canPull && s.settings.canRegisterConfig)
      quietly(s.connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }));
    // `.gongwenrc.json` edited outside (by hand, by another program) applies at once; a checked
    // file deleted or renamed loses its findings.
    if (s.canWatch) {
      const watchers = [{ globPattern: `**/${RC_FILE}` }, { globPattern: '**/*', kind: WatchKind.Delete }];
      quietly(s.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
  });

/** A deleted file (or folder) loses the findings a workspace check published; an edited `.gongwenrc.json` applies. */
const watchedFiles: Handler = (s) =>
  s.connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const { uri, type } of changes) if (type === FileChangeType.Deleted) forgetChecked(s, uri);
    if (changes.some(({ uri }) => uri.endsWith(`/${RC_FILE}`))) s.diagnostics.refreshAll();
  });

/** Clears the findings of a deleted file, or of every checked file in a deleted folder. */
function forgetChecked(s: Session, gone: string): void {
  for (const uri of s.checkedFiles) {
    if (uri !== gone && !uri.startsWith(`${gone.replace(/\/$/, '')}/`)) continue;
    s.checkedFiles.delete(uri);
    if (!s.documents.get(uri)) quietly(s.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }
}

const configuration: Handler = (s) => s.connection.onDidChangeConfiguration(() => s.diagnostics.refreshAll());

/** Open, change, save, close: the scheduler decides what is checked and published. */
const documentEvents: Handler = (s) => {
  s.documents.onDidOpen(({ document }) => {
    // A file a workspace check published findings for is the open document's now.
    if (s.checkedFiles.delete(document.uri) && s.diagnostics.pulls)
      quietly(s.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
    s.diagnostics.opened(document);
  });
  s.documents.onDidChangeContent(({ document }) => s.diagnostics.changed(document));
  s.documents.onDidSave(({ document }) => s.diagnostics.saved(document));
  s.documents.onDidClose(({ document }) => s.diagnostics.closed(document));
};

/** Diagnostics for a client that pulls them. */
const pullDiagnostics: Handler = (s) =>
  s.connection.languages.diagnostics.on(({ textDocument, previousResultId }) =>
    s.diagnostics.pull(textDocument.uri, previousResultId),
  );

const symbols: Handler = (s) =>
  s.connection.onDocumentSymbol(({ textDocument }) => {
    const doc = s.documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = s.reports.get(doc);
    return getDocumentSymbols(model, index, s.settings.locale);
  });

const folding: Handler = (s) =>
  s.connection.onFoldingRanges(({ textDocument }): FoldingRange[] | null => {
    const doc = s.documents.get(textDocument.uri);
    if (!doc) return null;
    const { model, index } = s.reports.get(doc);
    return getFoldingRanges(model, index);
  });

const semanticTokens: Handler = (s) =>
  s.connection.languages.semanticTokens.on(({ textDocument }): SemanticTokens => {
    const doc = s.documents.get(textDocument.uri);
    if (!doc) return { data: [] };
    const { model, index } = s.reports.get(doc);
    return { data: getSemanticTokens(model, index) };
  });

/**
 * Quick fixes at a range; source actions only when asked for by kind: `source.fixAll(.gongwen)` fixes
 * (every round: a second fix-all finds nothing); the placeholders kind marks blanks (never implied by
 * a broader fix-all kind, as on save: it inserts text). The Source Action menu (every `source` action,
 * on the user's request) lists marking blanks beside fix-all.
 */
const codeActions: Handler = (s) =>
  s.connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[] | null> => {
    const doc = s.documents.get(textDocument.uri);
    if (!doc) return null;
    // The document's settings first: until they arrive, options() gives the defaults (fix-all would
    // then leave content changes although the user allowed them).
    await s.settings.load(doc.uri);
    const state = await s.reports.current(doc);
    const ctx = {
      uri: doc.uri,
      version: state.version,
      index: state.index,
      locale: s.settings.locale,
      t: s.t,
      ignoreEntry: (f: Parameters<typeof ignoreEntryFor>[1]) => ignoreEntryFor(state.model, f),
      fixAllAccepts: fixAllAccepts(s.settings.options(doc.uri).fixAll.contentChanges),
    };
    const only = context.only ?? [];
    if (only.includes(MARK_BLANKS_KIND))
      return present([markBlanksAction(await s.reports.markBlanks(doc.uri, state), ctx)]);
    if (!only.some((k) => k.startsWith('source'))) {
      const span = { start: state.index.offsetAt(range.start), end: state.index.offsetAt(range.end) };
      return getQuickFixes(state.analysis?.findings ?? [], span, ctx);
    }
    if (!only.some((k) => FIX_ALL_KIND.startsWith(k))) return [];
    const menu = only.includes(CodeActionKind.Source) && context.triggerKind === CodeActionTriggerKind.Invoked;
    return present([
      fixAllAction(await s.reports.fixAll(doc.uri, state), ctx),
      menu ? markBlanksAction(await s.reports.markBlanks(doc.uri, state), ctx) : undefined,
    ]);
  });

/** The server's commands: a value into a blank, a finding ignored, a rule turned off. */
const executeCommand: Handler = (s) =>
  s.connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    const [uri] = args as [string];
    if (command === Commands.fillValue) await fillValue(s, uri, args[1], args[2]);
    else if (command === Commands.ignoreFinding && isIgnoreEntry(args[1]))
      writeRc(s, uri, (rc) => (rc.ignore = [...(rc.ignore ?? []), args[1] as IgnoreEntry]));
    else if (command === Commands.disableRule && typeof args[1] === 'string')
      writeRc(s, uri, (rc) => (rc.rules = { ...(rc.rules ?? {}), [args[1] as string]: 'off' }));
  });

/** Writes `value` into a blank (VS Code asks for the value in an input box, client middleware adds it; other clients pass it). */
async function fillValue(s: Session, uri: string, range: unknown, value: unknown): Promise<void> {
  const doc = s.documents.get(uri);
  if (typeof value !== 'string' || value === '')
    quietly(s.connection.window.showWarningMessage(s.t('fillValueNeedsValue')));
  else if (doc && Range.is(range))
    await s.connection.workspace.applyEdit({
      documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [{ range, newText: value }] }],
    });
}

/** Writes `.gongwenrc.json` in the report's workspace folder (or its own folder), then re-checks. */
function writeRc(s: Session, uri: string, change: Parameters<typeof updateRcFile>[1]): void {
  const file = uriToPath(uri);
  if (!file) return;
  try {
    updateRcFile(s.settings.rcDirFor(file), change);
  } catch (e) {
    quietly(s.connection.window.showErrorMessage(String((e as Error).message)));
  }
  s.diagnostics.refreshAll();
}

/** Statistics of a report; blanks are found by token rules, so it waits for the tokens. */
const stats: Handler = (s) =>
  s.connection.onRequest(StatsRequest, async ({ uri }: StatsParams): Promise<ReportStats | null> => {
    const doc = s.documents.get(uri);
    if (!doc) return null;
    const state = (await s.reports.analyzeFully(doc, () => true)) ?? s.reports.analyze(uri, s.reports.get(doc));
    return getStats(state.model, state.analysis?.findings ?? []);
  });

const findingsContext: Handler = (s) =>
  s.connection.onRequest(FindingsContextRequest, ({ uri }: FindingsContextParams): FindingsContext | null => {
    const doc = s.documents.get(uri);
    if (!doc) return null;
    const { model, index } = s.reports.get(doc);
    return getFindingsContext(model, index, s.rules, s.settings.locale);
  });

/** The preview's layout: settings first (they choose the segmenter's dictionaries), then the tokens the blank rules need. */
const layout: Handler = (s) =>
  s.connection.onRequest(LayoutRequest, async ({ uri }: LayoutParams): Promise<LayoutResult | null> => {
    const doc = s.documents.get(uri);
    if (!doc) return null;
    const { options, layout: style } = await s.settings.load(uri);
    const state = (await s.reports.analyzeFully(doc, () => true))!;
    return { version: state.version, ...previewLayout(prepareModel(state.model, options), style) };
  });

/** Word export; without tokens the blank rules cannot run, so nothing goes out unchecked. */
const exportDocx: Handler = (s) =>
  s.connection.onRequest(
    ExportDocxRequest,
    async ({ uri, target, allowBlanks }: ExportDocxParams): Promise<ExportDocxResult> => {
      const doc = s.documents.get(uri);
      const file = target ? uriToPath(target) : undefined;
      if (!doc || (target && !file))
        return { written: false, blanks: [], error: `${doc ? target : uri}: not an open report or a file` };
      const { options, layout: style } = await s.settings.load(uri);
      const state = (await s.reports.analyzeFully(doc, () => true))!;
      if (!state.model.segmented) return { written: false, blanks: [], error: s.t('segmenterUnavailable') };
      const prepared = prepareModel(state.model, options);
      // No target: the blanks an export would refuse for, asked before the user chooses where to save.
      if (!file) return { written: false, blanks: prepared.blanks };
      return exportToFile(prepared, style, file, allowBlanks === true);
    },
  );

/** Checks files from disk and publishes their diagnostics (open reports are checked as they change). */
const checkFiles: Handler = (s) =>
  s.connection.onRequest(CheckFilesRequest, async ({ uris }: CheckFilesParams, token): Promise<CheckFilesResult> => {
    const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
    const closed = (Array.isArray(uris) ? uris : []).filter((uri) => !s.documents.get(uri));
    const segmenterFor = (uri: string) => s.reports.segmenterFor(uri);
    for await (const checked of checkWorkspaceFiles(closed, s.settings, segmenterFor, s.rules)) {
      if (token.isCancellationRequested) break;
      if ('error' in checked) {
        result.skipped.push(checked.error);
        continue;
      }
      for (const f of checked.failures)
        s.connection.console.error(`gongwen: rule ${f.ruleId} failed on ${checked.uri}: ${String(f.error)}`);
      result.checked++;
      result.findings += checked.diagnostics.length;
      quietly(s.connection.sendDiagnostics({ uri: checked.uri, diagnostics: checked.diagnostics }));
      s.checkedFiles.add(checked.uri);
    }
    return result;
  });

const shutdown: Handler = (s) =>
  s.connection.onShutdown(() => {
    s.diagnostics.shutdown();
    s.settings.dispose();
  });

/** The server: every handler, registered in this order. */
export const HANDLERS: readonly Handler[] = [
  initialize,
  initialized,
  watchedFiles,
  configuration,
  documentEvents,
  pullDiagnostics,
  symbols,
  folding,
  semanticTokens,
  codeActions,
  executeCommand,
  stats,
  findingsContext,
  layout,
  exportDocx,
  checkFiles,
  shutdown,
];

const isIgnoreEntry = (x: unknown): x is IgnoreEntry =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as IgnoreEntry).rule === 'string' &&
  typeof (x as IgnoreEntry).text === 'string';

function present<T>(xs: Array<T | undefined>): T[] {
  return xs.filter((x): x is T => x !== undefined);
}
