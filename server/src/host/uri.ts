// file: URIs to paths, for finding `.gongwenrc.json` beside an open report.

import { fileURLToPath } from 'url';

/** The file system path of a `file:` URI; undefined for other schemes (untitled, vscode-remote…). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
