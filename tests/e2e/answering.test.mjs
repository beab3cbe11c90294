// Answering the scan, step by step: double clicks and taps, open statements, a restart that asks
// first, "Begin hier", the language, the start screen's promise, and the styled states of the
// steps and the results.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn, scanOn, tableRows, startButton, nextButton } from './support/scan-page.mjs';
import { settle } from './support/wait.mjs';

const env = useServersAndBrowser();

/** Computed style properties of every element `selector` matches inside the widget. */
function stylesOf(widget, selector, properties) {
  return widget
    .locator(selector)
    .evaluateAll((elements, names) => elements.map((el) => names.map((name) => getComputedStyle(el)[name])), properties);
}

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function checkedRadios(widget) {
  return widget.locator('input[type=radio]:checked').count();
}

/** Double-clicks (or, on a phone, double-taps) `button`, like a visitor used to double clicks. */
async function doubleActivate(page, button, { touch }) {
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (touch) {
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
  } else {
    await page.mouse.dblclick(x, y);
  }
}

for (const touch of [false, true]) {
  const how = touch ? 'double tap on a phone' : 'double click';
  test(`a ${how} on "Start de scan" and on "Volgende" answers nothing`, async () => {
    const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, touch ? PHONE : {});
    const widget = scanOn(page);
    // The widget's own button, not the placeholder's that it replaces (first-step.test has that one).
    await drawn(widget);
    await doubleActivate(page, startButton(widget), { touch });
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
    // Where a stray second click would have landed, once the page has handled it.
    await settle(page);
    assert.equal(await checkedRadios(widget), 0, 'no statement answered on step 1');

    await doubleActivate(page, nextButton(widget), { touch });
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
    await settle(page);
    assert.equal(await checkedRadios(widget), 0, 'no statement answered on step 2');
    assert.equal(await widget.locator('.progress-text').textContent().then((t) => /Bouwsteen 2 van 7/.test(t)), true, 'one step on, not two');
    await context.close();
  });
}

test('a single click still answers, and a double click on a choice keeps it chosen', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  const first = widget.locator('fieldset').nth(0);
  await first.getByRole('radio').nth(2).click();
  assert.equal(await first.getByRole('radio').nth(2).isChecked(), true);
  await first.locator('label').nth(3).dblclick();
  assert.equal(await first.getByRole('radio').nth(3).isChecked(), true, 'a double click on a label chooses it');
  await context.close();
});

test('a result from too few answers says how many were answered, and "Naar de uitslag" asks first', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  await widget.locator('fieldset').first().getByRole('radio').first().check();
  for (let step = 1; step < 7; step++) await nextButton(widget).click();
  await nextButton(widget, 6).click();
  const question = widget.getByRole('alert');
  await question.getByText('U heeft 28 van de 29 stellingen nog niet beantwoord.').waitFor();
  // Back: the first step with an open statement.
  await question.getByRole('button', { name: 'Naar de open stellingen' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  for (let step = 1; step < 7; step++) await nextButton(widget).click();
  await nextButton(widget, 6).click();
  await widget.getByRole('button', { name: 'Toch naar de uitslag' }).click();
  await new ScanPage(page, widget).waitForResults();
  const overall = widget.locator('.overall');
  assert.match(await overall.textContent(), /Gebaseerd op 1 van de 29 stellingen\./);
  assert.ok(await overall.getByText('Let op: minder dan de helft van de stellingen is beantwoord.').isVisible());

  // The same caveat on the shared result.
  const link = await widget.locator('#share-link').inputValue();
  const viewer = await openPage(env.browser, link);
  const shared = scanOn(viewer.page);
  await shared.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.match(await shared.locator('.overall').textContent(), /Gebaseerd op 1 van de 29 stellingen\..*Let op: minder dan de helft/);
  await viewer.context.close();

  // A full scan gets no caveat.
  const full = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const fullWidget = scanOn(full.page);
  await new ScanPage(full.page, fullWidget).complete();
  assert.match(await fullWidget.locator('.overall').textContent(), /Gebaseerd op 29 van de 29 stellingen\./);
  assert.equal(await fullWidget.locator('.caveat').count(), 0);
  await full.context.close();
  await context.close();
});

test('"Opnieuw beginnen" asks first: without confirmation the answers stay', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  const rows = await tableRows(widget);
  await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  const question = widget.getByRole('alert');
  await question.getByText('Uw antwoorden worden gewist').waitFor();
  await question.getByRole('button', { name: 'Nee, bewaar ze' }).click();
  assert.equal(await widget.getByRole('alert').count(), 0);
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.textContent === 'Opnieuw beginnen');
  assert.deepEqual(await tableRows(widget), rows, 'the results are as they were');
  // A reload still has them (the heading comes first, while the results' part loads).
  await page.reload();
  await new ScanPage(page, widget).waitForResults();
  assert.deepEqual(await tableRows(widget), rows);
  // Confirmed: a fresh start.
  await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await widget.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.equal(await widget.locator('input[type=radio]:checked').count(), 0);
  await context.close();
});

