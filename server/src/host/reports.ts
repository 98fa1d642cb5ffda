// The server's view of open reports: one model per document version, tokens from the
// worker segmenter, analysis results kept for code actions, and each document's analysis caches
// (made on open, disposed of on close), so an edit re-checks about one paragraph.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalysisCaches,
  analyze,
  Analysis,
  Edit,
  FixAccept,
  fixAllAccepts,
  LineIndex,
  parseReport,
  ReportModel,
  Rule,
  RULES,
  SLOT_RULES,
} from '../core';
import { formatOf } from './files';
import { fixAllEdits } from './fixAll';
import { WorkerSegmenter } from './segmenter';
import { SettingsCache } from './settings';
import { corpusTables } from './tables';

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
  private readonly caches = new Map<string, AnalysisCaches>();

  constructor(
    private readonly settings: SettingsCache,
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  /** The segmenter for a document (its user dictionaries decide which). */
  segmenterFor(uri: string): WorkerSegmenter {
    return this.settings.segmenterFor(uri);
  }

  /** Makes the caches of a document just opened. */
  open(uri: string): void {
    this.cachesFor(uri);
  }

  /** The caches of a document (made here if the document was not announced as opened). */
  private cachesFor(uri: string): AnalysisCaches {
    let caches = this.caches.get(uri);
    if (!caches) this.caches.set(uri, (caches = new AnalysisCaches()));
    return caches;
  }

  /** The model of `doc` at its current version, with tokens if the segmenter has them. */
  get(doc: TextDocument): ReportState {
    const cached = this.states.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const model = parseReport(text, {
      format: documentFormat(doc),
      segmenter: this.segmenterFor(doc.uri).segment,
      caches: this.cachesFor(doc.uri),
    });
    const state: ReportState = { version: doc.version, model, index: new LineIndex(text, model.lines) };
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
      const model = await segmenter.complete(state.model, this.cachesFor(doc.uri));
      if (!isCurrent(state.version)) return undefined;
      if (model.segmented) return this.analyze(doc.uri, this.withTokens(doc.uri, state, model));
    }
    return this.analyze(doc.uri, state);
  }

  /** A new state for the segmented `model` of `state`'s version (the old state, maybe still in use, is left as it was). */
  private withTokens(uri: string, state: ReportState, model: ReportModel): ReportState {
    const current = this.states.get(uri);
    if (current && current.version === state.version && current.model.segmented) return current; // another call was first
    const next: ReportState = { version: state.version, model, index: state.index };
    if (current?.version === state.version) this.states.set(uri, next);
    return next;
  }

  /** The analysis for code actions: the full one when its tokens are moments away, else what can run now. */
  async current(doc: TextDocument): Promise<ReportState> {
    const state = this.get(doc);
    if (state.model.segmented || !this.segmentsSoon(doc.uri, state)) return this.analyze(doc.uri, state);
    return (await this.analyzeFully(doc, () => true)) ?? this.analyze(doc.uri, state);
  }

  /** Runs the rules that can run now (all of them once tokens are there). */
  analyze(uri: string, state: ReportState): ReportState {
    if (!state.analysis)
      state.analysis = analyze(state.model, this.settings.options(uri), {
        rules: this.rules,
        caches: this.cachesFor(uri),
        tables: corpusTables(),
      });
    return state;
  }

  /**
   * Fix-all on `state`: every round, as edits on its text (a second fix-all then finds nothing), of
   * the fixes `accept` takes (by default fix-all's, as the settings allow).
   */
  fixAll(uri: string, state: ReportState, accept?: FixAccept): Promise<Edit[]> {
    const options = this.settings.options(uri);
    return fixAllEdits(state.model.text, state.analysis?.findings ?? [], {
      format: state.model.format,
      segmenter: this.segmenterFor(uri),
      options,
      rules: this.rules,
      caches: this.cachesFor(uri),
      accept: accept ?? fixAllAccepts(options.fixAll.contentChanges),
    });
  }

  /** Marking all blanks on `state`: every round, so that no blank is left unmarked. */
  markBlanks(uri: string, state: ReportState): Promise<Edit[]> {
    return this.fixAll(uri, state, (f) => SLOT_RULES.includes(f.ruleId));
  }

  /** Forgets models, analyses and caches (after a settings change: options or dictionaries may differ). */
  invalidate(): void {
    this.states.clear();
    for (const caches of this.caches.values()) caches.dispose();
  }

  /** Forgets a closed document: its model, analysis and caches. */
  close(uri: string): void {
    this.states.delete(uri);
    this.caches.get(uri)?.dispose();
    this.caches.delete(uri);
  }
}

/** Markdown documents (by language or by extension, as files are) get Markdown parsing; everything else is plain text. */
function documentFormat(doc: TextDocument): 'plain' | 'markdown' {
  return doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri);
}
