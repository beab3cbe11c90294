// The embed contract on host pages from tests/e2e/pages: assets on another origin, hostile CSS,
// two widgets, a hash router, a single-page app, bad configuration and theming.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnRequests, ASSET_PATH, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn, scanOn, tableRows, startButton } from './support/scan-page.mjs';
import { EMBED_FILE, RESULTS_PART, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from './support/contract.mjs';

const env = useServersAndBrowser();

test('plain page with the assets on another origin under a deep path', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();

  const loaded = requests.filter((url) => url.startsWith(env.servers.assets.url));
  assert.deepEqual(
    loaded.map((url) => new URL(url).pathname).sort(),
    [WASM_FILE, WASM_GLUE_FILE, RESULTS_PART, WIDGET_SCRIPT_FILE, EMBED_FILE, firstStepFile('nl')].map((file) => `${ASSET_PATH}/${file}`),
  );
  assertOnlyOwnRequests(requests, [env.servers.pages.url, env.servers.assets.url]);
  assert.deepEqual(errors, []);

  // The host hears the completion, with the scores in `detail`.
  const events = await page.evaluate(() => window.completeEvents);
  assert.equal(events.length, 1);
  const { detail } = events[0];
  assert.equal(detail.blocks.length, 7);
  const rows = await tableRows(widget);
  assert.deepEqual(detail.blocks.map((b) => (b.score === null ? 'onbekend' : `${b.score}%`)), rows.map((r) => r[1]));
  assert.equal(typeof detail.overall, 'number');
  assert.match(await widget.locator('.overall-value').textContent(), new RegExp(`^${detail.overall}%$`));
  await context.close();
});

test('hostile theme CSS changes nothing in the widget', async () => {
  const { context: plainContext, page: plain } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/hostile.html`);
  const styleOf = (p) =>
    scanOn(p).evaluate((host) => {
      const root = host.shadowRoot;
      const pick = (selector, properties) => {
        const element = root.querySelector(selector);
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
      };
      return {
        root: pick('.bouwstenen-root', ['font-size', 'font-family', 'text-transform', 'letter-spacing', 'line-height', 'color', 'background-color']),
        heading: pick('h2', ['font-size', 'text-transform', 'margin-top', 'background-color']),
        button: pick('.button.primary', ['background-color', 'padding-left', 'border-top-width', 'display']),
      };
    });
  // The drawn scan, not the placeholder.
  await drawn(scanOn(plain));
  await drawn(scanOn(page));
  assert.deepEqual(await styleOf(page), await styleOf(plain));

  const widget = scanOn(page);
  await startButton(widget).click();
  const radio = widget.getByRole('radio').first();
  await radio.waitFor();
  const box = await radio.boundingBox();
  assert.ok(box && box.width >= 12, 'radios are visible');
  assert.equal(await widget.locator('fieldset').first().evaluate((f) => getComputedStyle(f).display), 'block');
  await widget.getByRole('button', { name: 'Vorige' }).click();
  await new ScanPage(page, widget).complete();

  const svgWidth = await widget.locator('svg.radar-wide').evaluate((svg) => svg.getBoundingClientRect().width);
  assert.ok(svgWidth > 200, `radar is ${svgWidth}px wide`);
  const link = widget.locator('.card .article-link a').first();
  assert.equal(await link.evaluate((a) => getComputedStyle(a).pointerEvents), 'auto');
  // The widget's CSS does not leak out: the host page's own heading keeps its theme.
  assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).textTransform), 'uppercase');
  await context.close();
  await plainContext.close();
});

test('two widgets on one page share one load of the wasm, and no state and no fragment key', async () => {
  const { context, page, requests } = await openPage(env.browser, `${env.servers.pages.url}/two-widgets.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  const firstScan = new ScanPage(page, first);
  await firstScan.complete(() => 4);
  await drawn(second);
  assert.equal(await page.evaluate(() => location.hash), '', 'nothing in the address before the link is passed on');
  await firstScan.copyLink();
  for (const file of [WASM_FILE, RESULTS_PART]) {
    assert.equal(requests.filter((url) => url.endsWith(`/${file}`)).length, 1, `one request of ${file} for both widgets`);
  }
  assert.equal(await second.getByRole('heading', { level: 2 }).textContent(), 'Hoe datagedreven is uw organisatie?');
  let hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#bouwstenen=[\w-]+$/);

  const secondScan = new ScanPage(page, second);
  await secondScan.complete(() => 0);
  await secondScan.copyLink();
  hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#bouwstenen=[\w-]+&bouwstenen-2=[\w-]+$/);
  assert.notDeepEqual(await tableRows(first), await tableRows(second));
  assert.equal((await tableRows(first))[0][1], '100%');
  assert.equal((await tableRows(second))[0][1], '0%');

  // After a reload each widget shows its own results again.
  const before = [await tableRows(first), await tableRows(second)];
  await page.reload();
  await new ScanPage(page, first).waitForResults();
  await new ScanPage(page, second).waitForResults();
  assert.deepEqual([await tableRows(first), await tableRows(second)], before);
  await context.close();
});

