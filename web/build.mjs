// Builds talkgraph's browser assets from src/ into dist/, which the Go package embeds:
// dist/playground.{js,css} (GraphiQL with React) and dist/dashboard.{js,css} (the dashboard,
// with Chart.js and Cytoscape). Minified, without source maps, and deterministic for the
// pinned versions in package-lock.json, so `make web` on a clean clone reproduces the
// committed files byte for byte.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  // WEB_OUT lets `make web-check` build elsewhere and compare with the committed dist/.
  outdir: process.env.WEB_OUT || 'dist',
  loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl', '.graphql': 'text' },
};

await esbuild.build({ ...common, entryPoints: { playground: 'src/playground.jsx' }, jsx: 'automatic' });
await esbuild.build({ ...common, entryPoints: { dashboard: 'src/dashboard.js' } });
