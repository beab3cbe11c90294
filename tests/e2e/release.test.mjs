// The release an organisation hosts (scripts/release): what the folder and tarball hold, and
// the integrity chain in headless Chromium, with the release folder on a second origin and a
// host page built from the folder's own snippet.html. A file changed on its way (as on a
// tampered CDN) must be refused, with the host page unharmed.
// Needs release/ from `./scripts/release --no-build` after the release build (scripts/test).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDER, TARBALL, VERSION, hostRelease } from './support/release-host.mjs';
import { launch } from './support/browser.mjs';
import { closeContextsAfterEachTest, newContext } from './support/helpers.mjs';
import { ScanPage, TEXTS, drawn, scanOn, startButton } from './support/scan-page.mjs';
import { sriOfFile } from '../../scripts/sri.mjs';
import { HOSTED_FILES } from '../../scripts/package-release.mjs';
import { until } from './support/wait.mjs';
import { EMBED_FILE, RESULTS_PART, SCAN_PAGE, SITE_FILE, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from './support/contract.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PART = RESULTS_PART;
const LOADED = [WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, EMBED_FILE, firstStepFile('nl')].sort();
const GLUE = WASM_GLUE_FILE;
const FAILURE_NL = 'De scan kon niet worden geladen.';
const FAILURE_EN = 'The scan could not be loaded.';

const env = { tampered: null };

before(async () => {
  // The release folder where the snippet expects it, on its own origin, with CORS.
  env.host = await hostRelease({
    transform: (path, bytes) => (basename(path) === env.tampered ? changeOneByte(bytes, env.tampered) : bytes),
  });
  env.pages = env.host.pages;
  env.browser = await launch();
});

closeContextsAfterEachTest();

after(async () => {
  await env.browser?.close();
  await env.host?.close();
});

// The byte changed in each file sits in a piece of text, so the changed file is still valid
// JavaScript or wasm: only the integrity check can refuse it (a broken file fails anyway).
const CHANGED_TEXT = {
  [SITE_FILE]: 'De scan kon niet worden geladen',
  [EMBED_FILE]: 'De scan kon niet worden geladen',
  [WIDGET_SCRIPT_FILE]: 'Misschien is de verbinding weggevallen',
  [WASM_FILE]: 'Start de scan',
  [GLUE]: 'Content-Type',
  [PART]: 'start-here-block',
};

function changeOneByte(bytes, file) {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(CHANGED_TEXT[file]);
  assert.ok(at >= 0, `${file} holds "${CHANGED_TEXT[file]}"`);
  copy[at] ^= 0x20; // upper case to lower case
  return copy;
}

async function open(path) {
  const context = await newContext(env.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  const statuses = {};
  page.on('response', (response) => { statuses[basename(new URL(response.url()).pathname)] = response.status(); });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.pages.url}/${path}`);
  return { context, page, consoleErrors, pageErrors, requests, statuses };
}

async function assertHostPageWorks(page) {
  await page.locator('#host-button').click();
  assert.equal(await page.locator('#host-button').textContent(), 'Host werkt');
  assert.ok(await page.locator('#after').isVisible());
}


test('the release folder holds what a host page loads, the snippet, hashes, README and package.json', () => {
  const files = readdirSync(FOLDER).sort();
  assert.deepEqual(files, [
    'README.md', 'bouwstenen-scan_bg.wasm', 'bouwstenen-scan_english.wasm', 'bouwstenen-scan_glue.js', 'bouwstenen-scan_results.wasm', 'bouwstenen-scan_widget.js', 'configurator-theme-voorbeeld.LICENSE.md', 'configurator-theme-voorbeeld.css',
    'configurator.css', 'configurator.html', 'configurator.js', 'embed.js', 'first-step.en.json', 'first-step.nl.json',
    'instrument.md', 'integrity.json', 'package.json', 'privacy.md', 'scan-page.css', 'scan-page.js', 'scan.html',
    'site.js', 'snippet-iframe.html', 'snippet-link.html', 'snippet-site.html', 'snippet.html', 'toegankelijkheid.md',
  ]);

  const integrity = JSON.parse(readFileSync(join(FOLDER, 'integrity.json'), 'utf8'));
  assert.deepEqual(Object.keys(integrity).sort(), files.filter((file) => file !== 'integrity.json'));
  for (const [file, value] of Object.entries(integrity)) assert.equal(value, sriOfFile(join(FOLDER, file)), file);

  const snippet = readFileSync(join(FOLDER, 'snippet.html'), 'utf8');
  assert.ok(snippet.includes(`integrity="${integrity['embed.js']}" crossorigin="anonymous"`), snippet);
  assert.ok(snippet.includes(`src="/bouwstenen-scan/${VERSION}/embed.js"`), snippet);
  assert.ok(snippet.includes('<div data-bouwstenen></div>'), snippet);
  const readme = readFileSync(join(FOLDER, 'README.md'), 'utf8');
  assert.ok(readme.includes(integrity['embed.js']), 'README shows the snippet');
  // Made from docs/hosting.md and the repository README's attribute table, not a copy of them.
  const hosting = readFileSync(join(root, 'docs', 'hosting.md'), 'utf8');
  for (const heading of hosting.match(/^## .*$/gm)) assert.ok(readme.includes(`\n${heading}\n`), heading);
  assert.match(readme, /\| `data-reference-label` \|/);
  assert.doesNotMatch(readme, /<!-- \/?attributes/, 'no markers of the source files');
  // Every link to a file of its own resolves in the folder (the rest of the docs stay in the source).
  for (const [, target] of readme.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)) assert.ok(files.includes(target), `README links to ${target}`);
});

test('docs/privacy.md names every file a page may fetch, and only requests for those are promised', () => {
  // The privacy officer signs what privacy.md says: "no requests except its own files (…)".
  const privacy = readFileSync(join(root, 'docs', 'privacy.md'), 'utf8');
  const promise = privacy.slice(privacy.indexOf('**geen verzoeken**'), privacy.indexOf('de plek waar uw organisatie ze neerzet'));
  const named = [...promise.matchAll(/`([^`]+)`/g)].map(([, file]) => file);
  assert.deepEqual([...new Set(named)].sort(), [...HOSTED_FILES, SCAN_PAGE].sort());
});

