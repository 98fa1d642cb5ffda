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

export const Commands = {
  /** (uri, range, value): writes a value into a blank. */
  fillValue: 'gongwen.fillValue',
  /** (uri, IgnoreEntry): records one finding in `.gongwenrc.json`. */
  ignoreFinding: 'gongwen.ignoreFinding',
  /** (uri, ruleId): turns a rule off in `.gongwenrc.json`. */
  disableRule: 'gongwen.disableRule',
} as const;
