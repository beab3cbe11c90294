// What a site's web team sets up around the scan: the call to action on the results, the
// button-and-dialog mode, and the events for the site's own statistics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, completeScan, openPage, sharedResultHash, useServersAndBrowser } from './helpers.mjs';


const env = useServersAndBrowser();
const EVENTS = ['start', 'step', 'complete', 'share', 'cta'];

/** Records every bouwstenen:* event the document hears, with its detail and target. */
async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.scanEvents = [];
    for (const name of names) {
      document.addEventListener(`bouwstenen:${name}`, (event) => {
        window.scanEvents.push({
          name,
          detail: name === 'complete' ? { overall: event.detail.overall } : event.detail,
          target: event.target.id || event.target.tagName,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      });
    }
  }, EVENTS);
}
const events = (page) => page.evaluate(() => window.scanEvents.splice(0));

test('the call to action follows the overall score, in the screen\'s language, and in print', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/cta.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  const link = widget.getByRole('link', { name: 'Plan een gesprek met ons dataloket' });
  assert.equal(await link.getAttribute('href'), 'https://www.gemeente.example/data/gesprek');
  // Right after the overall score: the next element after the score box.
  assert.equal(await widget.locator('.overall + .cta a').count(), 1);
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.getByRole('link', { name: 'Talk to our data desk' }).waitFor();

  await page.emulateMedia({ media: 'print' });
  assert.ok(await widget.getByRole('link', { name: 'Talk to our data desk' }).isVisible(), 'printed');
  assert.ok(await widget.getByText('https://www.gemeente.example/data/gesprek', { exact: true }).isVisible(), 'its address printed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad call to action is left out with a console warning; markup is never HTML', async () => {
  const cases = [
    [{ ctaHref: 'javascript:alert(1)', ctaText: 'Klik hier' }, 'data-cta-href'],
    [{ ctaHref: 'data:text/html,hoi', ctaText: 'Klik hier' }, 'data-cta-href'],
    [{ ctaHref: '/contact', ctaText: '<img src=x onerror=alert(1)>Klik' }, 'data-cta-text'],
    [{ ctaHref: '/contact', ctaText: 'x'.repeat(81) }, 'data-cta-text'],
    [{ ctaHref: '/contact', ctaText: '   ' }, 'data-cta-text'],
    [{ ctaHref: '/contact' }, 'data-cta-href'],
  ];
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.waitForFunction(() => window.scanApi);
  for (const [options, attribute] of cases) {
    warnings.length = 0;
    const found = await page.evaluate(async (options) => {
      const element = document.createElement('div');
      document.body.append(element);
      await window.scanApi.mount(element, options);
      const shadow = element.shadowRoot;
      while (!shadow.querySelector('.intro .button.primary')) await new Promise((r) => setTimeout(r, 20));
      const result = { img: document.querySelectorAll('img').length + shadow.querySelectorAll('img').length };
      await window.scanApi.unmount(element);
      element.remove();
      return result;
    }, options);
    assert.equal(found.img, 0, 'no markup became an element');
    assert.ok(warnings.some((text) => text.includes(`${attribute}=`) && text.includes('ignored')), `${JSON.stringify(options)}: ${warnings}`);
  }
  // And on the results nothing is shown: one case through to the end.
  const widgetPage = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  await widgetPage.page.waitForFunction(() => window.scanApi);
  await widgetPage.page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'bad-cta';
    document.body.append(element);
    return window.scanApi.mount(element, { ctaHref: 'javascript:alert(1)', ctaText: 'Klik hier' });
  });
  const widget = widgetPage.page.locator('#bad-cta');
  await completeScan(widgetPage.page, widget);
  assert.equal(await widget.locator('.cta').count(), 0);
  await widgetPage.context.close();
  await context.close();
});

