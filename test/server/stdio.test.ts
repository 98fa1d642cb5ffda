import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '../..');

test('the bundled server speaks LSP over stdio (as Neovim and Emacs start it)', async () => {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  client.listen();
  try {
    const init = await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: {},
      locale: 'en',
    });
    assert.equal(init.serverInfo?.name, 'gongwen');
    assert.ok(init.capabilities.documentSymbolProvider);
    await client.sendNotification(InitializedNotification.type, {});
    const uri = 'file:///tmp/stdio-report.txt';
    const diagnostics = new Promise((resolve) =>
      client.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: '一、总体情况\n（一）主要做法\n一是加强学习。' },
    });
    const symbols = (await client.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.equal(symbols[0].name, '一、总体情况');
    assert.equal(symbols[0].children![0].children![0].name, '一是加强学习');
    await diagnostics;
    await client.sendRequest(ShutdownRequest.type);
    await client.sendNotification(ExitNotification.type);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 0);
  } finally {
    client.dispose();
    child.kill();
  }
});
