// The preview webview's page: GB/T 9704 pages drawn by the page script (webview/preview.ts, bundled
// by esbuild and inlined here under the page's nonce) in the fonts the system has — the configured
// family first, then look-alikes.

import type { LayoutStyle } from '../../server/src/core';
import { GB_PAGE } from '../../server/src/core/features/layout/page';

/** The bundled page script (esbuild.mjs defines it; empty when this file runs unbundled). */
declare const PREVIEW_SCRIPT: string | undefined;

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

/** CSS font-family lists for a layout style, by face (the subtitle in the level-2 face). */
export function fontFamilies(style: LayoutStyle): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(FALLBACKS) as Array<keyof LayoutStyle['fonts']>)
    out[key] = `${JSON.stringify(style.fonts[key])}, ${FALLBACKS[key]}`;
  out.subtitle = out.level2;
  return out;
}

const P = GB_PAGE;
/** The page number's line (4号, exact) is centred on the dash, 7 mm under the type area. */
const numberTop = `calc(${P.topMm + (P.heightMm - P.topMm - P.bottomMm) + P.pageNumberBelowMm}mm - ${P.pageNumberPt / 2}pt)`;

/** The webview's HTML (scripts by nonce only). */
export function previewHtml(nonce: string, cspSource: string): string {
  const script = (typeof PREVIEW_SCRIPT === 'string' ? PREVIEW_SCRIPT : '').replace(/<\//g, '<\\/');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; font-src ${cspSource}; script-src 'nonce-${nonce}';">
<style>
  body { background: #e8e8e8; margin: 0; padding: 12px 0; }
  #pages { transform-origin: top left; }
  .page { position: relative; box-sizing: border-box; width: ${P.widthMm}mm; height: ${P.heightMm}mm; margin: 0 auto 12px; padding: ${P.topMm}mm ${P.rightMm}mm ${P.bottomMm}mm ${P.leftMm}mm; background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .area { position: relative; height: ${P.heightMm - P.topMm - P.bottomMm}mm; }
  .line { position: absolute; left: 0; right: 0; height: ${P.linePitchPt}pt; line-height: ${P.linePitchPt}pt; font-size: ${P.bodyPt}pt; white-space: pre; text-justify: inter-character; }
  .line.title { font-size: ${P.titlePt}pt; }
  .line.active { background: rgba(255, 200, 0, .12); outline: 1px dashed rgba(200, 140, 0, .7); }
  .em { text-emphasis: dot; -webkit-text-emphasis: dot; text-emphasis-position: under right; -webkit-text-emphasis-position: under; }
  mark { background: #ffeb3b; color: inherit; }
  .pn { position: absolute; top: ${numberTop}; font-size: ${P.pageNumberPt}pt; line-height: ${P.pageNumberPt}pt; }
  .page.odd .pn { right: calc(${P.rightMm}mm + 1em); }
  .page.even .pn { left: calc(${P.leftMm}mm + 1em); }
</style></head>
<body><div id="pages"></div>
<script nonce="${nonce}">${script}</script></body></html>`;
}
