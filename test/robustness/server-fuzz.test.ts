// Random edit sequences through the server (in process, a real LSP connection, incremental
// didChange, debounce 0). After every edit the server must publish, for that version, exactly what
// a fresh analysis of the same text finds, every range inside the document; every quick fix offered
// must apply and keep the text outside its edits; fix-all must never overlap, must keep the text
// outside its edits, and run again on its result must find nothing. No error may be logged.
// A failure prints its seed: GONGWEN_FUZZ_SEED=<seed> reproduces the run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsParams,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { analyze, Edit, fixAll, LineIndex, parseReport } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/core/features/diagnostics';
import { toOptions } from '../../server/src/host/config';
import { segmenter } from '../helpers';
import { BASE_SEED, draft, piece, Rand } from './generate';
import { applyChecked, badOffset } from './invariants';
import { diagnosticKey, Session, startSession } from '../server/lsp';
import { corpusTables } from '../../server/src/host/tables';

const DOCUMENTS = Number(process.env.GONGWEN_SERVER_FUZZ_DOCS ?? 8);
const EDITS = Number(process.env.GONGWEN_SERVER_FUZZ_EDITS ?? 40);
const OPTIONS = toOptions('zh-cn', []);

type Format = 'plain' | 'markdown';

/** What the first test did, for its floor: quick fixes checked, fix-all runs that fixed, versions with diagnostics. */
const done = { quickFixes: 0, fixAlls: 0, versions: 0, versionsWithFindings: 0 };

/** What the server must publish for `text`: a fresh analysis, as diagnostics. */
function expected(text: string, format: Format, uri: string): string[] {
  const index = new LineIndex(text);
  return analyze(parseReport(text, { format, segmenter }), OPTIONS, { tables: corpusTables() }).findings.map((f) =>
    diagnosticKey(toDiagnostic(f, index, uri)),
  );
}

/** What is wrong with a diagnostic's range (empty when it lies inside `text` on proper boundaries). */
function badRange(text: string, index: LineIndex, d: Diagnostic): string[] {
  const out: string[] = [];
  for (const at of [d.range.start, d.range.end]) {
    if (at.line < 0 || at.line >= index.lineCount || at.character < 0)
      out.push(`position ${JSON.stringify(at)} outside the document`);
    const offset = index.offsetAt(at);
    // offsetAt clamps: a position past its line's end would come back elsewhere.
    const back = index.positionAt(offset);
    if (back.line !== at.line || back.character !== at.character)
      out.push(`position ${JSON.stringify(at)} is not in its line`);
    const bad = badOffset(text, offset);
    if (bad) out.push(bad);
  }
  if (index.offsetAt(d.range.start) > index.offsetAt(d.range.end)) out.push('range ends before it starts');
  return out;
}

/** The edits of a code action as offsets into `text` (its one document change, for `uri` at `version`). */
function offsetEdits(action: CodeAction, uri: string, version: number, index: LineIndex): Edit[] {
  const changes = action.edit?.documentChanges ?? [];
  assert.equal(changes.length, 1, `${action.title}: one document change`);
  const change = changes[0] as TextDocumentEdit;
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version, `${action.title}: tied to the version it was computed on`);
  return (change.edits as TextEdit[]).map((e) => ({
    start: index.offsetAt(e.range.start),
    end: index.offsetAt(e.range.end),
    newText: e.newText,
  }));
}

/** A random edit at code point boundaries (never inside a surrogate pair or a CRLF), as an editor makes them. */
function randomEdit(r: Rand, text: string): Edit {
  const boundary = (at: number) => {
    while (badOffset(text, at)) at--;
    return at;
  };
  const start = boundary(r.int(text.length + 1));
  let end = start;
  if (r.chance(0.5)) end = boundary(Math.min(text.length, start + 1 + r.int(r.chance(0.2) ? 40 : 4)));
  const newText = r.chance(0.25) ? '' : r.chance(0.15) ? r.pick(['\n', '\r\n', '\r', '\n\n', '。\n']) : piece(r);
  return { start, end, newText };
}

interface Doc {
  uri: string;
  format: Format;
  text: string;
  version: number;
}

