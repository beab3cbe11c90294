// English is a part of the wasm of its own (src/components/english_part.rs): a Dutch page's
// first question does not wait for it, a page in English gets it before the widget is drawn,
// and a changed file is refused without harm: the widget speaks Dutch, answers kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { openPage, useServersAndBrowser } from './helpers.mjs';
import { drawn, scanOn } from './support/scan-page.mjs';

const env = useServersAndBrowser();
const ENGLISH = 'bouwstenen-scan_english.wasm';

const fetchedEnglish = (requests) => requests.filter((url) => basename(new URL(url).pathname) === ENGLISH).length;

/** Serves English's part with one byte changed, as a tampered CDN would: its hash no longer fits. */
async function tamperWithEnglish(page) {
  await page.route(`**/${ENGLISH}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
}

test('a Dutch page never fetches English; the language button does, once, and keeps the answers', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await widget.getByRole('button', { name: 'Start de scan' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  await widget.locator('fieldset').first().getByRole('radio').nth(3).check();
  await page.waitForLoadState('networkidle');
  assert.equal(fetchedEnglish(requests), 0, 'no English before the visitor asks for it');

  // Two clicks while English is on its way (as a script: the widget drops the second click of
  // a double click): English, not back to Dutch.
  await widget.getByRole('button', { name: 'English' }).evaluate((button) => { button.click(); button.click(); });
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'en');
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(3).isChecked(), 'the answer given in Dutch is kept');
  await widget.getByRole('button', { name: 'Nederlands' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  assert.equal(fetchedEnglish(requests), 1, 'English is fetched once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page in English fetches English before the widget is drawn, and opens in English', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y-en.html`);
  const widget = scanOn(page);
  await drawn(widget);
  assert.equal(fetchedEnglish(requests), 1);
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a changed byte in English\'s part is refused: the widget opens in Dutch, and the answers stay when the switch fails', async () => {
  const { context, page } = await openPage(env.browser, 'about:blank');
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text()); });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await tamperWithEnglish(page);
  await page.goto(`${env.servers.pages.url}/a11y-en.html`);
  const widget = scanOn(page);
  await widget.getByRole('button', { name: 'Start de scan' }).click();
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'nl', 'Dutch rather than no scan');
  assert.ok(errors.some((text) => text.includes('English did not load')), `the console says why: ${errors}`);

  await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
  await widget.getByRole('button', { name: 'English' }).click();
  for (let i = 0; i < 100 && !errors.some((text) => text.includes('the other language did not load')); i++) await page.waitForTimeout(50);
  assert.ok(errors.some((text) => text.includes('the other language did not load')), `the switch says it failed: ${errors}`);
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), 'the answer is kept');
  assert.deepEqual(pageErrors, [], 'no uncaught error reaches the host page');

  // The file is right again: the next click gets English.
  await page.unroute(`**/${ENGLISH}`);
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), 'the answer is still there in English');
  await context.close();
});
