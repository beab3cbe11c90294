// The scan where an editor may not paste a script: scan.html on a page of its own, configured
// by its address; in an iframe that takes its content's height where the site's line (site.js)
// is on the page (and scrolls inside where it is not, or where a sandbox takes its storage); and
// a plain link that becomes the scan. The scan's files are on a second origin, as on a CDN.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, TEXTS } from './support/scan-page.mjs';
import { settle, until } from './support/wait.mjs';

const env = useServersAndBrowser();

/** Console warnings of `page`, as they come. */
function warningsOf(page) {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test('scan.html: a page of its own, configured by its address, bad values ignored with a warning', async () => {
  const { context, page, errors } = await openPage(env.browser, 'about:blank');
  const warnings = warningsOf(page);
  const query = 'lang=en&cta-href=www.gemeente.nl/contact&cta-text=Talk%20to%20us&reference=geen-link&utm_source=nieuwsbrief';
  await page.goto(`${env.servers.assetBase}/scan.html?${query}`);
  assert.equal(await page.title(), 'Bouwstenen-scan: how data-driven is your organisation?');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.getAttribute('meta[name=description]', 'content'), /seven building blocks/);
  const scan = new ScanPage(page, page.locator('[data-bouwstenen]'), 'en');
  await scan.complete();
  // The call to action without https:// and the reference that is no share link are left out.
  assert.equal(await scan.widget.locator('.cta-link').count(), 0);
  assert.ok(warnings.some((text) => text.includes('data-cta-href')), `${warnings}`);
  assert.ok(warnings.some((text) => text.includes('data-reference')), `${warnings}`);
  // A share link made here opens here, with the settings.
  const link = await scan.shareLink();
  assert.ok(link.startsWith(`${env.servers.assetBase}/scan.html?${query}#bouwstenen=`), link);
  const colleague = await openPage(env.browser, link);
  await new ScanPage(colleague.page, colleague.page.locator('[data-bouwstenen]'), 'en').waitForResults(TEXTS.en.shared);
  assert.deepEqual(colleague.errors, []);
  await colleague.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('scan.html with a good call to action shows it, and fits a 320 px phone and a desktop', async () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 900 }]) {
    const { context, page, errors } = await openPage(env.browser, `${env.servers.assetBase}/scan.html?cta-href=https://www.gemeente.nl/contact&cta-text=Praat%20met%20ons`, { viewport });
    const scan = new ScanPage(page, page.locator('[data-bouwstenen]'));
    await scan.complete();
    assert.equal(await scan.widget.getByRole('link', { name: 'Praat met ons' }).getAttribute('href'), 'https://www.gemeente.nl/contact');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `${width} px wide at ${viewport.width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The iframe's height, its content's height, and whether the content scrolls inside. */
async function sizes(page, selector) {
  const frame = await (await page.$(selector)).contentFrame();
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  const outer = await page.$eval(selector, (element) => element.getBoundingClientRect().height);
  return { outer, ...inner };
}

/** The sizes once the iframe fits its content and stays so between two looks. */
async function settled(page, selector) {
  let last;
  let now;
  await until(async () => {
    [last, now] = [now, await sizes(page, selector)];
    return last && now.outer === last.outer && Math.abs(now.outer - now.content) <= 4;
  }, () => `the iframe to fit its content: ${JSON.stringify(now)}`);
  return now;
}

test('an iframe with the site\'s line on the page takes its content\'s height at every step, from the first message on, and its events arrive on the iframe', async () => {
  // The page has no scan of its own: site.js loads embed.js when the iframe's first message
  // comes, and hands it and any before embed.js listens over (early-messages.js). Without
  // that, the start screen's height never arrives.
  const { page, context, errors } = await openPage(env.browser, `${env.servers.pages.url}/iframe.html`);
  await page.evaluate(() => {
    window.frameEvents = [];
    const frame = document.getElementById('scan');
    for (const name of ['start', 'step', 'complete']) {
      frame.addEventListener(`bouwstenen:${name}`, (event) => window.frameEvents.push([name, event.target.id, event.detail]));
    }
  });
  const frame = page.frameLocator('#scan');
  const scan = new ScanPage(page, frame.locator('[data-bouwstenen]'));
  const heights = [];
  const check = async (where) => {
    const size = await settled(page, '#scan');
    assert.ok(Math.abs(size.outer - size.content) <= 4, `${where}: iframe ${size.outer} px, content ${size.content} px`);
    assert.equal(size.scrolls, false, `${where}: no scrollbar inside`);
    heights.push(size.outer);
  };
  await scan.widget.getByRole('button', { name: TEXTS.nl.start }).waitFor();
  await check('start screen');
  await scan.start();
  await scan.answerAll(undefined, async (step) => check(`step ${step + 1}`));
  await check('results');
  assert.ok(new Set(heights).size > 2, `the height follows the content: ${heights}`);
  // In the frame every box of the results is drawn at once: one drawn only when the host page
  // scrolls near it would change the frame's height under the host's scrolling (and Firefox
  // reports a ResizeObserver loop).
  const lazy = await scan.widget.evaluate((host) => [...host.shadowRoot.querySelectorAll('.results *')]
    .filter((element) => getComputedStyle(element).contentVisibility === 'auto').map((element) => element.className));
  assert.deepEqual(lazy, []);
  const events = await page.evaluate(() => window.frameEvents);
  assert.deepEqual(events.filter(([name]) => name === 'step').map(([, , detail]) => detail.block), [1, 2, 3, 4, 5, 6, 7]);
  const complete = events.find(([name]) => name === 'complete');
  assert.equal(complete?.[1], 'scan', 'on the iframe element');
  assert.equal(complete[2].blocks.length, 7);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a forged height or event, from the page itself or from another origin\'s frame, changes nothing', async () => {
  const { page, context } = await openPage(env.browser, `${env.servers.pages.url}/iframe.html`);
  const frame = page.frameLocator('#scan');
  await frame.getByRole('button', { name: TEXTS.nl.start }).waitFor();
  const before = await settled(page, '#scan');
  await page.evaluate(() => {
    window.forgedEvents = [];
    document.addEventListener('bouwstenen:complete', () => window.forgedEvents.push('complete'));
    // Listeners run in the order they were added: once this one has heard a forged message,
    // the page's own (frames.js) has handled it.
    window.forgedHeard = 0;
    const scanFrame = document.getElementById('scan').contentWindow;
    addEventListener('message', (event) => {
      if (event.source !== scanFrame && String(event.data?.type).startsWith('bouwstenen:')) window.forgedHeard += 1;
    });
    window.postMessage({ type: 'bouwstenen:height', height: 33 }, '*');
    window.postMessage({ type: 'bouwstenen:event', name: 'complete', detail: {} }, '*');
  });
  // A frame of another origin (the test pages', not the scan's) that says it is the scan.
  await page.evaluate((src) => new Promise((resolve) => {
    const other = document.createElement('iframe');
    other.id = 'forger';
    other.src = src;
    other.addEventListener('load', resolve);
    document.body.append(other);
  }), `${env.servers.pages.url}/forger.html`);
  await page.evaluate(() => document.getElementById('forger').contentWindow.postMessage('forge', '*'));
  await page.waitForFunction(() => window.forgedHeard === 4);
  await settle(page);
  const after = await sizes(page, '#scan');
  assert.equal(after.outer, before.outer);
  assert.notEqual(await page.$eval('#forger', (element) => element.getBoundingClientRect().height), 33);
  assert.deepEqual(await page.evaluate(() => window.forgedEvents), []);
  await context.close();
});

test('without the site\'s line the iframe keeps its own height and scrolls inside; sandboxed without storage, the scan still works', async () => {
  const { page, context, errors } = await openPage(env.browser, `${env.servers.pages.url}/iframe-plain.html`);
  const scan = new ScanPage(page, page.frameLocator('#scan').locator('[data-bouwstenen]'));
  await scan.complete();
  const size = await sizes(page, '#scan');
  assert.equal(size.outer, 720);
  assert.ok(size.scrolls, 'the results scroll inside the iframe');
  // A sandbox without allow-same-origin: no storage, so no progress kept and the results last
  // for the visit, as the history box says; no errors.
  const boxed = new ScanPage(page, page.frameLocator('#sandboxed').locator('[data-bouwstenen]'));
  await boxed.complete();
  await boxed.widget.getByRole('button', { name: TEXTS.nl.keep }).click();
  await boxed.widget.getByText('Deze browser kan hier niets bewaren. Uw uitslagen staan hier tot u de pagina sluit.').waitFor();
  await page.$eval('#sandboxed', (frame) => { frame.src = frame.src; });
  await boxed.startButton.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to the scan page becomes the scan where the site\'s line is in the template; other links stay links', async () => {
  const { page, context, errors } = await openPage(env.browser, 'about:blank');
  const warnings = warningsOf(page);
  await page.goto(`${env.servers.pages.url}/links.html`);
  const scan = new ScanPage(page, page.locator('main [data-bouwstenen]'), 'en');
  await scan.complete();
  assert.equal(await page.locator('#upgraded').count(), 0, 'the link made way for the scan');
  assert.equal(await page.locator('main > [data-bouwstenen]').count(), 1, 'in the place of its paragraph');
  assert.ok(warnings.some((text) => text.includes('data-cta-href')), 'a bad setting in the link is ignored, with a warning');
  assert.equal(await scan.widget.locator('.cta-link').count(), 0);
  for (const id of ['in-header', 'in-nav', 'in-sentence', 'elsewhere', 'in-footer']) {
    assert.equal(await page.locator(`#${id}`).count(), 1, `#${id} stays a link`);
  }
  assert.equal(await page.locator('[data-bouwstenen]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page does not jump when the iframe changes height while the visitor reads above it', async () => {
  const { page, context } = await openPage(env.browser, `${env.servers.pages.url}/iframe.html`, { viewport: { width: 1280, height: 400 } });
  await page.frameLocator('#scan').getByRole('button', { name: TEXTS.nl.start }).waitFor();
  const first = await settled(page, '#scan');
  const frame = await (await page.$('#scan')).contentFrame();
  const above = await page.$eval('#above', (element) => element.getBoundingClientRect().top);
  // The iframe's content grows (as from one step to the next) while the top of the page is read.
  await frame.evaluate(() => {
    const extra = document.createElement('div');
    extra.style.height = '300px';
    document.body.append(extra);
  });
  await page.waitForFunction((old) => document.getElementById('scan').getBoundingClientRect().height > old, first.outer);
  assert.equal(await page.$eval('#above', (element) => element.getBoundingClientRect().top), above);
  assert.equal(await page.evaluate(() => scrollY), 0);
  await context.close();
});
