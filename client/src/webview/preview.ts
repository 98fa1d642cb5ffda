// The layout preview's page script (bundled by esbuild into the webview's HTML): GB/T 9704 pages
// drawn line for line from the server's layout — each block's lines where the composer ended them,
// on the rows and pages where they fall — in the fonts the system has. It builds the DOM with
// textContent only, and reports back what it drew.

import { BODY, GB_PAGE } from '../../../server/src/core/features/layout/page';
import type { LayoutBlock, Place } from '../../../server/src/core';
import type { FromWebview, ToWebview, WebviewLayout } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('pages')!;
const pt = (twips: number) => `${twips / 20}pt`;
let current: WebviewLayout | undefined;

/** The page of index `n` (created on demand), its type area the parent of the rows. */
function pageArea(pages: HTMLElement[], n: number, fonts: Record<string, string>): HTMLElement {
  while (pages.length <= n) {
    const count = pages.length + 1;
    const page = document.createElement('div');
    page.className = `page ${count % 2 ? 'odd' : 'even'}`;
    const area = document.createElement('div');
    area.className = 'area';
    const number = document.createElement('div');
    number.className = 'pn';
    number.style.fontFamily = fonts.pageNumber;
    number.textContent = `— ${count} —`;
    page.append(area, number);
    root.append(page);
    pages.push(area);
  }
  return pages[n];
}

/** One line of a block: its runs' pieces, its place on the page, its indent and alignment. */
function lineElement(b: LayoutBlock, i: number, place: Place, layout: WebviewLayout): HTMLElement {
  const line = b.lines[i];
  const el = document.createElement('div');
  el.className = `line ${b.kind}${b.level ? ` h${b.level}` : ''}`;
  el.dataset.start = String(b.start);
  el.dataset.end = String(b.end);
  el.style.top = `${place.row * GB_PAGE.linePitchPt}pt`;
  const indent = b.indent.left + (i === 0 ? b.indent.firstLine : 0);
  el.style.paddingLeft = pt(indent);
  el.style.paddingRight = pt(b.indent.right);
  // Justified lines fill the measure but the paragraph's last; the others stand as the block says.
  const justified = b.align === 'justify' && i < b.lines.length - 1;
  const align = b.align === 'justify' ? (justified ? 'justify' : 'left') : b.align;
  el.style.textAlign = align;
  el.style.textAlignLast = align;
  const spacing = b.kind === 'title' ? 0 : BODY.spacing;
  el.style.letterSpacing = pt(spacing + line.adjust);
  let at = 0;
  for (const r of b.runs) {
    const from = Math.max(line.start, at);
    const to = Math.min(line.end, at + r.text.length);
    if (from < to) {
      const span = document.createElement(r.blank ? 'mark' : 'span');
      span.textContent = r.text.slice(from - at, to - at);
      span.style.fontFamily = layout.fonts[r.face];
      if ((r.face === 'level3' && layout.level3Bold) || r.bold) span.style.fontWeight = 'bold';
      if (r.emphasis) span.classList.add('em');
      el.append(span);
    }
    at += r.text.length;
  }
  return el;
}

function render(layout: WebviewLayout): void {
  current = layout;
  root.textContent = '';
  const pages: HTMLElement[] = [];
  pageArea(pages, 0, layout.fonts);
  layout.blocks.forEach((b, k) => {
    const places = layout.places[k];
    b.lines.forEach((_, i) => {
      const place = places.lines[i];
      pageArea(pages, place.page, layout.fonts).append(lineElement(b, i, place, layout));
    });
  });
  fit();
}

function fit(): void {
  const page = root.querySelector<HTMLElement>('.page');
  if (!page) return;
  const scale = Math.min(1, (document.body.clientWidth - 16) / page.offsetWidth);
  root.style.transform = `scale(${scale})`;
  root.style.width = `${100 / scale}%`;
}

/** Marks the block the cursor is in (every line of it) and returns its text. */
function cursor(offset: number): string | undefined {
  let start: string | undefined;
  for (const el of root.querySelectorAll<HTMLElement>('.line')) {
    el.classList.remove('active');
    if (Number(el.dataset.start) <= offset) start = el.dataset.start;
  }
  if (start === undefined) return undefined;
  const lines = [...root.querySelectorAll<HTMLElement>(`.line[data-start="${start}"]`)];
  for (const el of lines) el.classList.add('active');
  lines[0].scrollIntoView({ block: 'center' });
  return lines.map((el) => el.textContent).join('');
}

/** The text of each heading, its lines joined. */
function headings(): string[] {
  const byStart = new Map<string, string>();
  for (const el of root.querySelectorAll<HTMLElement>('.line.heading'))
    byStart.set(el.dataset.start!, (byStart.get(el.dataset.start!) ?? '') + el.textContent);
  return [...byStart.values()];
}

window.addEventListener('resize', fit);
window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  const m = e.data;
  if (m.type === 'layout') render(m.layout);
  const activeText = m.cursor === undefined ? undefined : cursor(m.cursor);
  vscode.postMessage({
    type: 'rendered',
    kind: m.type,
    version: current ? current.version : -1,
    pages: root.querySelectorAll('.page').length,
    headings: headings(),
    marks: root.querySelectorAll('mark').length,
    activeText,
  });
});
vscode.postMessage({ type: 'ready' });
