// Bundles the client (with the preview's page script), the server, the segmenter worker and the CLI into dist/.
// nodejieba is native: it stays external and is resolved from node_modules (or shipped
// beside the bundle in dist/node_modules by the packaging script).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  external: ['vscode', 'nodejieba'],
  logLevel: 'warning',
};

mkdirSync('dist', { recursive: true });
// The layout preview's page script runs in the webview (a browser): bundled on its own, then
// inlined into the client, which puts it in the webview's HTML under the page's nonce.
const preview = await esbuild.build({
  entryPoints: ['client/src/webview/preview.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: production,
  write: false,
  logLevel: 'warning',
});
const previewScript = JSON.stringify(preview.outputFiles[0].text);
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    define: { PREVIEW_SCRIPT: previewScript },
  }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/host/segmenterWorker.ts'],
    outfile: 'dist/segmenter-worker.js',
  }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);
cpSync('server/dict', 'dist/dict', { recursive: true });
// The corpus-derived tables (npm run build:stats): the host reads them from dist/data.
cpSync('server/data', 'dist/data', { recursive: true, filter: (f) => !f.endsWith('.md') });
