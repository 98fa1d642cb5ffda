// Privacy: the server opens no network connection and sends no telemetry. The bundled server runs
// over stdio with a preload (no-network.cjs) that makes every socket, port, DNS lookup and fetch
// record itself and fail; a whole session (open, diagnostics, outline, code actions, commands,
// workspace check, edits, save, close, shutdown) must leave that record empty. And the sources of
// the client and the server hold no network or telemetry code at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FoldingRangeRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  SemanticTokensRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { CheckFilesRequest, StatsRequest } from '../../server/src/protocol';

const ROOT = path.resolve(__dirname, '../..');
const PRELOAD = path.join(__dirname, 'no-network.cjs');
const SERVER = path.join(ROOT, 'dist', 'server.js');

test('the network guard works: a connection attempt is recorded and fails', () => {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-net-')), 'network.log');
  const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('net').connect(80, 'example.com')"], {
    env: { ...process.env, GONGWEN_NETWORK_LOG: log },
    encoding: 'utf8',
  });
  assert.notEqual(r.status, 0);
  assert.match(fs.readFileSync(log, 'utf8'), /net\.connect/);
  const w = spawnSync(
    process.execPath,
    [
      '--require',
      PRELOAD,
      '-e',
      "new (require('worker_threads').Worker)(\"require('dns').lookup('example.com', () => {})\", { eval: true }).on('error', () => process.exit(3))",
    ],
    { env: { ...process.env, GONGWEN_NETWORK_LOG: log }, encoding: 'utf8' },
  );
  assert.equal(w.status, 3, w.stderr);
  assert.match(fs.readFileSync(log, 'utf8'), /dns\.lookup \(pid \d+, worker\)/);
});

test('a whole session opens no network connection and sends no telemetry', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-privacy-'));
  const log = path.join(dir, 'network.log');
  const report = path.join(dir, 'report.txt');
  const other = path.join(dir, 'other.txt');
  const text = [
    '2023年工作总结',
    '一、总体情况',
    '全年开展专题调研*次,惠及群众。某某同志参加。',
    '（一）、主要做法',
    '（三）存在问题',
    '正文。',
  ].join('\n');
  fs.writeFileSync(report, text);
  fs.writeFileSync(other, '一、情况\n覆盖率达%。\n');
  const uri = pathToFileURL(report).href;

  const child = spawn(process.execPath, ['--require', PRELOAD, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GONGWEN_NETWORK_LOG: log },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const client = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const telemetry: unknown[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  client.onNotification('telemetry/event', (e) => void telemetry.push(e));
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounce: 0 })));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/applyEdit', () => ({ applied: true }));
  client.onRequest('window/showMessageRequest', () => null);
  client.listen();
  const diagnostics = async (until: (p: PublishDiagnosticsParams) => boolean) => {
    for (;;) {
      const found = published.find(until);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  try {
    await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'reports' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      locale: 'zh-cn',
    });
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text },
    });
    const full = await diagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'placeholder'));
    assert.ok(full.diagnostics.length > 3);
    await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    await client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    await client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const slot = full.diagnostics.find((d) => d.code === 'missing-number')!;
    const fixes = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: slot.range,
      context: { diagnostics: [slot] },
    })) as CodeAction[];
    assert.ok(fixes.length > 0);
    for (const only of ['source.fixAll.gongwen', 'source.fixAll.gongwen.placeholders']) {
      await client.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: slot.range,
        context: { diagnostics: [], only: [only] },
      });
    }
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.fillValue',
      arguments: [uri, slot.range, '12'],
    });
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.ignoreFinding',
      arguments: [uri, { rule: 'heading-sequence', text: '（三）' }],
    });
    assert.ok(fs.existsSync(path.join(dir, '.gongwenrc.json')));
    await client.sendRequest(StatsRequest, { uri });
    await client.sendRequest(CheckFilesRequest, { uris: [pathToFileURL(other).href] });
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '补充,' }],
    });
    await diagnostics((p) => p.uri === uri && p.version === 2);
    await client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.sendRequest(ShutdownRequest.type);
    await client.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0, stderr);
  } finally {
    client.dispose();
    child.kill();
  }
  assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '', 'network access during the session');
  assert.deepEqual(telemetry, []);
});

/** Source files of a folder, recursively. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

test('the client and server sources hold no network or telemetry code', () => {
  const forbidden: Array<[RegExp, string]> = [
    [/\btelemetry\b|TelemetryReporter|applicationinsights|createTelemetryLogger|sendTelemetry/i, 'telemetry'],
    [
      /\bfrom\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]|require\(\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]\s*\)/,
      'a network module',
    ],
    [
      /\bfrom\s+['"](?:undici|axios|node-fetch|got|ws|request|superagent)['"]|require\(\s*['"](?:undici|axios|node-fetch|got|ws|request|superagent)['"]\s*\)/,
      'an HTTP client',
    ],
    [/\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket\b|navigator\.sendBeacon/, 'a web request'],
  ];
  const files = [...sources(path.join(ROOT, 'client', 'src')), ...sources(path.join(ROOT, 'server', 'src'))];
  assert.ok(files.length > 20);
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [re, what] of forbidden) {
      const m = re.exec(text);
      if (m) found.push(`${path.relative(ROOT, file)}: ${what} (${m[0]})`);
    }
  }
  assert.deepEqual(found, []);
  // Nor does the manifest ask for any: no telemetry settings, no network-facing contributions.
  const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  assert.doesNotMatch(manifest, /telemetry|applicationinsights/i);
});
