// End-to-end: what a visitor trips over when using the scan as people do: double clicks and
// double taps, printing (dark theme, comparisons), a comparison on a phone, too few answers,
// starting again, comparing, the place to start, a named result, reloading.
// Needs the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeScan, contrast, openPage, tableRows, useServersAndBrowser } from './helpers.mjs';

const env = useServersAndBrowser();

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
    const widget = page.locator('[data-bouwstenen]');
    await doubleActivate(page, widget.getByRole('button', { name: 'Start de scan' }), { touch });
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
    // Give a stray second click time to land.
    await page.waitForTimeout(300);
    assert.equal(await checkedRadios(widget), 0, 'no statement answered on step 1');

    await doubleActivate(page, widget.getByRole('button', { name: 'Volgende' }), { touch });
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await checkedRadios(widget), 0, 'no statement answered on step 2');
    assert.equal(await widget.locator('.progress-text').textContent().then((t) => /Bouwsteen 2 van 7/.test(t)), true, 'one step on, not two');
    await context.close();
  });
}

test('a single click still answers, and a double click on a choice keeps it chosen', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: 'Start de scan' }).click();
  const first = widget.locator('fieldset').nth(0);
  await first.getByRole('radio').nth(2).click();
  assert.equal(await first.getByRole('radio').nth(2).isChecked(), true);
  await first.locator('label').nth(3).dblclick();
  assert.equal(await first.getByRole('radio').nth(3).isChecked(), true, 'a double click on a label chooses it');
  await context.close();
});

/** A colleague takes the scan in their own browser context and returns their share code. */
async function shareCode(pick, name) {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget, pick);
  const unnamed = await widget.locator('#share-link').inputValue();
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').fill(name);
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').blur();
  await page.waitForFunction(
    (before) => document.querySelector('[data-bouwstenen]').shadowRoot.querySelector('#share-link').value !== before,
    unnamed,
  );
  const link = await widget.locator('#share-link').inputValue();
  await context.close();
  return link.split('#bouwstenen=')[1];
}

/** A page with a comparison of three results open, as a colleague opening the link sees it. */
async function openComparison(options = {}) {
  if (!env.codes) {
    env.codes = [
      await shareCode(() => 4, 'Anna'),
      await shareCode(() => 0, 'Bram'),
      await shareCode((step, i) => (step + i) % 5, 'Chris'),
    ];
  }
  const opened = await openPage(env.browser, `${env.servers.pages.url}/plain.html#bouwstenen=${env.codes.join('~')}`, options);
  const widget = opened.page.locator('[data-bouwstenen]');
  await widget.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  return { ...opened, widget };
}

/** Visible text colours in the widget (SVG text by its fill), and the radar's line colours. */
function printedColours(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const shown = (el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
    const texts = [];
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!ownText || !shown(el) || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      texts.push([`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`, el instanceof SVGElement ? style.fill : style.color]);
    }
    const lines = [...root.querySelectorAll('svg.radar-wide .ring, svg.radar-wide .axis, svg.radar-wide .result')]
      .map((el) => [`svg .${el.getAttribute('class')}`, getComputedStyle(el).stroke]);
    return { texts, lines, background: getComputedStyle(root.querySelector('.bouwstenen-root')).backgroundColor };
  });
}

test('print uses the light palette with a dark screen theme: text, radar and table at least 4.5:1 on white', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { colorScheme: 'dark' });
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const { texts, lines, background } = await printedColours(widget);
  assert.equal(background, 'rgb(255, 255, 255)');
  assert.ok(texts.length > 50 && texts.some(([what]) => what.startsWith('td')) && texts.some(([what]) => what.startsWith('text')), 'table and radar text measured');
  const poor = [...texts, ...lines]
    .map(([what, colour]) => [what, colour, contrast(colour, 'rgb(255, 255, 255)')])
    .filter(([, , ratio]) => ratio < 4.5)
    .map(([what, colour, ratio]) => `${what} ${colour} ${ratio.toFixed(2)}:1`);
  assert.deepEqual(poor, []);
  await context.close();
});

