// End-to-end: the team conversation (issue 17). A team lead compares colleagues' links from a
// shared result, sees where they differ most, against the organisation's reference profile,
// and reads the result in words. Needs the release build in dist/ (scripts/test builds it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, completeScan, openPage, sharedResultHash, tableRows, useServersAndBrowser } from './helpers.mjs';

const env = useServersAndBrowser();

const REFERENCE_LABEL = 'Gemiddelde van 40 gemeenten, 2026';
/** tests/e2e/pages/reference.html's profile: blocks 2 and 6 at level 3, block 4 at 1, the rest at 2. */
const REFERENCE_SCORES = ['50%', '75%', '50%', '25%', '50%', '75%', '50%'];
/** The first statement of block 4, on which the three colleagues disagree on purpose. */
const DISPUTED = 'We werken aan datavragen in korte stappen en sturen bij op basis van wat we leren.';

/** The same answers for everyone, except block 4's first statement (and a small step on one). */
const colleague = (disputed, nudge = 0) => (step, i) => {
  if (step === 3 && i === 0) return disputed;
  if (step === 1 && i === 1) return ((step + i) % 4) + nudge;
  return (step + i) % 4;
};

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

test('a team lead compares from a shared result and sees where the team differs most', async () => {
  const links = [];
  for (const [disputed, nudge] of [[0, 0], [4, 1], [2, 0]]) {
    links.push(`${env.servers.pages.url}/plain.html${await sharedResultHash(env.browser, env.servers.pages.url, colleague(disputed, nudge))}`);
  }
  // The team lead opens the first colleague's link: no scan of their own needed.
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html${new URL(links[0]).hash}`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  await widget.getByLabel('Vergelijk met…').fill(`${links[1]}\n${links[2]}`);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.getByRole('heading', { name: '3 uitslagen vergeleken' }).waitFor();

  // Where do we differ most: the disputed statement first (0 to 4), then the nudged one (1 level).
  const items = widget.locator('.disagreement-items > li');
  assert.equal(await items.count(), 2);
  const first = items.first();
  assert.equal(await first.locator('.disagreement-statement').textContent(), DISPUTED);
  assert.equal(await first.locator('.disagreement-block').textContent(), '4. Kies voor een Agile-aanpak');
  const levels = await first.locator('.disagreement-counts tbody th').allTextContents();
  assert.equal(levels.length, 5);
  assert.deepEqual(await first.locator('.disagreement-range dd').allTextContents(), [levels[0], levels[4]]);
  assert.deepEqual(await first.locator('.disagreement-counts tbody td.number').allTextContents(), ['1', '0', '1', '0', '1']);
  assert.equal(await first.locator('caption').textContent(), 'Hoeveel mensen kozen elk niveau');
  assert.equal(await items.nth(1).locator('.disagreement-block').textContent(), '2. Werf data-expertise');

  // In words: the block with the biggest difference, as the table shows it.
  const rows = await tableRows(widget);
  const ranges = rows.map(([title, ...scores]) => {
    const values = scores.slice(0, 3).map((score) => Number.parseInt(score, 10));
    return [title.replace(/^\d\. /, ''), Math.min(...values), Math.max(...values)];
  });
  const widest = Math.max(...ranges.map(([, low, high]) => high - low));
  const named = ranges.filter(([, low, high]) => high - low === widest).map(([title, low, high]) => `${title} (${low}–${high}%)`);
  assert.deepEqual(named, [`Kies voor een Agile-aanpak (${ranges[3][1]}–${ranges[3][2]}%)`]);
  const words = await widget.locator('.in-words').textContent();
  assert.ok(words.startsWith('Deze organisatie zit in de fase ‘'), words);
  assert.ok(words.endsWith(`De uitslagen verschillen het meest bij ${named[0]}.`), words);
  // The radar's description is the same text.
  assert.equal(await widget.locator('svg.radar-wide').getAttribute('aria-describedby'), 'result-in-words');
  assert.equal(await widget.locator('#result-in-words').textContent(), words);

  assert.deepEqual(await audit(page, 'team comparison (light)'), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await audit(page, 'team comparison (dark)'), []);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });

  // Printed too.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.locator('.disagreement-items > li').first().isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  // One link for the whole comparison: a colleague who opens it sees the same.
  assert.equal(await widget.locator('.share h3').textContent(), 'Deel deze uitslagen');
  assert.equal(await widget.locator('#result-label').count(), 0, 'someone else\'s result is not named here');
  const link = await widget.locator('#share-link').inputValue();
  assert.equal(new URL(link).hash.split('~').length, 3);
  assert.equal(await page.evaluate(() => location.hash), new URL(link).hash, 'the address follows');
  const other = await openPage(env.browser, link);
  const theirs = other.page.locator('[data-bouwstenen]');
  await theirs.getByRole('heading', { name: '3 uitslagen vergeleken' }).waitFor();
  assert.equal(await theirs.locator('.disagreement-items > li .disagreement-statement').first().textContent(), DISPUTED);
  await other.context.close();

  // A colleague taken out again: two results, no list (it needs three).
  await widget.getByRole('button', { name: /^Haal Uitslag 3 uit de vergelijking$/ }).click();
  await widget.getByRole('heading', { name: '2 uitslagen vergeleken' }).waitFor();
  assert.equal(await widget.locator('.disagreements').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reference profile from the snippet: its line, label and column on every result', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/reference.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget, (step, i) => (step * 3 + i) % 5);

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
  const hash = await sharedResultHash(env.browser, env.servers.pages.url, () => 3);
  const shared = await openPage(env.browser, `${env.servers.pages.url}/reference.html${hash}`);
  const theirs = shared.page.locator('[data-bouwstenen]');
  await theirs.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
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
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  assert.ok(warnings.some((w) => w.includes('data-reference="bouwstenen=kapot" ignored: not a share code or share link')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('data-reference-label="xxxx') && w.includes('longer than 60 characters')), warnings.join('\n'));
  assert.equal(await widget.locator('svg.radar-wide .reference').count(), 0);
  assert.deepEqual(await widget.locator('.score-table thead th').allTextContents(), ['Bouwsteen', 'Score', 'Fase']);
  await context.close();
});