test('a hash-routing host keeps its route after completion and after opening a share link', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/hash-router.html#/artikelen`);
  const widget = scanOn(page);
  const scan = new ScanPage(page, widget);
  await scan.complete();
  assert.equal(await page.evaluate(() => location.hash), '#/artikelen');
  await scan.copyLink();
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#\/artikelen\?bouwstenen=[\w-]+$/);
  assert.equal(await page.locator('#route').textContent(), '/artikelen');

  const shareLink = await widget.locator('#share-link').inputValue();
  assert.equal(shareLink, page.url());
  const rows = await tableRows(widget);
  const colleague = await openPage(env.browser, shareLink);
  const sharedWidget = scanOn(colleague.page);
  // The heading is there while the results' part is still on its way: wait for the results.
  await new ScanPage(colleague.page, sharedWidget).waitForResults('Gedeelde uitslag');
  assert.equal(await colleague.page.locator('#route').textContent(), '/artikelen');
  assert.deepEqual(await tableRows(sharedWidget), rows);

  // Leaving the shared result takes out only our part of the fragment.
  await sharedWidget.getByRole('button', { name: 'Doe de scan zelf' }).click();
  await startButton(sharedWidget).waitFor();
  await colleague.page.waitForFunction(() => location.hash === '#/artikelen');
  assert.equal(await colleague.page.locator('#route').textContent(), '/artikelen');
  await colleague.context.close();
  await context.close();
});

test('a single-page app mounts into an element created after load, and unmounts', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  await page.waitForFunction(() => window.scanApi);
  await page.getByRole('button', { name: 'Open de scan' }).click();
  const widget = page.locator('.scan-here');
  await new ScanPage(page, widget).complete();
  // Options given to mount() apply: the articles come from the app's own knowledge base.
  const links = await widget.locator('.card .article-link a').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(links, [1, 2, 3, 4, 5, 6, 7].map((n) => `https://kennisbank.example.org/bouwsteen-${n}`));
  assert.equal(await page.evaluate(() => typeof window.handle.unmount), 'function');

  await page.getByRole('button', { name: 'Sluit de scan' }).click();
  await page.waitForFunction(() => document.querySelector('.scan-here').shadowRoot.childElementCount === 0);
  // Mounting again works, and finds the visitor's saved results.
  await page.evaluate(() => window.scanApi.mount(document.querySelector('.scan-here')));
  await new ScanPage(page, widget).waitForResults();
  // A wrong argument is refused with an error, never a broken page.
  const refusal = await page.evaluate(() => window.scanApi.mount('not an element').then(() => 'mounted', (e) => String(e)));
  assert.match(refusal, /needs an element/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid configuration falls back to the defaults with a console warning', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.waitForFunction(() => window.scanApi);
  await page.evaluate(async () => {
    const element = document.createElement('div');
    element.id = 'configured';
    element.setAttribute('data-article-3', 'javascript:alert(1)');
    element.dataset.shareBase = 'niet-een-adres';
    document.body.append(element);
    await window.scanApi.mount(element, { lang: 'xx' });
  });
  const widget = page.locator('#configured');
  await startButton(widget).waitFor();
  assert.equal(warnings.filter((w) => w.startsWith('bouwstenen-scan:')).length, 3, warnings.join('\n'));
  await context.close();
});

test('a host themes the widget only through the documented custom properties', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  // The widget's own button, not the placeholder's before the wasm is there.
  await widget.locator('.scan:not(.placeholder)').waitFor();
  const button = startButton(widget);
  // No colour transition to wait for.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => {
    const host = document.querySelector('[data-bouwstenen]');
    host.style.setProperty('--bouwstenen-accent', 'rgb(128, 0, 64)');
    host.style.setProperty('--bouwstenen-radius', '0px');
    host.style.setProperty('--bouwstenen-font', 'serif');
  });
  const style = await button.evaluate((b) => {
    const s = getComputedStyle(b);
    return [s.backgroundColor, s.borderTopLeftRadius, getComputedStyle(b.closest('.bouwstenen-root')).fontFamily];
  });
  assert.deepEqual(style, ['rgb(128, 0, 64)', '0px', 'serif']);
  await context.close();
});
