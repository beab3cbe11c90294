// Comparing results: three colleagues on one radar, shared as one link and exported; taking one
// out; focus after "Vergelijk"; a team lead comparing from a shared result, and where the team
// differs most.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { audit, colleagueResult, focused, openComparison, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn, tableRows } from './support/scan-page.mjs';

const env = useServersAndBrowser();

/** The first statement of block 4, on which the three colleagues disagree on purpose. */
const DISPUTED = 'Datatrajecten, zoals het bouwen van een dashboard, leveren om de paar weken iets op dat gebruikers kunnen proberen.';

/** The same answers for everyone, except block 4's first statement (and a small step on one). */
const colleague = (disputed, nudge = 0) => (step, i) => {
  if (step === 3 && i === 0) return disputed;
  if (step === 1 && i === 1) return ((step + i) % 4) + nudge;
  return (step + i) % 4;
};

test('three colleagues on one radar, shared as one link, downloaded as PNG and SVG', async () => {
  const bram = await colleagueResult(env, { name: 'Bram', pick: () => 0 });
  const chris = await colleagueResult(env, { name: 'Chris', pick: (step, i) => (step + i) % 5 });
  // A page with landmarks, so that the page-level audit rules hold too.
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete(() => 4);
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').fill('Anna <b>&</b>');
  await widget.getByLabel('Naam bij deze uitslag (niet verplicht)').blur();

  await widget.getByLabel('Vergelijk met…').fill(`${bram.link}\n\n${chris.link}\nhttps://www.gemeente.nl/niet-een-deellink`);
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
  const shared = scanOn(viewer.page);
  // The heading is there while the results' part is still on its way: wait for the results.
  await new ScanPage(viewer.page, shared).waitForResults('Gedeelde uitslag');
  assert.deepEqual(await tableRows(shared), rows);
  assert.equal(
    await viewer.page.evaluate(() => document.activeElement === document.body),
    true,
    'opening a share link leaves the focus on the host page',
  );
  await viewer.context.close();

  // Exports, drawn in the browser.
  const [png] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (PNG)' }).click()]);
  // Named with the day, as the plan is: files of two scans never overwrite each other.
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  assert.equal(png.suggestedFilename(), `bouwstenen-scan-${today}.png`);
  const pngBytes = await readFile(await png.path());
  assert.equal(pngBytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(pngBytes.readUInt32BE(16), 1520, 'twice the image width (the chart and room for its labels)');
  assert.ok(pngBytes.length > 20_000, `${pngBytes.length} bytes: a drawn chart, not an empty image`);
  const [svg] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (SVG)' }).click()]);
  assert.equal(svg.suggestedFilename(), `bouwstenen-scan-${today}.svg`);
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<\?xml/);
  assert.ok(svgText.includes('<title>Bouwstenen-scan: hoe datagedreven is uw organisatie?</title>'));
  assert.ok(svgText.includes('Anna &lt;b&gt;&amp;&lt;/b&gt;') && svgText.includes('>Bram</text>'));

  // Share: Web Share where the browser has it; this one has not, so the link is copied.
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
  const bram = await colleagueResult(env, { name: 'Bram', pick: () => 1 });
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  await widget.getByLabel('Vergelijk met…').fill(bram.link);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.locator('svg.radar-wide .result').nth(1).waitFor();
  await widget.getByRole('button', { name: 'Haal Bram uit de vergelijking' }).click();
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.querySelectorAll('svg.radar-wide .result').length === 1);
  assert.ok(!(await widget.locator('#share-link').inputValue()).includes('~'));
  await context.close();
});

test('after "Vergelijk" focus moves to the comparison and it is announced', async () => {
  if (!env.codes) await openComparison(env).then(({ context }) => context.close());
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  const base = `${env.servers.pages.url}/plain.html#bouwstenen=`;
  await widget.getByLabel('Vergelijk met…').fill(`${base}${env.codes[1]}\n${base}${env.codes[2]}`);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.classList.contains('compare-heading'));
  const focused = await widget.evaluate((host) => host.shadowRoot.activeElement.textContent);
  assert.equal(focused.trim(), '3 uitslagen vergeleken');
  assert.equal(await widget.locator('[aria-live=polite]').textContent(), '3 uitslagen vergeleken');
  await context.close();
});

