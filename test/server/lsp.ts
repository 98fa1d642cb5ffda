// The one LSP test harness: a client and our server in one process, joined by two in-memory streams.
// The client answers workspace/configuration as VS Code does (so tests can set `gongwen.debounce` to
// 0), keeps every publication and every log message, and the server may be given its own rules. Every
// wait has a deadline (a test fails with what was last published instead of hanging).

import { PassThrough } from 'stream';
import {
  ClientCapabilities,
  createProtocolConnection,
  Diagnostic,
  DiagnosticRefreshRequest,
  InitializeResult,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  DidOpenTextDocumentNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { Rule } from '../../server/src/core';
import { startServer } from '../../server/src/server';

export interface Session {
  client: ProtocolConnection;
  /** What the server answered to initialize. */
  initialized: InitializeResult;
  /** Every window/logMessage the server sent. */
  logs: LogMessageParams[];
  /** The first publication for `uri` (already received or still to come) satisfying `until`; rejects after `timeout` ms. */
  diagnostics(
    uri: string,
    until?: (p: PublishDiagnosticsParams) => boolean,
    timeout?: number,
  ): Promise<PublishDiagnosticsParams>;
  /** Every publication received for `uri`, in order. */
  published(uri: string): PublishDiagnosticsParams[];
  /** Opens a document (version 1). */
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** Writes bytes straight into the server's input (malformed messages). */
  raw(data: string): void;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The `gongwen` settings the client answers with (default: debounce 0). */
  settings?: Record<string, unknown>;
  rules?: readonly Rule[];
  locale?: string;
  /** The client's capabilities beside `workspace.configuration` (e.g. pulling diagnostics). */
  capabilities?: ClientCapabilities;
}

/** Starts the server in-process and initializes it like VS Code. */
export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, { rules: options.rules });
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const settings = options.settings ?? { debounce: 0 };
  const logs: LogMessageParams[] = [];
  const all = new Map<string, PublishDiagnosticsParams[]>();
  const waiters = new Set<(p: PublishDiagnosticsParams) => void>();
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/applyEdit', () => ({ applied: true }));
  client.onNotification(LogMessageNotification.type, (p) => void logs.push(p));
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    all.set(p.uri, [...(all.get(p.uri) ?? []), p]);
    for (const w of [...waiters]) w(p);
  });
  // A client that pulls diagnostics is asked to pull again now and then: it answers.
  client.onRequest(DiagnosticRefreshRequest.method, () => null);
  client.listen();
  const capabilities = options.capabilities ?? {};
  const initialized = await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities: { ...capabilities, workspace: { ...capabilities.workspace, configuration: true } },
    locale: options.locale ?? 'zh-cn',
  });
  await client.sendNotification(InitializedNotification.type, {});
  return {
    client,
    initialized,
    logs,
    published: (uri) => all.get(uri) ?? [],
    raw: (data) => void up.write(data),
    async open(uri, text, languageId = 'plaintext') {
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId, version: 1, text },
      });
    },
    diagnostics(uri, until = () => true, timeout = 20_000) {
      const have = (all.get(uri) ?? []).find(until);
      if (have) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const last = (all.get(uri) ?? []).slice(-1)[0];
          reject(
            new Error(
              `no matching diagnostics for ${uri} in ${timeout} ms; last: version ${last?.version}, ${last?.diagnostics.length} diagnostics`,
            ),
          );
        }, timeout);
        const waiter = (p: PublishDiagnosticsParams) => {
          if (p.uri !== uri || !until(p)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          resolve(p);
        };
        waiters.add(waiter);
      });
    },
    async close() {
      // No exit notification: in process, the server would answer it with process.exit().
      await client.sendRequest(ShutdownRequest.type);
      client.dispose();
      serverConnection.dispose();
    },
  };
}

/** A diagnostic as a comparable line: range, code, message. */
export const diagnosticKey = (d: Diagnostic): string =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`;
