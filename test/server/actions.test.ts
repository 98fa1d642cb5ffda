import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  TextEdit,
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  CodeAction,
  CodeActionRequest,
  ExecuteCommandRequest,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { startSession } from './lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, LineIndex } from '../../server/src/core';
import { main } from '../../server/src/cli';

const TEXT = ['一、总体情况', '全年开展专题调研*次，惠及群众。', '（一）、主要做法', '（三）存在问题', '正文。'].join(
  '\r\n',
);

test('code actions: quick fixes per finding, per rule, fix-all and mark-blanks kinds; fill value over LSP', async () => {
  const s = await startSession();
  const applied: ApplyWorkspaceEditParams[] = [];
  s.client.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    applied.push(p);
    return { applied: true };
  });
  try {
    const uri = 'file:///tmp/actions-report.txt';
    await s.open(uri, TEXT);
    const { diagnostics } = await s.diagnostics(uri, ({ diagnostics: d }) =>
      d.some((x) => x.code === 'missing-number'),
    );
    const slot = diagnostics.find((d) => d.code === 'missing-number')!;
    assert.deepEqual(slot.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 9 } });
    assert.ok(diagnostics.some((d) => d.code === 'heading-marker'));
    assert.ok(diagnostics.some((d) => d.code === 'heading-sequence'));

    const actions = (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: slot.range,
      context: { diagnostics: [slot] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    const replace = actions.find((a) => a.edit && a.title.includes('占位符') && a.diagnostics?.length)!;
    assert.ok(replace, titles.join(' | '));
    assert.equal(replace.isPreferred, true);
    const edits = (replace.edit!.documentChanges![0] as TextDocumentEdit).edits;
    assert.deepEqual(edits, [{ range: slot.range, newText: '【待填】' }]);
    const fill = actions.find((a) => a.command?.command === 'gongwen.fillValue')!;
    assert.ok(fill, titles.join(' | '));
    assert.ok(actions.some((a) => a.command?.command === 'gongwen.ignoreFinding'));
    assert.ok(
      actions.some(
        (a) => a.command?.command === 'gongwen.disableRule' && a.command.arguments?.[1] === 'missing-number',
      ),
    );
    assert.ok(actions.some((a) => a.title === '用占位符标记所有空白'));

    // source.fixAll.gongwen: the heading fixes as one edit tied to the version, no placeholder insertion.
    const fixAll = (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    const change = fixAll[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    assert.ok(change.edits.every((e) => (e as TextEdit).newText !== '【待填】'));
    assert.ok(change.edits.some((e) => e.range.start.line === 2));

    const blanks = (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen.placeholders'] },
    })) as CodeAction[];
    assert.deepEqual(
      (blanks[0].edit!.documentChanges![0] as TextDocumentEdit).edits.map((e) => (e as TextEdit).newText),
      ['【待填】'],
    );

    // 填入数值 from a client without an input box: the value is the third argument.
    await s.client.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.fillValue',
      arguments: [...fill.command!.arguments!, '12'],
    });
    assert.equal(applied.length, 1);
    const fillEdit = (applied[0].edit.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.equal(fillEdit.newText, '12');
    assert.deepEqual(fillEdit.range, slot.range);
  } finally {
    await s.close();
  }
});

test('忽略此处 and disable-rule write .gongwenrc.json and the finding goes away', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-rc-'));
  const file = path.join(dir, 'r.txt');
  fs.writeFileSync(file, TEXT);
  const s = await startSession({ locale: 'en' });
  try {
    const uri = pathToFileURL(file).toString();
    await s.open(uri, TEXT);
    const { diagnostics } = await s.diagnostics(uri, ({ diagnostics: d }) =>
      d.some((x) => x.code === 'missing-number'),
    );
    const slot = diagnostics.find((d) => d.code === 'missing-number')!;
    const actions = (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: slot.range,
      context: { diagnostics: [slot] },
    })) as CodeAction[];
    const ignore = actions.find(
      (a) => a.command?.command === 'gongwen.ignoreFinding' && a.diagnostics?.[0].code === 'missing-number',
    )!;
    assert.match(ignore.title, /Ignore this finding/);
    await s.client.sendRequest(ExecuteCommandRequest.type, {
      command: ignore.command!.command,
      arguments: ignore.command!.arguments,
    });
    const rc = JSON.parse(fs.readFileSync(path.join(dir, '.gongwenrc.json'), 'utf8'));
    assert.deepEqual(rc.ignore, [{ rule: 'missing-number', text: '*', context: '全年开展专题调研*次，惠及群众。' }]);
    await s.diagnostics(uri, ({ diagnostics: d }) => d.length > 0 && !d.some((x) => x.code === 'missing-number'));

    await s.client.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.disableRule',
      arguments: [uri, 'heading-marker'],
    });
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, '.gongwenrc.json'), 'utf8')).rules['heading-marker'], 'off');
    await s.diagnostics(uri, ({ diagnostics: d }) => d.length > 0 && !d.some((x) => x.code === 'heading-marker'));
  } finally {
    await s.close();
  }
});

