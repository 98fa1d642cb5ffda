// Reading reports from disk for the CLI: encodings, binary files, folders.

import * as fs from 'fs';
import * as path from 'path';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown'];

export type ReadResult =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; error: string };

/** Larger files are not reports (the longest real ones are well under 1 MB); reading them could exhaust memory. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/** Reads a report, decoding UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
export function readReport(file: string): ReadResult {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: `是文件夹 / is a directory: ${file}` };
    // A device or a pipe (/dev/zero, a FIFO) could be read forever.
    if (!stat.isFile()) return { ok: false, error: `不是普通文件 / not a regular file: ${file}` };
    if (stat.size > MAX_REPORT_BYTES)
      return {
        ok: false,
        error: `文件过大，已跳过（${mb(stat.size)}，上限 ${mb(MAX_REPORT_BYTES)}）/ file too large, skipped (${mb(stat.size)}; limit ${mb(MAX_REPORT_BYTES)}): ${file}`,
      };
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: `找不到文件 / no such file: ${file}` };
    if (code === 'EISDIR') return { ok: false, error: `是文件夹 / is a directory: ${file}` };
    return { ok: false, error: `无法读取 / cannot read ${file}: ${(e as Error).message}` };
  }
  return decodeReport(buf, file);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Decodes file bytes as report text, or says why it is not a text report. */
export function decodeReport(buf: Buffer, file = ''): ReadResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    return {
      ok: true,
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2)),
      encoding: le ? 'utf-16le' : 'utf-16be',
      warnings: [],
    };
  }
  if (looksBinary(buf)) return { ok: false, error: `不是文本文件，已跳过 / binary file skipped: ${file}` };
  const utf8 = scanUtf8(buf);
  let text: string | undefined;
  let encoding = 'utf-8';
  if (utf8.invalid === 0) {
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(buf);
  } else if (utf8.invalid * 10 < utf8.valid) {
    // Mostly UTF-8 with a few broken bytes (GBK text, read as UTF-8, has far more broken bytes than
    // whole characters): read as GBK it would turn to gibberish, and guessing would corrupt the file
    // on `fix --write`. Say where the first bad byte is.
    const at = utf8.firstInvalid;
    return {
      ok: false,
      error: `不是有效的 UTF-8：第 ${lineOf(buf, at)} 行（字节 ${at}）有无效字节 0x${hex(buf[at])} / invalid UTF-8: byte 0x${hex(buf[at])} at line ${lineOf(buf, at)} (byte ${at}): ${file}`,
    };
  } else {
    // Not UTF-8: drafts saved by older Windows editors are GBK (GB18030 is its superset).
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
      encoding = 'gb18030';
    } catch {
      return {
        ok: false,
        error: `编码无法识别（不是 UTF-8，也不是 GBK/GB18030）/ unknown encoding (neither UTF-8 nor GBK/GB18030): ${file}`,
      };
    }
  }
  const warnings: string[] = [];
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const count = text.split('\0').length - 1;
    warnings.push(
      `含有 ${count} 个 NUL 字符（首个在第 ${text.slice(0, nul).split(/\r\n|\r|\n/).length} 行），按文本检查 / contains ${count} NUL character(s), the first on line ${text.slice(0, nul).split(/\r\n|\r|\n/).length}; checked as text: ${file}`,
    );
  }
  return { ok: true, text, encoding, warnings };
}

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

/** The 1-based line of byte `at`. */
function lineOf(buf: Buffer, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
  return line;
}

/** Valid multi-byte UTF-8 sequences, invalid bytes, and where the first invalid byte is. */
function scanUtf8(buf: Buffer): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= buf.length;
    for (let k = 1; ok && k < n; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    // Overlong forms and surrogates, as the decoder rejects them.
    if (ok && n === 3) ok = !(b === 0xe0 && buf[i + 1] < 0xa0) && !(b === 0xed && buf[i + 1] >= 0xa0);
    if (ok && n === 4) ok = !(b === 0xf0 && buf[i + 1] < 0x90) && !(b === 0xf4 && buf[i + 1] >= 0x90);
    if (ok) {
      if (n > 1) valid++;
      i += n;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * Binary: many control characters in the first 8 KB (NUL among them). Text reports have almost
 * none; a few stray NULs in a text are read as text (and reported), random bytes have about 10%.
 */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
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

/**
 * Writes fixed text back in the encoding it was read in (UTF-8 keeps its BOM if it had one; UTF-16
 * keeps its byte order and BOM). GBK/GB18030 cannot be encoded here: an error, the file untouched.
 */
export function writeReport(file: string, text: string, encoding: string): { ok: true } | { ok: false; error: string } {
  let out: Buffer;
  if (encoding === 'utf-8') {
    const head = Buffer.alloc(3);
    const fd = fs.openSync(file, 'r');
    const n = fs.readSync(fd, head, 0, 3, 0);
    fs.closeSync(fd);
    const bom = n === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    out = Buffer.concat([bom ? head : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') body.swap16();
    out = Buffer.concat([Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  } else {
    return {
      ok: false,
      error: `${encoding.toUpperCase()} 编码的文件无法原样写回，未修改；去掉 --write 可输出修改后的文本 / cannot write ${encoding.toUpperCase()} back, file left unchanged; without --write the fixed text is printed: ${file}`,
    };
  }
  fs.writeFileSync(file, out);
  return { ok: true };
}
