// Shared helpers for the end-to-end tests. VS Code API only, so the same tests run under
// @vscode/test-electron and under code-server. Every wait is on an event (diagnostics changed,
// text changed, status bar updated, document opened), with a deadline; never on a sleep.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen.gongwen';
/** The sample draft from test/fixtures/samples/drafts: outline, highlighting, status bar. */
export const SAMPLE_DRAFT = 'half-year-summary-b.txt';
export const MARKDOWN_REPORT = 'quarterly-report.md';

/** How long to wait for the language server (it starts, then loads the dictionary). */
export const SERVER_DEADLINE_MS = 30_000;

/** What the extension's activate() returns (client/src/extension.ts). */
export type { GongwenApi } from '../../../client/src/extension';
import type { GongwenApi } from '../../../client/src/extension';

/** True when VS Code runs in Chinese (the extension's strings and messages are then Chinese). */
export const zh = () => vscode.env.language.toLowerCase().startsWith('zh');

/** The URI of a file in the test workspace (a throw-away copy of test/e2e/workspace). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a copy of test/e2e/workspace open as the folder');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

/** Activates the extension (idempotent), checks that it is the one under test, returns its API. */
export async function activateExtension(): Promise<GongwenApi> {
  const ext = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath?)`);
  const api = await ext.activate();
  assert.ok(ext.isActive, `extension ${EXTENSION_ID} did not activate`);
  return api;
}

/** Opens a workspace file in an editor and waits for the extension (and its client) to be ready. */
export async function openReport(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await activateExtension();
  return editor;
}

/**
 * Waits until `probe` returns something other than undefined: checks at once, then again each
 * time `event` fires, failing after `deadlineMs` with `describe()` (the state at that moment).
 */
export function waitFor<T>(
  what: string,
  event: vscode.Event<unknown>,
  probe: () => T | undefined,
  { deadlineMs = SERVER_DEADLINE_MS, describe }: { deadlineMs?: number; describe?: () => string } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined) finish(undefined, value);
      } catch (e) {
        finish(e as Error);
      }
    };
    const timer = setTimeout(() => {
      const state = describe ? `; ${describe()}` : '';
      finish(new Error(`timed out after ${deadlineMs} ms waiting for ${what}${state}`));
    }, deadlineMs);
    const sub = event(check);
    check();
  });
}

/** The document symbols of `uri` as the Outline view gets them. */
export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  // The language client drops the whole answer when one symbol is malformed (the extension host
  // logs e.g. "selectionRange must be contained in fullRange") and the command returns nothing.
  assert.ok(
    symbols && symbols.length > 0,
    `no document symbols for ${path.basename(uri.path)} (look for an error from the extension host in the log above)`,
  );
  return symbols;
}

// ---- Diagnostics ----------------------------------------------------------------------
// A diagnostics change may happen before a test subscribes (another test opened the same
// file first). The tracker, started by the entry before any test runs, remembers every URI
// whose diagnostics have changed, so `diagnosticsOf` never waits for an event that is past.

const changed = new Set<string>();
let tracker: vscode.Disposable | undefined;

export function startDiagnosticsTracker(): vscode.Disposable {
  tracker ??= vscode.languages.onDidChangeDiagnostics((e) => {
    for (const uri of e.uris) changed.add(uri.toString());
  });
  return tracker;
}

/** The rule id of a diagnostic (its code). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * The diagnostics of `uri` once they have been published at least once (possibly empty) and,
 * with `until`, once they satisfy it. Waits on `onDidChangeDiagnostics`.
 *
 * The server publishes in steps: the rules that need no word segmentation first, then all of
 * them once the dictionary has loaded. A test waits for what it needs:
 *   await diagnosticsOf(uri, { until: (ds) => ds.some((d) => ruleOf(d) === 'placeholder') })
 */
export async function diagnosticsOf(
  uri: vscode.Uri,
  {
    until,
    deadlineMs = SERVER_DEADLINE_MS,
  }: { until?: (diagnostics: vscode.Diagnostic[]) => boolean; deadlineMs?: number } = {},
): Promise<vscode.Diagnostic[]> {
  startDiagnosticsTracker();
  const key = uri.toString();
  return waitFor(
    `diagnostics of ${path.basename(uri.path)}`,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      if (!changed.has(key)) return undefined;
      const now = vscode.languages.getDiagnostics(uri);
      return !until || until(now) ? now : undefined;
    },
    {
      deadlineMs,
      describe: () => {
        const now = vscode.languages.getDiagnostics(uri);
        return changed.has(key)
          ? `${now.length} so far (${summarize(now)}), none satisfying the condition`
          : 'none published';
      },
    },
  );
}

/** `rule×count, …` of a list of diagnostics, for messages. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(ruleOf(d), (counts.get(ruleOf(d)) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code}×${n}`).join(', ') || 'none';
}

/** Waits until the document's text satisfies `ok` (checked now and on each change). */
export function textOf(
  doc: vscode.TextDocument,
  ok: (text: string) => boolean,
  what = 'the text to change',
): Promise<string> {
  return waitFor(
    `${what} in ${path.basename(doc.uri.path)}`,
    vscode.workspace.onDidChangeTextDocument,
    () => (ok(doc.getText()) ? doc.getText() : undefined),
    { describe: () => `text now: ${JSON.stringify(doc.getText().slice(0, 300))}` },
  );
}

/** The position of the first `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} not in ${path.basename(doc.uri.path)}`);
  return doc.positionAt(at + delta);
}

/** Resolves with the next value `event` fires (after `start` runs), failing after the deadline. */
export function nextEvent<T>(
  what: string,
  event: vscode.Event<T>,
  start: () => unknown,
  deadlineMs = SERVER_DEADLINE_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`));
    }, deadlineMs);
    const sub = event((value) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
    Promise.resolve()
      .then(start)
      .catch((e) => {
        clearTimeout(timer);
        sub.dispose();
        reject(e);
      });
  });
}

/** The line (0-based) holding `needle`, which must occur exactly once. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  const lines = doc.getText().split(/\r?\n/);
  const found = lines.flatMap((l, i) => (l.includes(needle) ? [i] : []));
  assert.strictEqual(
    found.length,
    1,
    `${JSON.stringify(needle)} should be on exactly one line, found on ${JSON.stringify(found)}`,
  );
  return found[0];
}

/** Names of a symbol tree, for readable assertion failures. */
export function names(symbols: readonly vscode.DocumentSymbol[] | undefined): string[] {
  return (symbols ?? []).map((s) => s.name);
}

/** Asserts that every child's range lies inside its parent's and its selection in its range. */
export function assertNested(symbols: readonly vscode.DocumentSymbol[], parent?: vscode.DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(s.range.contains(s.selectionRange), `${s.name}: selectionRange outside range`);
    if (parent) assert.ok(parent.range.contains(s.range), `${s.name}: range outside its parent ${parent.name}`);
    assertNested(s.children ?? [], s);
  }
}