test("the tarball is the folder as npm packs it, and its package.json version is Cargo.toml's", () => {
  const listed = execFileSync('tar', ['-tzf', TARBALL], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listed, readdirSync(FOLDER).sort().map((file) => `package/${file}`));
  for (const file of readdirSync(FOLDER)) {
    assert.ok(execFileSync('tar', ['-xzOf', TARBALL, `package/${file}`]).equals(readFileSync(join(FOLDER, file))), file);
  }
  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', TARBALL, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(pkg.name, 'bouwstenen-scan');
  assert.equal(pkg.version, VERSION);
  assert.equal(pkg.exports['.'], './embed.js');
  // npm would pack exactly these files from the folder, too.
  const dryRun = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: FOLDER, encoding: 'utf8' }));
  assert.deepEqual(dryRun[0].files.map((f) => `package/${f.path}`).sort(), listed);
});

test("the snippet starts the widget from another origin with its integrity", async () => {
  env.tampered = null;
  const { context, page, consoleErrors, pageErrors, requests } = await open('index.html');
  const widget = scanOn(page);
  await widget.locator('.scan:not(.placeholder)').waitFor();
  const loaded = () => requests.filter((url) => url.startsWith(env.host.assets.url)).map((url) => basename(new URL(url).pathname)).sort();
  assert.deepEqual(loaded(), LOADED, 'the first step, then the widget; nothing else before the visitor starts');
  await startButton(widget).click();
  await widget.locator('fieldset').first().waitFor();
  await until(() => loaded().includes(PART), `the results' part, in the background once started: ${loaded()}`);
  assert.deepEqual(loaded(), [...LOADED, PART].sort());
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
  await assertHostPageWorks(page);
  await context.close();
});

test('a changed byte in the wasm is refused: a short message in place of the scan, the host page unharmed', async () => {
  env.tampered = WASM_FILE;
  for (const [path, message] of [['index.html', FAILURE_NL], ['en.html', FAILURE_EN]]) {
    const { context, page, consoleErrors, pageErrors, statuses } = await open(path);
    const widget = scanOn(page);
    await widget.getByText(message).waitFor();
    assert.equal(statuses[WASM_FILE], 200, 'the server sent the changed wasm');
    assert.deepEqual(
      await widget.evaluate((element) => ({
        placeholder: element.shadowRoot.querySelector('.placeholder') !== null,
        controls: element.shadowRoot.querySelectorAll('button, input').length,
      })),
      { placeholder: true, controls: 2 },
      'the message stands in the placeholder, with "Probeer opnieuw" above the first step\'s start; no widget was mounted',
    );
    assert.equal(await widget.getByRole('alert').count(), 1, 'a message, not a button that does nothing');
    await until(() => consoleErrors.some((text) => text.includes(WASM_FILE)), `the console names the wasm: ${consoleErrors}`);
    assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');
    await assertHostPageWorks(page);
    if (path === 'index.html') {
      // The file is right again (a network that came back): "Probeer opnieuw" gets the scan.
      env.tampered = null;
      await widget.getByRole('button', { name: 'Probeer opnieuw' }).click();
      await widget.locator('.scan:not(.placeholder)').waitFor();
      env.tampered = WASM_FILE;
    }
    await context.close();
  }
  env.tampered = null;
});

