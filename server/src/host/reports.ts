// The server's view of open reports: one model per document version, tokens from the
// worker segmenter, analysis results kept for code actions.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis, Edit, LineIndex, parseReport, ReportModel, Rule, RULES } from '../core';
import { fixAllEdits } from './fixAll';
import { WorkerSegmenter } from './segmenter';
import { SettingsCache } from './settings';

export interface ReportState {
  version: number;
  model: ReportModel;
  index: LineIndex;
  analysis?: Analysis;
}

/** Up to this many characters still to segment, a check waits for the tokens rather than publish twice. */
const SEGMENT_SOON = 20_000;

/** Caches parsed reports by document version; adds tokens when they arrive. */
export class Reports {
  private readonly states = new Map<string, ReportState>();

  constructor(
    private readonly settings: SettingsCache,
    private readonly rules: readonly Rule[] = RULES,
  ) {}

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

  /** True when the tokens `state` lacks are moments away: the dictionaries are loaded and little is left to segment. */
  segmentsSoon(uri: string, state: ReportState): boolean {
    if (!this.segmenterFor(uri).ready) return false;
    let left = 0;
    for (const p of state.model.paragraphs) if (!p.verbatim && !p.tokens) left += p.text.length;
    return left <= SEGMENT_SOON;
  }

  /**
   * Segments what the current version lacks, then analyses; resolves to undefined if the document
   * moved on meanwhile (`isCurrent` is asked with the version analysed: `doc` itself changes in place).
   */
  async analyzeFully(doc: TextDocument, isCurrent: (version: number) => boolean): Promise<ReportState | undefined> {
    const state = this.get(doc);
    const segmenter = this.segmenterFor(doc.uri);
    if (!state.model.segmented && !segmenter.error) {
      await segmenter.complete(state.model);
      if (!isCurrent(state.version)) return undefined;
      if (state.model.segmented) state.analysis = undefined;
    }
    return this.analyze(doc.uri, state);
  }

  /** The analysis for code actions: the full one when its tokens are moments away, else what can run now. */
  async current(doc: TextDocument): Promise<ReportState> {
    const state = this.get(doc);
    if (state.model.segmented || !this.segmentsSoon(doc.uri, state)) return this.analyze(doc.uri, state);
    return (await this.analyzeFully(doc, () => true)) ?? this.analyze(doc.uri, state);
  }

  /** Runs the rules that can run now (all of them once tokens are there). */
  analyze(uri: string, state: ReportState): ReportState {
    if (!state.analysis) state.analysis = analyze(state.model, this.settings.options(uri), this.rules);
    return state;
  }

  /** Fix-all on `state`: every round, as edits on its text (a second fix-all then finds nothing). */
  fixAll(uri: string, state: ReportState): Promise<Edit[]> {
    return fixAllEdits(state.model.text, state.analysis?.findings ?? [], state.model.format, this.segmenterFor(uri), this.settings.options(uri), this.rules);
  }

  /** Forgets models and analyses (after a settings change: options or dictionaries may differ). */
  invalidate(): void {
    this.states.clear();
  }

  close(uri: string): void {
    this.states.delete(uri);
  }
}

/** Markdown documents get Markdown parsing; everything else is plain text. */
export function formatOf(doc: TextDocument): 'plain' | 'markdown' {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plain';
}
