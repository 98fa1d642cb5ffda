// The VS Code side: starts the language server and wires editor-only features
// (status bar, blank navigation, the fill-value input box).

import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { registerSlotNavigation } from './slots';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;

/** Report documents: plain text, Markdown and the report language, on disk or unsaved. */
export const REPORT_SELECTOR = ['plaintext', 'markdown', 'gongwen-report'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** What activate() returns: enough for the end-to-end tests to read the status bar. */
export interface GongwenApi {
  /** The status bar text (字数 · 待填), or '' when it is hidden. */
  statusText(): string;
  /** Fires with the new status bar text after each update. */
  onDidChangeStatus: vscode.Event<string>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: REPORT_SELECTOR,
    synchronize: { configurationSection: 'gongwen' },
    middleware: {
      // 填入数值…: the server writes the value; VS Code asks for it first.
      executeCommand: async (command, args, next) => {
        if (command === Commands.fillValue && args.length < 3) {
          const value = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Value to fill in'), ignoreFocusOut: true });
          if (!value) return undefined;
          return next(command, [...args.slice(0, 2), value]);
        }
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('gongwen', vscode.l10n.t('Gongwen'), serverOptions, clientOptions);
  const status = new ReportStatus();
  context.subscriptions.push(registerSlotNavigation(), status);
  await client.start();
  context.subscriptions.push(registerCommands(client));
  return { statusText: () => status.text, onDidChangeStatus: status.onDidUpdate };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
