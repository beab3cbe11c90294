// Results made with an earlier version of the scan's content (docs/share-format.md, "Versions"):
// a share link, a kept result used as "Vorige keer" and a result in a comparison still open,
// with what still counts and a short notice. Version 1's statements were all retired in
// version 2 (docs/instrument.md), so none of its answers count any more.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage } from './support/scan-page.mjs';

const env = useServersAndBrowser();
/** A result made with version 1: blocks 2 and 6 at level 3, block 4 at level 1, the rest at 2. */
const VERSION_1 = 'AwABGgsCDAINAg4CFQMWAxcDGAMfAiACIQIiAikBKgErASwBMwI0AjUCPQM-Az8DRwJIAkkCSgIAALc';
const RULE = 'De stellingen zijn sindsdien veranderd. Alleen antwoorden op stellingen die nog in de scan staan, tellen mee; een bouwsteen zonder zulke antwoorden staat op ‘onbekend’.';
const notice = (scan) => scan.widget.locator('.version-notice').textContent();

test('a share link made with version 1 still opens, says so, and shows what still counts', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html#bouwstenen=${VERSION_1}`);
  const scan = new ScanPage(page);
  await scan.waitForResults('Gedeelde uitslag');
  assert.equal(await notice(scan), `Deze uitslag is gemaakt met een eerdere versie van de scan. ${RULE}`);
  assert.deepEqual(await scan.tableScores(), Array(7).fill('onbekend'), 'no statement of version 1 is asked now');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a kept result of version 1 is still "Vorige keer", with the notice; a comparison with one says so too', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { clock: new Date('2026-12-04T10:00:00') });
  await page.evaluate((code) => localStorage.setItem('bouwstenen-scan:bouwstenen:history', `keep\n1|2026-11-02|${code}`), VERSION_1);
  await page.reload();
  const scan = new ScanPage(page);
  await scan.complete(() => 2);
  await scan.widget.locator('.legend li', { hasText: 'Vorige keer, 2 november 2026' }).waitFor();
  assert.equal(await notice(scan), `‘Vorige keer’ is gemaakt met een eerdere versie van de scan. ${RULE}`);
  // A colleague's link of version 1 in a comparison.
  await scan.compareWith([`${env.servers.pages.url}/plain.html#bouwstenen=${VERSION_1}`]);
  await scan.widget.getByRole('heading', { name: '2 uitslagen vergeleken' }).waitFor();
  assert.equal(await notice(scan), `Een of meer van deze uitslagen zijn gemaakt met een eerdere versie van de scan. ${RULE}`);
  assert.deepEqual(errors, []);
  await context.close();
});
