// The workspace check and the statistics command over LSP: the workspace check runs the server's
// own rules and logs a rule's failure as the per-document check does; the statistics count blanks
// found with tokens even when asked before the segmenter has them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { Rule, RULES } from '../../server/src/core';
import { CheckFilesRequest, CheckFilesResult, ReportStats, StatsRequest } from '../../server/src/protocol';
import { startSession } from './lsp';

// heading-marker (（一）、), heading-sequence (（三） after （一）), punctuation (the half-width comma), a blank (调研次).
const TEXT = [
  '2023年工作总结',
  '一、总体情况',
  '全年开展专题调研次,惠及群众。',
  '（一）、主要做法',
  '（三）存在问题',
  '正文。',
].join('\n');

test('the workspace check runs the rules the server was given and logs a rule that fails', async () => {
  const broken: Rule = {
    ...RULES.find((r) => r.id === 'punctuation')!,
    check: () => {
      throw new Error('injected failure in punctuation');
    },
  };
  const rules = RULES.filter((r) => r.id !== 'heading-marker').map((r) => (r.id === 'punctuation' ? broken : r));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-workspace-'));
  const file = path.join(dir, 'closed.txt');
  fs.writeFileSync(file, TEXT);
  const uri = pathToFileURL(file).href;
  const s = await startSession({ rules });
  try {
    const result = (await s.client.sendRequest(CheckFilesRequest, { uris: [uri] })) as CheckFilesResult;
    assert.deepEqual(result.skipped, []);
    assert.equal(result.checked, 1);
    const codes = (await s.diagnostics(uri)).diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('heading-sequence') && codes.includes('missing-number'), codes.join(' '));
    assert.ok(!codes.includes('heading-marker'), `a rule the server was not given ran: ${codes.join(' ')}`);
    assert.ok(!codes.includes('punctuation'), codes.join(' '));
    const errors = s.logs.filter((l) => l.type === 1).map((l) => l.message);
    assert.equal(
      errors.filter((m) => m.includes('rule punctuation failed') && m.includes('injected failure in punctuation'))
        .length,
      1,
      errors.join('\n'),
    );
  } finally {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the statistics asked for at once count the blanks the token rules find', async () => {
  const s = await startSession();
  try {
    const uri = 'file:///tmp/stats/report.txt';
    await s.client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT },
    });
    const stats = (await s.client.sendRequest(StatsRequest, { uri })) as ReportStats;
    const full = await s.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-number'));
    const blanks = full.diagnostics.filter((d) => d.code === 'missing-number' || d.code === 'placeholder').length;
    assert.ok(blanks > 0);
    assert.equal(stats.blanks, blanks);
    assert.equal(
      stats.findingsPerRule['missing-number'],
      full.diagnostics.filter((d) => d.code === 'missing-number').length,
    );
  } finally {
    await s.close();
  }
});
