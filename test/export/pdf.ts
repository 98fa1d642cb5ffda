// What the rendering test reads off a PDF: the text (poppler's pdftotext), each page's rows of text
// with their positions (-bbox), and page images (pdftoppm, greyscale PGM) to look for ink.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** A word as poppler places it, in points from the page's top left. */
export interface Word {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** A row of text: the words sharing a baseline, left to right. */
export interface Row {
  /** The middle of its words' boxes. */
  y: number;
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
  text: string;
  words: Word[];
}

export interface Page {
  width: number;
  height: number;
  rows: Row[];
}

/** XML text with its five entities replaced (poppler's and Word's). */
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Runs a command with the rendering environment; its stdout. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
  return r.stdout;
}

/** The pages of a PDF with their rows of words. */
export function pagesOf(pdf: string, env: NodeJS.ProcessEnv): Page[] {
  const html = run('pdftotext', ['-bbox', pdf, '-'], env);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)].map(([, w, h, body]) => {
    const words: Word[] = [
      ...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescapeXml(m[5]) }));
    // A row: words whose vertical middles are within 4 pt (a line is 28.95 pt).
    const rows: Row[] = [];
    for (const w of words.sort((a, b) => a.yMin + a.yMax - b.yMin - b.yMax || a.xMin - b.xMin)) {
      const mid = (w.yMin + w.yMax) / 2;
      const row = rows.find((r) => Math.abs(r.y - mid) < 4);
      if (row) row.words.push(w);
      else rows.push({ y: mid, yMin: w.yMin, yMax: w.yMax, xMin: 0, xMax: 0, text: '', words: [w] });
    }
    for (const r of rows) {
      r.words.sort((a, b) => a.xMin - b.xMin);
      r.xMin = r.words[0].xMin;
      r.xMax = Math.max(...r.words.map((w) => w.xMax));
      r.yMin = Math.min(...r.words.map((w) => w.yMin));
      r.yMax = Math.max(...r.words.map((w) => w.yMax));
      r.text = r.words.map((w) => w.text).join('');
    }
    return { width: +w, height: +h, rows: rows.sort((a, b) => a.y - b.y) };
  });
}

/** A greyscale page image. */
export interface Image {
  width: number;
  height: number;
  /** Points per pixel. */
  scale: number;
  dark(x: number, y: number): boolean;
}

/** Each page of a PDF as a greyscale image at `dpi`. */
export function imagesOf(pdf: string, dpi: number, dir: string, env: NodeJS.ProcessEnv): Image[] {
  const prefix = path.join(dir, path.basename(pdf, '.pdf'));
  run('pdftoppm', ['-r', String(dpi), '-gray', pdf, prefix], env);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix) + '-') && f.endsWith('.pgm'))
    .sort((a, b) => Number(/-(\d+)\.pgm$/.exec(a)![1]) - Number(/-(\d+)\.pgm$/.exec(b)![1]))
    .map((f) => {
      const pgm = fs.readFileSync(path.join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = pgm.subarray(header[0].length);
      return { width, height, scale: 72 / dpi, dark: (x: number, y: number) => pixels[y * width + x] < 160 };
    });
}
