// Per-document settings for the server: VS Code's `gongwen` section, then the nearest
// `.gongwenrc.json`; and one segmenter per set of user dictionaries.

import * as path from 'path';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import type { LayoutStyle } from '../core';
import { RuleOptions } from '../core';
import {
  findRcFile,
  GongwenSettings,
  HostSettings,
  matchesFiles,
  readRcSettings,
  toHostSettings,
  toLayoutStyle,
  toOptions,
} from './config';
import { WorkerSegmenter } from './segmenter';
import { uriToPath } from './uri';

interface Loaded {
  options: RuleOptions;
  host: HostSettings;
  /** The Word export's and the preview's fonts. */
  layout: LayoutStyle;
}

export class SettingsCache {
  locale: RuleOptions['locale'] = 'zh-cn';
  canPull = false;
  /** The client lets us register for configuration changes (eglot does not, and warns if we try). */
  canRegisterConfig = false;
  private folders: string[] = [];
  private readonly loaded = new Map<string, Promise<Loaded>>();
  private readonly ready = new Map<string, Loaded>();
  private readonly segmenters = new Map<string, WorkerSegmenter>();
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly workerPath: string,
  ) {}

  initialize(params: InitializeParams): void {
    this.locale = /^zh/i.test(params.locale ?? 'zh-cn') ? 'zh-cn' : 'en';
    this.canPull = params.capabilities.workspace?.configuration === true;
    this.canRegisterConfig = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(uriToPath).filter((p): p is string => p !== undefined);
  }

  /** The settings of a document (asked for once, then cached until `clear`). */
  load(uri: string): Promise<Loaded> {
    let p = this.loaded.get(uri);
    if (!p) {
      p = this.read(uri).then((l) => (this.ready.set(uri, l), l));
      this.loaded.set(uri, p);
    }
    return p;
  }

  /** The rule options of a document now: loaded ones, or the defaults until they arrive. */
  options(uri: string): RuleOptions {
    return this.ready.get(uri)?.options ?? toOptions(this.locale, []);
  }

  /** The segmenter for a document's user dictionaries (one worker per distinct set). */
  segmenterFor(uri: string): WorkerSegmenter {
    const dicts = this.ready.get(uri)?.host.userDictionary ?? [];
    const key = JSON.stringify(dicts);
    let s = this.segmenters.get(key);
    if (!s) {
      s = new WorkerSegmenter(this.workerPath, dicts);
      if (this.disposed) s.dispose();
      else this.segmenters.set(key, s);
      // Each worker holds ~300 MB of dictionaries: one whose set no document uses any more (the
      // user changed gongwen.userDictionary) goes.
      const used = new Set([key, ...[...this.ready.values()].map((l) => JSON.stringify(l.host.userDictionary))]);
      for (const [k, old] of this.segmenters) {
        if (used.has(k)) continue;
        old.dispose();
        this.segmenters.delete(k);
      }
    }
    return s;
  }

  /** Reports are the files matching `files`; unsaved documents always are. */
  isReport(uri: string, host: HostSettings): boolean {
    const file = uriToPath(uri);
    return file === undefined || matchesFiles(file, host.files);
  }

  /** Where `.gongwenrc.json` goes for a file: its workspace folder, else its own folder. */
  rcDirFor(file: string): string {
    const folder = this.folders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
    return folder ?? path.dirname(file);
  }

  clear(): void {
    this.loaded.clear();
    this.ready.clear();
  }

  forget(uri: string): void {
    this.loaded.delete(uri);
    this.ready.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const s of this.segmenters.values()) s.dispose();
    this.segmenters.clear();
  }

  private async read(uri: string): Promise<Loaded> {
    let editor: GongwenSettings = {};
    if (this.canPull) {
      try {
        editor =
          ((await this.connection.workspace.getConfiguration({
            scopeUri: uri,
            section: 'gongwen',
          })) as GongwenSettings) ?? {};
      } catch {
        editor = {};
      }
    }
    const file = uriToPath(uri);
    const rc = readRcSettings(file ? findRcFile(path.dirname(file)) : undefined);
    if (rc.error) this.connection.console.warn(`gongwen: ${rc.error}`);
    const rcSettings = rc.settings;
    return {
      options: toOptions(this.locale, [editor, rcSettings]),
      host: toHostSettings(editor, rcSettings),
      layout: toLayoutStyle(editor, rcSettings),
    };
  }
}
