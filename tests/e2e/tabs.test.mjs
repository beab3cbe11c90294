// Two tabs of one page in one browser (two pages of one context, so one local storage): the
// kept history never loses a result, an open tab's list follows the other, and a visitor's own
// result reopened from its link is theirs.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage } from './support/scan-page.mjs';
import { storageKey } from './support/contract.mjs';

const env = useServersAndBrowser();
const HISTORY_KEY = storageKey('history');

/** A second tab of the same page, in the same browser context. */
async function secondTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  return new ScanPage(page);
}

const storedEntries = (page) => page.evaluate((key) => (localStorage.getItem(key) ?? '').split('\n').filter((line) => line.startsWith('1|')).length, HISTORY_KEY);

/** Tab A, on 3 March 2026, with one completed scan (every statement at level 1), kept. */
async function firstTab() {
  const { context, page, errors } = await openPage(env.browser, 'about:blank');
  await context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
  const url = `${env.servers.pages.url}/plain.html`;
  await page.goto(url);
  const a = new ScanPage(page);
  await a.complete(() => 1);
  await a.keep();
  return { context, page, errors, url, a };
}

test('two tabs that each complete a scan keep both results, and each list follows the other', async () => {
  const { context, page, errors, url, a } = await firstTab();
  assert.deepEqual(await a.historyScores(), ['25%']);

  // Tab B opens the same page (it shows A's results: one progress per site), starts again
  // and completes another scan.
  const b = await secondTab(context, url);
  await b.waitForResults();
  await b.restart();
  await b.answerAll(() => 3);
  assert.deepEqual(await b.historyScores(), ['75%', '25%']);
  // A's list follows, without a reload.
  await a.widget.locator('.history-list li').nth(1).waitFor();
  assert.deepEqual(await a.historyScores(), ['75%', '25%']);

  // A completes a third: B's result stays. (The tab in front is the one the visitor uses: a
  // tab behind gets no animation frames, and every click waits for one.)
  await a.page.bringToFront();
  await a.restart();
  await a.answerAll(() => 2);
  assert.deepEqual(await a.historyScores(), ['50%', '75%', '25%']);
  assert.equal(await storedEntries(page), 3);
  await b.widget.locator('.history-list li').nth(2).waitFor();

  await b.page.bringToFront();
  // Three results of one day are told apart by their number, also in the buttons' names.
  const names = await b.widget.locator('.history-list li .history-date').allTextContents();
  assert.deepEqual(names, ['3 maart 2026 (3)', '3 maart 2026 (2)', '3 maart 2026 (1)']);
  // B removes the oldest: that one only.
  await b.widget.getByRole('button', { name: 'Verwijder uitslag van 3 maart 2026 (1)', exact: true }).click();
  await b.widget.locator('.history-list li').nth(2).waitFor({ state: 'detached' });
  assert.deepEqual(await b.historyScores(), ['50%', '75%']);
  assert.equal(await storedEntries(page), 2);
  await a.widget.locator('.history-list li').nth(2).waitFor({ state: 'detached' });
  assert.deepEqual(await a.historyScores(), ['50%', '75%']);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tab reloaded after the other completed a scan shows the visitor's own result, not someone else's", async () => {
  const { context, page, errors, url, a } = await firstTab();
  // A passed its link on: the address holds A's result from now on.
  await a.copyLink();
  const b = await secondTab(context, url);
  await b.waitForResults();
  await b.restart();
  await b.answerAll(() => 3);

  // A's address holds A's result; the saved progress is B's now.
  await page.reload();
  // Two results of one day: the date and their number that day.
  await a.waitForResults('Uw uitslag van 3 maart 2026 (1)');
  assert.equal(await a.widget.getByText('U bekijkt de uitslag van iemand anders').count(), 0);
  assert.equal(await a.widget.locator('.overall-value').textContent(), '25%');
  await a.widget.getByRole('button', { name: 'Terug naar mijn uitslag' }).click();
  await a.waitForResults();
  assert.equal(await a.widget.locator('.overall-value').textContent(), '75%');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs answering at once: the tab whose answers a reload would lose says so, and the visitor chooses', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const a = new ScanPage(page);
  await a.start();
  await a.answerStep(0, () => 1);
  // Tab B opens the same page: on A's first step, where A's saved progress is.
  const b = await secondTab(context, page.url());
  await b.page.bringToFront();
  await b.waitForStep(0);
  await b.answerStep(0, () => 3);
  // Tab A hears that B saved other answers: it asks which to keep, without taking the focus.
  const question = a.widget.getByRole('alert').filter({ hasText: 'In een ander tabblad zijn andere antwoorden' });
  await question.waitFor();
  await a.page.bringToFront();
  await question.getByRole('button', { name: 'Houd de antwoorden van dit tabblad' }).click();
  await question.waitFor({ state: 'detached' });
  // A wrote its answers again: now B is the tab that would lose its own, and B asks.
  const asked = b.widget.getByRole('alert').filter({ hasText: 'In een ander tabblad zijn andere antwoorden' });
  await asked.waitFor();
  await b.page.bringToFront();
  await asked.getByRole('button', { name: 'Neem die van het andere tabblad' }).click();
  await asked.waitFor({ state: 'detached' });
  const checked = (scan) => scan.widget.locator('fieldset').evaluateAll((sets) => sets.map((set) => [...set.querySelectorAll('input')].findIndex((input) => input.checked)));
  assert.deepEqual(await checked(b), await checked(a), 'B took A\'s answers');
  assert.ok((await checked(a)).every((index) => index === 1));
  // A reload of either shows those answers: nothing was lost without a word.
  await b.page.reload();
  await b.waitForStep(0);
  assert.deepEqual(await checked(b), await checked(a));
  assert.deepEqual(errors, []);
  await context.close();
});
