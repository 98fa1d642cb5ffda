// gongwen's own requests and commands on top of LSP, shared by server and client.
// Plain method names and types: the client and the server each bring their own jsonrpc.

import type { FindingsContext, ReportStats } from './core';
import { Commands, EditorCommands, InternalEditorCommands } from './core/commands';

export type { ReportStats };
export { Commands, EditorCommands, InternalEditorCommands };

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
export type { FindingsContext };
