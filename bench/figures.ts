// What `npm run bench` compares: checkouts (this one, and with `--base DIR` the main it started from,
// built there), each with every rule and with the rules still pending (test/unit/work-pending.ts)
// turned off; and the figures issue 23 asks for, each against its target, in one table at the end.

import * as path from 'path';
import { PENDING } from '../test/unit/work-pending';
import { ROOT } from './corpus';

/** A checkout whose bundled server and CLI are measured. */
export interface Root {
  name: string;
  dir: string;
}

/** A set of rules measured: every rule, or those pending turned off. */
export interface Variant {
  name: string;
  /** The `gongwen.rules` / `.gongwenrc.json` rules setting. */
  rules: Record<string, 'off'>;
}

export const ALL_RULES: Variant = { name: 'all rules', rules: {} };
export const PENDING_OFF: Variant = {
  name: 'pending off',
  rules: Object.fromEntries([...PENDING.keys()].map((id) => [id, 'off' as const])),
};

/** The checkouts named on the command line: this one, and `--base DIR` if given. */
export function rootsOf(argv: readonly string[]): Root[] {
  const roots: Root[] = [{ name: 'this branch', dir: ROOT }];
  const i = argv.indexOf('--base');
  if (i >= 0 && argv[i + 1]) roots.push({ name: 'base', dir: path.resolve(argv[i + 1]) });
  return roots;
}

interface Row {
  figure: string;
  target: string;
  /** By column (root and variant): the value shown, and whether it meets the target. */
  values: Map<string, { shown: string; ok?: boolean }>;
}

/** The figures of one run, by figure and column; printed as one table. */
export class Figures {
  private readonly rows: Row[] = [];
  private readonly columns: string[] = [];

  /** Records `shown` for `figure` (target `target`) in the column of `root` and `variant`; `ok`: whether it meets the target. */
  add(figure: string, target: string, root: Root, variant: Variant, shown: string, ok?: boolean): void {
    const column = `${root.name}, ${variant.name}`;
    if (!this.columns.includes(column)) this.columns.push(column);
    let row = this.rows.find((r) => r.figure === figure);
    if (!row) this.rows.push((row = { figure, target, values: new Map() }));
    row.values.set(column, { shown, ok });
  }

  /** The table: a row per figure, its target, and a column per root and variant (✓ met, ✗ missed). */
  table(): string[] {
    const columns = [...this.columns].sort((a, b) => order(a) - order(b));
    const cell = (r: Row, c: string) => {
      const v = r.values.get(c);
      return v ? `${v.shown}${v.ok === undefined ? '' : v.ok ? ' ✓' : ' ✗'}` : '–';
    };
    const widths = [
      Math.max(6, ...this.rows.map((r) => r.figure.length)),
      Math.max(6, ...this.rows.map((r) => r.target.length)),
      ...columns.map((c) => Math.max(c.length, ...this.rows.map((r) => cell(r, c).length))),
    ];
    const line = (cells: string[]) => '| ' + cells.map((x, i) => x.padEnd(widths[i])).join(' | ') + ' |';
    return [
      line(['figure', 'target', ...columns]),
      line(widths.map((w) => '-'.repeat(w))),
      ...this.rows.map((r) => line([r.figure, r.target, ...columns.map((c) => cell(r, c))])),
    ];
  }
}

function order(column: string): number {
  return (column.startsWith('this') ? 0 : 2) + (column.endsWith('all rules') ? 0 : 1);
}
