// Export a report as Word (GB/T 9704): analyse for blanks, lay out, write. Shared by the CLI and the server.

import * as fs from 'fs';
import {
  analyze,
  BlockPlace,
  LayoutBlock,
  layoutReport,
  LayoutStyle,
  LineIndex,
  paginate,
  parseReport,
  ReportModel,
  RuleOptions,
  RULES,
  Segmenter,
  SLOT_RULES,
  slotFindings,
  Span,
} from '../../core';
import { writeDocx } from './docx';
import { corpusTables } from '../tables';

export { writeDocx };

/** An unfilled blank, for people: 1-based line and column (UTF-16, as `gongwen check` prints them). */
export interface Blank {
  line: number;
  column: number;
  text: string;
  start: number;
  end: number;
}

export interface Prepared {
  blocks: LayoutBlock[];
  blanks: Blank[];
  title: string;
}

/**
 * Parses, analyses and lays out a report. Blanks are looked for even where a team turned the
 * blank rules off in the editor: nothing unfilled should go out unnoticed.
 */
export function prepareExport(
  text: string,
  format: 'plain' | 'markdown',
  options: RuleOptions,
  segmenter?: Segmenter,
): Prepared {
  return prepareModel(parseReport(text, { format, segmenter }), options);
}

/** The same for a model already parsed (with its tokens: the blank rules need them). */
export function prepareModel(model: ReportModel, options: RuleOptions): Prepared {
  const { text } = model;
  const rules = { ...options.rules };
  for (const id of SLOT_RULES) if (rules[id] === 'off') delete rules[id];
  const slotRules = RULES.filter((r) => SLOT_RULES.includes(r.id));
  // Two rules may flag the same blank: it counts once.
  const findings: Span[] = [];
  for (const f of slotFindings(
    analyze(model, { ...options, rules }, { rules: slotRules, tables: corpusTables() }).findings,
  )) {
    if (!findings.length || f.start >= findings[findings.length - 1].end) findings.push(f);
  }
  const index = new LineIndex(text);
  const blanks = findings.map((f) => {
    const p = index.positionAt(f.start);
    return { line: p.line + 1, column: p.character + 1, text: text.slice(f.start, f.end), start: f.start, end: f.end };
  });
  return { blocks: layoutReport(model, findings), blanks, title: model.title?.text ?? '' };
}

/** The .docx bytes of a prepared report. */
export function exportDocx(prepared: Prepared, style: LayoutStyle): Promise<Buffer> {
  return writeDocx(prepared.blocks, style, prepared.title);
}

/** `N 处待填` and where: the refusal's text, one blank a line (at most `max`). */
export function describeBlanks(file: string, blanks: readonly Blank[], max = 20): string {
  const lines = blanks.slice(0, max).map((b) => `  ${file}:${b.line}:${b.column} ${b.text}`);
  if (blanks.length > max) lines.push(`  …（另有 ${blanks.length - max} 处 / ${blanks.length - max} more）`);
  return lines.join('\n');
}

/** What the preview draws: the blocks, where each line falls on the pages, the style, how many blanks. */
export interface PreviewLayout {
  blocks: LayoutBlock[];
  places: BlockPlace[];
  style: LayoutStyle;
  blanks: number;
}

/** The preview's layout of a prepared report. */
export function previewLayout(prepared: Prepared, style: LayoutStyle): PreviewLayout {
  return { blocks: prepared.blocks, places: paginate(prepared.blocks), style, blanks: prepared.blanks.length };
}

export interface ExportOutcome {
  written: boolean;
  blanks: Blank[];
  error?: string;
}

/** Writes the .docx to `file` unless blanks remain and are not allowed. */
export async function exportToFile(
  prepared: Prepared,
  style: LayoutStyle,
  file: string,
  allowBlanks: boolean,
): Promise<ExportOutcome> {
  if (prepared.blanks.length && !allowBlanks) return { written: false, blanks: prepared.blanks };
  try {
    fs.writeFileSync(file, await exportDocx(prepared, style));
    return { written: true, blanks: prepared.blanks };
  } catch (e) {
    return { written: false, blanks: prepared.blanks, error: (e as Error).message };
  }
}
