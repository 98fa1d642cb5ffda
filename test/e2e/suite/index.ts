// Entry of the end-to-end tests, with the @vscode/test-electron contract: VS Code loads this
// module in the extension host (extensionTestsPath) and awaits run().
// Every `*.test.js` beside it (built from test/e2e/suite/*.test.ts) is one topic.
//
// Environment (optional): GONGWEN_E2E_GREP filters tests by title (mocha --grep).

import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { startDiagnosticsTracker } from './helpers';

export async function run(): Promise<void> {
  // Before any test opens a document, so no diagnostics change is missed.
  startDiagnosticsTracker();

  // The reporters print with printf-style arguments (`'%s) %s', n, title`); in code-server the
  // extension host's console reaches the runner as one string with the arguments appended, so
  // format each line here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));

  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false, // the report goes through the extension host's console, not a terminal
    timeout: 60_000,
    grep: process.env.GONGWEN_E2E_GREP || undefined,
  });
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}), display language ${vscode.env.language}`);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (e) {
      reject(e);
    }
  });
  // Leave no unsaved edits behind: VS Code would try to save or back them up on the way out.
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}
