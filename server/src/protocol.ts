// gongwen's own requests and commands on top of LSP, shared by server and client.
// Plain method names and types: the client and the server each bring their own jsonrpc.

import type { ReportStats } from './core/features/stats';

export type { ReportStats };

/** Statistics of an open report: params `{ uri }`, result ReportStats or null. */
export const StatsRequest = 'gongwen/stats';
export interface StatsParams {
  uri: string;
}

/** Checks files from disk (workspace check) and publishes their diagnostics. */
export const CheckFilesRequest = 'gongwen/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  checked: number;
  findings: number;
  skipped: string[];
}

/** What the 公文检查 view needs beside the diagnostics: rule names and top-level sections. Params `{ uri }`. */
export const FindingsContextRequest = 'gongwen/findingsContext';
export interface FindingsContextParams {
  uri: string;
}
export interface FindingsContext {
  /** Rule id → its name in the display language (缺少数字). */
  ruleNames: Record<string, string>;
  /** The top-level sections: a heading's name and its whole section (LSP range). */
  sections: Array<{ name: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

export const Commands = {
  /** (uri, range, value): writes a value into a blank. */
  fillValue: 'gongwen.fillValue',
  /** (uri, IgnoreEntry): records one finding in `.gongwenrc.json`. */
  ignoreFinding: 'gongwen.ignoreFinding',
  /** (uri, ruleId): turns a rule off in `.gongwenrc.json`. */
  disableRule: 'gongwen.disableRule',
} as const;