/** Sends `edits` (offsets into doc.text, not overlapping) as one incremental didChange; returns the new text. */
async function change(s: Session, doc: Doc, edits: readonly Edit[]): Promise<void> {
  // Each change's range is read against the text as the changes before it left it: last edit first.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let text = doc.text;
  const contentChanges = sorted.map((e) => {
    const index = new LineIndex(text);
    const range = { start: index.positionAt(e.start), end: index.positionAt(e.end) };
    text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    return { range, text: e.newText };
  });
  doc.version++;
  doc.text = text;
  await s.client.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: doc.uri, version: doc.version },
    contentChanges,
  });
}

/** Waits for the server's diagnostics of the current version to equal a fresh analysis; checks their ranges. */
async function settled(s: Session, doc: Doc): Promise<PublishDiagnosticsParams> {
  const want = expected(doc.text, doc.format, doc.uri);
  const same = (p: PublishDiagnosticsParams) =>
    p.version === doc.version &&
    p.diagnostics.length === want.length &&
    p.diagnostics.every((d, i) => diagnosticKey(d) === want[i]);
  let published: PublishDiagnosticsParams;
  try {
    published = await s.diagnostics(doc.uri, same, 10_000);
  } catch (e) {
    const last = s
      .published(doc.uri)
      .filter((p) => p.version === doc.version)
      .slice(-1)[0];
    const got = last?.diagnostics.map(diagnosticKey) ?? [];
    assert.fail(
      `${(e as Error).message}\n  expected ${want.length}, last published ${got.length}\n  missing: ${want
        .filter((k) => !got.includes(k))
        .slice(0, 3)
        .join(' | ')}\n  extra: ${got
        .filter((k) => !want.includes(k))
        .slice(0, 3)
        .join(' | ')}`,
    );
  }
  done.versions++;
  if (published.diagnostics.length) done.versionsWithFindings++;
  const index = new LineIndex(doc.text);
  for (const d of published.diagnostics) {
    const bad = badRange(doc.text, index, d);
    assert.deepEqual(bad, [], `${diagnosticKey(d)}: ${bad.join('; ')}`);
  }
  return published;
}