test('dialog mode: a button opens the scan in a modal dialog; Esc and the close button return focus; progress is kept', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/dialog.html`, { colorScheme });
    const widget = page.locator('#scan');
    const open = widget.getByRole('button', { name: 'Doe de Bouwstenen-scan' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = widget.getByRole('dialog', { name: 'Bouwstenen-scan' });
    await dialog.waitFor();
    await widget.getByRole('button', { name: 'Start de scan' }).waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden', 'the page behind does not scroll');
    const focused = () => page.evaluate(() => document.getElementById('scan').shadowRoot.activeElement?.textContent.trim());
    await page.waitForFunction(() => document.getElementById('scan').shadowRoot.activeElement?.matches('h2'));
    assert.equal(await focused(), 'Hoe datagedreven is uw organisatie?', 'focus moved into the dialog, to its heading');
    assert.deepEqual(await audit(page, `dialog ${colorScheme}`), []);

    await widget.getByRole('button', { name: 'Start de scan' }).click();
    await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog's close event comes in a task after it closed.
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflow !== 'hidden');
    assert.equal(await focused(), 'Doe de Bouwstenen-scan', 'Esc returns focus to the button');
    // The page behind is usable again.
    await page.getByRole('button', { name: 'Knop van de pagina' }).click();

    await open.click();
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
    assert.equal(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), true, 'progress kept');
    await widget.getByRole('button', { name: 'Sluiten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflow !== 'hidden');
    assert.equal(await focused(), 'Doe de Bouwstenen-scan', 'the close button returns focus to the button');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('dialog mode: a share link opens the dialog with the result', async () => {
  const hash = await sharedResultHash(env.browser, env.servers.pages.url, () => 2);
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/dialog.html${hash}`);
  const widget = page.locator('#scan');
  await widget.getByRole('dialog').getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.equal(await widget.getByRole('dialog').evaluate((dialog) => dialog.open), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each event fires once, at its moment, with its detail, from the host element', async () => {
  const { context, page, errors } = await openPage(env.browser, 'about:blank');
  await recordEvents(page);
  await page.goto(`${env.servers.pages.url}/cta.html`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: 'Start de scan' }).waitFor();
  assert.deepEqual(await events(page), [], 'loading and showing the scan sends nothing');

  await widget.getByRole('button', { name: 'Start de scan' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  const started = await events(page);
  assert.deepEqual(started.map((e) => [e.name, e.detail]), [['start', {}], ['step', { block: 1, answered: 0 }]]);
  assert.ok(started.every((e) => e.bubbles && e.composed && e.target === 'DIV'));

  const fieldsets = widget.locator('fieldset');
  for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).getByRole('radio').nth(1).check();
  await widget.getByRole('button', { name: 'Volgende' }).click();
  const answeredFirst = await fieldsets.count();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  assert.deepEqual((await events(page)).map((e) => [e.name, e.detail]), [['step', { block: 2, answered: answeredFirst }]]);

  for (let step = 1; step < 7; step++) {
    await widget.locator('.progress-text', { hasText: `Bouwsteen ${step + 1} van 7` }).waitFor();
    for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).getByRole('radio').nth(3).check();
    await widget.getByRole('button', { name: step === 6 ? 'Naar de uitslag' : 'Volgende' }).click();
  }
  await widget.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
  const toResults = await events(page);
  assert.deepEqual(toResults.filter((e) => e.name === 'complete').length, 1, 'complete once');
  assert.deepEqual(toResults.map((e) => e.name), ['step', 'step', 'step', 'step', 'step', 'complete'], 'steps 3 to 7, no new start');
  assert.deepEqual(toResults.map((e) => e.detail.block).slice(0, 5), [3, 4, 5, 6, 7]);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await widget.getByRole('button', { name: 'Kopieer link' }).click();
  await widget.getByText('De link is gekopieerd.').waitFor();
  for (const name of ['Download radar (SVG)', 'Download radar (PNG)']) {
    const download = page.waitForEvent('download');
    await widget.getByRole('button', { name }).click();
    await download;
  }
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await widget.getByRole('button', { name: 'Uitslag afdrukken' }).click();
  assert.equal(await page.evaluate(() => window.printed), true);
  // Links: the events fire on the click; the page stays (the host page may cancel a link).
  await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
  await widget.getByRole('link', { name: 'Deel op LinkedIn' }).click();
  await widget.getByRole('link', { name: 'Plan een gesprek met ons dataloket' }).click();
  await page.waitForTimeout(100);
  const shared = await events(page);
  assert.deepEqual(shared.map((e) => [e.name, e.detail.how]), [
    ['share', 'copy'], ['share', 'svg'], ['share', 'png'], ['share', 'print'], ['share', 'linkedin'], ['cta', undefined],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dialog mode under a strict CSP: two themed scans, each loaded when near, each opening its own dialog', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/csp-dialog.html`);
  const first = page.locator('#team-a');
  const second = page.locator('#team-b');
  await first.getByRole('button', { name: 'Scan voor team A' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Start de scan' }).waitFor();
  await page.keyboard.press('Escape');
  await first.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, 1);

  const open = second.getByRole('button', { name: 'Scan voor team B' });
  await open.scrollIntoViewIfNeeded();
  assert.equal(await open.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(106, 27, 154)', 'its own theme');
  await open.click();
  await second.getByRole('dialog').getByRole('button', { name: 'Start de scan' }).click();
  await second.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.equal(await first.locator('.progress-text').count(), 0, 'the other scan stays on its start screen');
  assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, 1, 'one wasm for both');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
