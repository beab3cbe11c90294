// The release folder as an organisation hosts it (release/bouwstenen-scan-<version>/, written by
// ./scripts/release), on an origin of its own with CORS, and host pages on another origin with
// each route's snippet as the release gives it: the script snippet (Dutch and English pages,
// and dialog mode), the iframe, the link with the site's template line, a page of the site
// without a scan, one with the scan four screens down, and a phone-width frame for browsers
// whose window does not go that narrow. Used by release.test.mjs (Chromium) and
// the cross-browser suite (tests/engines/).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Read here, not through the packaging script, so the tests check that script's result.
export const VERSION = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)[1];
export const FOLDER = join(root, 'release', `bouwstenen-scan-${VERSION}`);
export const TARBALL = join(root, 'release', `bouwstenen-scan-${VERSION}.tgz`);

/**
 * What a page recorded of its problems, for browsers whose WebDriver gives no console: errors,
 * unhandled rejections and console errors in `window.recordedProblems`, console warnings in
 * `window.recordedWarnings`. The first script of each page served.
 */
export const RECORDER = `<script>
  window.recordedProblems = [];
  window.recordedWarnings = [];
  addEventListener('error', (event) => recordedProblems.push('error: ' + (event.message || event.target?.src || event.target?.href || event.type)), true);
  addEventListener('unhandledrejection', (event) => recordedProblems.push('unhandled rejection: ' + (event.reason?.message ?? event.reason)));
  for (const [level, list] of [['error', recordedProblems], ['warn', recordedWarnings]]) {
    const original = console[level];
    console[level] = (...args) => { list.push('console.' + level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
  }
</script>`;

/** A host page with its own working button around the pasted snippet. */
function hostPage(lang, snippet, { template = '', recorder = false } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Gemeente Voorbeeld</title><link rel="icon" href="data:,">${recorder ? RECORDER : ''}${template}</head>
<body>
  <h1>Artikel van de gemeente</h1>
  <button id="host-button" type="button">Host</button>
  ${snippet}
  <p id="after">Tekst na de scan.</p>
  <script>
    document.getElementById('host-button').addEventListener('click', (event) => {
      event.target.textContent = 'Host werkt';
    });
  </script>
</body>
</html>`;
}

/** A page of a phone's width: the page to test in a frame of `?width=`, `?height=`. */
const PHONE_FRAME = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Telefoon</title><link rel="icon" href="data:,">
<style>html, body { margin: 0; background: #555; } iframe { display: block; border: 0; background: #fff; }</style></head>
<body><iframe title="Telefoon"></iframe>
<script>
  const query = new URLSearchParams(location.search);
  const frame = document.querySelector('iframe');
  frame.width = query.get('width');
  frame.height = query.get('height');
</script>
</body>
</html>`;

/**
 * Serves the release folder and the host pages; `transform(path, bytes)` may change (or hold
 * back, as a promise) a file of the folder on its way; `recorder` puts RECORDER first in every
 * page, the release's own (scan.html, configurator.html) too. Returns { assets, pages, close }.
 */
export async function hostRelease({ transform, recorder = false } = {}) {
  assert.ok(existsSync(FOLDER), `${FOLDER} is missing: run ./scripts/release`);
  const assets = await serve({ [`/bouwstenen-scan/${VERSION}`]: FOLDER }, {
    headers: () => ({ 'access-control-allow-origin': '*' }),
    rewriteHtml: recorder ? (html) => html.replace('<head>', `<head>${RECORDER}`) : undefined,
    transform,
  });
  const fromFolder = (name) => readFileSync(join(FOLDER, name), 'utf8').replaceAll('="/bouwstenen-scan/', `="${assets.url}/bouwstenen-scan/`);
  const snippet = fromFolder('snippet.html');
  const dir = mkdtempSync(join(tmpdir(), 'bouwstenen-release-'));
  const page = (name, lang, body, template) => writeFileSync(join(dir, name), hostPage(lang, body, { template, recorder }));
  page('index.html', 'nl', snippet);
  page('en.html', 'en', snippet);
  page('dialog.html', 'nl', snippet.replace('<div data-bouwstenen', '<div data-mode="dialog" data-bouwstenen'));
  // The routes for a CMS without scripts: the iframe alone, and the link with the one line for
  // the site's template (here, in the page's head).
  page('iframe.html', 'nl', fromFolder('snippet-iframe.html'));
  page('iframe-fitted.html', 'nl', fromFolder('snippet-iframe.html'), fromFolder('snippet-site.html'));
  page('link.html', 'nl', fromFolder('snippet-link.html'), fromFolder('snippet-site.html'));
  // The snippet's element where the CMS stripped its script, with the template line.
  const stripped = '<div data-bouwstenen></div>';
  page('stripped.html', 'nl', stripped, fromFolder('snippet-site.html'));
  // The snippet on a page of a site with the template line: both load embed.js.
  page('both.html', 'nl', snippet, fromFolder('snippet-site.html'));
  // A page of the same site with the template line and no scan; and the scan far below: the
  // snippet, and with the template line the link or the stripped snippet.
  page('site.html', 'nl', '<p>Een pagina van de site zonder scan.</p>', fromFolder('snippet-site.html'));
  const farBelow = (body) => `${'<p style="height: 100vh">Een lang artikel.</p>'.repeat(4)}${body}`;
  page('far.html', 'nl', farBelow(snippet));
  page('far-dialog.html', 'nl', farBelow(snippet.replace('<div data-bouwstenen', '<div data-mode="dialog" data-bouwstenen')));
  page('far-link.html', 'nl', farBelow(fromFolder('snippet-link.html')), fromFolder('snippet-site.html'));
  page('far-stripped.html', 'nl', farBelow(stripped), fromFolder('snippet-site.html'));
  writeFileSync(join(dir, 'phone.html'), PHONE_FRAME);
  const pages = await serve(dir);
  return {
    assets,
    pages,
    /** The release folder's own address (scan.html, configurator.html are in it). */
    folderUrl: `${assets.url}/bouwstenen-scan/${VERSION}/`,
    close: async () => {
      await Promise.all([pages.close(), assets.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