/** Quick fixes of a few diagnostics: each applies and keeps the rest of the text. Returns one to apply next, maybe. */
async function checkQuickFixes(s: Session, doc: Doc, diagnostics: Diagnostic[], r: Rand): Promise<Edit[] | undefined> {
  const index = new LineIndex(doc.text);
  let chosen: Edit[] | undefined;
  for (let k = 0; k < Math.min(3, diagnostics.length); k++) {
    const d = r.pick(diagnostics);
    const actions = (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    for (const a of actions) {
      if (!a.edit) continue;
      const edits = offsetEdits(a, doc.uri, doc.version, index);
      const applied = applyChecked(doc.text, edits, `quick fix “${a.title}”`);
      assert.deepEqual(applied.problems, []);
      done.quickFixes++;
      if (r.chance(0.3)) chosen = edits;
    }
  }
  return chosen;
}

/** Fix-all: never overlapping, keeps the untouched text, and a second run on its result finds nothing. */
async function checkFixAll(s: Session, doc: Doc): Promise<void> {
  const ask = async () =>
    (await s.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as CodeAction[];
  const first = await ask();
  const core = fixAll(
    doc.text,
    (t) => analyze(parseReport(t, { format: doc.format, segmenter }), OPTIONS, { tables: corpusTables() }).findings,
  ).text;
  if (first.length === 0) {
    assert.equal(core, doc.text, 'the server found nothing to fix, the core fixes something');
    return;
  }
  const edits = offsetEdits(first[0], doc.uri, doc.version, new LineIndex(doc.text));
  const applied = applyChecked(doc.text, edits, 'fix-all');
  done.fixAlls++;
  assert.deepEqual(applied.problems, []);
  assert.equal(applied.text, core, 'fix-all gives what the core fixAll (round after round) gives');
  await change(s, doc, edits);
  await settled(s, doc);
  const second = await ask();
  assert.deepEqual(
    second.map((a) => a.title),
    [],
    'a second fix-all finds nothing',
  );
}

test(`${DOCUMENTS} drafts × ${EDITS} random edits through the server: fresh diagnostics, sound ranges, fixes that apply`, async () => {
  const s = await startSession();
  const rejections: unknown[] = [];
  const onRejection = (e: unknown) => rejections.push(e);
  process.on('unhandledRejection', onRejection);
  try {
    for (let n = 0; n < DOCUMENTS; n++) {
      const seed = BASE_SEED + 7919 * (n + 1);
      const r = new Rand(seed);
      const format: Format = n % 4 === 3 ? 'markdown' : 'plain';
      const doc: Doc = {
        uri: `file:///fuzz/draft-${n}.${format === 'markdown' ? 'md' : 'txt'}`,
        format,
        text: draft(r, 20),
        version: 1,
      };
      const where = () => `seed ${seed}, version ${doc.version}, text ${JSON.stringify(doc.text.slice(0, 120))}…`;
      try {
        await s.client.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: {
            uri: doc.uri,
            languageId: format === 'markdown' ? 'markdown' : 'plaintext',
            version: 1,
            text: doc.text,
          },
        });
        let published = await settled(s, doc);
        for (let i = 0; i < EDITS; i++) {
          let next = [randomEdit(r, doc.text)];
          if (i % 5 === 4) {
            const fix = await checkQuickFixes(s, doc, published.diagnostics, r);
            if (fix) next = fix;
          }
          if (i % 10 === 9) {
            await checkFixAll(s, doc);
            published = await settled(s, doc);
            continue;
          }
          await change(s, doc, next);
          published = await settled(s, doc);
        }
        await checkFixAll(s, doc);
        await s.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
      } catch (e) {
        throw new Error(`${where()}\n${(e as Error).message}`, { cause: e });
      }
    }
    const errors = s.logs.filter((l) => l.type === 1).map((l) => l.message);
    assert.deepEqual(errors, [], 'the server logged errors');
    assert.deepEqual(rejections, []);
    // The floor: quick fixes were checked on every document, fix-all fixed something in most
    // documents, and most versions had diagnostics to compare.
    assert.ok(done.quickFixes >= DOCUMENTS, `${done.quickFixes} quick fixes checked in ${DOCUMENTS} documents`);
    assert.ok(done.fixAlls >= DOCUMENTS / 2, `fix-all fixed something ${done.fixAlls} times in ${DOCUMENTS} documents`);
    assert.ok(
      done.versionsWithFindings >= done.versions / 2,
      `${done.versionsWithFindings} of ${done.versions} versions had diagnostics`,
    );
  } finally {
    process.off('unhandledRejection', onRejection);
    await s.close();
  }
});

test("typing fast: edits sent without waiting; every publication is exactly its own version's analysis, and the last version is published", async () => {
  const s = await startSession();
  try {
    const r = new Rand(BASE_SEED + 1);
    const doc: Doc = { uri: 'file:///fuzz/typing-fast.txt', format: 'plain', text: draft(r, 40), version: 1 };
    await s.client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: doc.uri, languageId: 'plaintext', version: 1, text: doc.text },
    });
    await settled(s, doc);
    const texts = new Map<number, string>([[1, doc.text]]);
    for (let i = 0; i < 60; i++) {
      await change(s, doc, [randomEdit(r, doc.text)]);
      texts.set(doc.version, doc.text);
      // Now and then a pause of a few milliseconds, so that some checks start and are overtaken.
      if (i % 7 === 3) await new Promise((resolve) => setImmediate(resolve));
    }
    await settled(s, doc);
    const published = s.published(doc.uri);
    // The floor: there was something to publish.
    assert.ok(
      published.some((p) => p.diagnostics.length > 0),
      'no version had diagnostics',
    );
    for (const p of published) {
      const text = texts.get(p.version!);
      assert.ok(text !== undefined, `published version ${p.version} was never sent`);
      // A check overtaken while waiting for tokens may still have published its character rules.
      const want = expected(text, 'plain', doc.uri);
      const got = p.diagnostics.map(diagnosticKey);
      assert.ok(
        got.every((k) => want.includes(k)),
        `version ${p.version}: published diagnostics that are not its own: ${got
          .filter((k) => !want.includes(k))
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
    assert.ok(
      published.length < 61 + 2 * 1,
      `${published.length} publications for 61 versions: stale checks were not skipped`,
    );
  } finally {
    await s.close();
  }
});
