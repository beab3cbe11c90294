// The bouwstenen:* events: each fires once, at its moment, with its detail, from the host element.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn, startButton, nextButton } from './support/scan-page.mjs';
import { settle } from './support/wait.mjs';

const env = useServersAndBrowser();

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

const EVENTS = ['start', 'step', 'complete', 'share', 'cta'];

test('each event fires once, at its moment, with its detail, from the host element', async () => {
  const { context, page, errors } = await openPage(env.browser, 'about:blank');
  await recordEvents(page);
  await page.goto(`${env.servers.pages.url}/cta.html`);
  const widget = scanOn(page);
  await startButton(widget).waitFor();
  assert.deepEqual(await events(page), [], 'loading and showing the scan sends nothing');

  await startButton(widget).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  const started = await events(page);
  assert.deepEqual(started.map((e) => [e.name, e.detail]), [['start', {}], ['step', { block: 1, answered: 0 }]]);
  assert.ok(started.every((e) => e.bubbles && e.composed && e.target === 'DIV'));

  const fieldsets = widget.locator('fieldset');
  // Counted on the first step, before "Volgende" puts the second step's there.
  const answeredFirst = await fieldsets.count();
  for (let i = 0; i < answeredFirst; i++) await fieldsets.nth(i).getByRole('radio').nth(1).check();
  await nextButton(widget).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  assert.deepEqual((await events(page)).map((e) => [e.name, e.detail]), [['step', { block: 2, answered: answeredFirst }]]);

  for (let step = 1; step < 7; step++) {
    await widget.locator('.progress-text', { hasText: `Bouwsteen ${step + 1} van 7` }).waitFor();
    for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).getByRole('radio').nth(3).check();
    await nextButton(widget, step).click();
  }
  await new ScanPage(page, widget).waitForResults();
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
  // The last click's event is there; the list then says whether any came twice or not at all.
  await page.waitForFunction(() => window.scanEvents.some((event) => event.name === 'cta'));
  await settle(page);
  const shared = await events(page);
  assert.deepEqual(shared.map((e) => [e.name, e.detail.how]), [
    ['share', 'copy'], ['share', 'svg'], ['share', 'png'], ['share', 'print'], ['share', 'linkedin'], ['cta', undefined],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a correction is no new scan: no second start, no second complete, and one result kept', async () => {
  const { context, page, errors } = await openPage(env.browser, 'about:blank');
  await recordEvents(page);
  await page.goto(`${env.servers.pages.url}/plain.html`);
  const scan = new ScanPage(page);
  await scan.complete(() => 1);
  await scan.keep();
  assert.deepEqual((await events(page)).filter((e) => e.name !== 'step').map((e) => e.name), ['start', 'complete']);
  const overall = () => scan.widget.locator('.overall-value').textContent();
  const before = await overall();

  // "Antwoorden aanpassen", one answer on the third step, "Terug naar de uitslag".
  await scan.widget.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
  await scan.waitForStep(0);
  assert.deepEqual((await events(page)).map((e) => e.name), ['step'], 'no second start');
  await nextButton(scan.widget).click();
  await nextButton(scan.widget).click();
  await scan.waitForStep(2);
  await scan.widget.locator('fieldset').first().getByRole('radio').nth(4).check();
  await scan.widget.getByRole('button', { name: 'Terug naar de uitslag' }).click();
  await scan.waitForResults();
  const corrected = await events(page);
  assert.deepEqual(corrected.map((e) => e.name), ['step', 'step'], 'the steps shown, and no second complete');
  const after = await overall();
  assert.notEqual(after, before, 'the correction counts');
  assert.deepEqual(await scan.historyScores(), [after], 'one result, the corrected one');

  // "Vorige" on the first step of a correction leads back to the results too.
  await scan.widget.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
  await scan.waitForStep(0);
  await scan.widget.getByRole('button', { name: 'Vorige' }).click();
  await scan.waitForResults();
  assert.deepEqual(await scan.historyScores(), [after]);
  assert.deepEqual(errors, []);
  await context.close();
});
