// Reading reports from disk for the CLI: encodings, binary files, folders.

import * as fs from 'fs';
import * as path from 'path';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown'];

export type ReadResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Reads a report, decoding UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
export function readReport(file: string): ReadResult {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: `找不到文件 / no such file: ${file}` };
    if (code === 'EISDIR') return { ok: false, error: `是文件夹 / is a directory: ${file}` };
    return { ok: false, error: `无法读取 / cannot read ${file}: ${(e as Error).message}` };
  }
  return decodeReport(buf, file);
}

/** Decodes file bytes as report text, or says why it is not a text report. */
export function decodeReport(buf: Buffer, file = ''): ReadResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    return { ok: true, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2)), encoding: le ? 'utf-16le' : 'utf-16be' };
  }
  if (looksBinary(buf)) return { ok: false, error: `不是文本文件，已跳过 / binary file skipped: ${file}` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: drafts saved by older Windows editors are GBK (GB18030 is its superset).
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    return { ok: false, error: `编码无法识别（不是 UTF-8，也不是 GBK/GB18030）/ unknown encoding (neither UTF-8 nor GBK/GB18030): ${file}` };
  }
}

/** Binary: NUL bytes or many control characters in the first 8 KB (text reports have neither). */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Expands the CLI's arguments: files as given, folders to the reports inside them. */
export function expandInputs(inputs: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      errors.push(`找不到文件 / no such file: ${input}`);
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const found = walk(input).filter((f) => REPORT_EXTENSIONS.includes(path.extname(f).toLowerCase()));
    if (found.length === 0) errors.push(`文件夹中没有报告（.txt/.md）/ no reports (.txt/.md) in folder: ${input}`);
    files.push(...found.sort());
  }
  return { files, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Markdown by extension, plain text otherwise. */
export function formatOf(file: string): 'plain' | 'markdown' {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plain';
}
