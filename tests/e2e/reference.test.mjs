// The organisation's reference profile from the snippet (data-reference, data-reference-label).
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, colleagueResult, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn, tableRows } from './support/scan-page.mjs';

const env = useServersAndBrowser();

const REFERENCE_LABEL = 'Gemiddelde van 40 gemeenten, 2026';

/** tests/e2e/pages/reference.html's profile: blocks 2 and 6 at level 3, block 4 at 1, the rest at 2. */
const REFERENCE_SCORES = ['50%', '75%', '50%', '25%', '50%', '75%', '50%'];

/** "Hoogste score: A (75%) en B (75%)." from the table, as the sentences must say it. */
function highestAndLowest(rows) {
  const known = rows
    .map(([title, score]) => [title.replace(/^\d\. /, ''), score])
    .filter(([, score]) => /^\d+%$/.test(score));
  const value = (score) => Number.parseInt(score, 10);
  const at = (target) => known.filter(([, score]) => value(score) === target).map(([title, score]) => `${title} (${score})`);
  const join = (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names[0]);
  const scores = known.map(([, score]) => value(score));
  return `Hoogste score: ${join(at(Math.max(...scores)))}. Laagste score: ${join(at(Math.min(...scores)))}.`;
}

test('a reference profile from the snippet: its line, label and column on every result', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/reference.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete((step, i) => (step * 3 + i) % 5);

  const reference = widget.locator('svg.radar-wide polygon.reference');
  assert.equal(await reference.getAttribute('stroke-dasharray'), '7 3 1.5 3');
  assert.equal(await widget.locator('svg.radar-wide .overlay-marker.reference').count(), 7);
  assert.deepEqual(await widget.locator('.legend li').allTextContents(), ['Uw uitslag', REFERENCE_LABEL]);
  assert.deepEqual(await widget.locator('.score-table thead th').allTextContents(), ['Bouwsteen', 'Score', 'Fase', REFERENCE_LABEL]);
  const rows = await tableRows(widget);
  assert.deepEqual(rows.map((row) => row[3]), REFERENCE_SCORES);
  assert.match(await widget.locator('svg.radar-wide').getAttribute('aria-label'), new RegExp(`${REFERENCE_LABEL}: Werk aan een data-cultuur: 50%\\.`));

  // The sentences name the stage and the highest and lowest blocks of the table.
  const words = await widget.locator('.in-words').textContent();
  const overall = await widget.locator('.overall-value').textContent();
  const stage = (await widget.locator('.overall-stage').textContent()).replace('Fase: ', '');
  assert.ok(words.startsWith(`Uw organisatie zit in de fase ‘${stage}’, met een totaalscore van ${overall}. `), words);
  assert.ok(words.endsWith(highestAndLowest(rows.map((row) => row.slice(0, 2)))), `${words} / ${highestAndLowest(rows)}`);

  assert.deepEqual(await audit(page, 'reference (light)'), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await audit(page, 'reference (dark)'), []);

  // On a shared result as well: the reference is the page's, not the link's.
  const hash = (await colleagueResult(env, { pick: () => 3 })).hash;
  const shared = await openPage(env.browser, `${env.servers.pages.url}/reference.html${hash}`);
  const theirs = scanOn(shared.page);
  // The heading is there while the results' part is still on its way: wait for the results.
  await new ScanPage(shared.page, theirs).waitForResults('Gedeelde uitslag');
  assert.deepEqual((await tableRows(theirs)).map((row) => row[3]), REFERENCE_SCORES);
  await shared.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad reference or label is ignored with a console warning', async () => {
  const { context, page } = await openPage(env.browser, 'about:blank');
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${env.servers.pages.url}/bad-reference.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  assert.ok(warnings.some((w) => w.includes('data-reference="bouwstenen=kapot" ignored: not a share code or share link')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('data-reference-label="xxxx') && w.includes('longer than 60 characters')), warnings.join('\n'));
  assert.equal(await widget.locator('svg.radar-wide .reference').count(), 0);
  assert.deepEqual(await widget.locator('.score-table thead th').allTextContents(), ['Bouwsteen', 'Score', 'Fase']);
  await context.close();
});
