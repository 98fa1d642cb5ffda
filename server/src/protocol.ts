// gongwen's own requests and commands on top of LSP, shared by server and client.
// Plain method names and types: the client and the server each bring their own jsonrpc.

import type { FindingsContext, ReportStats } from './core';
import { Commands, EditorCommands, InternalEditorCommands } from './core/commands';
import type { Blank, PreviewLayout } from './host/export';

export type { Blank, PreviewLayout, ReportStats };
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

/** The report laid out in GB/T 9704 for the preview: params `{ uri }`, result PreviewLayout & { version } or null. */
export const LayoutRequest = 'gongwen/layout';
export interface LayoutParams {
  uri: string;
}
export type LayoutResult = PreviewLayout & { version: number };

/**
 * Writes an open report as .docx (GB/T 9704) to `target` (a file URI); refuses while blanks remain
 * unless allowed. Without a target it writes nothing and only says which blanks remain.
 */
export const ExportDocxRequest = 'gongwen/exportDocx';
export interface ExportDocxParams {
  uri: string;
  target?: string;
  allowBlanks: boolean;
}
export interface ExportDocxResult {
  written: boolean;
  /** Every blank left (1-based line and column), written or not. */
  blanks: Blank[];
  error?: string;
}
