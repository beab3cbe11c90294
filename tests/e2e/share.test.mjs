// Sharing a result: the device's share sheet, a named result's link, and a link that does not work.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colleagueResult, newContext, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn } from './support/scan-page.mjs';
import { until } from './support/wait.mjs';

const env = useServersAndBrowser();

test('where the browser has the Web Share API, "Delen…" hands it the link', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  // Headless Chromium on Linux has no share sheet: stand one in, as a phone browser has.
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.sharedData = data;
    };
  });
  await page.reload();
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  await widget.getByRole('button', { name: 'Delen…' }).click();
  await page.waitForFunction(() => window.sharedData);
  const shared = await page.evaluate(() => window.sharedData);
  assert.equal(shared.url, await widget.locator('#share-link').inputValue());
  assert.equal(shared.title, 'Bouwstenen-scan: hoe datagedreven is uw organisatie?');
  // The share sheet took it: no copy fallback.
  assert.equal(await widget.getByRole('status').filter({ hasText: 'gekopieerd' }).count(), 0);
  await context.close();
});

test('a named result shows its name on "Gedeelde uitslag", and the link follows the name as it is typed', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  const field = widget.getByLabel('Naam bij deze uitslag (niet verplicht)');
  await field.pressSequentially('Team <i>Zuid</i>');
  // Still in the field: the link already carries the name.
  assert.equal(await field.evaluate((input) => input.getRootNode().activeElement === input), true);
  assert.equal(await field.inputValue(), 'Team <i>Zuid</i>', 'the field keeps what was typed, spaces too');
  const link = await widget.locator('#share-link').inputValue();
  const viewer = await openPage(env.browser, link);
  const shared = scanOn(viewer.page);
  await shared.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.equal(await shared.locator('.overall-name').textContent(), 'Team <i>Zuid</i>');
  assert.equal(await shared.locator('.overall-name i').count(), 0, 'as text, not markup');
  await viewer.context.close();
  await context.close();
});

test('the address holds the visitor\'s answers only once they passed the link on themselves', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const entries = await page.evaluate(() => history.length);
  const scan = new ScanPage(page);
  await scan.complete();
  await scan.name('Team Noord');
  await scan.keep();
  assert.equal(await page.evaluate(() => location.hash), '', 'results, a name and keeping put nothing in the address');
  assert.equal(await page.evaluate(() => history.length), entries, 'nor in the browser\'s history');
  await scan.copyLink();
  await page.waitForFunction(() => location.hash.startsWith('#bouwstenen='));
  assert.equal(await page.evaluate(() => location.href), await scan.shareLink(), 'once copied, the address is the link');
  await context.close();
});

test('a name never shows reversed, and keeps 80 characters as the field counts them', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const scan = new ScanPage(page);
  await scan.complete();
  const field = scan.widget.getByLabel('Naam bij deze uitslag (niet verplicht)');
  // A right-to-left override would show "Team kroW" as "Team Work" mirrored: a spoofed name.
  await field.fill('Team \u202eWork\u202c Noord');
  await field.blur();
  assert.equal(await field.inputValue(), 'Team Work Noord');
  const frisian = 'Gemeente Súdwest-Fryslân — Team Sosjaal Domein en Wurk, evaluaasje novimber 2026';
  assert.equal(await field.getAttribute('maxlength'), String(frisian.length), '80, as the model counts');
  await scan.name(frisian);
  assert.equal(await field.inputValue(), frisian, 'kept whole, not cut at 76');
  const viewer = await openPage(env.browser, await scan.shareLink());
  const shared = scanOn(viewer.page);
  await shared.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.equal(await shared.locator('.overall-name').textContent(), frisian);
  await viewer.context.close();
  await context.close();
});

test('a share link that does not work says why in the console', async () => {
  const context = await newContext(env.browser);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${env.servers.pages.url}/plain.html#bouwstenen=kapot`);
  await scanOn(page).getByRole('alert').waitFor();
  await until(() => warnings.some((w) => /^bouwstenen-scan: share link ignored: \w/.test(w)), () => `the warning: ${warnings.join('\n')}`);
  await context.close();
});

test("a colleague's shared result speaks of the colleague: their ambition, no selects to point to, one result", async () => {
  // A colleague completes the scan and sets one ambition.
  const colleague = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const theirs = new ScanPage(colleague.page);
  await theirs.complete(() => 1);
  await theirs.widget.getByLabel('Ambitie voor Werf data-expertise', { exact: true }).selectOption({ label: 'Gevorderd' });
  await theirs.widget.locator('.plan-items li').first().waitFor();
  const withAmbition = await theirs.shareLink();
  await colleague.context.close();
  const plainCode = (await colleagueResult(env, { pick: (step) => step % 5 })).link;

  for (const [link, lead] of [
    [withAmbition, 'Bij deze bouwstenen ligt de ambitie hoger dan de score. De grootste afstand staat bovenaan.'],
    [plainCode, 'Er is nog geen ambitie gekozen. Het plan begint daarom bij de bouwstenen onder Begin hier.'],
  ]) {
    const { context, page } = await openPage(env.browser, link);
    const shared = new ScanPage(page);
    await shared.waitForResults('Gedeelde uitslag');
    assert.equal(await shared.widget.locator('.action-plan h3').textContent(), 'Actieplan');
    assert.equal(await shared.widget.locator('.action-plan > p').first().textContent(), lead);
    assert.equal(await shared.widget.locator('.share h3').textContent(), 'Deel deze uitslag');
    assert.equal(await shared.widget.locator('label[for="share-link"]').textContent(), 'Link naar deze uitslag');
    await context.close();
  }
});
