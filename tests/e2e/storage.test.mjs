// What the widget stores, per data-storage mode, as the privacy officer reads it in
// docs/privacy.md: nothing when a page opens, the progress from the first answer, the results
// only after the visitor chooses to keep them; session storage with "session"; nothing at all
// with "none". The table in docs/privacy.md names exactly the keys seen here.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, TEXTS, scanOn as scanOnPage } from './support/scan-page.mjs';
import { storageKey } from './support/contract.mjs';

const env = useServersAndBrowser();
const PROGRESS = storageKey('progress');
const HISTORY = storageKey('history');

/** The keys in local and session storage, and the cookies, of the page. */
const stored = (page) => page.evaluate(() => ({
  local: Object.keys(localStorage).sort(),
  session: Object.keys(sessionStorage).sort(),
  cookies: document.cookie,
}));

const seen = new Set();

for (const [mode, where] of [['local', 'local'], ['session', 'session'], ['none', null]]) {
  test(`data-storage="${mode}": nothing on opening, then ${where ? `${where} storage from the first answer, the results only when kept` : 'nothing at all'}`, async () => {
    const { context, page, errors } = await openPage(env.browser, `${env.servers.assetBase}/scan.html?storage=${mode}`);
    const scan = new ScanPage(page, page.locator('[data-bouwstenen]'));
    const expect = (keys) => ({
      local: where === 'local' ? keys : [],
      session: where === 'session' ? keys : [],
      cookies: '',
    });
    await scan.widget.getByRole('button', { name: TEXTS.nl.start }).waitFor();
    assert.deepEqual(await stored(page), expect([]), 'a page view stores nothing');
    await scan.start();
    assert.deepEqual(await stored(page), expect([]), 'starting stores nothing');
    // The visitor's choice of language is kept under the same rules, and a reload keeps it.
    await scan.widget.getByRole('button', { name: 'English' }).click();
    await scan.widget.getByRole('button', { name: 'Nederlands' }).waitFor();
    const keys = expect([PROGRESS]);
    await page.waitForFunction(([local, session]) => Object.keys(localStorage).length === local && Object.keys(sessionStorage).length === session, [keys.local.length, keys.session.length]);
    assert.deepEqual(await stored(page), keys, 'a language is kept');
    await page.reload();
    const english = new ScanPage(page, page.locator('[data-bouwstenen]'), 'en');
    if (where) {
      await english.waitForStep(0);
      await scan.widget.getByRole('button', { name: 'Nederlands' }).click();
    } else {
      await scan.start();
    }
    await scan.waitForStep(0);
    await scan.widget.locator('fieldset').first().getByRole('radio').first().check();
    await page.waitForFunction(() => true);
    assert.deepEqual(await stored(page), expect([PROGRESS]), 'after the first answer');
    await scan.answerAll();
    assert.deepEqual(await stored(page), expect([PROGRESS]), 'after completing: no result kept unasked');
    if (where) {
      await scan.keep();
      assert.deepEqual(await stored(page), expect([HISTORY, PROGRESS].sort()), 'after keeping the results');
    } else {
      assert.equal(await scan.widget.getByRole('button', { name: TEXTS.nl.keep }).count(), 0, 'no choice that would keep nothing');
      assert.doesNotMatch(await page.evaluate(() => location.hash), /bouwstenen=/, 'no answers in the address, nor in the browser\'s history');
      assert.match(await scan.shareLink(), /#bouwstenen=/, 'the share box still has the link');
      await scan.widget.getByText('Deze website bewaart niets op uw apparaat.', { exact: false }).waitFor();
    }
    for (const key of [...(await stored(page)).local, ...(await stored(page)).session]) seen.add(key);
    await page.reload();
    if (where) {
      await scan.waitForResults();
      assert.equal(await scan.widget.locator('.history-list li').count(), 1, 'the kept result after a reload');
    } else {
      await scan.widget.getByRole('button', { name: TEXTS.nl.start }).waitFor();
    }
    assert.deepEqual(await stored(page), expect(where ? [HISTORY, PROGRESS].sort() : []), 'after a reload');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('mount() takes the same choice as an option: { storage: "none" } stores nothing', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  await scanOnPage(page).getByRole('button', { name: TEXTS.nl.start }).waitFor();
  await page.evaluate(async (url) => {
    const { mount } = await import(url);
    const element = document.createElement('div');
    element.id = 'from-api';
    document.body.append(element);
    await mount(element, { name: 'api', storage: 'none' });
  }, `${env.servers.assetBase}/embed.js`);
  const scan = new ScanPage(page, page.locator('#from-api'));
  await scan.start();
  await scan.answerStep(0);
  await scan.widget.getByRole('button', { name: TEXTS.nl.next }).click();
  await scan.waitForStep(1);
  assert.deepEqual(await stored(page), { local: [], session: [], cookies: '' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('kept results expire after 12 months: gone from storage at load (also in the older format, and with the clock a year ahead), and never written back', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { clock: new Date('2026-03-03T10:00:00') });
  const scan = new ScanPage(page);
  await scan.complete();
  await scan.keep();
  const history = () => page.evaluate((key) => localStorage.getItem(key), HISTORY);
  const code = (await history()).split('\n')[1].split('|')[2];
  const entries = () => scan.widget.locator('.history-list li .history-date').allTextContents();

  // 2 March 2025 is 366 days before 3 March 2026: expired; 2 December 2025 is not.
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [HISTORY, `keep\n1|2025-03-02|${code}\n1|2025-12-02|${code}`]);
  await page.reload();
  await scan.waitForResults();
  await scan.widget.locator('.history-list li').first().waitFor();
  assert.equal(await history(), `keep\n1|2025-12-02|${code}`, 'removed from storage when the widget loads');
  assert.deepEqual(await entries(), ['2 december 2025']);
  // A later save (a name) writes what storage holds, and the expired one is not in it.
  await scan.name('Team Noord');
  assert.doesNotMatch(await history(), /2025-03-02/);
  assert.deepEqual(await entries(), ['2 december 2025']);

  // Kept in the older format, before the visitor was asked: the same, and with the last one the
  // choice lapses: the key goes.
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [HISTORY, `1|2025-01-10|${code}`]);
  await page.reload();
  await scan.waitForResults();
  await page.waitForFunction((key) => localStorage.getItem(key) === null, HISTORY);
  assert.equal(await scan.widget.locator('.history-list li').count(), 0);

  // Today's result, and the browser's clock a year and a month ahead: the progress (30 days)
  // and the kept result have expired; the scan done again has no "Vorige keer".
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [HISTORY, `keep\n1|2026-03-03|${code}`]);
  await context.clock.setFixedTime(new Date('2027-04-04T10:00:00'));
  await page.goto(`${env.servers.pages.url}/plain.html`);
  await scan.widget.getByRole('button', { name: TEXTS.nl.start }).waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key) === 'keep', HISTORY);
  await scan.complete();
  await scan.widget.locator('.history-list li').first().waitFor();
  assert.deepEqual(await entries(), ['4 april 2027']);
  assert.equal(await scan.widget.getByText('Vorige keer', { exact: false }).count(), 0);
  assert.match(await history(), /^keep\n1\|2027-04-04\|[^\n]+$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('docs/privacy.md names exactly the keys the widget writes', () => {
  const privacy = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
  const table = privacy.slice(privacy.indexOf('<!-- keys -->'), privacy.indexOf('<!-- /keys -->'));
  const keys = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map(([, key]) => key).sort();
  assert.ok(seen.size > 0, 'the storage tests ran first');
  assert.deepEqual(keys, [...seen].sort());
});
