// What the extension and the layout preview's webview say to each other (types only: both sides import them).

import type { LayoutResult } from '../../../server/src/protocol';

/** The layout as the webview draws it: the server's, with CSS font lists for each face. */
export type WebviewLayout = LayoutResult & { fonts: Record<string, string>; level3Bold: boolean };

/** Extension → webview: a layout to draw (and the cursor), or the cursor alone. */
export type ToWebview = { type: 'layout'; layout: WebviewLayout; cursor?: number } | { type: 'cursor'; cursor: number };

/** Webview → extension: ready for a layout, or what it drew. */
export type FromWebview =
  | { type: 'ready' }
  | {
      type: 'rendered';
      kind: 'layout' | 'cursor';
      version: number;
      pages: number;
      headings: string[];
      marks: number;
      activeText?: string;
    };
