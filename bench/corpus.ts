// Shared by the benchmarks: texts of a given length built from test/fixtures/samples/**/*.txt,
// and an LSP client over a spawned server (dist/server.js --stdio).

import * as fs from 'fs';
import * as path from 'path';
import { ChildProcess, spawn } from 'child_process';
import {
  createProtocolConnection,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

import { corpusDocuments, corpusPresent } from '../scripts/corpus';

export const ROOT = path.resolve(__dirname, '..');
export const SAMPLES = path.resolve(ROOT, 'test', 'fixtures', 'samples');

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(p) : e.name.endsWith('.txt') ? [p] : [];
  });
}

/** Every sample, in name order, joined by a newline. */
export function corpus(): string {
  return textFiles(SAMPLES)
    .sort()
    .map((f) => fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''))
    .join('\n');
}

/** `chars` UTF-16 units of the samples, repeated as needed, cut at a line end. */
export function textOf(chars: number): string {
  const base = corpus();
  let text = '';
  while (text.length < chars) text += (text ? '\n' : '') + base;
  const cut = text.lastIndexOf('\n', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
}

/**
 * `chars` characters of report text the project was not tuned on (the corpus's `measure` part: the
 * reports of 2008–2017, then news of 2020 on, item by item), cut at a line end; the samples, repeated,
 * when the corpus is absent. Beyond the measure part's size it starts again (a second copy).
 */
export function measureText(chars: number): { text: string; source: string } {
  if (!corpusPresent()) return { text: textOf(chars), source: 'test/fixtures/samples (no corpus)' };
  let text = '';
  let round = 0;
  while (text.length < chars && round++ < 10) {
    for (const d of corpusDocuments('measure', ['report', 'news'])) {
      text += (text ? '\n' : '') + d.text;
      if (text.length >= chars) break;
    }
  }
  const cut = text.lastIndexOf('\n', chars);
  return {
    text: text.slice(0, cut > chars / 2 ? cut : chars),
    source: `corpus measure part${round > 1 ? ', repeated' : ''}`,
  };
}

/** Milliseconds since `t0` (from performance.now()). */
export const since = (t0: number): number => performance.now() - t0;

/** The p-th percentile (0–100) of `xs`. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';

export interface Spawned {
  child: ChildProcess;
  client: ProtocolConnection;
  /** Every publishDiagnostics received, in order, with its arrival time. */
  onDiagnostics(listener: (p: PublishDiagnosticsParams, at: number) => void): void;
  stop(): Promise<void>;
}

/** Spawns the bundled server of `root` (this checkout, or the base compared with) over stdio and connects a protocol client to it. */
export function spawnServer(root = ROOT, extraNodeArgs: string[] = []): Spawned {
  const server = path.join(root, 'dist', 'server.js');
  if (!fs.existsSync(server)) throw new Error('dist/server.js missing: run `npm run build` first');
  // GONGWEN_BENCH_SERVER_ARGS: node options for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const envArgs = (process.env.GONGWEN_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...envArgs, ...extraNodeArgs, server, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const client = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const listeners: Array<(p: PublishDiagnosticsParams, at: number) => void> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const at = performance.now();
    for (const l of listeners) l(p, at);
  });
  client.listen();
  return {
    child,
    client,
    onDiagnostics: (l) => void listeners.push(l),
    async stop() {
      const exited = new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
      );
      try {
        await Promise.race([client.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await client.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      client.dispose();
    },
  };
}

export interface CliRun {
  seconds: number;
  peakMb: number;
  out: string;
  code: number | null;
}

/** Runs `root`'s bundled CLI, sampling its peak memory (VmHWM covers the worker threads too). */
export function runCli(root: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let peakMb = 0;
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr!.resume();
    const sample = () => {
      try {
        const kb = Number(/^VmHWM:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakMb = Math.max(peakMb, kb / 1024);
      } catch {
        // exited
      }
    };
    const timer = setInterval(sample, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - t0) / 1000, peakMb, out, code });
    });
  });
}

/** Resident memory of a process in MB (VmRSS, all threads), and its peak (VmHWM). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
