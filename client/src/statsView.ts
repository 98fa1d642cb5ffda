// 报告统计 as a read-only webview: counts, findings per rule and per section, and a bar chart of
// the section lengths drawn with the theme's own colours (readable in light, dark and high contrast).
// A webview is no text document: nothing asks to save it and the extension does not check it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  FindingsContext,
  FindingsContextParams,
  FindingsContextRequest,
  ReportStats,
  StatsParams,
  StatsRequest,
} from '../../server/src/protocol';
import { asRange, ruleOf } from './slots';

type T = (message: string, ...args: Array<string | number>) => string;

/** What the page shows, beside the server's statistics: the findings as Problems has them. */
export interface StatsPage {
  name: string;
  stats: ReportStats;
  /** Rule → its name and count, most first. */
  rules: Array<{ id: string; name: string; count: number }>;
  /** Per top-level section: name, length, findings in it. */
  sections: Array<{ name: string; characters: number; findings: number }>;
}

/** Joins the server's statistics with the diagnostics of the report. */
export function statsPage(
  name: string,
  stats: ReportStats,
  context: FindingsContext,
  diagnostics: readonly vscode.Diagnostic[],
): StatsPage {
  const ours = diagnostics.filter((d) => d.source === 'gongwen');
  const perRule = new Map<string, number>();
  for (const d of ours) perRule.set(ruleOf(d), (perRule.get(ruleOf(d)) ?? 0) + 1);
  const rules = [...perRule]
    .map(([id, count]) => ({ id, name: context.ruleNames[id] ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const ranges = context.sections.map((s) => asRange(s.range));
  const sections = stats.sections.map((s, i) => ({
    name: s.name,
    characters: s.characters,
    findings: ours.filter((d) => ranges[i]?.contains(d.range.start)).length,
  }));
  return { name, stats, rules, sections };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page as HTML: no scripts, styles from the theme's variables only. */
export function renderStatsHtml(page: StatsPage, t: T, cspSource: string): string {
  const s = page.stats;
  const longest = Math.max(1, ...page.sections.map((x) => x.characters));
  const row = (label: string, value: number) =>
    `<tr><th scope="row">${escape(label)}</th><td class="num">${value}</td></tr>`;
  const counts = [
    row(t('Characters (without whitespace)'), s.characters),
    row(t('Paragraphs'), s.paragraphs),
    ...s.headings.map((n, i) => row(t('Level-{0} headings', i + 1), n)),
    row(t('Inline items'), s.items),
    row(t('Blanks to fill'), s.blanks),
  ].join('\n');
  const rules = page.rules.length
    ? `<table class="rules"><thead><tr><th>${escape(t('Rule'))}</th><th class="num">${escape(t('Count'))}</th></tr></thead><tbody>${page.rules
        .map(
          (r) =>
            `<tr><th scope="row" title="${escape(r.id)}">${escape(r.name)}</th><td class="num">${r.count}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${escape(t('None'))}</p>`;
  const bars = page.sections
    .map((x) => {
      const width = Math.max(x.characters > 0 ? 0.5 : 0, (x.characters / longest) * 100).toFixed(1);
      return `<div class="section" role="listitem"><div class="label" title="${escape(x.name)}">${escape(x.name)}</div><div class="track"><div class="bar" style="width:${width}%"></div></div><div class="num">${x.characters}</div><div class="num findings" title="${escape(t('Findings'))}">${x.findings}</div></div>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${t('Report statistics') === 'Report statistics' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<title>${escape(t('Report statistics'))}</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 20px; }
  h1 { font-size: 1.4em; font-weight: 600; } h2 { font-size: 1.15em; font-weight: 600; margin-top: 1.6em; }
  table { border-collapse: collapse; min-width: 18em; }
  th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, transparent)); font-weight: normal; }
  thead th { color: var(--vscode-descriptionForeground); }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .chart { display: grid; gap: 4px; max-width: 60em; }
  .section { display: grid; grid-template-columns: minmax(8em, 22em) 1fr 4.5em 3em; align-items: center; gap: 8px; }
  .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .track { height: 1em; background: var(--vscode-editorWidget-background, transparent); border: 1px solid var(--vscode-contrastBorder, transparent); }
  .bar { height: 100%; background: var(--vscode-charts-blue, var(--vscode-focusBorder)); border-right: 1px solid var(--vscode-contrastActiveBorder, transparent); }
  .findings { color: var(--vscode-charts-orange, var(--vscode-foreground)); }
  .legend { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h1>${escape(t('Report statistics'))}: ${escape(page.name)}</h1>
<table class="counts"><tbody>
${counts}
</tbody></table>
<h2>${escape(t('Findings per rule'))}</h2>
${rules}
<h2>${escape(t('Section lengths'))}</h2>
<p class="legend">${escape(t('Characters per top-level section; the last column counts its findings.'))}</p>
<div class="chart" role="list">
${bars || `<p>${escape(t('None'))}</p>`}
</div>
</body>
</html>`;
}

/** The one statistics panel: shows the active report's statistics, kept current while it is open. */
export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly rendered = new vscode.EventEmitter<StatsPage>();
  /** Fires with what was rendered (for the end-to-end tests). */
  readonly onDidRender = this.rendered.event;
  /** The last page rendered and its HTML. */
  last: { page: StatsPage; html: string } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (this.panel && this.uri && e.uris.some((u) => u.toString() === this.uri?.toString())) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), 300);
      }
    });
  }

  /** Opens (or reuses) the panel beside the active report. */
  async show(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return;
    this.uri = doc.uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'gongwen.stats',
        vscode.l10n.t('Report statistics'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.render();
  }

  private async render(): Promise<void> {
    const uri = this.uri;
    const panel = this.panel;
    if (!uri || !panel) return;
    const params: StatsParams & FindingsContextParams = { uri: uri.toString() };
    let stats: ReportStats | null;
    let context: FindingsContext | null;
    try {
      [stats, context] = await Promise.all([
        this.client.sendRequest<ReportStats | null>(StatsRequest, params),
        this.client.sendRequest<FindingsContext | null>(FindingsContextRequest, params),
      ]);
    } catch {
      return; // the server is restarting or the report was closed: the page keeps what it shows
    }
    if (!stats || panel !== this.panel) return;
    const name = vscode.workspace.asRelativePath(uri);
    const page = statsPage(
      name,
      stats,
      context ?? { ruleNames: {}, sections: [] },
      vscode.languages.getDiagnostics(uri),
    );
    const html = renderStatsHtml(page, vscode.l10n.t, panel.webview.cspSource);
    panel.title = `${vscode.l10n.t('Report statistics')}: ${name.split('/').pop()}`;
    panel.webview.html = html;
    this.last = { page, html };
    this.rendered.fire(page);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.rendered.dispose();
    this.subscription.dispose();
  }
}
