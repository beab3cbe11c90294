// Writes the configurator (web/configurator/) into Trunk's staging folder, beside embed.js:
// configurator.html, configurator.css and configurator.js. The script imports the real embed.js
// beside it (kept out of this bundle) and knows embed.js's sha384, so the snippet it gives
// carries the integrity value of the embed.js it sits next to. Run by scripts/post-build after
// scripts/bundle-embed.mjs.
//   node scripts/bundle-configurator.mjs STAGING_DIR [--minify]
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sriOfFile } from './sri.mjs';

const [staging, minify] = process.argv.slice(2);
const source = (path) => fileURLToPath(new URL(`../web/configurator/${path}`, import.meta.url));

/** The widget's embed.js stays a file of its own, loaded from beside the configurator. */
const embedBeside = {
  name: 'embed-beside',
  setup(bundler) {
    bundler.onResolve({ filter: /\/embed\.js$/ }, () => ({ path: './embed.js', external: true }));
  },
};

await build({
  entryPoints: [source('configurator.js')],
  outfile: join(staging, 'configurator.js'),
  bundle: true,
  format: 'esm',
  minify: minify === '--minify',
  define: { EMBED_INTEGRITY: JSON.stringify(sriOfFile(join(staging, 'embed.js'))) },
  plugins: [embedBeside],
  logLevel: 'warning',
});
for (const file of ['configurator.html', 'configurator.css']) copyFileSync(source(file), join(staging, file));
// The preview's theme (configurator.js, themeOfPreview): NL Design System's Voorbeeld theme,
// EUPL-1.2, with its licence beside it. The configurator alone loads it, never a host page.
const voorbeeld = fileURLToPath(new URL('../node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/', import.meta.url));
copyFileSync(join(voorbeeld, 'dist/theme.css'), join(staging, 'configurator-theme-voorbeeld.css'));
copyFileSync(join(voorbeeld, 'LICENSE.md'), join(staging, 'configurator-theme-voorbeeld.LICENSE.md'));
