// The server's gongwen/layout and gongwen/exportDocx requests, through real LSP messages in one process.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { ExportDocxRequest, ExportDocxResult, LayoutRequest, LayoutResult } from '../../server/src/protocol';
import { startSession } from '../server/lsp';
import { unzip } from './zip';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-server-'));
const uri = pathToFileURL(path.join(dir, '报告.txt')).href;
const text = '关于𠮷乡工作的报告\r\n各位代表：\r\n一、主要工作\r\n（一）抓落实。全年完成产值*万元。\r\n';

test('gongwen/layout: the open report as blocks with pages and blanks, following its version', async () => {
  const s = await startSession();
  try {
    await s.open(uri, text);
    const layout = (await s.client.sendRequest(LayoutRequest, { uri })) as LayoutResult;
    assert.equal(layout.version, 1);
    assert.deepEqual(
      layout.blocks.map((b) => [b.kind, b.level ?? 0, b.runs.map((r) => r.text).join('')]),
      [
        ['title', 0, '关于𠮷乡工作的报告'],
        ['body', 0, '各位代表：'],
        ['heading', 1, '一、主要工作'],
        ['heading', 2, '（一）抓落实。全年完成产值*万元。'],
      ],
    );
    assert.deepEqual(
      layout.places.map((p) => p.lines.map((l) => `${l.page}:${l.row}`)),
      [['0:0'], ['0:2'], ['0:3'], ['0:4']],
      'the title, an empty line, then a line each',
    );
    assert.equal(layout.blanks, 1);
    assert.equal(layout.style.fonts.title, '方正小标宋简体');

    await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: text.replace('*', '12') }],
    });
    const changed = (await s.client.sendRequest(LayoutRequest, { uri })) as LayoutResult;
    assert.equal(changed.version, 2);
    assert.equal(changed.blanks, 0);
    assert.equal((await s.client.sendRequest(LayoutRequest, { uri: uri + '.missing' })) as unknown, null);
  } finally {
    await s.close();
  }
});

test('gongwen/exportDocx: refuses while blanks remain, writes with allowBlanks, the text exact', async () => {
  const s = await startSession();
  try {
    await s.open(uri, text);
    const target = pathToFileURL(path.join(dir, 'out.docx')).href;
    // Without a target (the editor asks before its save dialog): the blanks, nothing written.
    const asked = (await s.client.sendRequest(ExportDocxRequest, { uri, allowBlanks: false })) as ExportDocxResult;
    assert.deepEqual(asked, { written: false, blanks: [{ line: 4, column: 14, text: '*', start: 40, end: 41 }] });
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.docx')),
      [],
    );
    const refused = (await s.client.sendRequest(ExportDocxRequest, {
      uri,
      target,
      allowBlanks: false,
    })) as ExportDocxResult;
    assert.deepEqual(refused, { written: false, blanks: [{ line: 4, column: 14, text: '*', start: 40, end: 41 }] });
    assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));
    const written = (await s.client.sendRequest(ExportDocxRequest, {
      uri,
      target,
      allowBlanks: true,
    })) as ExportDocxResult;
    assert.equal(written.written, true);
    const xml = unzip(fs.readFileSync(path.join(dir, 'out.docx'))).get('word/document.xml')!;
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    assert.equal(texts, '关于𠮷乡工作的报告|各位代表：|一、主要工作|（一）抓落实。|全年完成产值|*|万元。');
    const bad = (await s.client.sendRequest(ExportDocxRequest, {
      uri,
      target: 'untitled:x',
      allowBlanks: true,
    })) as ExportDocxResult;
    assert.equal(bad.written, false);
    assert.ok(bad.error);
  } finally {
    await s.close();
  }
});
