// Printing the results: at most two A4 pages without buttons, the light palette with a dark
// screen theme, and a comparison of three with every column.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, openComparison, openPage, useServersAndBrowser } from './helpers.mjs';
import { ScanPage, scanOn } from './support/scan-page.mjs';

const env = useServersAndBrowser();

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

test('printing the results gives at most two A4 pages without buttons', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  await page.emulateMedia({ media: 'print' });
  const visible = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    return {
      buttons: [...root.querySelectorAll('button')].filter(shown).length,
      radar: shown(root.querySelector('.radar svg.radar-wide')),
      table: shown(root.querySelector('.score-table')),
      addresses: [...root.querySelectorAll('.article-address')].filter(shown).map((p) => p.textContent),
      shareText: shown(root.querySelector('.share-address')) ? root.querySelector('.share-address').textContent : null,
    };
  });
  assert.equal(visible.buttons, 0);
  assert.ok(visible.radar && visible.table);
  assert.equal(visible.addresses.length, 7);
  assert.ok(visible.addresses.every((a) => a.startsWith('https://')));
  assert.equal(visible.shareText, await widget.locator('#share-link').inputValue());
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await context.close();
});

test('print uses the light palette with a dark screen theme: text, radar and table at least 4.5:1 on white', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { colorScheme: 'dark' });
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
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

// Three pages: a comparison of three or more prints "Waar verschillen we het meest?".
test('a printed comparison of three results shows every column, on at most three A4 pages', async () => {
  // 718 px: the width of an A4 page inside the browsers' default 1 cm margins.
  const { context, page, widget } = await openComparison(env, { viewport: { width: 718, height: 1000 } });
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
