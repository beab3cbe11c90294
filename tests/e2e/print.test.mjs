// Printing the results: at most two A4 pages without buttons, the light palette with a dark
// screen theme, and a comparison of three with every column.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, openComparison, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn } from './support/scan-page.mjs';
import { pdfPages } from './support/pdf.mjs';

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

/** The headings the report prints, and the radar's block labels, as text. */
function printedHeadingsAndLabels(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const shown = (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    return {
      headings: [...root.querySelectorAll('h2, h3, h4')].filter(shown).map((h) => h.textContent.trim()),
      labels: [...root.querySelectorAll('svg.radar-wide text.label tspan')].map((t) => t.textContent.trim()),
    };
  });
}

/**
 * Where a printed table shows no line under a row: per body row, the columns whose cell has no
 * dark pixel row along its bottom edge, in a screenshot of the printed layout.
 */
async function missingRowLines(page, widget) {
  const table = widget.locator('.score-table');
  const shot = await table.screenshot({ scale: 'css' });
  const edges = await table.evaluate((element) => {
    const frame = element.getBoundingClientRect();
    return [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => {
        const box = cell.getBoundingClientRect();
        return { left: box.left - frame.left, right: box.right - frame.left, bottom: box.bottom - frame.top };
      }));
  });
  return page.evaluate(async ({ png, edges }) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const dark = (x, y) => {
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 200;
    };
    const missing = [];
    edges.forEach((cells, row) => cells.forEach((cell, column) => {
      const x = Math.round((cell.left + cell.right) / 2);
      const around = [-2, -1, 0, 1].map((dy) => Math.round(cell.bottom) + dy).filter((y) => y >= 0 && y < image.height);
      if (!around.some((y) => dark(x, y))) missing.push(`row ${row + 1}, column ${column + 1}`);
    }));
    return missing;
  }, { png: shot.toString('base64'), edges });
}

test('a printed comparison keeps each heading with what follows, prints the radar labels at 8 pt or more, and draws every row line', async () => {
  const { context, page, widget } = await openComparison(env, { viewport: { width: 718, height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  const { headings, labels } = await printedHeadingsAndLabels(widget);
  assert.ok(headings.includes('3 uitslagen vergeleken') && headings.includes('Advies'), `${headings}`);
  // The host page's own text above the scan moves every page break: try several heights.
  const spacer = await page.evaluate(() => {
    const block = document.createElement('div');
    block.id = 'host-text-above';
    document.querySelector('[data-bouwstenen]').before(block);
    return block.id;
  });
  for (const above of [0, 150, 300, 450, 600]) {
    await page.evaluate(([id, height]) => { document.getElementById(id).style.height = `${height}px`; }, [spacer, above]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    const pages = await pdfPages(pdf);
    // A heading with nothing below it on its page stands alone. The headings are found in the
    // PDF in their order (a table row may read like a card's heading).
    const printed = pages.flatMap((items, page) => items.map((item) => ({ ...item, page })));
    let cursor = -1;
    const alone = headings.filter((heading) => {
      const index = printed.findIndex((item, i) => i > cursor && item.text.trim() === heading);
      if (index < 0) return false;
      cursor = index;
      const at = printed[index];
      return !printed.some((item) => item.page === at.page && item.top > at.top + at.size && !headings.includes(item.text.trim()));
    });
    assert.deepEqual(alone, [], `${above} px above the scan: headings at the foot of a page, with their content on the next`);
    // The radar's labels, as printed.
    const printedLabels = printed.filter((item) => labels.includes(item.text.trim()));
    assert.ok(printedLabels.length >= 7, `${printedLabels.length} radar labels found in the PDF`);
    const small = printedLabels.filter((item) => item.size < 8).map((item) => `${item.text} ${item.size.toFixed(1)} pt`);
    assert.deepEqual(small, [], 'radar labels under 8 pt on paper');
  }
  assert.deepEqual(await missingRowLines(page, widget), [], 'row lines missing in the printed table');
  await context.close();
});

test('a printed single result draws every row line too, with a dark screen theme', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { colorScheme: 'dark', viewport: { width: 718, height: 1000 } });
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  assert.deepEqual(await missingRowLines(page, widget), []);
  const { labels } = await printedHeadingsAndLabels(widget);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const small = (await pdfPages(pdf)).flat().filter((item) => labels.includes(item.text.trim()) && item.size < 8);
  assert.deepEqual(small.map((item) => `${item.text} ${item.size.toFixed(1)} pt`), [], 'radar labels under 8 pt on paper');
  await context.close();
});
