// Writes the one script a host page loads: web/embed.js bundled with wasm-bindgen's glue (from
// Trunk's staging folder), the shell stylesheet (styles/shell.css, minified, as text) and the
// start screen's texts (web/start-screen.json). Run by scripts/post-build in every build.
// Beside it, first-step.nl.json and first-step.en.json: each language's first step (from
// web/first-step.json) and the steps' stylesheet (styles/widget.css, minified), which embed.js
// fetches before the wasm.
// It writes the scan page beside it too: scan.html, scan-page.css and scan-page.js.
//   node scripts/bundle-embed.mjs STAGING_DIR [WASM_INTEGRITY]
// With WASM_INTEGRITY (release builds) the bundle is minified and fetches the wasm with it,
// and each first-step file with its own hash.
import { build, transform } from 'esbuild';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sriOfFile } from './sri.mjs';

const [staging, wasmIntegrity] = process.argv.slice(2);
const source = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The glue is Trunk's output; the stylesheet goes in as minified text. */
const fromBuild = {
  name: 'bouwstenen-build',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/bouwstenen-scan\.js$/ }, () => ({ path: join(staging, 'bouwstenen-scan.js') }));
    bundler.onLoad({ filter: /\.css$/ }, async ({ path }) => ({ contents: await minifiedCss(path), loader: 'text' }));
  },
};

const minifiedCss = async (path) => (await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true })).code.trim();
// One file per language: a page fetches its own language's first step only (measured: the
// first question waits 1 159 B less than with both languages in one file, docs/performance.md).
const css = await minifiedCss(source('styles/widget.css'));
const firstStepIntegrity = {};
for (const [language, texts] of Object.entries(JSON.parse(await readFile(source('web/first-step.json'), 'utf8')))) {
  const file = join(staging, `first-step.${language}.json`);
  await writeFile(file, JSON.stringify({ css, [language]: texts }));
  firstStepIntegrity[language] = sriOfFile(file);
}
const integrities = wasmIntegrity
  ? { WASM_INTEGRITY: JSON.stringify(wasmIntegrity), FIRST_STEP_INTEGRITY: JSON.stringify(firstStepIntegrity) }
  : {};

await build({
  entryPoints: [source('web/embed.js')],
  outfile: join(staging, 'embed.js'),
  bundle: true,
  format: 'esm',
  minify: Boolean(wasmIntegrity),
  define: integrities,
  plugins: [fromBuild],
  logLevel: 'warning',
});

// The scan page: scan.html and its stylesheet as they are, and its script bundled with the
// settings it shares with embed.js, which it loads as the file beside it.
await build({
  entryPoints: [source('web/scan-page.js')],
  outfile: join(staging, 'scan-page.js'),
  bundle: true,
  format: 'esm',
  minify: Boolean(wasmIntegrity),
  external: ['./embed.js'],
  logLevel: 'warning',
});
for (const file of ['scan.html', 'scan-page.css']) {
  await copyFile(source(`web/${file}`), join(staging, file));
}
