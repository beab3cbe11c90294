// The WordPress plugin in WordPress 6.1 (scripts/wordpress-test installs the release's zip with
// WordPress's installer and activates it; tests/cms/plugin.php): an Editor, on a site with
// DISALLOW_UNFILTERED_HTML, places the block in the block editor, where the sidebar refuses an
// address with the configurator's words, and publishes; a visitor completes the scan. The same
// for the shortcode. What the widget would not take never reaches the page; a page without a
// scan loads nothing of the plugin's; deleting the plugin leaves nothing of it. In this order:
// the last test deletes the plugin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/support/browser.mjs';
import { closeContextsAfterEachTest, newContext } from '../e2e/support/helpers.mjs';
import { ScanPage } from '../e2e/support/scan-page.mjs';
import { until } from '../e2e/support/wait.mjs';
import { extractedPlugin } from './support/plugin-zip.mjs';
import { cargoVersion } from '../../scripts/package-release.mjs';
import { problemText } from '../../web/configurator/refusals.js';
import { CTA_HREF, CTA_TEXT, EMBED_FILE, PROBLEMS } from '../../web/contract.js';

const plugin = JSON.parse(readFileSync(process.env.WORDPRESS_PLUGIN, 'utf8'));
const site = process.env.BOUWSTENEN_WP_SITE;
/** Where WordPress serves the plugin's files from. */
const PLUGIN_FOLDER = '/wp-content/plugins/bouwstenen-scan/';
const shipped = extractedPlugin();
const integrity = JSON.parse(readFileSync(`${shipped}/scan/integrity.json`, 'utf8'));
/** The block editor with the sidebar's refusal, kept to look at. */
const SHOTS = fileURLToPath(new URL('../../test-output/wordpress/', import.meta.url));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
closeContextsAfterEachTest();

/** A page in a context of its own, with the console's errors and warnings and the addresses it requested. */
async function open(url, viewport = { width: 1280, height: 900 }) {
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  const failed = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()}: ${response.status()}`));
  await page.goto(url);
  return { page, errors, warnings, requests, failed };
}

/** The plugin's embed.js tag on a page: a module, with the integrity of the shipped file. */
async function assertEmbedTag(page) {
  const tag = page.locator(`script[src*="${PLUGIN_FOLDER}scan/${EMBED_FILE}"]`);
  assert.equal(await tag.count(), 1, 'embed.js once, from the plugin\'s folder');
  assert.equal(await tag.getAttribute('type'), 'module');
  assert.equal(await tag.getAttribute('integrity'), integrity[EMBED_FILE]);
  assert.equal(await tag.getAttribute('crossorigin'), 'anonymous');
}

test('WordPress installed the release\'s zip and activated it, at the release\'s version', () => {
  assert.equal(plugin.version, cargoVersion());
});

test('an Editor places the block in the block editor, the sidebar refuses an address with the configurator\'s words, and a visitor completes the published scan', async () => {
  // Logged in, straight to a new page in the block editor.
  const newPage = `${site}/wp-admin/post-new.php?post_type=page`;
  const { page, errors: editorErrors, failed } = await open(`${site}/wp-login.php?redirect_to=${encodeURIComponent(newPage)}`, { width: 1400, height: 1000 });
  await page.locator('#user_login').fill(plugin.editor.login);
  await page.locator('#user_pass').fill(plugin.editor.password);
  await Promise.all([page.waitForURL(/\/wp-admin\/post-new\.php/), page.locator('#wp-submit').click()]);

  // The inserter, as an editor finds the block: by its name.
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByPlaceholder('Search').fill('Bouwstenen');
  await page.getByRole('option', { name: 'Bouwstenen-scan' }).click();
  const sidebar = page.getByRole('region', { name: 'Editor settings' });
  const language = sidebar.getByLabel('Taal van de scan');
  if (!(await language.isVisible())) await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await language.selectOption('nl');
  await sidebar.getByLabel('Wat mag de scan in de browser van de bezoeker bewaren?').selectOption('session');
  await sidebar.getByLabel('Huisstijl van de site overnemen (NL Design System)').uncheck();

  // An address the widget would not take: refused at the field in the configurator's words, and
  // the text that then has no address too.
  const address = sidebar.getByLabel('Vervolgstap: adres');
  await address.fill('javascript:alert(1)');
  await sidebar.getByLabel('Vervolgstap: tekst van de link').fill('Plan een gesprek');
  const refusedAddress = sidebar.getByText(problemText(CTA_HREF.attribute, 'any problem of the address'));
  const refusedText = sidebar.getByText(problemText(CTA_TEXT.attribute, PROBLEMS.needsCtaHref));
  await refusedAddress.waitFor();
  await refusedText.waitFor();
  assert.match(await refusedAddress.textContent(), /mailto: of tel:/);
  assert.equal(await address.getAttribute('aria-invalid'), 'true');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}block-editor-refused.png` });
  await address.fill('/contact');
  await until(async () => (await refusedAddress.count()) + (await refusedText.count()) === 0, 'the refusals gone once the address is one the widget takes');

  await page.getByRole('textbox', { name: 'Add title' }).fill('Bouwstenen-scan als blok');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
  const editor = () => page.evaluate(() => {
    const state = wp.data.select('core/editor');
    return { published: state.isCurrentPostPublished() && !state.isSavingPost(), url: state.getPermalink(), content: state.getEditedPostContent() };
  });
  await until(async () => (await editor()).published, 'the page published');
  const { url, content } = await editor();
  assert.match(content, /<!-- wp:bouwstenen\/scan \{[^}]*"ctaHref":"\/contact"[^}]*\} \/-->/, 'the block, its settings as attributes');
  // WordPress's own requests may fail here (an avatar from the internet; settings an Editor may
  // not read): the plugin's files and code must not.
  assert.deepEqual(failed.filter((what) => what.includes(PLUGIN_FOLDER)), [], 'the plugin\'s files load in the editor');
  assert.deepEqual(editorErrors.filter((error) => !error.startsWith('Failed to load resource')), [], `the block editor ran without an error; failed loads: ${failed}`);

  const visitor = await open(url);
  const element = visitor.page.locator('[data-bouwstenen]');
  assert.equal(await element.count(), 1);
  assert.deepEqual(await element.evaluate((div) => Object.fromEntries([...div.attributes].filter(({ name }) => name.startsWith('data-')).map(({ name, value }) => [name, value]))), {
    'data-bouwstenen': '', 'data-lang': 'nl', 'data-cta-href': '/contact', 'data-cta-text': 'Plan een gesprek', 'data-storage': 'session', 'data-theme': 'none',
  });
  await assertEmbedTag(visitor.page);
  const scan = new ScanPage(visitor.page, element, 'nl');
  await scan.complete();
  assert.equal(await scan.widget.getByRole('link', { name: 'Plan een gesprek' }).getAttribute('href'), '/contact');
  assert.deepEqual(visitor.errors, []);
  const plugins = visitor.requests.filter((path) => path.startsWith('/wp-content/plugins/'));
  assert.ok(plugins.every((path) => path.startsWith(`${PLUGIN_FOLDER}scan/`)), `only the scan's files: ${plugins}`);
  assert.ok(!visitor.requests.some((path) => path.startsWith('/bouwstenen-scan/')), 'nothing from the release folder the site\'s line would load');
});