test('source.fixAll.gongwen on a web copy leaves what gongwen fix leaves on the report it holds (issue 27, item 4)', async () => {
  const web = path.resolve(__dirname, '../fixtures/web');
  const s = await startSession();
  try {
    for (const name of ['material-ads', 'county-portal']) {
      const text = fs.readFileSync(path.join(web, `${name}.txt`), 'utf8');
      const uri = pathToFileURL(path.join(os.tmpdir(), `gongwen-web-${name}.txt`)).toString();
      await s.open(uri, text);
      await s.diagnostics(uri, ({ diagnostics: d }) => d.some((x) => x.code === 'copy-residue'));
      const [action] = (await s.client.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      })) as CodeAction[];
      const index = new LineIndex(text);
      const edits = ((action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]).map((e) => ({
        start: index.offsetAt(e.range.start),
        end: index.offsetAt(e.range.end),
        newText: e.newText,
      }));
      let out = '';
      await main(['fix', path.join(web, `${name}.clean.txt`)], { out: (x) => (out += x), err: () => undefined });
      assert.equal(applyEdits(text, edits), out, name);
    }
  } finally {
    await s.close();
  }
});

test('the Source Action menu (kind source, invoked) lists marking all blanks beside fix-all; saving (automatic) and fix-all kinds do not', async () => {
  const s = await startSession();
  try {
    const uri = 'file:///tmp/source-actions.txt';
    await s.open(uri, TEXT);
    await s.diagnostics(uri, ({ diagnostics: d }) => d.some((x) => x.code === 'missing-number'));
    const ask = async (only: string[], triggerKind?: 1 | 2) =>
      (
        (await s.client.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only, ...(triggerKind ? { triggerKind } : {}) },
        })) as CodeAction[]
      ).map((a) => [a.title, a.kind]);
    assert.deepEqual(await ask(['source'], 1), [
      ['修复所有可自动修复的问题', 'source.fixAll.gongwen'],
      ['用占位符标记所有空白', 'source.fixAll.gongwen.placeholders'],
    ]);
    // On save (automatic), and for any fix-all kind, blanks are never marked: that inserts text.
    assert.deepEqual(await ask(['source'], 2), [['修复所有可自动修复的问题', 'source.fixAll.gongwen']]);
    assert.deepEqual(await ask(['source.fixAll'], 1), [['修复所有可自动修复的问题', 'source.fixAll.gongwen']]);
    assert.deepEqual(await ask(['source.fixAll.gongwen']), [['修复所有可自动修复的问题', 'source.fixAll.gongwen']]);
  } finally {
    await s.close();
  }
});

test('source.fixAll.gongwen leaves a doubled clause and a duplicate paragraph unless fixAll.contentChanges: the exact text after it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-content-'));
  const file = path.join(dir, 'r.txt');
  const paragraph = '坚持民主集中制原则，不断提高领导班子的执政能力和领导水平。';
  const text = [
    '𠮷乡2023年工作总结',
    '一、总体情况',
    '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全,推进推进工作。',
    paragraph,
    paragraph,
    '',
  ].join('\r\n');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const fixAllText = async (): Promise<string> => {
    const s = await startSession();
    try {
      await s.open(uri, text);
      await s.diagnostics(uri, ({ diagnostics: d }) => d.some((x) => x.code === 'repeated-phrase'));
      const [action] = (await s.client.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      })) as CodeAction[];
      const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
      return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits);
    } finally {
      await s.close();
    }
  };
  assert.equal(
    await fixAllText(),
    [
      '𠮷乡2023年工作总结',
      '一、总体情况',
      '认真落实安全生产责任制，压实各方责任，认真落实安全生产责任制，确保安全，推进工作。',
      paragraph,
      paragraph,
      '',
    ].join('\r\n'),
    'by default: the comma and the word typed twice only',
  );
  fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ fixAll: { contentChanges: true } }));
  assert.equal(
    await fixAllText(),
    [
      '𠮷乡2023年工作总结',
      '一、总体情况',
      '认真落实安全生产责任制，压实各方责任，确保安全，推进工作。',
      paragraph,
      '',
    ].join('\r\n'),
    'with fixAll.contentChanges: the clause and the paragraph go too',
  );
});
