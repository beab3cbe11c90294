// Writes what an organisation hosts, from the release build in dist/:
//   release/bouwstenen-scan-<version>/     the files a host page loads (embed.js, the wasm),
//                                          the configurator for web editors, snippet.html,
//                                          integrity.json, README.md, package.json
//   release/bouwstenen-scan-<version>.tgz  `npm pack` of that folder: publishable to npm as is
//   release/bouwstenen-scan-wordpress-<version>.zip  the WordPress plugin, with the folder's files
//                                          a page loads (scripts/build/wordpress-plugin.mjs)
// The version is Cargo.toml's. Run by scripts/release (after the build) and scripts/test.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sriOfFile } from './sri.mjs';
import { writeWordPressPlugin } from './build/wordpress-plugin.mjs';
import { codeFor, siteLine } from '../web/configurator/snippet.js';
import { DEFAULTS } from '../web/configurator/settings.js';
import { EMBED_FILE, LANGUAGES, PART_FILES, SCAN_PAGE_FILES, SITE_FILE, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from '../web/contract.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...path) => join(root, ...path);

/** What a host page loads: site.js (the site template's line, which loads embed.js where a page
    has a scan) or embed.js (the loader); once a scan is near, the widget's script and
    the first step it shows before the wasm; the wasm and the glue that runs it; the results'
    part of the wasm, fetched once the visitor starts, and English's, fetched when a widget is
    to speak English (scripts/build/wasm.mjs). */
export const HOSTED_FILES = [SITE_FILE, EMBED_FILE, WIDGET_SCRIPT_FILE, ...LANGUAGES.map(firstStepFile), WASM_GLUE_FILE, WASM_FILE, ...PART_FILES];
/** The scan on a page of its own: what a link goes to and an iframe shows. */
export const PAGE_FILES = SCAN_PAGE_FILES;
/** The configurator: a web editor opens configurator.html in the hosted folder. No host page loads it. */
export const EDITOR_FILES = ['configurator.html', 'configurator.js', 'configurator.css', 'configurator-theme-voorbeeld.css', 'configurator-theme-voorbeeld.LICENSE.md'];
/** For the organisation's data expert, privacy officer and accessibility coordinator: copied from docs/ as they are. */
export const SIGN_OFF_DOCS = ['instrument.md', 'privacy.md', 'toegankelijkheid.md'];
export const NAME = 'bouwstenen-scan';

/** The package version in Cargo.toml's [package] table. */
export function cargoVersion() {
  const manifest = readFileSync(at('Cargo.toml'), 'utf8');
  const pkg = manifest.split(/^\[/m).find((table) => table.startsWith('package]')) ?? '';
  const version = pkg.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('package-release: no version in Cargo.toml [package]');
  return version;
}

export const releaseFolder = (version = cargoVersion()) => at('release', `${NAME}-${version}`);
export const releaseTarball = (version = cargoVersion()) => at('release', `${NAME}-${version}.tgz`);

/** The lines a web editor pastes, for the folder served at `folderUrl` (ends with '/'). */
export function snippet(folderUrl, embedIntegrity, version) {
  return [
    `<!-- Bouwstenen-scan ${version}: plak dit waar de scan moet komen / paste where the scan goes. -->`,
    codeFor('script', DEFAULTS, folderUrl, embedIntegrity),
    '',
  ].join('\n');
}

/**
 * The other routes onto a page, one file each (docs/hosting.md, "Which snippet for your CMS"):
 * the iframe, the link an editor places, and the one line for the site's template.
 */
export function routeSnippets(folderUrl, embedIntegrity, siteIntegrity, version) {
  const file = (comment, code) => [`<!-- Bouwstenen-scan ${version}: ${comment} -->`, code, ''].join('\n');
  return {
    'snippet-iframe.html': file(
      'plak dit waar de scan moet komen, als uw CMS geen script maar wel een iframe toestaat / where no script but an iframe may be pasted.',
      codeFor('iframe', DEFAULTS, folderUrl, embedIntegrity),
    ),
    'snippet-link.html': file(
      'een link in een eigen alinea; met snippet-site.html in het sjabloon wordt hij de scan, zonder opent hij de scanpagina / a link in a paragraph of its own.',
      codeFor('link', DEFAULTS, folderUrl, embedIntegrity),
    ),
    'snippet-site.html': file(
      'één keer in het sjabloon van de site, voor </body> / once in the site template, before </body>.',
      siteLine(folderUrl, siteIntegrity),
    ),
  };
}

/** Links to the docs as the release folder has them: beside the README, or only in the source. */
function linksForTheFolder(markdown) {
  return markdown.replace(/\[([^\]]+)\]\((?:docs\/)?([\w-]+\.md)(#[\w-]*)?\)/g, (link, text, file, anchor = '') => {
    if (SIGN_OFF_DOCS.includes(file)) return `[${text}](${file}${anchor})`;
    const source = `\`docs/${file}\` in the source`;
    return text === file ? source : `${text} (${source})`;
  });
}

/**
 * The release's README.md, made from the one text of each part: docs/hosting.md (after its
 * title and first paragraph, which speak of this repository) and the README's attribute table.
 */
export function releaseReadme(version, snippetLines) {
  const hosting = readFileSync(at('docs', 'hosting.md'), 'utf8');
  const body = linksForTheFolder(hosting.slice(hosting.indexOf('\n## ') + 1));
  const readme = readFileSync(at('README.md'), 'utf8');
  const table = linksForTheFolder(readme.match(/<!-- attributes:[^\n]*-->\n([\s\S]*?)\n<!-- \/attributes -->/)?.[1] ?? '');
  if (!table) throw new Error('package-release: README.md has no attribute table between its markers');
  return [
    `# Bouwstenen-scan ${version}`,
    '',
    'A self-scan: how data-driven is your organisation, in the seven building blocks of the series',
    '*Zeven bouwstenen voor een datagedreven organisatie*. It runs entirely in the visitor\'s browser:',
    'no server, no sign-up, no tracking, no cookies.',
    '',
    '**Webredacteuren:** open `configurator.html` in deze map (op uw server). Kies daar de',
    'instellingen, zie meteen hoe de scan eruitziet, en kopieer de code naar uw CMS. *Web editors:',
    'open `configurator.html` in this folder on your server, choose the settings, watch the preview',
    'and copy the code.*',
    '',
    'Or by hand: copy this folder to your web server as',
    `\`/bouwstenen-scan/${version}/\` (or use the npm package \`bouwstenen-scan@${version}\` from an`,
    'npm CDN), and paste the lines of `snippet.html` where the scan should appear:',
    '',
    '```html',
    snippetLines.trimEnd(),
    '```',
    '',
    body.trimEnd(),
    '',
    '## Data attributes',
    '',
    table,
    '',
    'License: EUPL-1.2.',
    '',
  ].join('\n');
}

function packageJson(version) {
  const cargo = readFileSync(at('Cargo.toml'), 'utf8');
  const field = (name) => cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm'))?.[1];
  return {
    name: NAME,
    version,
    description: field('description'),
    license: field('license'),
    type: 'module',
    // embed.js mounts every [data-bouwstenen] element when it loads.
    sideEffects: true,
    files: [...HOSTED_FILES, ...PAGE_FILES, ...EDITOR_FILES, ...SIGN_OFF_DOCS, 'snippet.html', ...Object.keys(routeSnippets('/', '', '', version)), 'integrity.json'],
    exports: {
      '.': `./${EMBED_FILE}`,
      ...Object.fromEntries(HOSTED_FILES.map((file) => [`./${file}`, `./${file}`])),
      './integrity.json': './integrity.json',
      './package.json': './package.json',
    },
    keywords: ['datagedreven', 'self-scan', 'webassembly', 'widget'],
  };
}

export async function packageRelease() {
  const version = cargoVersion();
  const folder = releaseFolder(version);
  for (const file of [...HOSTED_FILES, ...PAGE_FILES, ...EDITOR_FILES]) {
    if (!existsSync(at('dist', file))) throw new Error(`package-release: dist/${file} is missing; run ./scripts/build-release`);
  }
  if (existsSync(at('dist', `${NAME}.js`))) {
    throw new Error('package-release: dist/ holds a separate glue file, so it is not a release build (./scripts/build-release)');
  }
  rmSync(folder, { recursive: true, force: true });
  rmSync(releaseTarball(version), { force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of [...HOSTED_FILES, ...PAGE_FILES, ...EDITOR_FILES]) copyFileSync(at('dist', file), join(folder, file));
  for (const file of SIGN_OFF_DOCS) copyFileSync(at('docs', file), join(folder, file));

  const embedIntegrity = sriOfFile(join(folder, EMBED_FILE));
  const folderUrl = `/${NAME}/${version}/`;
  const lines = snippet(folderUrl, embedIntegrity, version);
  writeFileSync(join(folder, 'snippet.html'), lines);
  const siteIntegrity = sriOfFile(join(folder, SITE_FILE));
  for (const [name, text] of Object.entries(routeSnippets(folderUrl, embedIntegrity, siteIntegrity, version))) {
    writeFileSync(join(folder, name), text);
  }
  writeFileSync(join(folder, 'README.md'), releaseReadme(version, lines));
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(packageJson(version), null, 2)}\n`);

  const integrity = Object.fromEntries(
    readdirSync(folder).sort().map((file) => [file, sriOfFile(join(folder, file))]),
  );
  writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

  execFileSync('npm', ['pack', '--pack-destination', at('release'), '--loglevel=error'], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  // The plugin serves the scan from its own folder: what a page loads, the scan page (a link to
  // it works there too), the documents for sign-off, and the integrity of each.
  const { zip } = await writeWordPressPlugin(version, folder, [...HOSTED_FILES, ...PAGE_FILES, ...SIGN_OFF_DOCS, 'integrity.json']);
  return { version, folder, tarball: releaseTarball(version), zip };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { folder, tarball, zip } = await packageRelease();
  console.log(`package-release: ${folder.slice(root.length)}/, ${tarball.slice(root.length)} and ${zip.slice(root.length)}`);
}