test('a changed byte in the glue is refused: the same short message, and "Probeer opnieuw" gets the scan once the file is right', async () => {
  env.tampered = GLUE;
  const { context, page, consoleErrors, pageErrors, statuses } = await open('index.html');
  const widget = scanOn(page);
  await widget.getByText(FAILURE_NL).waitFor();
  assert.equal(statuses[GLUE], 200, 'the server sent the changed glue');
  await until(() => consoleErrors.some((text) => text.includes(GLUE)), `the console names the glue: ${consoleErrors}`);
  assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');
  await assertHostPageWorks(page);
  // A browser keeps a module script that failed: the retry must ask for the file anew.
  env.tampered = null;
  await widget.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await widget.locator('.scan:not(.placeholder)').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a changed byte in the widget\'s script (which embed.js loads once a scan is near) is refused: embed.js says so, and "Probeer opnieuw" gets the scan once it is right', async () => {
  env.tampered = WIDGET_SCRIPT_FILE;
  const { context, page, consoleErrors, pageErrors, statuses, requests } = await open('index.html');
  const widget = scanOn(page);
  await widget.getByText(FAILURE_NL).waitFor();
  assert.equal(statuses[WIDGET_SCRIPT_FILE], 200, 'the server sent the changed script');
  await until(() => consoleErrors.some((text) => text.includes(WIDGET_SCRIPT_FILE)), `the console names it: ${consoleErrors}`);
  assert.ok(!requests.some((url) => url.endsWith('.wasm')), 'the refused script loaded nothing further');
  assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');
  await assertHostPageWorks(page);
  // The message stands in the space kept for the scan: nothing below it moved.
  const height = () => widget.evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(await height() > 300, `the kept space stays: ${await height()} px`);
  env.tampered = null;
  // By keyboard: the focus stays in the scan, and is on its start screen once that comes.
  await widget.getByRole('button', { name: 'Probeer opnieuw' }).focus();
  await page.keyboard.press('Enter');
  assert.ok(await height() > 300, `the kept space stays while it tries again: ${await height()} px`);
  await drawn(widget);
  assert.ok(await widget.evaluate((element) => element.shadowRoot.activeElement !== null), 'the focus is in the scan');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/** From the first step: every statement answered, and "Naar de uitslag". */
async function answerEverything(scan) {
  for (let step = 0; step < 7; step++) {
    await scan.waitForStep(step);
    await scan.answerStep(step);
    await scan.widget.getByRole('button', { name: step === 6 ? TEXTS.nl.last : TEXTS.nl.next }).click();
  }
}

test('a changed byte in the results\' part is refused: a short message with "Probeer opnieuw", the answers kept, and the results once the file is right', async () => {
  env.tampered = PART;
  const { context, page, consoleErrors, pageErrors, statuses } = await open('index.html');
  const widget = scanOn(page);
  const scan = new ScanPage(page, widget);
  await scan.start();
  await answerEverything(scan);
  const message = widget.getByRole('alert').filter({ hasText: 'De uitslag kon niet worden geladen.' });
  await message.waitFor();
  assert.equal(statuses[PART], 200, 'the server sent the changed part');
  await until(() => consoleErrors.some((text) => text.includes(PART)), `the console names the part: ${consoleErrors}`);
  assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');
  await assertHostPageWorks(page);

  // A reload keeps the answers: the widget opens on the results, and asks for the part again.
  await page.reload();
  await message.waitFor();
  // The file is right again (a network that came back): "Probeer opnieuw" gets the results.
  env.tampered = null;
  await widget.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await scan.waitForResults();
  assert.equal(await widget.locator('svg.radar-wide polygon.result').count(), 1, 'the radar of the answers given before the reload');
  await context.close();
});

test('a changed byte in embed.js is refused by the browser: nothing broken on the page', async () => {
  env.tampered = EMBED_FILE;
  const { context, page, consoleErrors, pageErrors, requests } = await open('index.html');
  await until(() => consoleErrors.some((text) => text.includes('embed.js')), `the console names embed.js: ${consoleErrors}`);
  const widget = scanOn(page);
  assert.deepEqual(
    await widget.evaluate((element) => ({ shadow: element.shadowRoot !== null, children: element.childElementCount, height: element.getBoundingClientRect().height })),
    { shadow: false, children: 0, height: 0 },
  );
  assert.ok(!requests.some((url) => url.endsWith('.wasm')), 'the refused file loaded nothing further');
  assert.deepEqual(pageErrors, []);
  await assertHostPageWorks(page);
  await context.close();
  env.tampered = null;
});

test('a changed byte in site.js (the template\'s line) is refused by the browser: the link stays a link to the scan page, and nothing more loads', async () => {
  env.tampered = SITE_FILE;
  const { context, page, consoleErrors, pageErrors, requests } = await open('link.html');
  await until(() => consoleErrors.some((text) => text.includes(SITE_FILE)), `the console names site.js: ${consoleErrors}`);
  const link = page.getByRole('link', { name: 'Doe de Bouwstenen-scan' });
  assert.match(await link.getAttribute('href'), /\/scan\.html$/);
  assert.ok(!requests.some((url) => url.endsWith(`/${EMBED_FILE}`)), 'the refused file loaded nothing further');
  assert.deepEqual(pageErrors, []);
  await assertHostPageWorks(page);
  env.tampered = null;
  // The link still opens the scan on its own page.
  await link.click();
  await startButton(scanOn(page)).waitFor();
  await context.close();
});

test('a changed byte in embed.js, loaded by the template\'s line, is refused: a link stays a link; the stripped snippet\'s element is left empty, as where the snippet\'s embed.js is refused', async () => {
  env.tampered = EMBED_FILE;
  const linked = await open('link.html');
  await until(() => linked.consoleErrors.some((text) => text.includes(EMBED_FILE)), `the console names embed.js: ${linked.consoleErrors}`);
  assert.equal(await linked.page.getByRole('link', { name: 'Doe de Bouwstenen-scan' }).count(), 1, 'the link stays');
  assert.ok(!linked.requests.some((url) => url.endsWith(`/${WIDGET_SCRIPT_FILE}`)), 'the refused file loaded nothing further');
  assert.deepEqual(linked.pageErrors, []);
  await linked.context.close();

  const { context, page, consoleErrors, pageErrors, statuses } = await open('stripped.html');
  await until(() => consoleErrors.some((text) => text.includes(EMBED_FILE)), `the console names embed.js: ${consoleErrors}`);
  assert.equal(statuses[EMBED_FILE], 200, 'the server sent the changed file');
  // The space site.js kept goes: nothing of the scan is left on the page.
  await until(() => scanOn(page).evaluate((element) => element.getBoundingClientRect().height === 0), 'the element to be empty');
  assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');
  await assertHostPageWorks(page);
  env.tampered = null;
  await context.close();
});

test('the iframe snippet and the link snippet (with the template line) give a scan from the release folder', async () => {
  env.tampered = null;
  for (const [path, widgetOf] of [
    ['iframe.html', (page) => page.frameLocator('iframe').locator('[data-bouwstenen]')],
    ['link.html', (page) => scanOn(page)],
  ]) {
    const { context, page, consoleErrors, pageErrors } = await open(path);
    const widget = widgetOf(page);
    await startButton(widget).click();
    await widget.locator('fieldset').first().waitFor();
    assert.deepEqual(consoleErrors, [], path);
    assert.deepEqual(pageErrors, [], path);
    await assertHostPageWorks(page);
    await context.close();
  }
  const snippets = ['snippet-iframe.html', 'snippet-link.html', 'snippet-site.html'].map((name) => readFileSync(join(FOLDER, name), 'utf8'));
  assert.match(snippets[0], new RegExp(`<iframe src="/bouwstenen-scan/${VERSION}/scan.html" title="[^"]+" loading="lazy" allow="clipboard-write; web-share"`));
  assert.match(snippets[1], new RegExp(`<p><a href="/bouwstenen-scan/${VERSION}/scan.html">Doe de Bouwstenen-scan</a></p>`));
  const integrity = JSON.parse(readFileSync(join(FOLDER, 'integrity.json'), 'utf8'));
  assert.ok(snippets[2].includes(`src="/bouwstenen-scan/${VERSION}/${SITE_FILE}" integrity="${integrity[SITE_FILE]}"`), snippets[2]);
});
