// The scripts and pages beside the wasm, bundled by esbuild (pinned in package-lock.json):
//   - site.js: web/site.js, the line of the site's template, all that a page of the site without
//     a scan pays for; with embed.js's hash in a release;
//   - embed.js: web/embed.js, the loader every page with the snippet pays for; with the hashes
//     of the files it loads in a release;
//   - bouwstenen-scan_widget.js: web/widget.js, which embed.js loads once a scan is near, with
//     the shell stylesheet (styles/shell.css, minified, as text) and the start screen's texts
//     (web/start-screen.json); with the hashes of the files it loads in a release;
//   - bouwstenen-scan_glue.js: wasm-bindgen's glue and the parts' loader (web/wasm-glue.js),
//     which the widget's script loads beside the wasm;
//   - first-step.<lang>.json: each language's first step (web/first-step.json) with the steps'
//     stylesheet (styles/widget.css, minified), which embed.js fetches beside the widget's script;
//   - scan.html, scan-page.css and scan-page.js: the scan on a page of its own;
//   - configurator.html, .css and .js (with the hashes of the embed.js and site.js beside it), and the
//     Voorbeeld theme it previews with;
//   - index.html and demo.css: the demo page (Trunk's, in a debug build).
// Used by scripts/build-release.mjs (release) and scripts/post-build (Trunk's debug builds).
import { build, transform } from 'esbuild';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { at } from './tools.mjs';
import { GLUE_FILE } from './wasm.mjs';
import { sriOfFile } from '../sri.mjs';
import { EMBED_FILE, SCAN_PAGE_FILES, SITE_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from '../../web/contract.js';

const minifiedCss = async (path) => (await transform(readFileSync(path, 'utf8'), { loader: 'css', minify: true })).code.trim();

/** first-step.<lang>.json for each language, into `outDir`; their integrity values by language. */
export async function writeFirstSteps(outDir) {
  // One file per language: a page fetches its own language's first step only (measured: the
  // first question waits 1 159 B less than with both languages in one file).
  const css = await minifiedCss(at('styles/widget.css'));
  const integrity = {};
  for (const [language, texts] of Object.entries(JSON.parse(readFileSync(at('web/first-step.json'), 'utf8')))) {
    const file = join(outDir, firstStepFile(language));
    writeFileSync(file, JSON.stringify({ css, [language]: texts }));
    integrity[language] = sriOfFile(file);
  }
  return integrity;
}

/**
 * The glue file into `outDir`: web/wasm-glue.js with wasm-bindgen's glue (and the parts'
 * loader) from `glueDir`; minified in a release. Returns its integrity value.
 */
export async function writeGlue(outDir, glueDir, minify) {
  const fromBuild = {
    name: 'bouwstenen-glue',
    setup(bundler) {
      bundler.onResolve({ filter: /^\.\/bouwstenen-scan\.js$/ }, () => ({ path: join(glueDir, GLUE_FILE) }));
    },
  };
  const file = join(outDir, WASM_GLUE_FILE);
  await build({
    entryPoints: [at('web/wasm-glue.js')],
    outfile: file,
    bundle: true,
    format: 'esm',
    minify,
    plugins: [fromBuild],
    logLevel: 'warning',
  });
  return sriOfFile(file);
}

/**
 * The widget's script, embed.js, the loader that loads it, and site.js, which loads embed.js,
 * into `outDir`. With `integrity` (a release: `{ wasm, glue, firstStep }`) all are minified, the
 * widget's script loads the wasm and the glue with their hashes, embed.js the widget's script
 * and the first step with theirs, and site.js embed.js with its: a chain of hashes from the
 * integrity attribute of the snippet (or of the site's line) to the last part.
 */
export async function writeEmbed(outDir, integrity) {
  const cssAsText = {
    name: 'css-as-text',
    setup(bundler) {
      bundler.onLoad({ filter: /\.css$/ }, async ({ path }) => ({ contents: await minifiedCss(path), loader: 'text' }));
    },
  };
  const bundle = (entry, file, hashes) => build({
    entryPoints: [at('web', entry)],
    outfile: join(outDir, file),
    bundle: true,
    format: 'esm',
    minify: Boolean(integrity),
    define: integrity ? Object.fromEntries(Object.entries(hashes).map(([name, hash]) => [name, JSON.stringify(hash)])) : {},
    plugins: [cssAsText],
    logLevel: 'warning',
  });
  await bundle('widget.js', WIDGET_SCRIPT_FILE, integrity && { WASM_INTEGRITY: integrity.wasm, GLUE_INTEGRITY: integrity.glue, FIRST_STEP_INTEGRITY: integrity.firstStep });
  await bundle('embed.js', EMBED_FILE, integrity && {
    WIDGET_INTEGRITY: sriOfFile(join(outDir, WIDGET_SCRIPT_FILE)),
    FIRST_STEP_INTEGRITY: integrity.firstStep,
  });
  await bundle('site.js', SITE_FILE, integrity && { EMBED_INTEGRITY: sriOfFile(join(outDir, EMBED_FILE)) });
}

/** scan.html and its stylesheet as they are, and its script bundled with the settings it
 *  shares with embed.js, which it loads as the file beside it. */
export async function writeScanPage(outDir, minify) {
  const [page, script, style] = SCAN_PAGE_FILES;
  await build({
    entryPoints: [at('web', script)],
    outfile: join(outDir, script),
    bundle: true,
    format: 'esm',
    minify,
    external: ['./embed.js'],
    logLevel: 'warning',
  });
  for (const file of [page, style]) copyFileSync(at('web', file), join(outDir, file));
}

/** The configurator beside embed.js: its script imports the real embed.js beside it (kept out of
 *  this bundle) and knows its sha384 and site.js's, so the lines it gives carry the right integrity. */
export async function writeConfigurator(outDir, minify) {
  const embedBeside = {
    name: 'embed-beside',
    setup(bundler) {
      bundler.onResolve({ filter: /\/embed\.js$/ }, () => ({ path: './embed.js', external: true }));
    },
  };
  await build({
    entryPoints: [at('web/configurator/configurator.js')],
    outfile: join(outDir, 'configurator.js'),
    bundle: true,
    format: 'esm',
    minify,
    define: {
      EMBED_INTEGRITY: JSON.stringify(sriOfFile(join(outDir, EMBED_FILE))),
      SITE_INTEGRITY: JSON.stringify(sriOfFile(join(outDir, SITE_FILE))),
    },
    plugins: [embedBeside],
    logLevel: 'warning',
  });
  for (const file of ['configurator.html', 'configurator.css']) copyFileSync(at('web/configurator', file), join(outDir, file));
  // The preview's theme: NL Design System's Voorbeeld theme, EUPL-1.2, with its licence beside
  // it. The configurator alone loads it, never a host page.
  const voorbeeld = at('node_modules/@nl-design-system-unstable/voorbeeld-design-tokens');
  copyFileSync(join(voorbeeld, 'dist/theme.css'), join(outDir, 'configurator-theme-voorbeeld.css'));
  copyFileSync(join(voorbeeld, 'LICENSE.md'), join(outDir, 'configurator-theme-voorbeeld.LICENSE.md'));
}

/** The demo page (index.html without Trunk's own lines) and its stylesheet. */
export function writeDemoPage(outDir) {
  const page = readFileSync(at('index.html'), 'utf8')
    .replace(/\s*<link data-trunk rel="rust"[^>]*\/>/, '')
    .replace('<link data-trunk rel="css" href="demo/demo.css" />', '<link rel="stylesheet" href="demo.css" />');
  if (page.includes('data-trunk')) throw new Error('build: index.html has a Trunk line the release build does not know');
  writeFileSync(join(outDir, 'index.html'), page);
  copyFileSync(at('demo/demo.css'), join(outDir, 'demo.css'));
}
