// What the widget costs the host page: lazy loading, the placeholder's height, eager loading and
// share links. Timings belong in the bench (bench/run.mjs); these tests check what is loaded,
// when, and that nothing on the page moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { PAGES, DIST, openPage, colleagueResult, useServersAndBrowser } from './support/helpers.mjs';
import { drawn, scanOn, startButton, nextButton } from './support/scan-page.mjs';
import { serve } from './support/static-server.mjs';
import { EMBED_FILE, RESULTS_PART, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from './support/contract.mjs';
import { until } from './support/wait.mjs';
import { holdBack } from './support/network.mjs';

const env = useServersAndBrowser();
const WASM = WASM_FILE;
const GLUE = WASM_GLUE_FILE;
/** The results' part of the wasm (scripts/build/wasm.mjs): not before the visitor starts. */
const PART = RESULTS_PART;
const FIRST_STEP = firstStepFile('nl');
const WIDGET = WIDGET_SCRIPT_FILE;

/** The widget's files the page has requested so far, by name. */
function widgetFiles(requests) {
  return requests
    .filter((url) => url.startsWith(env.servers.assets.url))
    .map((url) => basename(new URL(url).pathname))
    .sort();
}

/** Starts recording layout shifts that no input caused (the ones CLS counts). */
function recordLayoutShifts(page) {
  return page.evaluate(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift' });
  });
}

/** Scrolls the page (as a script, not as input) so that the scan's top is a quarter down the viewport. */
function scrollToScan(page) {
  return page.evaluate(() => {
    const scan = document.getElementById('scan');
    window.scrollTo(0, scan.getBoundingClientRect().top + window.scrollY - window.innerHeight / 4);
  });
}