test('the shortcode an Editor published becomes the scan, behind its button and in English, and a visitor completes it', async () => {
  assert.doesNotMatch(plugin.pages.shortcode.stored, /<script|data-bouwstenen/, 'the post holds the shortcode, no markup of the scan');
  const visitor = await open(plugin.pages.shortcode.url);
  const element = visitor.page.locator('[data-bouwstenen]');
  assert.equal(await element.getAttribute('data-cta-href'), 'https://example.nl/gesprek?met=ons&nu=ja', 'the editor\'s & reaches the widget as &');
  await assertEmbedTag(visitor.page);
  await element.getByRole('button', { name: 'Open the scan' }).click();
  const scan = new ScanPage(visitor.page, element, 'en');
  await scan.complete();
  assert.equal(await scan.widget.getByRole('link', { name: 'Talk to us' }).getAttribute('href'), 'https://example.nl/gesprek?met=ons&nu=ja');
  assert.deepEqual(visitor.errors, []);
});

test('settings the widget would not take never reach the page, from a block saved without the block editor or a shortcode', async () => {
  const visitor = await open(plugin.pages.refused.url);
  const elements = visitor.page.locator('[data-bouwstenen]');
  assert.equal(await elements.count(), 2);
  const attributes = await elements.evaluateAll((divs) => divs.map((div) => div.getAttributeNames().filter((name) => name.startsWith('data-')).sort()));
  // The block keeps its reference: a share code's shape, which only the widget can decode.
  assert.deepEqual(attributes, [['data-bouwstenen', 'data-reference'], ['data-bouwstenen']]);
  // The widget ignores it, as it ignores any code that does not decode, and says so.
  await until(() => visitor.warnings.some((warning) => warning.includes('data-reference="AAAA" ignored')), () => `the widget's warning of the reference: ${visitor.warnings}`);
  await new ScanPage(visitor.page, elements.first(), 'en').startButton.waitFor();
  assert.deepEqual(visitor.errors, []);
});

test('a page without a scan loads nothing of the plugin', async () => {
  const visitor = await open(plugin.plain.url);
  await visitor.page.waitForLoadState('load');
  assert.equal(await visitor.page.locator('[data-bouwstenen]').count(), 0);
  assert.deepEqual(visitor.requests.filter((path) => path.startsWith(PLUGIN_FOLDER)), []);
  assert.equal(await visitor.page.locator(`script[src*="${PLUGIN_FOLDER}"], link[href*="${PLUGIN_FOLDER}"]`).count(), 0);
});

test('deleting the plugin leaves nothing of it: its folder is gone, and it left no option and no post meta', () => {
  const left = JSON.parse(execFileSync('php', [fileURLToPath(new URL('./plugin.php', import.meta.url)), 'uninstall'], { encoding: 'utf8' }));
  assert.deepEqual(left, { folder: false, options: [], postmeta: [] });
});