test('"Begin hier" says so when no block stands out, and shows the advice of the blocks it names', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete(() => 4);
  const box = widget.locator('.start-here');
  assert.match(await box.textContent(), /Al uw bouwstenen zitten in de hoogste fase/);
  assert.doesNotMatch(await box.textContent(), /Hier valt het meeste te winnen/);
  assert.equal(await widget.locator('.card[data-start-here]').count(), 0);
  await context.close();

  // Blocks 2 and 5 share the lowest score, block 7 too: the rule takes the lower numbers.
  const tied = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const tiedWidget = scanOn(tied.page);
  await new ScanPage(tied.page, tiedWidget).complete((step) => ([1, 4, 6].includes(step) ? 1 : 3));
  const tiedBox = tiedWidget.locator('.start-here');
  assert.deepEqual(await tiedBox.locator('li strong').allTextContents(), ['2. Werf data-expertise', '5. Bied ruimte voor experimenten']);
  assert.match(await tiedBox.textContent(), /Is de score gelijk, dan gaat de bouwsteen met het laagste nummer voor\./);
  // The box holds each block's advice; the block's card points up to it.
  for (const item of await tiedBox.locator('li').all()) {
    const [, advice] = await item.locator('p').allTextContents();
    assert.ok(advice.length > 60 && !advice.startsWith('Voor deze bouwsteen'), advice);
  }
  assert.equal(await tiedWidget.locator('.card').nth(1).locator('p').nth(1).textContent(), 'Het advies voor deze bouwsteen staat hierboven, bij Begin hier.');
  await tied.context.close();
});

test('the language chosen survives a reload once a statement is answered', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await widget.getByRole('button', { name: 'English' }).click();
  await startButton(widget, 'en').click();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  // Kept with the first answer: nothing is stored before it.
  await widget.locator('fieldset').first().getByRole('radio').first().check();
  await page.reload();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'en');
  await context.close();
});

test('the intro says how many statements there are and how long it takes', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const intro = page.locator('[data-bouwstenen] .intro');
  await intro.waitFor();
  assert.match(await intro.textContent(), /U leest 29 stellingen.*Reken op ongeveer 15 minuten\./);
  await context.close();
});

test('the progress bar shows done and current steps, and "Weet ik niet" stands apart', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  await nextButton(widget).click();
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

test('the results mark the two blocks to start with, and the radar stands above the table, also in a comparison', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  // Level 4 everywhere, except blocks 3 and 6 (level 1): those two are where to start.
  await new ScanPage(page, widget).complete((step) => (step === 2 || step === 5 ? 1 : 4));

  const cards = await stylesOf(widget, '.card', ['borderTopWidth']);
  const marked = cards.map(([width], index) => (width === '2px' ? index + 1 : null)).filter(Boolean);
  assert.deepEqual(marked, [3, 6], 'a thicker border on the cards of blocks 3 and 6 only');
  const rowHeads = await stylesOf(widget, '.score-table tbody th', ['fontWeight']);
  const bold = rowHeads.map(([weight], index) => (weight === '700' ? index + 1 : null)).filter(Boolean);
  assert.deepEqual(bold, [3, 6], 'the table rows of blocks 3 and 6 in bold');

  // The table below the radar, never beside it (results.css says why; layout.test.mjs
  // measures the labels and the table in many widths).
  const above = () => widget.evaluate((host) => {
    const radar = host.shadowRoot.querySelector('.radar').getBoundingClientRect();
    const table = host.shadowRoot.querySelector('.score-table').getBoundingClientRect();
    return table.top >= radar.bottom;
  });
  assert.equal(await above(), true, 'one result: the table below the radar');
  const colleague = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const colleagueWidget = scanOn(colleague.page);
  await new ScanPage(colleague.page, colleagueWidget).complete(() => 2);
  const colleagueLink = await colleagueWidget.locator('#share-link').inputValue();
  await colleague.context.close();
  await widget.getByLabel('Vergelijk met…').fill(colleagueLink);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.locator('svg.radar-wide .result').nth(1).waitFor();
  assert.equal(await above(), true, 'two results: the table below the radar too');
  await context.close();
});
