// The server survives a rule that throws (its findings are dropped and the error logged once; the
// other rules' findings still arrive) and malformed requests: unknown methods, bad params, documents
// never opened, out-of-range positions, broken JSON. After all of it the server still answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  ResponseError,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { Rule, RULES } from '../../server/src/core';
import { CheckFilesRequest, StatsRequest } from '../../server/src/protocol';
import { startSession } from './lsp';

const TEXT = [
  '2023年工作总结',
  '一、总体情况',
  '全年开展专题调研*次,惠及群众。某某同志参加。',
  '（一）、主要做法',
  '（三）存在问题',
  '正文。',
].join('\n');

/** `rule` with a check that throws. */
const broken = (id: string): Rule => {
  const rule = RULES.find((r) => r.id === id)!;
  return {
    ...rule,
    check: () => {
      throw new Error(`injected failure in ${id}`);
    },
  };
};

test('a rule that throws loses its own findings only, and the error is logged once', async () => {
  // punctuation runs without tokens, missing-number with them: both paths of the server.
  const rules = RULES.map((r) => (r.id === 'punctuation' || r.id === 'missing-number' ? broken(r.id) : r));
  const s = await startSession({ rules });
  try {
    const uri = 'file:///tmp/crash/report.txt';
    await s.client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT },
    });
    // The full set: placeholder (a token rule) is among them once the text is segmented.
    const full = await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'placeholder'));
    const codes = new Set(full.diagnostics.map((d) => String(d.code)));
    assert.ok(codes.has('heading-marker'), [...codes].join(' '));
    assert.ok(codes.has('heading-sequence'), [...codes].join(' '));
    assert.ok(!codes.has('punctuation') && !codes.has('missing-number'), [...codes].join(' '));
    // An edit: checked again, the failures are not logged again.
    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '新增,' }],
    });
    await s.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'placeholder'));
    const errors = s.logs.filter((l) => l.type === 1).map((l) => l.message);
    assert.equal(
      errors.filter((m) => m.includes('rule punctuation failed') && m.includes('injected failure in punctuation'))
        .length,
      1,
      errors.join('\n'),
    );
    assert.equal(
      errors.filter((m) => m.includes('rule missing-number failed') && m.includes('injected failure in missing-number'))
        .length,
      1,
      errors.join('\n'),
    );
    // Code actions still work on the findings that arrived.
    const marker = full.diagnostics.find((d) => d.code === 'heading-marker')!;
    const actions = await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: marker.range,
      context: { diagnostics: [marker] },
    });
    assert.ok(actions && actions.length > 0);
  } finally {
    await s.close();
  }
});

/** Sends a request expecting an error response or a harmless result; returns the error code, or 'ok'. */
async function answer(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    assert.ok(e instanceof ResponseError, `not a JSON-RPC error response: ${String(e)}`);
    return e.code;
  }
}

test('malformed requests get an error or an empty answer, and the server goes on', async () => {
  const s = await startSession();
  try {
    const uri = 'file:///tmp/malformed/report.txt';
    const never = 'file:///tmp/malformed/never-opened.txt';
    await s.client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT },
    });
    await s.diagnostics(uri);

    // Unknown methods: a request gets MethodNotFound, a notification is ignored.
    assert.equal(await answer(s.client.sendRequest('gongwen/noSuchThing', { x: 1 })), ErrorCodes.MethodNotFound);
    await s.client.sendNotification('gongwen/noSuchNotification', { x: 1 });

    // Bad params: missing fields, wrong types, null.
    for (const [method, params] of [
      ['textDocument/documentSymbol', {}],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/foldingRange', { textDocument: { uri: 42 } }],
      ['textDocument/semanticTokens/full', null],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: {} }],
      ['textDocument/codeAction', { textDocument: { uri } }],
      ['workspace/executeCommand', { command: 'gongwen.fillValue', arguments: [uri, null, 'x'] }],
      ['workspace/executeCommand', { command: 'gongwen.fillValue' }],
      ['workspace/executeCommand', { command: 'no.such.command', arguments: [] }],
      [StatsRequest, {}],
      [CheckFilesRequest, { uris: 'not a list' }],
      [
        CheckFilesRequest,
        { uris: [never, 'untitled:Untitled-1', 'file:///tmp/malformed/%E0%A4%A.txt', 'not a uri at all'] },
      ],
    ] as Array<[string, unknown]>) {
      const got = await answer(s.client.sendRequest(method, params));
      assert.ok(
        got === 'ok' || got === ErrorCodes.InternalError || got === ErrorCodes.InvalidParams,
        `${method} ${JSON.stringify(params)}: ${got}`,
      );
    }

    // A document never opened: empty answers.
    assert.equal(await s.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: never } }), null);
    assert.equal(await s.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: never } }), null);
    assert.deepEqual(await s.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: never } }), {
      data: [],
    });
    assert.equal(
      await s.client.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: never },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      null,
    );
    assert.equal(await s.client.sendRequest(StatsRequest, { uri: never }), null);
    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: never, version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await s.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: never } });

    // Out-of-range positions: clamped, never thrown on.
    const far = { start: { line: 10_000, character: 5 }, end: { line: -3, character: -7 } };
    assert.equal(
      await answer(
        s.client.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: far,
          context: { diagnostics: [] },
        }),
      ),
      'ok',
    );
    assert.equal(
      await answer(
        s.client.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: { line: 2, character: 9999 }, end: { line: 2, character: 99999 } },
          context: { diagnostics: [] },
        }),
      ),
      'ok',
    );
    assert.equal(
      await answer(
        s.client.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.fillValue', arguments: [uri, far, '12'] }),
      ),
      'ok',
    );
    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 999, character: 999 }, end: { line: 1000, character: 0 } },
          text: '\n末尾追加,内容。',
        },
      ],
    });
    await s.diagnostics(uri, (p) => p.version === 2);

    // Broken JSON and a bad header, straight into the stream.
    s.raw('Content-Length: 9\r\n\r\n{"jsonrpc');
    s.raw('Content-Length: 2\r\n\r\n[]');

    // Still serving: an edit is checked, the outline answers.
    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: '二、' }],
    });
    const after = await s.diagnostics(uri, (p) => p.version === 3);
    assert.ok(after.diagnostics.some((d) => d.code === 'heading-sequence'));
    const symbols = (await s.client.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.ok(
      symbols.some((x) => x.name.startsWith('二、')),
      symbols.map((x) => x.name).join(' | '),
    );
  } finally {
    await s.close();
  }
});
