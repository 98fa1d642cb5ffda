// The command line: `gongwen outline|check|fix|export`, the same core as the server.

import * as fs from 'fs';
import {
  AnalysisCaches,
  analyze,
  fixAll,
  fixAllAccepts,
  fixToJson,
  getOutline,
  LineIndex,
  Locale,
  OutlineNode,
  parseReport,
  RULES,
  toRange,
  translatorOf,
} from './core';
import { CLI_MESSAGES, CliMessage } from './cliMessages';
import { expandInputs, formatOf, readReport, writeReport } from './host/files';
import { createInProcessSegmenter } from './host/segmenter';
import { checkFiles } from './host/parallel';
import { cliLocale, loadLayoutStyle, loadOptions, userDictionariesFor } from './host/config';
import { describeBlanks, exportDocx, prepareExport } from './host/export';
import { corpusTables } from './host/tables';

type Say = (key: CliMessage, ...args: Array<string | number>) => string;

/** Each command's usage text. */
const USAGES: Record<string, CliMessage> = {
  check: 'usageCheck',
  fix: 'usageFix',
  outline: 'usageOutline',
  export: 'usageExport',
  lsp: 'usageLsp',
};

const isHelp = (a: string) => a === '--help' || a === '-h';

interface Args {
  command: string;
  format: 'json' | 'text';
  write: boolean;
  /** Segmenter workers for many files (default: one per core, as memory allows). */
  jobs?: number;
  inputs: string[];
}

/** A usage error: the message, then the command's usage. */
interface UsageError {
  error: string;
  usage: CliMessage;
}

function parseArgs(command: string, rest: string[], say: Say): Args | UsageError {
  const usage = USAGES[command];
  const fail = (error: string): UsageError => ({ error, usage });
  const args: Args = { command, format: 'text', write: false, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? rest[++i] : a.slice(9);
      if (f !== 'json' && f !== 'text') return fail(say('formatTextOrJson'));
      args.format = f;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const n = Number(a === '--jobs' ? rest[++i] : a.slice(7));
      if (!Number.isInteger(n) || n < 1) return fail(say('jobsPositive'));
      args.jobs = n;
    } else if (a === '--write') args.write = true;
    else if (a.startsWith('-')) return fail(say('unknownOption', a));
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) return fail(say('missingFile'));
  if (args.command === 'outline' && args.inputs.length !== 1) return fail(say('oneFile', 'outline'));
  return args;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Resolves when what was written has gone out (a folder's output must not pile up in memory). */
  drained?: () => Promise<void>;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  drained: () =>
    process.stdout.writableNeedDrain
      ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
      : Promise.resolve(),
};

/**
 * Runs the CLI; resolves to the exit code. Messages are Chinese, English when `locale` (by default
 * from GONGWEN_LANG or LANG) is English.
 */
export async function main(argv: string[], io: Io = stdio, locale: Locale = cliLocale()): Promise<number> {
  if (io === stdio) quitOnClosedPipe();
  const say: Say = translatorOf(CLI_MESSAGES, locale);
  const [command, ...rest] = argv;
  // `gongwen`, `gongwen --help`, `gongwen COMMAND --help`: the usage, on stdout, exit 0.
  if (!command || isHelp(command)) return help(io, say('usage'));
  const usage = USAGES[command];
  if (!usage) return usageError(io, say, { error: say('unknownCommand', command), usage: 'usage' });
  if (rest.some(isHelp)) return help(io, say(usage));
  if (command === 'lsp') return usageError(io, say, { error: say('unknownOption', rest[0] ?? ''), usage });
  if (command === 'export') return exportCommand(rest, io, say, locale);
  const args = parseArgs(command, rest, say);
  if ('error' in args) return usageError(io, say, args);
  const { files, errors } = expandInputs(args.inputs);
  errors.forEach((e) => io.err(`gongwen: ${e}\n`));
  if (files.length === 0) return 2;
  let exit = errors.length ? 2 : 0;
  if (args.command === 'check') return Math.max(exit, await check(files, args, io, locale));
  // nodejieba holds one set of dictionaries per process: a file whose .gongwenrc.json names others reloads it.
  let segmenter = createInProcessSegmenter();
  let dictionaries = '[]';
  for (const file of files) {
    const read = readReport(file);
    if (!read.ok) {
      io.err(`gongwen: ${read.error}\n`);
      exit = 2;
      continue;
    }
    const { text } = read;
    read.warnings.forEach((w) => io.err(`gongwen: ${w}\n`));
    const format = formatOf(file);
    const dicts = userDictionariesFor(file);
    if (JSON.stringify(dicts) !== dictionaries)
      [segmenter, dictionaries] = [createInProcessSegmenter(dicts), JSON.stringify(dicts)];
    if (args.command === 'outline') {
      const outline = getOutline(parseReport(text, { format }));
      io.out(
        args.format === 'json'
          ? JSON.stringify(outlineJson(outline, new LineIndex(text)), null, 2) + '\n'
          : outlineText(outline),
      );
      continue;
    }
    const options = loadOptions(file, locale);
    // One file's caches: fix rounds re-check mostly unchanged paragraphs.
    const caches = new AnalysisCaches();
    const { text: fixed, applied } = fixAll(
      text,
      (t) => analyze(parseReport(t, { format, segmenter }), options, { caches, tables: corpusTables() }).findings,
      fixAllAccepts(options.fixAll.contentChanges),
    );
    if (args.write) {
      const written = fixed === text ? { ok: true as const } : writeReport(file, fixed, read.encoding);
      if (!written.ok) {
        io.err(`gongwen: ${written.error}\n`);
        exit = 2;
      } else io.out(fixSummary(file, applied, say, locale) + '\n');
    } else io.out(fixed);
  }
  return exit;
}

