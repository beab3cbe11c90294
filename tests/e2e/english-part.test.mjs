// English is a part of the wasm of its own (src/components/english_part.rs): a Dutch page's
// first question does not wait for it, a page in English gets it before the widget is drawn,
// and a changed file is refused without harm: the widget speaks Dutch, answers kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { DIST, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn, scanOn, startButton } from './support/scan-page.mjs';
import { until } from './support/wait.mjs';
import { tamperWith } from './support/network.mjs';
import { ENGLISH_PART, RESULTS_PART } from './support/contract.mjs';

const env = useServersAndBrowser();
const ENGLISH = ENGLISH_PART;

const RESULTS = RESULTS_PART;

/** Each block's advice per stage in `content/<language>.toml`. */
const adviceIn = (language) => {
  const toml = readFileSync(new URL(`../../content/${language}.toml`, import.meta.url), 'utf8');
  return [...toml.matchAll(/^advice = \[\n((?:\s+".*",?\n)+)\]/gm)]
    .flatMap((match) => [...match[1].matchAll(/"(.*)"/g)].map((line) => line[1]));
};

const fetchedEnglish = (requests) => requests.filter((url) => basename(new URL(url).pathname) === ENGLISH).length;

test('a Dutch page never fetches English; the language button does, once, and keeps the answers', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
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
  await tamperWith(page, ENGLISH);
  await page.goto(`${env.servers.pages.url}/a11y-en.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'nl', 'Dutch rather than no scan');
  assert.ok(errors.some((text) => text.includes('English did not load')), `the console says why: ${errors}`);

  await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
  await widget.getByRole('button', { name: 'English' }).click();
  await until(() => errors.some((text) => text.includes('the other language did not load')), () => `the switch to say it failed: ${errors}`);
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

test('English\'s results texts and advice come with English\'s part: a Dutch visitor\'s results\' part does not carry them', () => {
  const file = (name) => readFileSync(`${DIST}/${name}`);
  const english = adviceIn('en');
  const dutch = adviceIn('nl');
  assert.equal(english.length, 35, 'seven blocks, five stages each');
  assert.equal(dutch.length, 35);
  const holds = (name, text) => file(name).includes(Buffer.from(text));
  assert.deepEqual(english.filter((advice) => holds(RESULTS, advice)), [], 'no English advice in the results\' part');
  assert.deepEqual(english.filter((advice) => !holds(ENGLISH, advice)), [], 'all of it in English\'s part');
  assert.deepEqual(dutch.filter((advice) => !holds(RESULTS, advice)), [], 'Dutch advice in the results\' part');
  assert.ok(!holds(RESULTS, 'This is where you can gain the most:'), 'nor English\'s results texts');
  assert.ok(holds(ENGLISH, 'This is where you can gain the most:'));
});

/** The text of the widget's screen (in its shadow root). */
const screenText = (widget) => widget.evaluate((element) => element.shadowRoot.textContent);

test('results in English show English\'s results texts and advice, also after a switch on the results', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y-en.html`);
  const scan = new ScanPage(page, scanOn(page), 'en');
  await drawn(scan.widget);
  await scan.complete();
  const text = await screenText(scan.widget);
  assert.ok(text.includes('Share your results'), 'a results text in English');
  assert.ok(adviceIn('en').some((advice) => text.includes(advice)), 'English advice');
  assert.ok(!adviceIn('nl').some((advice) => text.includes(advice)), 'no Dutch advice');
  await context.close();

  const dutch = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const scanNl = new ScanPage(dutch.page);
  await drawn(scanNl.widget);
  await scanNl.complete();
  const before = await screenText(scanNl.widget);
  assert.ok(adviceIn('nl').some((advice) => before.includes(advice)), 'Dutch advice on a Dutch page');
  await scanNl.widget.getByRole('button', { name: 'English' }).click();
  await scanNl.widget.getByRole('heading', { name: 'Your results', exact: true }).waitFor();
  const after = await screenText(scanNl.widget);
  assert.ok(adviceIn('en').some((advice) => after.includes(advice)), 'English advice after the switch');
  assert.ok(after.includes('Share your results'));
  assert.deepEqual([...errors, ...dutch.errors], []);
  await dutch.context.close();
});
