// A folder checked in parallel (segmenter workers, results streamed in order) finds exactly what
// checking each file alone finds, file for file, in the same order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli';
import { defaultWorkerPath } from '../../server/src/host/parallel';

const SAMPLES = path.resolve(__dirname, '../fixtures/samples');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('check FOLDER --jobs 2: the same findings as each file checked alone', async () => {
  assert.ok(defaultWorkerPath(), 'the segmenter worker is built (npm run build)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-folder-'));
  try {
    for (const sub of fs.readdirSync(SAMPLES))
      fs.cpSync(path.join(SAMPLES, sub), path.join(dir, sub), { recursive: true });
    // A CRLF copy with a character outside the BMP: offsets are UTF-16 in both paths.
    const draft = fs.readFileSync(path.join(SAMPLES, 'drafts', 'half-year-summary-b.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 'drafts', 'crlf-𠮷.txt'), ('𠮷' + draft).replace(/\n/g, '\r\n'));
    const together = await run(['check', '--format', 'json', '--jobs', '2', dir]);
    const parallel = JSON.parse(together.out) as Array<{ file: string; diagnostics: unknown[] }>;
    const files = parallel.map((r) => r.file);
    assert.equal(files.length, 9);
    assert.deepEqual(files, [...files].sort());
    const alone = [];
    for (const file of files)
      alone.push(...(JSON.parse((await run(['check', '--format', 'json', file])).out) as unknown[]));
    assert.ok(parallel.reduce((n, r) => n + r.diagnostics.length, 0) > 50, 'the samples have findings');
    assert.deepEqual(parallel, alone);
    // The text format says the same, line for line, in the same order.
    const text = await run(['check', '--jobs', '2', dir]);
    const expected = alone.flatMap((r) =>
      (
        r as {
          file: string;
          diagnostics: Array<{ rule: string; range: { start: { line: number; character: number } } }>;
        }
      ).diagnostics.map(
        (d) => `${(r as { file: string }).file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}`,
      ),
    );
    assert.deepEqual(
      text.out
        .trimEnd()
        .split('\n')
        .map((l) =>
          l
            .split(' ')
            .filter((_, i) => i !== 1)
            .slice(0, 2)
            .join(' '),
        ),
      expected,
    );
    assert.equal(text.code, together.code);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs takes a positive integer', async () => {
  const r = await run(['check', '--jobs', '0', SAMPLES]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--jobs/);
});