/**
 * `check`: files in parallel (see host/parallel), each file's findings written as soon as it and
 * those before it are done, in the order given; JSON as one array, written element by element.
 */
async function check(files: readonly string[], args: Args, io: Io, locale: Locale): Promise<number> {
  let exit = 0;
  let written = 0;
  for await (const checked of checkFiles(files, {
    jobs: args.jobs,
    optionsFor: (file) => loadOptions(file, locale),
    dictionariesFor: userDictionariesFor,
  })) {
    if (!checked.ok) {
      io.err(`gongwen: ${checked.error}\n`);
      exit = 2;
      continue;
    }
    const { file, text, analysis } = checked;
    checked.warnings.forEach((w) => io.err(`gongwen: ${w}\n`));
    analysis.failures.forEach((f) => io.err(`gongwen: ${f.ruleId}: ${String(f.error)}\n`));
    if (analysis.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, 1);
    const index = new LineIndex(text);
    const diagnostics = analysis.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: toRange(index, f),
      fixes: f.fixes.map((x) => fixToJson(x, index)),
    }));
    if (args.format === 'json') {
      // The same text as JSON.stringify(results, null, 2), one element at a time.
      const element = JSON.stringify({ file, diagnostics }, null, 2).replace(/\n/g, '\n  ');
      io.out(`${written++ === 0 ? '[\n' : ',\n'}  ${element}`);
    } else
      for (const d of diagnostics) {
        io.out(
          `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message}\n`,
        );
      }
    await io.drained?.();
  }
  if (args.format === 'json') io.out(written ? '\n]\n' : '[]\n');
  return exit;
}

/** `gongwen export [--format docx] FILE [-o OUT] [--allow-blanks]`: refuses while blanks remain unless allowed. */
async function exportCommand(argv: string[], io: Io, say: Say, locale: Locale): Promise<number> {
  const fail = (error: string) => usageError(io, say, { error, usage: 'usageExport' });
  let format = 'docx';
  let out: string | undefined;
  let allowBlanks = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '-o' || a === '--output') out = argv[++i];
    else if (a === '--allow-blanks') allowBlanks = true;
    else if (a.startsWith('-')) return fail(say('unknownOption', a));
    else inputs.push(a);
  }
  if (format !== 'docx') return fail(say('formatDocx'));
  if (inputs.length === 0) return fail(say('missingFile'));
  if (inputs.length !== 1) return fail(say('oneFile', 'export'));
  if (out === '' || (out === undefined && argv.some((a) => a === '-o' || a === '--output')))
    return fail(say('outputNeedsName'));
  const file = inputs[0];
  const read = readReport(file);
  if (!read.ok) {
    io.err(`gongwen: ${read.error}\n`);
    return 2;
  }
  read.warnings.forEach((w) => io.err(`gongwen: ${w}\n`));
  const prepared = prepareExport(
    read.text,
    formatOf(file),
    loadOptions(file, locale),
    createInProcessSegmenter(userDictionariesFor(file)),
  );
  const { blanks } = prepared;
  if (blanks.length && !allowBlanks) {
    io.err(`gongwen: ${say('blanksRefused', blanks.length)}\n${describeBlanks(file, blanks)}\n`);
    return 1;
  }
  const target = out ?? file.replace(/\.[^./\\]*$/, '') + '.docx';
  try {
    fs.writeFileSync(target, await exportDocx(prepared, loadLayoutStyle(file)));
  } catch (e) {
    io.err(`gongwen: ${(e as Error).message}\n`);
    return 2;
  }
  io.out(`${blanks.length ? say('exportedWithBlanks', target, blanks.length) : target}\n`);
  return 0;
}

/** Prints a usage text asked for: stdout, exit 0. */
function help(io: Io, text: string): number {
  io.out(`${text}\n`);
  return 0;
}

/** A usage error: the message and the command's usage on stderr, exit 2. */
function usageError(io: Io, say: Say, e: UsageError): number {
  io.err(`gongwen: ${e.error}\n\n${say(e.usage)}\n`);
  return 2;
}

/** What `fix --write` did to a file: how many fixes of which rules (by their names; most first, then in registry order). */
function fixSummary(file: string, applied: Record<string, number>, say: Say, locale: Locale): string {
  const order = (id: string) => RULES.findIndex((r) => r.id === id);
  const entries = Object.entries(applied).sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
  const total = entries.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return say('fixedNothing', file);
  const name = (id: string) => RULES.find((r) => r.id === id)?.name[locale] ?? id;
  const perRule = entries.map(([id, count]) => say('fixedRule', name(id), count)).join(say('listSeparator'));
  return say('fixedFile', file, total, perRule);
}

/**
 * The reader of stdout went away (`gongwen check … | head`): stop quietly, as other command-line
 * tools do, instead of an unhandled EPIPE and a stack trace (or waiting for a drain that never comes).
 */
function quitOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

function outlineJson(nodes: OutlineNode[], index: LineIndex): unknown[] {
  return nodes.map((n) => ({
    name: n.name,
    kind: n.kind,
    ...(n.level ? { level: n.level } : {}),
    range: toRange(index, n.range),
    selectionRange: toRange(index, n.selectionRange),
    children: outlineJson(n.children, index),
  }));
}

function outlineText(nodes: OutlineNode[], depth = 0): string {
  return nodes.map((n) => `${'  '.repeat(depth)}${n.name}\n${outlineText(n.children, depth + 1)}`).join('');
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
