// End-to-end: three colleagues on one radar, a shareable comparison, exports and sharing.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { audit, completeScan, openPage, useServersAndBrowser, tableRows } from './helpers.mjs';

const env = useServersAndBrowser();

/** One colleague takes the scan in their own env.browser, names the result and returns the link. */
async function colleagueLink(name, pick) {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget, pick);
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').fill(name);
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').blur();
  await page.waitForFunction(() => {
    const link = document.querySelector('[data-bouwstenen]').shadowRoot.querySelector('#share-link').value;
    return link.includes('#bouwstenen=');
  });
  const link = await widget.locator('#share-link').inputValue();
  const rows = await tableRows(widget);
  await context.close();
  return { link, rows };
}

test('three colleagues on one radar, shared as one link, downloaded as PNG and SVG', async () => {
  const bram = await colleagueLink('Bram', () => 0);
  const chris = await colleagueLink('Chris', (step, i) => (step + i) % 5);
  // A page with landmarks, so that the page-level audit rules hold too.
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget, () => 4);
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').fill('Anna <b>&</b>');
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').blur();

  await widget.getByLabel('Vergelijk met…').fill(`${bram.link}\n\n${chris.link}\nniet-een-link`);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.getByRole('status').filter({ hasText: 'Deze regels zijn geen werkende deellink: 4.' }).waitFor();

  // One radar: three results, the team mean and spread, a legend that names them.
  await widget.locator('svg.radar-wide .result').nth(2).waitFor();
  assert.equal(await widget.locator('svg.radar-wide .result').count(), 3);
  assert.equal(await widget.locator('svg.radar-wide .team-mean').count(), 1);
  const dashes = await widget.locator('svg.radar-wide .result').evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke-dasharray')));
  assert.equal(new Set(dashes).size, 3, 'each result has its own line style');
  const legend = await widget.locator('.legend li').allTextContents();
  assert.deepEqual(legend, ['Anna <b>&</b>', 'Bram', 'Chris', 'Gemiddelde', 'Spreiding (laagste–hoogste)']);
  // The label is shown as text, never as markup.
  assert.equal(await widget.locator('.legend b').count(), 0);

  assert.deepEqual(await audit(page, 'comparison (light)'), []);
  // Reduced motion: no colour transition in flight while axe measures contrast.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await audit(page, 'comparison (dark)'), []);
  await page.emulateMedia({ colorScheme: 'light' });

  const headers = await widget.locator('.score-table thead th').allTextContents();
  assert.deepEqual(headers, ['Bouwsteen', 'Anna <b>&</b>', 'Bram', 'Chris', 'Gemiddelde', 'Spreiding (laagste–hoogste)']);
  const rows = await tableRows(widget);
  assert.deepEqual(rows.map((r) => r[2]), bram.rows.map((r) => r[1]));
  assert.deepEqual(rows.map((r) => r[3]), chris.rows.map((r) => r[1]));
  for (const row of rows) {
    const scores = row.slice(1, 4).map((s) => parseInt(s, 10));
    const mean = Math.floor((2 * scores.reduce((a, b) => a + b, 0) + 3) / 6);
    assert.equal(row[4], `${mean}%`, `mean in ${row[0]}`);
    assert.equal(row[5], `${Math.min(...scores)}–${Math.max(...scores)}%`, `spread in ${row[0]}`);
  }

  // The comparison is one link; a colleague opening it sees the same table.
  const compareLink = await widget.locator('#share-link').inputValue();
  assert.equal(compareLink.split('~').length, 3);
  const viewer = await openPage(env.browser, compareLink);
  const shared = viewer.page.locator('[data-bouwstenen]');
  await shared.getByRole('heading', { name: 'Gedeelde uitslag', exact: true }).waitFor();
  assert.deepEqual(await tableRows(shared), rows);
  assert.equal(
    await viewer.page.evaluate(() => document.activeElement === document.body),
    true,
    'opening a share link leaves the focus on the host page',
  );
  await viewer.context.close();

  // Exports, drawn in the env.browser.
  const [png] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (PNG)' }).click()]);
  assert.equal(png.suggestedFilename(), 'bouwstenen-scan.png');
  const pngBytes = await readFile(await png.path());
  assert.equal(pngBytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(pngBytes.readUInt32BE(16), 1320, 'twice the chart width');
  assert.ok(pngBytes.length > 20_000, `${pngBytes.length} bytes: a drawn chart, not an empty image`);
  const [svg] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (SVG)' }).click()]);
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<\?xml/);
  assert.ok(svgText.includes('<title>Bouwstenen-scan: hoe datagedreven is uw organisatie?</title>'));
  assert.ok(svgText.includes('Anna &lt;b&gt;&amp;&lt;/b&gt;') && svgText.includes('>Bram</text>'));

  // Share: Web Share where the env.browser has it; this one has not, so the link is copied.
  await widget.getByRole('button', { name: 'Delen…' }).click();
  await widget.getByRole('status').filter({ hasText: 'De link is gekopieerd.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), compareLink);
  const linkedin = await widget.getByRole('link', { name: 'Deel op LinkedIn' }).getAttribute('href');
  assert.equal(linkedin, `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(compareLink)}`);

  // The print report covers the comparison: no buttons, at most three pages (three results
  // print "Waar verschillen we het meest?" too).
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.locator('button:visible').count(), 0);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages <= 3, `${pages} pages`);
  await context.close();
});

test('a compared result can be taken out again', async () => {
  const bram = await colleagueLink('Bram', () => 1);
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  await widget.getByLabel('Vergelijk met…').fill(bram.link);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.locator('svg.radar-wide .result').nth(1).waitFor();
  await widget.getByRole('button', { name: 'Haal Bram uit de vergelijking' }).click();
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.querySelectorAll('svg.radar-wide .result').length === 1);
  assert.ok(!(await widget.locator('#share-link').inputValue()).includes('~'));
  await context.close();
});

test('where the env.browser has the Web Share API, "Delen…" hands it the link', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  // Headless Chromium on Linux has no share sheet: stand one in, as a phone env.browser has.
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.sharedData = data;
    };
  });
  await page.reload();
  const widget = page.locator('[data-bouwstenen]');
  await completeScan(page, widget);
  await widget.getByRole('button', { name: 'Delen…' }).click();
  await page.waitForFunction(() => window.sharedData);
  const shared = await page.evaluate(() => window.sharedData);
  assert.equal(shared.url, await widget.locator('#share-link').inputValue());
  assert.equal(shared.title, 'Bouwstenen-scan: hoe datagedreven is uw organisatie?');
  // The share sheet took it: no copy fallback.
  assert.equal(await widget.getByRole('status').filter({ hasText: 'gekopieerd' }).count(), 0);
  await context.close();
});