// Three pages since issue 17: a comparison of three or more prints "Waar verschillen we het meest?".
test('a printed comparison of three results shows every column, on at most three A4 pages', async () => {
  // 718 px: the width of an A4 page inside the browsers' default 1 cm margins.
  const { context, page, widget } = await openComparison({ viewport: { width: 718, height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  const { edge, cells } = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    return {
      edge: root.querySelector('.bouwstenen-root').getBoundingClientRect().right,
      cells: [...root.querySelectorAll('.score-table th, .score-table td')].map((cell) => [cell.textContent, cell.getBoundingClientRect().right]),
    };
  });
  assert.equal(cells.filter(([text]) => text.startsWith('Spreiding')).length, 1);
  const outside = cells.filter(([, right]) => right > edge + 0.5 || right > 718);
  assert.deepEqual(outside, [], 'cells beyond the page box');
  assert.equal(await widget.locator('.disagreement-items > li').first().isVisible(), true, 'where they differ, printed');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
  await context.close();
});

test('at 360 px a comparison table scrolls in its own box, with a visible cue and the block names kept in view', async () => {
  const { context, page, widget } = await openComparison({ viewport: { width: 360, height: 740 } });
  const box = widget.locator('.table-scroll');
  await box.scrollIntoViewIfNeeded();
  assert.ok(await widget.getByText('Schuif de tabel opzij om alle kolommen te zien.').isVisible(), 'a visible cue to scroll');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the page itself does not scroll sideways');
  // Scrolled to the far end, the block names still stand at the box's left edge.
  const after = await box.evaluate((scroller) => {
    scroller.scrollLeft = scroller.scrollWidth;
    const first = scroller.querySelector('tbody th');
    return { left: first.getBoundingClientRect().left - scroller.getBoundingClientRect().left, scrolled: scroller.scrollLeft };
  });
  assert.ok(after.scrolled > 0, 'the table is wider than its box');
  assert.ok(Math.abs(after.left) < 1, `block names ${after.left}px from the edge`);
  // Block names break between words (or at hyphenation points), never mid-word.
  const names = await widget.locator('.score-table tbody th').evaluateAll((cells) => cells.map((cell) => {
    const style = getComputedStyle(cell);
    return [style.overflowWrap, style.wordBreak, style.hyphens, cell.closest('[lang]').getAttribute('lang')];
  }));
  for (const name of names) assert.deepEqual(name, ['normal', 'normal', 'auto', 'nl']);
  assert.equal(await box.getAttribute('tabindex'), '0', 'keyboard users can scroll it');
  await context.close();
});

test('a result from too few answers says how many were answered, and "Naar de uitslag" asks first', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: 'Start de scan' }).click();
  await widget.locator('fieldset').first().getByRole('radio').first().check();
  for (let step = 1; step < 7; step++) await widget.getByRole('button', { name: 'Volgende' }).click();
  await widget.getByRole('button', { name: 'Naar de uitslag' }).click();
  const question = widget.getByRole('alert');
  await question.getByText('U heeft 25 van de 26 stellingen nog niet beantwoord.').waitFor();
  // Back: the first step with an open statement.
  await question.getByRole('button', { name: 'Naar de open stellingen' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  for (let step = 1; step < 7; step++) await widget.getByRole('button', { name: 'Volgende' }).click();
  await widget.getByRole('button', { name: 'Naar de uitslag' }).click();
  await widget.getByRole('button', { name: 'Toch naar de uitslag' }).click();
  await widget.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
  const overall = widget.locator('.overall');
  assert.match(await overall.textContent(), /Gebaseerd op 1 van de 26 stellingen\./);
  assert.ok(await overall.getByText('Let op: minder dan de helft van de stellingen is beantwoord.').isVisible());

  // The same caveat on the shared result.
  const link = await widget.locator('#share-link').inputValue();
  const viewer = await openPage(env.browser, link);
  const shared = viewer.page.locator('[data-bouwstenen]');
  await shared.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.match(await shared.locator('.overall').textContent(), /Gebaseerd op 1 van de 26 stellingen\..*Let op: minder dan de helft/);
  await viewer.context.close();

  // A full scan gets no caveat.
  const full = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const fullWidget = full.page.locator('[data-bouwstenen]');
  await completeScan(full.page, fullWidget);
  assert.match(await fullWidget.locator('.overall').textContent(), /Gebaseerd op 26 van de 26 stellingen\./);
  assert.equal(await fullWidget.locator('.caveat').count(), 0);
  await full.context.close();
  await context.close();
});

test('"Opnieuw beginnen" asks first: without confirmation the answers stay', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  const rows = await tableRows(widget);
  await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  const question = widget.getByRole('alert');
  await question.getByText('Uw antwoorden worden gewist').waitFor();
  await question.getByRole('button', { name: 'Nee, bewaar ze' }).click();
  assert.equal(await widget.getByRole('alert').count(), 0);
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.textContent === 'Opnieuw beginnen');
  assert.deepEqual(await tableRows(widget), rows, 'the results are as they were');
  // A reload still has them.
  await page.reload();
  await widget.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
  assert.deepEqual(await tableRows(widget), rows);
  // Confirmed: a fresh start.
  await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await widget.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.equal(await widget.locator('input[type=radio]:checked').count(), 0);
  await context.close();
});

