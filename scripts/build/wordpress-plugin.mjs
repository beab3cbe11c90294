// The WordPress plugin, from the release folder and the plugin's sources in wordpress/:
//   release/bouwstenen-scan-wordpress-<version>.zip, with one folder, bouwstenen-scan/:
//     bouwstenen-scan.php, includes/   the plugin (PHP): the block and shortcode, rendered on the
//                                      server as the snippet's element, and embed.js enqueued
//     block/block.json, editor.js, .css the block; editor.js bundled by esbuild from
//                                      wordpress/block/editor.js, its dependencies in editor.asset.php
//     rules.json                       the settings' rules for the PHP, from web/contract.js
//     readme.txt                       WordPress's readme
//     scan/                            the release's files a page loads, its scan page, the
//                                      documents for sign-off and integrity.json (embed.js's
//                                      integrity, which the PHP puts on its script tag)
// Run by scripts/package-release.mjs after the release folder is written.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFolder } from './zip.mjs';
import { MAX_ADDRESS_BYTES, PLUGIN_SETTINGS } from '../../wordpress/settings.js';
import { EMBED_FILE } from '../../web/contract.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = (...path) => join(root, 'wordpress', ...path);
/** The plugin's folder in wp-content/plugins, and its main file's name. */
export const PLUGIN_SLUG = 'bouwstenen-scan';
export const wordpressZip = (version) => join(root, 'release', `${PLUGIN_SLUG}-wordpress-${version}.zip`);

/** The PHP's sources as they are, but for the version (`@VERSION@`) in the plugin's header and readme. */
const WITH_VERSION = ['bouwstenen-scan.php', 'readme.txt'];
const AS_THEY_ARE = ['includes/rules.php', 'includes/scan.php', 'block/block.json', 'block/editor.css'];
/** The WordPress scripts block/editor.js uses (its `wp.*` globals), for editor.asset.php. */
const EDITOR_DEPENDENCIES = ['wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element'];

/** What includes/rules.php reads: each setting's names, values, limits and form, and embed.js's name. */
export function rulesOf() {
  const keys = ['option', 'query', 'attribute', 'values', 'fallback', 'maxChars', 'form', 'plain', 'needs'];
  return {
    about: 'Written by scripts/build/wordpress-plugin.mjs from web/contract.js and wordpress/settings.js: do not edit.',
    embedFile: EMBED_FILE,
    maxAddressBytes: MAX_ADDRESS_BYTES,
    settings: PLUGIN_SETTINGS.map((setting) => Object.fromEntries(keys.filter((key) => key in setting).map((key) => [key, setting[key]]))),
  };
}

/** The block's editor script, one file WordPress loads as a classic script. */
async function writeEditorScript(outDir, version) {
  await build({
    entryPoints: [source('block', 'editor.js')],
    outfile: join(outDir, 'editor.js'),
    bundle: true,
    format: 'iife',
    // Readable, as the plugin directory asks of a plugin's code.
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const dependencies = EDITOR_DEPENDENCIES.map((name) => `'${name}'`).join(', ');
  writeFileSync(join(outDir, 'editor.asset.php'), `<?php return array( 'dependencies' => array( ${dependencies} ), 'version' => '${version}' );\n`);
}

/**
 * Writes the plugin's zip for `version` from the release folder `folder` (its files for scan/:
 * `scanFiles`). Returns the zip's path and the files in it.
 */
export async function writeWordPressPlugin(version, folder, scanFiles) {
  const staging = mkdtempSync(join(tmpdir(), 'bouwstenen-wordpress-'));
  try {
    const plugin = join(staging, PLUGIN_SLUG);
    const at = (path) => {
      mkdirSync(dirname(join(plugin, path)), { recursive: true });
      return join(plugin, path);
    };
    for (const file of WITH_VERSION) writeFileSync(at(file), readFileSync(source(file), 'utf8').replaceAll('@VERSION@', version));
    for (const file of AS_THEY_ARE) copyFileSync(source(file), at(file));
    await writeEditorScript(dirname(at('block/editor.js')), version);
    writeFileSync(at('rules.json'), `${JSON.stringify(rulesOf(), null, 2)}\n`);
    for (const file of scanFiles) copyFileSync(join(folder, file), at(`scan/${file}`));
    const zip = wordpressZip(version);
    const files = zipFolder(staging, PLUGIN_SLUG, zip);
    return { zip, files };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
