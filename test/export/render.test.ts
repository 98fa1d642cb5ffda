// A real rendering of the Word export: LibreOffice headless makes a PDF, poppler its text and
// page images. Checks the page count against the layout's own estimate, 22 lines of body text
// on page 1 (in the text and by horizontal projection of the page image) and 28 characters a line.
//
// scripts/export-setup.sh installs LibreOffice when missing; if that fails (no apt, no root)
// the test is skipped with the reason, never failed. GONGWEN_UPDATE_SCREENSHOTS=1 writes page 1
// of the sample draft to test/e2e/screenshots/export-page1.png (the README's picture).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_LAYOUT_STYLE, DEFAULT_OPTIONS, estimatePages, GB_PAGE } from '../../server/src/core';
import { exportDocx, prepareExport } from '../../server/src/host/export';
import { segmenter } from '../helpers';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = ['drafts', 'published'].flatMap((d) =>
  fs.readdirSync(path.join(ROOT, 'test/fixtures/samples', d)).map((f) => `${d}/${f}`),
);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-render-'));
// The GB fonts mapped to the free faces the setup installs; LibreOffice's profile kept out of $HOME.
const env = { ...process.env, FONTCONFIG_FILE: path.join(__dirname, 'fonts.conf'), HOME: work };

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
  return r.stdout;
}

function setup(): string | undefined {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/export-setup.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 900_000,
  });
  if (r.status === 0) return undefined;
  return (r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' | ');
}

/** Rows of ink in the type area of a greyscale page image (PGM), as bands of consecutive dark rows. */
function textRows(pgm: Buffer, dpi: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const [top, bottom] = [px(GB_PAGE.topMm), height - px(GB_PAGE.bottomMm)];
  const [left, right] = [px(GB_PAGE.leftMm), width - px(GB_PAGE.rightMm)];
  let bands = 0;
  let inBand = false;
  for (let y = top; y < bottom; y++) {
    let dark = 0;
    for (let x = left; x < right; x++) if (pixels[y * width + x] < 128) dark++;
    const ink = dark >= 2;
    if (ink && !inBand) bands++;
    inBand = ink;
  }
  return bands;
}

test('LibreOffice renders the export: page count, 22 lines on page 1, 28 characters a line', async (t) => {
  const failed = setup();
  if (failed) {
    t.skip(`LibreOffice could not be installed (${failed}): the rendering is not checked`);
    return;
  }
  const prepared = new Map<string, ReturnType<typeof prepareExport>>();
  for (const sample of SAMPLES) {
    const p = prepareExport(
      fs.readFileSync(path.join(ROOT, 'test/fixtures/samples', sample), 'utf8'),
      'plain',
      DEFAULT_OPTIONS,
      segmenter,
    );
    prepared.set(sample, p);
    fs.writeFileSync(
      path.join(work, `${path.basename(sample, '.txt')}.docx`),
      await exportDocx(p, DEFAULT_LAYOUT_STYLE),
    );
  }
  // One LibreOffice start for all of them.
  sh('soffice', [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${work}/lo`,
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    ...SAMPLES.map((s) => path.join(work, `${path.basename(s, '.txt')}.docx`)),
  ]);
  for (const sample of SAMPLES) {
    const name = path.basename(sample, '.txt');
    const pdf = path.join(work, `${name}.pdf`);
    const { blocks } = prepared.get(sample)!;

    const pages = Number(/Pages:\s+(\d+)/.exec(sh('pdfinfo', [pdf]))![1]);
    const estimate = estimatePages(blocks);
    assert.ok(Math.abs(pages - estimate) <= 1, `${sample}: ${pages} pages rendered, ${estimate} estimated`);

    // Page 1: 22 lines (the empty one under a title has no text), then the page number (— 1 —) under the type area.
    const expected = GB_PAGE.lines - (blocks[0]?.kind === 'title' ? 1 : 0);
    const lines = sh('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'])
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l);
    assert.match(lines.at(-1)!, /^—\s*1\s*—$/, `${sample}: the page number closes page 1`);
    assert.equal(lines.length - 1, expected, `${sample}: lines of text on page 1:\n${lines.join('\n')}`);
    // A line that does not end its paragraph holds 28 characters (Latin letters and digits count half).
    const widths = lines
      .slice(0, -1)
      .map((l) => [...l.replace(/\s/g, '')].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0));
    const full = widths.filter((w) => w >= GB_PAGE.chars - 2);
    assert.ok(full.length >= 5 && full.includes(GB_PAGE.chars), `${sample}: full lines of 28: ${widths.join(' ')}`);
    assert.ok(
      full.every((w) => w <= GB_PAGE.chars + 1),
      `${sample}: at most 28 characters a line: ${widths.join(' ')}`,
    );

    // The page image: as many bands of ink in the type area as lines (the page number lies below it).
    sh('pdftoppm', ['-r', '100', '-gray', '-f', '1', '-l', '1', pdf, path.join(work, name)]);
    const pgm = fs.readdirSync(work).find((f) => f.startsWith(name) && f.endsWith('.pgm'))!;
    const rows = textRows(fs.readFileSync(path.join(work, pgm)), 100);
    assert.ok(Math.abs(rows - expected) <= 1, `${sample}: ${rows} rows of text in the page image`);

    if (process.env.GONGWEN_UPDATE_SCREENSHOTS && sample === 'drafts/half-year-summary-b.txt') {
      sh('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        path.join(ROOT, 'test/e2e/screenshots/export-page1'),
      ]);
    }
  }
});
