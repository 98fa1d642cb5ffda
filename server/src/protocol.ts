// gongwen's own requests and commands on top of LSP, shared by server and client.
// Plain method names and types: the client and the server each bring their own jsonrpc.

import type { ReportStats } from './core';
import { Commands, EditorCommands } from './core/commands';

export type { ReportStats };
export { Commands, EditorCommands };

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
