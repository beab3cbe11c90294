// What a page of the site pays before a scan is near (issue 41): site.js, the template's line,
// and nothing else on a page without a scan; embed.js, the loader (and site.js where the page
// has the template's line), and nothing else with a scan far below; once near, the widget's
// script and the first step, within the first question's budget. The bytes are gzip -9 of the
// files the page fetched, against the budgets ./scripts/bundle-size checks (scripts/budgets.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { newContext, useServersAndBrowser } from './support/helpers.mjs';
import { FOLDER, hostRelease } from './support/release-host.mjs';
import { drawn, scanOn, startButton } from './support/scan-page.mjs';
import { EMBED_FILE, SITE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from './support/contract.mjs';
import { until } from './support/wait.mjs';
import { budgetOf } from '../../scripts/budgets.mjs';

const env = useServersAndBrowser(() => hostRelease());

const gzipped = (file) => execFileSync('gzip', ['-9', '-n', '-c', join(FOLDER, file)]).length;

/** A page of the host, with every request it makes from the release's origin, by file name. */
async function open(path, width = 1280) {
  const context = await newContext(env.browser, { viewport: { width, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  const errors = [];
  page.on('request', (request) => {
    if (request.url().startsWith(env.servers.assets.url)) fetched.push(basename(new URL(request.url()).pathname));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.servers.pages.url}/${path}`);
  await page.waitForLoadState('networkidle');
  return { page, fetched, errors };
}

/** The files fetched, checked against a budget: all of them within its bytes. */
function withinBudget(fetched, what) {
  const budget = budgetOf(what);
  const bytes = fetched.reduce((sum, file) => sum + gzipped(file), 0);
  assert.ok(bytes <= budget.bytes, `${what}: ${bytes} B fetched (${fetched}), over ${budget.bytes} B`);
}

test('a page of the site without a scan fetches site.js and nothing else, within its budget', async () => {
  // open() waits until the network has been idle for half a second: site.js asked for no more.
  const { page, fetched, errors } = await open('site.html');
  assert.deepEqual(fetched, [SITE_FILE]);
  withinBudget(fetched, 'a page of the site without a scan');
  // A scan's message that no scan page's iframe sent (the page's own, here) loads nothing.
  // Listeners run in the order they were added: site.js's has heard it when this one does.
  const loadsEmbed = await page.evaluate((file) => new Promise((resolve) => {
    addEventListener('message', () => resolve(document.querySelector(`script[src*="${file}"]`) !== null), { once: true });
    window.postMessage({ type: 'bouwstenen:height', height: 500 }, '*');
  }), EMBED_FILE);
  assert.equal(loadsEmbed, false, 'a forged message loads nothing');
  assert.deepEqual(fetched, [SITE_FILE]);
  assert.deepEqual(errors, []);
});

test('a scan far below: embed.js alone until it is near, its space kept; then the first question within its budget', async () => {
  const { page, fetched, errors } = await open('far.html');
  const widget = scanOn(page);
  assert.deepEqual(fetched, [EMBED_FILE], 'only the loader before the scan is near');
  withinBudget(fetched, 'a page with a scan far below');
  const kept = await widget.evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(kept > 300, `the scan's space is kept: ${kept} px`);

  await widget.scrollIntoViewIfNeeded();
  await startButton(widget).waitFor();
  // The widget's script and the first step were asked for at once, by the loader.
  assert.deepEqual(fetched.slice(0, 3).sort(), [EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('nl')].sort());
  withinBudget(fetched.slice(0, 3), 'what the first question waits for');
  await drawn(widget);
  assert.deepEqual(errors, []);
});

test('with the template\'s line, a scan far below (the stripped snippet\'s element, or a link): site.js and embed.js until it is near, the element\'s space kept at once; then the first question within its budget', async () => {
  // The space is kept by site.js, before embed.js is in: here embed.js is held back until
  // the space has been measured.
  const held = await (await newContext(env.browser, { viewport: { width: 1280, height: 800 } })).newPage();
  let asked;
  let release;
  const askedFor = new Promise((resolve) => { asked = resolve; });
  const released = new Promise((resolve) => { release = resolve; });
  await held.route(`**/${EMBED_FILE}`, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  // Its load event waits for embed.js; site.js has run before the document's content is loaded.
  await held.goto(`${env.servers.pages.url}/far-stripped.html`, { waitUntil: 'domcontentloaded' });
  await askedFor;
  const keptEarly = await scanOn(held).evaluate((element) => element.getBoundingClientRect().height);
  release();
  assert.ok(keptEarly > 300, `the scan's space is kept before embed.js is in: ${keptEarly} px`);

  const stripped = await open('far-stripped.html');
  assert.deepEqual(stripped.fetched, [SITE_FILE, EMBED_FILE], 'only site.js and the loader before the scan is near');
  withinBudget(stripped.fetched, 'a page with a scan far below');
  const widget = scanOn(stripped.page);
  const kept = await widget.evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(kept > 300, `the scan's space is kept: ${kept} px`);
  await widget.scrollIntoViewIfNeeded();
  await drawn(widget);
  assert.deepEqual(stripped.errors, []);

  const linked = await open('far-link.html');
  assert.deepEqual(linked.fetched, [SITE_FILE, EMBED_FILE], 'only site.js and the loader before the link is near');
  withinBudget(linked.fetched, 'a page with a scan far below');
  const link = linked.page.getByRole('link', { name: 'Doe de Bouwstenen-scan' });
  await link.scrollIntoViewIfNeeded();
  // The link made way for the scan; its first question waited for these four files.
  await startButton(scanOn(linked.page)).waitFor();
  assert.equal(await link.count(), 0);
  assert.deepEqual(linked.fetched.slice(0, 4).sort(), [SITE_FILE, EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('nl')].sort());
  withinBudget(linked.fetched.slice(0, 4), 'what the first question waits for on the link route');
  // embed.js asked for the first step beside the widget's script, not the widget's script
  // after it came: one round trip less.
  const started = await linked.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .map((entry) => [new URL(entry.name).pathname.split('/').pop(), entry.startTime])));
  assert.ok(started[firstStepFile('nl')] <= started[WIDGET_SCRIPT_FILE], `the first step asked for with the widget's script: ${JSON.stringify(started)}`);
  assert.deepEqual(linked.errors, []);
});

test('the snippet on a page with the template\'s line: embed.js fetched and run once, one scan', async () => {
  const { page, fetched, errors } = await open('both.html');
  const widget = scanOn(page);
  await drawn(widget);
  assert.equal(fetched.filter((file) => file === EMBED_FILE).length, 1, `embed.js once: ${fetched}`);
  assert.equal(fetched.filter((file) => file === WIDGET_SCRIPT_FILE).length, 1, `the widget's script once: ${fetched}`);
  assert.equal(await widget.evaluate((element) => element.shadowRoot.querySelectorAll('.scan').length), 1);
  assert.deepEqual(errors, []);
});

test('a page without a scan whose loader is asked for the widget (mount) loads it then, and not before', async () => {
  const { page, fetched } = await open('site.html');
  await page.evaluate(async (url) => {
    const place = document.createElement('div');
    document.body.append(place);
    const { mount } = await import(url);
    await mount(place);
  }, `${env.servers.folderUrl}${EMBED_FILE}`);
  await until(() => fetched.includes(WIDGET_SCRIPT_FILE), 'the widget\'s script');
  await drawn(page.locator('body > div').last());
});

test('the space kept before a scan is near is what comes there, within 20 px, from a phone to a desktop: the start screen, or in dialog mode its button', async () => {
  const cases = [320, 390, 768, 1280].map((width) => ['far.html', width, '.placeholder, .scan'])
    .concat([320, 1280].map((width) => ['far-dialog.html', width, 'button']))
    // Kept by site.js where the CMS stripped the snippet's script.
    .concat([['far-stripped.html', 390, '.placeholder, .scan']]);
  for (const [path, width, comes] of cases) {
    const { page } = await open(path, width);
    const widget = scanOn(page);
    const height = () => widget.evaluate((element) => element.getBoundingClientRect().height);
    const kept = await height();
    await widget.scrollIntoViewIfNeeded();
    await widget.locator(comes).first().waitFor();
    const drawnHeight = await height();
    assert.ok(Math.abs(kept - drawnHeight) <= 20, `${path} at ${width} px: kept ${kept} px, then ${drawnHeight} px`);
  }
});
