// What the widget stores, per data-storage mode, as the privacy officer reads it in
// docs/privacy.md: nothing when a page opens, the progress from the first answer, the results
// only after the visitor chooses to keep them; session storage with "session"; nothing at all
// with "none". The table in docs/privacy.md names exactly the keys seen here.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useServersAndBrowser } from './helpers.mjs';
import { ScanPage, TEXTS, scanOn as scanOnPage } from './support/scan-page.mjs';

const env = useServersAndBrowser();
const PROGRESS = 'bouwstenen-scan:bouwstenen:progress';
const HISTORY = 'bouwstenen-scan:bouwstenen:history';

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
    await scan.widget.getByRole('button', { name: 'English' }).click();
    await scan.widget.getByRole('button', { name: 'Nederlands' }).click();
    assert.deepEqual(await stored(page), expect([]), 'starting and a language store nothing');
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

test('docs/privacy.md names exactly the keys the widget writes', () => {
  const privacy = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
  const table = privacy.slice(privacy.indexOf('<!-- keys -->'), privacy.indexOf('<!-- /keys -->'));
  const keys = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map(([, key]) => key).sort();
  assert.ok(seen.size > 0, 'the storage tests ran first');
  assert.deepEqual(keys, [...seen].sort());
});