test('after "Vergelijk" focus moves to the comparison and it is announced', async () => {
  if (!env.codes) await openComparison().then(({ context }) => context.close());
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  const base = `${env.servers.pages.url}/plain.html#bouwstenen=`;
  await widget.getByLabel('Vergelijk met…').fill(`${base}${env.codes[1]}\n${base}${env.codes[2]}`);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.classList.contains('compare-heading'));
  const focused = await widget.evaluate((host) => host.shadowRoot.activeElement.textContent);
  assert.equal(focused.trim(), '3 uitslagen vergeleken');
  assert.equal(await widget.locator('[aria-live=polite]').textContent(), '3 uitslagen vergeleken');
  await context.close();
});

test('"Begin hier" says so when no block stands out, and shows the advice of the blocks it names', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget, () => 4);
  const box = widget.locator('.start-here');
  assert.match(await box.textContent(), /Al uw bouwstenen zitten in de hoogste fase/);
  assert.doesNotMatch(await box.textContent(), /Hier valt het meeste te winnen/);
  assert.equal(await widget.locator('.card[data-start-here]').count(), 0);
  await context.close();

  // Blocks 2 and 5 share the lowest score, block 7 too: the rule takes the lower numbers.
  const tied = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const tiedWidget = tied.page.locator('[data-bouwstenen]');
  await completeScan(tied.page, tiedWidget, (step) => ([1, 4, 6].includes(step) ? 1 : 3));
  const tiedBox = tiedWidget.locator('.start-here');
  assert.deepEqual(await tiedBox.locator('li strong').allTextContents(), ['2. Werf data-expertise', '5. Bied ruimte voor experimenten']);
  assert.match(await tiedBox.textContent(), /Is de score gelijk, dan gaat de bouwsteen met het laagste nummer voor\./);
  const advice = await tiedWidget.locator('.card').nth(1).locator('p').nth(1).textContent();
  assert.ok((await tiedBox.textContent()).includes(advice), 'the box holds the block\'s advice');
  await tied.context.close();
});

test('a named result shows its name on "Gedeelde uitslag", and the link follows the name as it is typed', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  const field = widget.getByLabel('Naam bij deze uitslag (niet verplicht)');
  await field.pressSequentially('Team <i>Zuid</i>');
  // Still in the field: the link already carries the name.
  assert.equal(await field.evaluate((input) => input.getRootNode().activeElement === input), true);
  assert.equal(await field.inputValue(), 'Team <i>Zuid</i>', 'the field keeps what was typed, spaces too');
  const link = await widget.locator('#share-link').inputValue();
  const viewer = await openPage(env.browser, link);
  const shared = viewer.page.locator('[data-bouwstenen]');
  await shared.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.equal(await shared.locator('.overall-name').textContent(), 'Team <i>Zuid</i>');
  assert.equal(await shared.locator('.overall-name i').count(), 0, 'as text, not markup');
  await viewer.context.close();
  await context.close();
});

test('the language chosen survives a reload', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.getByRole('button', { name: 'Start the scan' }).click();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  await page.reload();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7' }).waitFor();
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'en');
  await context.close();
});

test('the intro says how many statements there are and how long it takes', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const intro = page.locator('[data-bouwstenen] .intro');
  await intro.waitFor();
  assert.match(await intro.textContent(), /U leest 26 stellingen.*Reken op ongeveer 10 minuten\./);
  await context.close();
});

test('on a 320 px phone every statement sits inside its box', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { viewport: { width: 320, height: 700 } });
  const widget = page.locator('[data-bouwstenen]');
  await widget.getByRole('button', { name: 'Start de scan' }).click();
  for (let step = 1; step <= 7; step++) {
    await widget.locator('.progress-text', { hasText: `Bouwsteen ${step} van 7` }).waitFor();
    const outside = await widget.locator('fieldset').evaluateAll((sets) => sets.flatMap((set) => {
      const legend = set.querySelector('legend').getBoundingClientRect();
      const box = set.getBoundingClientRect();
      // Inside means below the top border line, not straddling it.
      const borderLine = box.top + parseFloat(getComputedStyle(set).borderTopWidth);
      const inside = legend.top >= borderLine - 0.5 && legend.left >= box.left && legend.right <= box.right;
      return inside ? [] : [set.querySelector('legend').textContent.slice(0, 40)];
    }));
    assert.deepEqual(outside, [], `step ${step}: legends sticking out of their box`);
    if (step < 7) await widget.getByRole('button', { name: 'Volgende' }).click();
  }
  await context.close();
});

test('a share link that does not work says why in the console', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${env.servers.pages.url}/plain.html#bouwstenen=kapot`);
  await page.locator('[data-bouwstenen]').getByRole('alert').waitFor();
  for (let i = 0; i < 50 && !warnings.some((w) => w.startsWith('bouwstenen-scan: share link ignored: ')); i++) {
    await page.waitForTimeout(20);
  }
  assert.ok(warnings.some((w) => /^bouwstenen-scan: share link ignored: \w/.test(w)), warnings.join('\n'));
  await context.close();
});
