// What the server publishes: at most PUBLISH_LIMIT findings of a rule (the rest counted in one note),
// pushed to a client that does not pull, pulled with result ids by one that does (an unchanged report
// answered `unchanged`), and the server's version from package.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  Diagnostic,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node';
import { PUBLISH_LIMIT } from '../../server/src/core';
import { startSession } from './lsp';

const version = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')).version;

/** `n` lines with a half-width comma between Chinese characters each: n punctuation warnings. */
const commas = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}行,测试。`).join('\n');

const ofRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.code === rule);

test('a rule with more findings than the limit: the first ones published, one note counts the rest', async () => {
  const s = await startSession();
  try {
    assert.equal(s.initialized.serverInfo?.version, version);
    assert.equal(s.initialized.capabilities.diagnosticProvider, undefined, 'pushed to a client that does not pull');
    const uri = 'file:///tmp/many.txt';
    const n = PUBLISH_LIMIT + 37;
    await s.open(uri, commas(n));
    const { diagnostics } = await s.diagnostics(uri, (p) => ofRule(p.diagnostics, 'punctuation').length > 0);
    const punctuation = ofRule(diagnostics, 'punctuation');
    const note = punctuation.filter((d) => (d.data as { notListed?: number } | undefined)?.notListed !== undefined);
    assert.equal(note.length, 1);
    assert.equal(punctuation.length, PUBLISH_LIMIT + 1);
    assert.deepEqual(note[0].data, { notListed: 37 });
    assert.match(String(note[0].message), new RegExp(`另有 37 处未列出（共 ${n} 处）`));
    // The findings kept are the first in the document; the note stands at the first left out (line PUBLISH_LIMIT).
    assert.equal(note[0].range.start.line, PUBLISH_LIMIT);
    const lines = punctuation.filter((d) => d !== note[0]).map((d) => d.range.start.line);
    assert.deepEqual(
      [...lines].sort((a, b) => a - b),
      Array.from({ length: PUBLISH_LIMIT }, (_, i) => i),
    );
  } finally {
    await s.close();
  }
});

test('a client that pulls: full reports with result ids, `unchanged` when nothing changed, nothing pushed', async () => {
  const s = await startSession({
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { diagnostics: { refreshSupport: true } },
    },
  });
  const pushed: string[] = [];
  s.client.onNotification(PublishDiagnosticsNotification.method, (p: { uri: string }) => {
    pushed.push(p.uri);
  });
  try {
    assert.deepEqual(s.initialized.capabilities.diagnosticProvider, {
      identifier: 'gongwen',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    const uri = 'file:///tmp/pulled.txt';
    const text = '一是加强学习,提高本领。\n二是𠮷字测试,再测。';
    await s.open(uri, text);
    const pull = (previousResultId?: string) =>
      s.client.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri },
        previousResultId,
      }) as Promise<DocumentDiagnosticReport>;
    const first = await pull();
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId);
    const commasAt = (r: DocumentDiagnosticReport) =>
      r.kind === 'full' ? ofRule(r.items, 'punctuation').map((d) => [d.range.start.line, d.range.start.character]) : [];
    assert.deepEqual(commasAt(first), [
      [0, 6],
      [1, 7],
    ]);
    // Asked again with the id it has: the same report (once the tokens are in, its id stays).
    let again = await pull(first.resultId);
    for (let i = 0; again.kind === 'full' && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      again = await pull(again.resultId);
    }
    assert.equal(again.kind, 'unchanged');
    // An edit before the first comma: a new report, the comma moved by one (UTF-16: 𠮷 is two).
    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '𠮷' }],
    });
    const edited = await pull(again.resultId);
    assert.equal(edited.kind, 'full');
    assert.notEqual(edited.resultId, again.resultId);
    assert.deepEqual(commasAt(edited), [
      [0, 8],
      [1, 7],
    ]);
    assert.deepEqual(pushed, [], 'nothing pushed for an open document');
  } finally {
    await s.close();
  }
});
