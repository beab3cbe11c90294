// End-to-end: the states the stylesheet shows (step done or current, "Weet ik niet", the
// place to start, a weak row, a comparison) reach it. The widget marks them with `data-*`
// attributes and the stylesheet selects on those, so a renamed attribute on either side would
// silently drop the style; these tests read the computed styles.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeScan, openPage, useServersAndBrowser } from './helpers.mjs';

const env = useServersAndBrowser();

/** Computed style properties of every element `selector` matches inside the widget. */
function stylesOf(widget, selector, properties) {
  return widget
    .locator(selector)
    .evaluateAll((elements, names) => elements.map((el) => names.map((name) => getComputedStyle(el)[name])), properties);
}

test('the progress bar shows done and current steps, and "Weet ik niet" stands apart', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: /Start de scan/ }).click();
  await widget.getByRole('button', { name: 'Volgende' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();

  const [done, current, ahead] = await stylesOf(widget, '.segment', ['backgroundColor', 'opacity']);
  assert.equal(current[0], done[0], 'done and current steps share the accent colour');
  assert.notEqual(ahead[0], current[0], 'a step ahead is not in the accent colour');
  assert.equal(done[1], '0.55', 'a done step is lighter than the current one');
  assert.equal(current[1], '1');

  const choices = await stylesOf(widget, 'fieldset >> nth=0 >> .choice', ['borderTopStyle']);
  assert.deepEqual(
    choices.map(([border]) => border),
    ['none', 'none', 'none', 'none', 'none', 'dashed'],
    'only the last choice, "Weet ik niet", has a dashed line above it',
  );
  const labels = await stylesOf(widget, 'fieldset >> nth=0 >> .choice label', ['fontStyle']);
  assert.equal(labels.at(-1)[0], 'italic');
  assert.equal(labels[0][0], 'normal');
  await context.close();
});

test('the results mark the two blocks to start with, and a comparison gets the full width', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  // Level 4 everywhere, except blocks 3 and 6 (level 1): those two are where to start.
  await completeScan(page, widget, (step) => (step === 2 || step === 5 ? 1 : 4));

  const cards = await stylesOf(widget, '.card', ['borderTopWidth']);
  const marked = cards.map(([width], index) => (width === '2px' ? index + 1 : null)).filter(Boolean);
  assert.deepEqual(marked, [3, 6], 'a thicker border on the cards of blocks 3 and 6 only');
  const rowHeads = await stylesOf(widget, '.score-table tbody th', ['fontWeight']);
  const bold = rowHeads.map(([weight], index) => (weight === '700' ? index + 1 : null)).filter(Boolean);
  assert.deepEqual(bold, [3, 6], 'the table rows of blocks 3 and 6 in bold');

  const [[alone]] = await stylesOf(widget, '.radar', ['maxWidth']);
  assert.equal(alone, 'none', 'one result: the radar shares its row with the table');
  const colleague = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const colleagueWidget = colleague.page.locator('[data-bouwstenen]');
  await completeScan(colleague.page, colleagueWidget, () => 2);
  const colleagueLink = await colleagueWidget.locator('#share-link').inputValue();
  await colleague.context.close();
  await widget.getByLabel('Vergelijk met…').fill(colleagueLink);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.locator('svg.radar-wide .result').nth(1).waitFor();
  const [[comparing]] = await stylesOf(widget, '.radar', ['maxWidth']);
  assert.notEqual(comparing, 'none', 'two results: the radar is centred above the wider table');
  await context.close();
});
