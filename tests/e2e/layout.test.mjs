// The results in the content column of a host page, from a phone's 320 px to a desktop's 1280 px:
// the radar's labels drawn at least at the body text's size, and the table never cut off, also
// a single result's widest table (then and the change, an ambition, the reference profile).
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage } from './support/scan-page.mjs';

const env = useServersAndBrowser();
const COLUMNS = [320, 375, 480, 600, 700, 768, 900, 1024, 1280];

/** What a visitor sees of the radar and the table in the page's content column of `width`. */
async function measure(page, width) {
  await page.setViewportSize({ width: width + 40, height: 900 });
  await page.evaluate((column) => {
    document.querySelector('main').style.cssText = `max-width: ${column}px; margin: 0 auto; padding: 0 20px`;
  }, width);
  // Layout follows the width in the next frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.locator('[data-bouwstenen]').evaluate((host) => {
    const root = host.shadowRoot.querySelector('.bouwstenen-root');
    const svg = [...root.querySelectorAll('.radar svg')].find((chart) => getComputedStyle(chart).display !== 'none');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('.label')].map((label) => parseFloat(getComputedStyle(label).fontSize) * scale);
    const scroller = root.querySelector('.table-scroll');
    const box = scroller.getBoundingClientRect();
    // The cells a visitor sees: not those of a header row hidden for the eye (a stacked table
    // names each value on its own line, and keeps its headers for screen readers).
    const shown = (cell) => !cell.closest('thead') || cell.closest('thead').getBoundingClientRect().width > 1;
    const cells = [...root.querySelectorAll('.score-table th, .score-table td')].filter(shown);
    return {
      body: parseFloat(getComputedStyle(root).fontSize),
      smallestLabel: Math.min(...labels),
      overflow: scroller.scrollWidth - scroller.clientWidth,
      outside: cells.filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5).map((cell) => cell.textContent),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test('a single result: the radar\'s labels at least the body text\'s size and the table never cut off, in columns from 320 to 1280 px', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/reference.html`, { clock: new Date('2026-03-03T10:00:00') });
  const scan = new ScanPage(page);
  await scan.complete();
  for (const width of COLUMNS) {
    const seen = await measure(page, width);
    assert.ok(seen.smallestLabel >= seen.body - 0.01, `${width}: labels ${seen.smallestLabel.toFixed(1)} px, body ${seen.body} px`);
    assert.deepEqual([seen.overflow, seen.outside, seen.pageOverflow], [0, [], 0], `${width} px, with the reference`);
  }
  // The widest a single result's table gets: then and the change, an ambition, the reference.
  await scan.keep();
  await context.clock.setFixedTime(new Date('2026-04-02T10:00:00'));
  await page.reload();
  await scan.changeAnswers(() => 3);
  const select = scan.widget.locator('.ambitions select').first();
  await select.selectOption({ index: (await select.locator('option').count()) - 1 });
  await scan.widget.locator('.score-table thead th').nth(6).waitFor({ state: 'attached' });
  for (const width of COLUMNS) {
    const seen = await measure(page, width);
    assert.ok(seen.smallestLabel >= seen.body - 0.01, `${width}: labels ${seen.smallestLabel.toFixed(1)} px`);
    assert.deepEqual([seen.overflow, seen.outside, seen.pageOverflow], [0, [], 0], `${width} px, seven columns`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