test('a team lead compares from a shared result and sees where the team differs most', async () => {
  const links = [];
  for (const [disputed, nudge] of [[0, 0], [4, 1], [2, 0]]) {
    links.push(`${env.servers.pages.url}/plain.html${(await colleagueResult(env, { pick: colleague(disputed, nudge) })).hash}`);
  }
  // The team lead opens the first colleague's link: no scan of their own needed.
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html${new URL(links[0]).hash}`);
  const widget = scanOn(page);
  await widget.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  await widget.getByLabel('Vergelijk met…').fill(`${links[1]}\n${links[2]}`);
  await widget.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await widget.getByRole('heading', { name: '3 uitslagen vergeleken' }).waitFor();
  // The live region says it too, as on the visitor's own results (docs/accessibility.md).
  await widget.locator('[aria-live=polite]', { hasText: '3 uitslagen vergeleken' }).waitFor({ state: 'attached' });

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
  const theirs = scanOn(other.page);
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

test("links pasted as people paste them: inside a sentence, twice, or the visitor's own; the box says what it did", async () => {
  const bram = await colleagueResult(env, { name: 'Bram', pick: () => 0 });
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const scan = new ScanPage(page);
  await scan.complete(() => 2);
  const ownLink = await scan.shareLink();
  await scan.compareWith([
    `Hier mijn uitslag: ${bram.link} groet, Bram`,
    `${bram.link}.`,
    `Mijn eigen: <${ownLink}>`,
  ]);
  await scan.widget.locator('.compared li').first().waitFor();
  assert.deepEqual(await scan.widget.locator('.compared li span').allTextContents(), ['Bram']);
  const status = await scan.widget.locator('.compare .status').textContent();
  assert.match(status, /Uw eigen uitslag staat al in de vergelijking\./);
  assert.match(status, /Al in de vergelijking, dus overgeslagen: 1\./);
  assert.equal(await scan.widget.getByLabel('Vergelijk met…').inputValue(), '', 'every line worked');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Where the texts of an exported radar end, drawn in `font` (a wide fallback, as a machine
 * without system-ui's usual fonts draws it): each text's box and the image's width.
 */
async function exportedTextBoxes(browser, svgText, font) {
  const page = await browser.newPage();
  const forced = svgText.replace('</style>', `text{font-family:${font}!important}</style>`);
  await page.setContent(forced);
  const measured = await page.evaluate(() => {
    const svg = document.querySelector('svg');
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      const [left, right, top, bottom] = [box.left - frame.left, box.right - frame.left, box.top - frame.top, box.bottom - frame.top];
      return { text: text.textContent, left, right, top, bottom };
    });
    return { width: frame.width, height: frame.height, boxes };
  });
  await page.close();
  return measured;
}

test('the exported radar wraps its title and a long unbroken name inside the image, also in a wide fallback font', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  const scan = new ScanPage(page, widget);
  await scan.complete();
  const name = 'Team_Sociaal_Domein_Jeugd_en_Gezin_Noord_2026_werkgroep_datagedreven_werken_AB';
  await scan.name(name);
  const [svg] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (SVG)' }).click()]);
  const svgText = await readFile(await svg.path(), 'utf8');
  for (const font of ["Verdana,'DejaVu Sans',sans-serif", "'DejaVu Sans Mono',monospace"]) {
    const { width, height, boxes } = await exportedTextBoxes(env.browser, svgText, font);
    const outside = boxes.filter((box) => box.left < 0 || box.right > width || box.bottom > height);
    assert.deepEqual(outside, [], `${font}: every text inside the ${width}×${height} image`);
    // The title and the name are there in full, over their lines.
    const all = boxes.map((box) => box.text).join(' ');
    assert.ok(all.replace(/\s+/g, ' ').includes('Bouwstenen-scan: hoe datagedreven is uw organisatie?'), all);
    assert.ok(boxes.map((box) => box.text).join('').includes(name), 'the whole name');
    // No two texts overlap.
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => [a.text, b.text]));
    assert.deepEqual(overlapping, [], `${font}: overlapping texts`);
  }
  // The PNG is that drawing at twice the size.
  const [png] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download radar (PNG)' }).click()]);
  const pngBytes = await readFile(await png.path());
  const svgHeight = Number(/height="(\d+)"/.exec(svgText)[1]);
  assert.equal(pngBytes.readUInt32BE(20), svgHeight * 2, 'the PNG is as tall as the wrapped SVG');
  await context.close();
});