test('a long host page loads only embed.js until the visitor scrolls near the scan; nothing moves when it appears', async () => {
  for (const width of [360, 1280]) {
    const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/long.html`, {
      viewport: { width, height: 800 },
    });
    const widget = page.locator('#scan');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(widgetFiles(requests), [EMBED_FILE], `${width} px: only embed.js before the scan is near`);

    await recordLayoutShifts(page);
    await scrollToScan(page);
    const start = startButton(widget);
    await drawn(widget);
    // Two frames after the widget appeared, so that any shift it caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await page.evaluate(() => window.layoutShifts), [], `${width} px: no layout shift while the scan appears`);
    assert.deepEqual(widgetFiles(requests), [WASM, GLUE, WIDGET, EMBED_FILE, FIRST_STEP], 'the first step, then the widget');

    await start.click();
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
    await until(() => widgetFiles(requests).includes(PART), 'the results\' part to be fetched');
    assert.deepEqual(widgetFiles(requests), [WASM, GLUE, PART, WIDGET, EMBED_FILE, FIRST_STEP], 'the results\' part, in the background once started');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the placeholder has the start screen\'s height, and says that the scan is loading', async () => {
  for (const width of [360, 1280]) {
    const { context, page } = await openPage(env.browser, 'about:blank', { viewport: { width, height: 800 } });
    // Hold the first step and the wasm back, so that the placeholder can be measured.
    const releaseWasm = await holdBack(page, WASM);
    const releaseFirstStep = await holdBack(page, FIRST_STEP);
    await page.goto(`${env.servers.pages.url}/plain.html`);
    const widget = scanOn(page);
    const height = () => widget.evaluate((element) => element.getBoundingClientRect().height);

    await widget.locator('.placeholder').waitFor();
    await widget.getByRole('heading', { name: 'Hoe datagedreven is uw organisatie?' }).waitFor();
    await widget.getByText('De scan wordt geladen…').waitFor();
    // A status: a screen reader hears what takes its place (the scan, or a failure).
    assert.equal(await widget.getByText('De scan wordt geladen…').getAttribute('role'), 'status');
    assert.equal(await widget.getByRole('button').count(), 0, 'the placeholder has no control that does nothing');
    const placeholderHeight = await height();
    assert.ok(placeholderHeight > 200, `${width} px: the placeholder takes room (${placeholderHeight} px)`);

    // With the first step in, the placeholder's own start button: the same height.
    releaseFirstStep();
    await startButton(widget).waitFor();
    const withStartButton = await height();
    assert.ok(Math.abs(placeholderHeight - withStartButton) <= 2, `${width} px: placeholder ${placeholderHeight} px, with its start button ${withStartButton} px`);

    releaseWasm();
    await drawn(widget);
    const startScreenHeight = await height();
    assert.ok(
      Math.abs(placeholderHeight - startScreenHeight) <= 2,
      `${width} px: placeholder ${placeholderHeight} px, start screen ${startScreenHeight} px`,
    );
    await context.close();
  }
});

test('data-load="eager" loads the scan at once, three screens down', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/long-eager.html`);
  const widget = page.locator('#scan');
  await widget.locator('.scan:not(.placeholder)').waitFor({ state: 'attached' });
  assert.deepEqual(widgetFiles(requests), [WASM, GLUE, WIDGET, EMBED_FILE, FIRST_STEP]);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'loading eagerly does not scroll the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link loads its scan at once and scrolls it into view', async () => {
  const hash = (await colleagueResult(env, { pick: () => 3 })).hash;
  assert.match(hash, /^#bouwstenen=[\w-]+$/);

  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/long.html${hash}`);
  const widget = page.locator('#scan');
  await widget.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.deepEqual(widgetFiles(requests), [WASM, GLUE, PART, WIDGET, EMBED_FILE, FIRST_STEP], 'with the results\' part at once');
  const top = await widget.evaluate((element) => element.getBoundingClientRect().top);
  const viewport = await page.evaluate(() => window.innerHeight);
  assert.ok(top > -1 && top < viewport / 2, `the scan's top is in view (${top} px of ${viewport})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving from step to step scrolls the page only to bring the focused heading into view', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/long.html`, {
    viewport: { width: 1280, height: 700 },
  });
  const widget = page.locator('#scan');
  await scrollToScan(page);
  await startButton(widget).focus();
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Enter');
  const heading = widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' });
  await heading.waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), before, 'the heading was in view: the page stays put');

  // At the bottom of a step its heading is out of view; "Volgende" brings the next one in.
  const next = nextButton(widget);
  await next.evaluate((button) => button.scrollIntoView({ block: 'end' }));
  await next.focus();
  await page.keyboard.press('Enter');
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  const focused = await page.evaluate(() => {
    const element = document.getElementById('scan').shadowRoot.activeElement;
    const { top, bottom } = element.getBoundingClientRect();
    return { tag: element.tagName, top, bottom, viewport: window.innerHeight };
  });
  assert.equal(focused.tag, 'H2');
  assert.ok(focused.top >= 0 && focused.bottom <= focused.viewport, `the focused heading is in view: ${JSON.stringify(focused)}`);
  await context.close();
});

test('a scan unmounted while it loads never appears', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  await page.waitForFunction(() => window.scanApi);
  const left = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const mounting = window.scanApi.mount(element);
    await window.scanApi.unmount(element);
    await mounting;
    // Anything the mount had still queued runs before two frames and a task have passed.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
    return element.shadowRoot.childElementCount;
  });
  assert.equal(left, 0, 'neither the placeholder nor the widget is left');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a server that sends the wasm with another type than application/wasm still gets a working scan, and a warning', async () => {
  const server = await serve({ '/': PAGES, '/assets': DIST }, {
    rewriteHtml: (html) => html.replaceAll('{{ASSETS}}', '/assets'),
    headers: (path) => (path.endsWith('.wasm') ? { 'content-type': 'application/octet-stream' } : {}),
  });
  const { context, page } = await openPage(env.browser, 'about:blank');
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${server.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.ok(warnings.some((text) => text.includes('application/wasm')), `the console says why loading is slower: ${warnings}`);
  await context.close();
  await server.close();
});
