// The preview webview's page: GB/T 9704 pages drawn from the server's layout, in the fonts the
// system has (the configured family first, then look-alikes), page breaks as the layout estimates.
// The script builds the DOM with textContent only, and reports back what it drew.

import type { LayoutStyle } from '../../server/src/core';

/** Look-alikes after the configured family: what Windows, macOS and Linux (Noto, AR PL) have. */
const FALLBACKS: Record<keyof LayoutStyle['fonts'], string> = {
  title: `'FZXiaoBiaoSong-B05S', 'STZhongsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', serif`,
  level1: `'SimHei', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`,
  level2: `'KaiTi', '楷体', 'STKaiti', 'AR PL UKai CN', 'Noto Serif CJK SC', serif`,
  level3: `'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', serif`,
  level4: `'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', serif`,
  body: `'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', serif`,
  pageNumber: `'SimSun', '宋体', 'Songti SC', 'Noto Serif CJK SC', serif`,
};

/** CSS font-family lists for a layout style. */
export function fontFamilies(style: LayoutStyle): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(FALLBACKS) as Array<keyof LayoutStyle['fonts']>)
    out[key] = `${JSON.stringify(style.fonts[key])}, ${FALLBACKS[key]}`;
  return out;
}

/** The webview's HTML (scripts by nonce only). */
export function previewHtml(nonce: string, cspSource: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; font-src ${cspSource}; script-src 'nonce-${nonce}';">
<style>
  body { background: #e8e8e8; margin: 0; padding: 12px 0; }
  #pages { transform-origin: top left; }
  .page { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto 12px; padding: 37mm 26mm 35mm 28mm; background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .area { min-height: 225mm; }
  p { margin: 0; font-size: 16pt; line-height: 28.95pt; text-indent: 2em; text-align: justify; letter-spacing: -0.25pt; white-space: pre-wrap; word-break: break-all; }
  p.addressee { text-indent: 0; }
  p.centred { text-indent: 0; text-align: center; }
  p.title { font-size: 22pt; text-align: center; text-indent: 0; letter-spacing: 0; }
  p.gap { height: 28.95pt; }
  p.active { background: rgba(255, 200, 0, .12); outline: 1px dashed rgba(200, 140, 0, .7); }
  strong { font-weight: bold; }
  .em { text-emphasis: dot; -webkit-text-emphasis: dot; text-emphasis-position: under right; -webkit-text-emphasis-position: under; }
  mark { background: #ffeb3b; color: inherit; }
  .pn { position: absolute; bottom: 21mm; font-size: 14pt; }
  .page.odd .pn { right: calc(26mm + 1em); }
  .page.even .pn { left: calc(28mm + 1em); }
</style></head>
<body><div id="pages"></div>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const root = document.getElementById('pages');
let current;
function render(layout) {
  current = layout;
  root.textContent = '';
  const f = layout.fonts;
  let page, area, count = 0;
  const newPage = () => {
    count++;
    page = document.createElement('div');
    page.className = 'page ' + (count % 2 ? 'odd' : 'even');
    area = document.createElement('div');
    area.className = 'area';
    const pn = document.createElement('div');
    pn.className = 'pn';
    pn.style.fontFamily = f.pageNumber;
    pn.textContent = '— ' + count + ' —';
    page.append(area, pn);
    root.append(page);
  };
  newPage();
  layout.blocks.forEach((b, i) => {
    while (layout.pages[i] >= count) newPage();
    const p = document.createElement('p');
    p.className = b.kind + (b.level ? ' h' + b.level : '') + (b.addressee ? ' addressee' : '') + (b.centred ? ' centred' : '');
    p.dataset.start = b.start;
    p.dataset.end = b.end;
    for (const r of b.runs) {
      let el = document.createElement(r.blank ? 'mark' : 'span');
      el.textContent = r.text;
      el.style.fontFamily = f[r.face];
      if (r.face === 'level3' && layout.level3Bold) el.style.fontWeight = 'bold';
      if (r.bold) el.style.fontWeight = 'bold';
      if (r.emphasis) el.classList.add('em');
      p.append(el);
    }
    area.append(p);
    if (b.kind === 'title' && layout.blocks[i + 1]?.kind !== 'title') {
      const gap = document.createElement('p');
      gap.className = 'gap';
      area.append(gap);
    }
  });
  fit();
}
function fit() {
  const page = root.querySelector('.page');
  if (!page) return;
  const scale = Math.min(1, (document.body.clientWidth - 16) / page.offsetWidth);
  root.style.transform = 'scale(' + scale + ')';
  root.style.width = (100 / scale) + '%';
}
function cursor(offset) {
  let active;
  for (const p of root.querySelectorAll('p[data-start]')) {
    p.classList.remove('active');
    if (Number(p.dataset.start) <= offset) active = p;
  }
  if (!active) return undefined;
  active.classList.add('active');
  active.scrollIntoView({ block: 'center' });
  return active.textContent;
}
window.addEventListener('resize', fit);
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'layout') render(m.layout);
  const activeText = m.cursor === undefined ? undefined : cursor(m.cursor);
  vscode.postMessage({
    type: 'rendered',
    kind: m.type,
    version: current ? current.version : -1,
    pages: root.querySelectorAll('.page').length,
    headings: [...root.querySelectorAll('p.heading')].map((p) => p.textContent),
    marks: root.querySelectorAll('mark').length,
    activeText,
  });
});
vscode.postMessage({ type: 'ready' });
</script></body></html>`;
}
