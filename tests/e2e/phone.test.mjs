// Small screens: a 320 px phone, 200% zoom, and a comparison table at 360 px.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colleagueResult, openComparison, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn, startButton, nextButton } from './support/scan-page.mjs';

const env = useServersAndBrowser();

test('zoomed to 200% (640 px wide) the scan works without horizontal scrolling', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`, {
    viewport: { width: 640, height: 450 },
  });
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 640, `page is ${width}px wide`);
  await context.close();
});

test('a 320 px phone completes the scan without horizontal scrolling', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, {
    viewport: { width: 320, height: 640 },
  });
  const widget = scanOn(page);
  const noHorizontalScroll = async (screen) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${screen}: page is ${width}px wide`);
  };
  await startButton(widget).waitFor();
  await noHorizontalScroll('intro');
  await startButton(widget).click();
  await widget.locator('fieldset').first().waitFor();
  await noHorizontalScroll('step 1');
  await widget.getByRole('button', { name: 'Vorige' }).click();
  await new ScanPage(page, widget).complete();
  await noHorizontalScroll('results');
  await context.close();
});

test('at 360 px a comparison table scrolls in its own box, with a visible cue and the block names kept in view', async () => {
  const { context, page, widget } = await openComparison(env, { viewport: { width: 360, height: 740 } });
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
  // Block names break between words only, never inside one: with a Dutch dictionary, Firefox
  // broke "experi-menten" and WebKit "data-cul-tuur" there (tests/engines/).
  const names = await widget.locator('.score-table tbody th').evaluateAll((cells) => cells.map((cell) => {
    const style = getComputedStyle(cell);
    return [style.overflowWrap, style.wordBreak, style.hyphens, cell.closest('[lang]').getAttribute('lang')];
  }));
  for (const name of names) assert.deepEqual(name, ['normal', 'normal', 'manual', 'nl']);
  // The column headers never: "Score" was split as "Sco-re" where a Dutch dictionary is there.
  const headers = await widget.locator('.score-table thead th').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).hyphens));
  assert.deepEqual([...new Set(headers)], ['manual']);
  assert.equal(await box.getAttribute('tabindex'), '0', 'keyboard users can scroll it');
  await context.close();
});

test('on a 320 px phone every statement sits inside its box', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { viewport: { width: 320, height: 700 } });
  const widget = scanOn(page);
  await startButton(widget).click();
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
    if (step < 7) await nextButton(widget).click();
  }
  await context.close();
});

test('names as people write them: one long word never widens a 320 px page, and every chip keeps its ×', async () => {
  const word = 'Team_Sociaal_Domein_Jeugd_2026';
  const long = 'Gemeente Voorbeeld, afdeling Informatievoorziening en Datagedreven Werken 2026';
  const codes = [];
  for (const [name, pick] of [[word, () => 1], [long, () => 3]]) codes.push((await colleagueResult(env, { name, pick })).code);

  // A colleague's comparison of the two, on a phone.
  const phone = await openPage(env.browser, `${env.servers.pages.url}/plain.html#bouwstenen=${codes.join('~')}`, { viewport: { width: 320, height: 640 } });
  const shared = new ScanPage(phone.page);
  await shared.waitForResults('Gedeelde uitslag');
  assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
  await phone.context.close();

  // The visitor's own results, compared with both, at 1280 px: each chip's × is in reach.
  const desk = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const own = new ScanPage(desk.page);
  await own.complete(() => 2);
  await own.compareWith(codes.map((code) => `${env.servers.pages.url}/plain.html#bouwstenen=${code}`));
  const chips = own.widget.locator('.compared li');
  await chips.nth(1).waitFor();
  const widget = await own.widget.boundingBox();
  for (const name of [word, long]) {
    const remove = own.widget.getByRole('button', { name: `Haal ${name} uit de vergelijking` });
    const box = await remove.boundingBox();
    assert.ok(box && box.x + box.width <= widget.x + widget.width, `the × of ${name} is inside the widget`);
  }
  assert.ok(await desk.page.evaluate(() => document.documentElement.scrollWidth <= 1280));
  await desk.context.close();
});
