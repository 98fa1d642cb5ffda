// The command line: `gongwen outline|check|fix`, the same core as the server.

import * as fs from 'fs';
import {
  AnalysisCaches,
  analyze,
  fixAll,
  fixToJson,
  getOutline,
  LineIndex,
  OutlineNode,
  parseReport,
  toRange,
} from './core';
import { expandInputs, formatOf, readReport, writeReport } from './host/files';
import { createInProcessSegmenter } from './host/segmenter';
import { checkFiles } from './host/parallel';
import { loadLayoutStyle, loadOptions, userDictionariesFor } from './host/config';
import { describeBlanks, exportDocx, prepareExport } from './host/export';
import { corpusTables } from './host/tables';

const USAGE = `用法 / usage:
  gongwen outline [--format json|text] FILE
  gongwen check [--format json|text] [--jobs N] FILE|FOLDER...
  gongwen fix [--write] FILE...
  gongwen export --format docx FILE [-o OUT] [--allow-blanks]
                                 导出 GB/T 9704 版式的 Word 文件（有待填处时拒绝） / Word in the national layout
  gongwen lsp [--stdio]          语言服务器（供 Neovim、Emacs 等） / the language server for any LSP client

退出码 / exit codes: 0 无错误 / no errors, 1 有错误级问题 / error findings, 2 用法或输入有误 / bad usage or input`;

interface Args {
  command: string;
  format: 'json' | 'text';
  write: boolean;
  /** Segmenter workers for many files (default: one per core, as memory allows). */
  jobs?: number;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  if (!['outline', 'check', 'fix'].includes(command)) return `未知命令 / unknown command: ${command}\n\n${USAGE}`;
  const args: Args = { command, format: 'text', write: false, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format') {
      const f = rest[++i];
      if (f !== 'json' && f !== 'text') return `--format 只能是 json 或 text / must be json or text\n\n${USAGE}`;
      args.format = f;
    } else if (a.startsWith('--format=')) {
      const f = a.slice(9);
      if (f !== 'json' && f !== 'text') return `--format 只能是 json 或 text / must be json or text\n\n${USAGE}`;
      args.format = f;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const n = Number(a === '--jobs' ? rest[++i] : a.slice(7));
      if (!Number.isInteger(n) || n < 1) return `--jobs 须为正整数 / must be a positive integer\n\n${USAGE}`;
      args.jobs = n;
    } else if (a === '--write') args.write = true;
    else if (a.startsWith('-')) return `未知选项 / unknown option: ${a}\n\n${USAGE}`;
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) return `缺少文件 / missing FILE\n\n${USAGE}`;
  if (args.command === 'outline' && args.inputs.length !== 1)
    return `outline 只接受一个文件 / takes one FILE\n\n${USAGE}`;
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

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  if (argv[0] === 'export') return exportCommand(argv.slice(1), io);
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === USAGE ? io.out : io.err)(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  const { files, errors } = expandInputs(args.inputs);
  errors.forEach((e) => io.err(`gongwen: ${e}\n`));
  if (files.length === 0) return 2;
  let exit = errors.length ? 2 : 0;
  if (args.command === 'check') return Math.max(exit, await check(files, args, io));
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
    const options = loadOptions(file);
    // One file's caches: fix rounds re-check mostly unchanged paragraphs.
    const caches = new AnalysisCaches();
    const fixed = fixAll(
      text,
      (t) => analyze(parseReport(t, { format, segmenter }), options, { caches, tables: corpusTables() }).findings,
    ).text;
    if (args.write) {
      const written = fixed === text ? { ok: true as const } : writeReport(file, fixed, read.encoding);
      if (!written.ok) {
        io.err(`gongwen: ${written.error}\n`);
        exit = 2;
      }
    } else io.out(fixed);
  }
  return exit;
}

/**
 * `check`: files in parallel (see host/parallel), each file's findings written as soon as it and
 * those before it are done, in the order given; JSON as one array, written element by element.
 */
async function check(files: readonly string[], args: Args, io: Io): Promise<number> {
  let exit = 0;
  let written = 0;
  for await (const checked of checkFiles(files, {
    jobs: args.jobs,
    optionsFor: (file) => loadOptions(file),
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

/** `gongwen export --format docx FILE [-o OUT] [--allow-blanks]`: refuses while blanks remain unless allowed. */
async function exportCommand(argv: string[], io: Io): Promise<number> {
  let format = '';
  let out: string | undefined;
  let allowBlanks = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '-o' || a === '--output') out = argv[++i];
    else if (a === '--allow-blanks') allowBlanks = true;
    else if (a.startsWith('-')) return usage(io, `未知选项 / unknown option: ${a}`);
    else inputs.push(a);
  }
  if (format !== 'docx') return usage(io, '--format 只能是 docx / must be docx');
  if (inputs.length !== 1) return usage(io, 'export 只接受一个文件 / takes one FILE');
  if (out === '') return usage(io, '-o 缺少文件名 / -o needs a file name');
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
    loadOptions(file),
    createInProcessSegmenter(userDictionariesFor(file)),
  );
  const { blanks } = prepared;
  if (blanks.length && !allowBlanks) {
    io.err(
      `gongwen: 尚有 ${blanks.length} 处待填，未导出（确需导出请加 --allow-blanks） / ${blanks.length} blanks to fill, not exported (--allow-blanks exports anyway):\n${describeBlanks(file, blanks)}\n`,
    );
    return 1;
  }
  const target = out ?? file.replace(/\.[^./\\]*$/, '') + '.docx';
  try {
    fs.writeFileSync(target, await exportDocx(prepared, loadLayoutStyle(file)));
  } catch (e) {
    io.err(`gongwen: ${(e as Error).message}\n`);
    return 2;
  }
  io.out(
    blanks.length
      ? `${target}（${blanks.length} 处待填已标黄 / ${blanks.length} blanks highlighted）\n`
      : `${target}\n`,
  );
  return 0;
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n\n${USAGE}\n`);
  return 2;
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
