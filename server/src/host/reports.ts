// The server's view of open reports: one model per document version, tokens from the
// worker segmenter, analysis results kept for code actions.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis, LineIndex, parseReport, ReportModel } from '../core';
import { WorkerSegmenter } from './segmenter';
import { SettingsCache } from './settings';

export interface ReportState {
  version: number;
  model: ReportModel;
  index: LineIndex;
  analysis?: Analysis;
}

/** Caches parsed reports by document version; re-parses when tokens arrive. */
export class Reports {
  private readonly states = new Map<string, ReportState>();

  constructor(private readonly settings: SettingsCache) {}

  /** The segmenter for a document (its user dictionaries decide which). */
  segmenterFor(uri: string): WorkerSegmenter {
    return this.settings.segmenterFor(uri);
  }

  /** The model of `doc` at its current version, with tokens if the segmenter has them. */
  get(doc: TextDocument): ReportState {
    const cached = this.states.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const model = parseReport(text, { format: formatOf(doc), segmenter: this.segmenterFor(doc.uri).segment });
    const state: ReportState = { version: doc.version, model, index: new LineIndex(text) };
    this.states.set(doc.uri, state);
    return state;
  }

  /** Segments what the current version lacks, then analyses; resolves to undefined if `doc` moved on. */
  async analyzeFully(doc: TextDocument, isCurrent: () => boolean): Promise<ReportState | undefined> {
    let state = this.get(doc);
    const segmenter = this.segmenterFor(doc.uri);
    if (!state.model.segmented && !segmenter.error) {
      await segmenter.prepare(state.model.paragraphs.filter((p) => !p.verbatim).map((p) => p.text));
      if (!isCurrent()) return undefined;
      this.states.delete(doc.uri);
      state = this.get(doc);
    }
    return this.analyze(doc.uri, state);
  }

  /** Runs the rules that can run now (all of them once tokens are there). */
  analyze(uri: string, state: ReportState): ReportState {
    if (!state.analysis) state.analysis = analyze(state.model, this.settings.options(uri));
    return state;
  }

  /** Forgets cached analyses (after a settings change). */
  invalidate(): void {
    for (const s of this.states.values()) s.analysis = undefined;
  }

  close(uri: string): void {
    this.states.delete(uri);
  }
}

/** Markdown documents get Markdown parsing; everything else is plain text. */
export function formatOf(doc: TextDocument): 'plain' | 'markdown' {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plain';
}
