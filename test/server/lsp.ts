// An LSP client and our server in one process, joined by two in-memory streams.

import { PassThrough } from 'stream';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  DidOpenTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  ClientCapabilities,
  DiagnosticRefreshRequest,
  InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server';

export interface TestSession {
  client: ProtocolConnection;
  /** What the server answered to initialize. */
  initialized: InitializeResult;
  /** Resolves with the next diagnostics for `uri` that satisfy `until`. */
  diagnostics(uri: string, until?: (d: Diagnostic[], version?: number) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server in-process and initializes it like an editor would (`capabilities`: the client's). */
export async function startSession(locale = 'zh-cn', capabilities: ClientCapabilities = {}): Promise<TestSession> {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection);
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const waiters: Array<(p: PublishDiagnosticsParams) => boolean> = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i](p)) waiters.splice(i, 1);
  });
  client.listen();
  // A client that pulls diagnostics is asked to pull again now and then: it answers.
  client.onRequest(DiagnosticRefreshRequest.method, () => null);
  const initialized = await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities,
    locale,
  });
  await client.sendNotification(InitializedNotification.type, {});
  return {
    client,
    initialized,
    diagnostics(uri, until = () => true) {
      return new Promise((resolve) => {
        const have = latest.get(uri);
        if (have && until(have.diagnostics, have.version)) return resolve(have);
        waiters.push((p) => {
          if (p.uri !== uri || !until(p.diagnostics, p.version)) return false;
          resolve(p);
          return true;
        });
      });
    },
    async open(uri, text, languageId = 'plaintext') {
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId, version: 1, text },
      });
    },
    async close() {
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
      client.dispose();
      serverConnection.dispose();
    },
  };
}
