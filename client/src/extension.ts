// The VS Code side: starts the language server and wires editor-only features
// (status bar, blank navigation, the fill-value input box, the 公文检查 view, the statistics page).

import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol';
import { askForValue, onDidAsk, registerCommands } from './commands';
import { registerExport } from './export';
import { FindingsTree, registerFindingsView } from './findingsView';
import { LayoutPreview, PreviewRendered } from './preview';
import { ReportOffer } from './reportOffer';
import { registerSlotNavigation } from './slots';
import { StatsPanel, StatsPage } from './statsView';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;

/** Report documents: plain text, Markdown and the report language, on disk or unsaved. */
export const REPORT_SELECTOR = ['plaintext', 'markdown', 'gongwen-report'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** What activate() returns: enough for the end-to-end tests to read what the user sees. */
export interface GongwenApi {
  /** The status bar text (字数 · 待填), or '' when it is hidden. */
  statusText(): string;
  /** Fires with the new status bar text after each update. */
  onDidChangeStatus: vscode.Event<string>;
  /** The 公文检查 view's tree. */
  findings: FindingsTree;
  /** The statistics page last rendered, and its HTML. */
  stats(): { page: StatsPage; html: string } | undefined;
  onDidRenderStats: vscode.Event<StatsPage>;
  /** Fires with the options of each fill-value input box. */
  onDidAskValue: vscode.Event<vscode.InputBoxOptions>;
  /** Fires when the layout preview has drawn (what it drew). */
  onDidRenderPreview: vscode.Event<PreviewRendered>;
  /** The offer to open a plain-text report as a 公文报告. */
  reportOffer: ReportOffer;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6011'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: REPORT_SELECTOR,
    synchronize: { configurationSection: 'gongwen' },
    middleware: {
      // 填入数值…: the server writes the value; VS Code asks for it first.
      executeCommand: async (command, args, next) => {
        if (command === Commands.fillValue && args.length < 3) {
          const value = await askForValue(String(args[0]), args[1]);
          if (!value) return undefined;
          return next(command, [...args.slice(0, 2), value]);
        }
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('gongwen', vscode.l10n.t('Gongwen'), serverOptions, clientOptions);
  const status = new ReportStatus();
  // Before the server is up: a remembered report opens as one at once, and the offer needs no server.
  const offer = new ReportOffer(context.workspaceState);
  context.subscriptions.push(registerSlotNavigation(), status, offer);
  await client.start();
  const stats = new StatsPanel(client);
  const view = registerFindingsView(client);
  const preview = new LayoutPreview(client);
  context.subscriptions.push(
    stats,
    view.disposable,
    onDidAsk,
    registerCommands(client, stats),
    registerExport(client),
    preview,
  );
  return {
    statusText: () => status.text,
    onDidChangeStatus: status.onDidUpdate,
    findings: view.tree,
    stats: () => stats.last,
    onDidRenderStats: stats.onDidRender,
    onDidAskValue: onDidAsk.event,
    onDidRenderPreview: preview.onDidRender,
    reportOffer: offer,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
