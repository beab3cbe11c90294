// The configurator (configurator.html beside embed.js): the web editor's way from settings to a
// working scan on a page, without reading the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, contrast, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { drawn, scanOn, startButton, nextButton } from './support/scan-page.mjs';
import { serve } from './support/static-server.mjs';

const env = useServersAndBrowser();
const configuratorUrl = () => `${env.servers.assetBase}/configurator.html`;

async function openConfigurator(query = '', options = {}) {
  const opened = await openPage(env.browser, `${configuratorUrl()}${query}`, options);
  await opened.page.locator('#preview [data-bouwstenen]').waitFor({ state: 'attached' });
  return opened;
}
/** The code, once the widget's rules have checked the settings. */
async function snippet(page) {
  await page.locator('#snippet:not([data-pending])').waitFor({ state: 'attached' });
  return page.locator('#snippet').inputValue();
}
/** A share code (the reference profile of tests/e2e/pages/reference.html). */
const REFERENCE = 'AwACHQ8CEAIRAhICEwIZAxoDGwMcAyMCJAIlAiYCLQEuAS8BNgI3AjgCOQJAA0IDQwNEA0UDSwJMAk0CTgIAACg';

test('the snippet changes with each setting, and the address keeps the settings', async () => {
  const { context, page, errors } = await openConfigurator();
  const plain = await snippet(page);
  assert.match(plain, /^<div data-bouwstenen><\/div>\n<script type="module" src="http:\/\/[^"]+\/embed\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>$/);
  const embedUrl = plain.match(/src="([^"]+)"/)[1];
  assert.equal(embedUrl, `${env.servers.assetBase}/embed.js`, 'embed.js beside the configurator');
  const integrity = plain.match(/integrity="([^"]+)"/)[1];
  assert.equal(integrity, await page.evaluate(async (url) => {
    const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
  }, embedUrl), 'the integrity of the embed.js it points to');

  const steps = [
    [() => page.getByLabel('Taal van de scan').selectOption('en'), 'data-lang="en"'],
    [() => page.getByLabel('Als knop die de scan in een venster opent').check(), 'data-mode="dialog"'],
    [() => page.getByLabel('Tekst op de knop').fill('Test uw organisatie'), 'data-button-text="Test uw organisatie"'],
    [() => page.getByLabel('Meteen bij het openen van de pagina').check(), 'data-load="eager"'],
    [() => page.getByLabel('Alleen tot de bezoeker het tabblad sluit').check(), 'data-storage="session"'],
    [() => page.getByLabel('Niet overnemen: de eigen kleuren van de scan').check(), 'data-theme="none"'],
    [() => page.getByLabel('Accentkleur', { exact: true }).fill('#7a1fa2'), '--bouwstenen-accent: #7a1fa2;'],
    [() => page.getByLabel('Accentkleur, donkere weergave').fill('#e1bee7'), '--bouwstenen-accent-dark: #e1bee7;'],
    [() => page.getByLabel('Lettertype').fill('"Fira Sans", sans-serif'), '--bouwstenen-font: &quot;Fira Sans&quot;, sans-serif;'],
    [() => page.getByLabel('Ronding van hoeken, in pixels').fill('0'), '--bouwstenen-radius: 0px;'],
    [async () => {
      await page.getByLabel('Naar uw eigen artikelen, met één adres').check();
      await page.getByLabel('Adres met {n} voor het nummer van de bouwsteen').fill('/kennisbank/bouwsteen-{n}');
    }, 'data-article-base="/kennisbank/bouwsteen-{n}"'],
    [async () => {
      await page.getByLabel('Naar uw eigen artikelen, per bouwsteen').check();
      await page.getByLabel('Adres van het artikel over bouwsteen 3').fill('/data/architectuur');
    }, 'data-article-3="/data/architectuur"'],
    [() => page.getByLabel('Adres waar gedeelde uitslagen openen').fill('https://www.gemeente.example/scan'), 'data-share-base="https://www.gemeente.example/scan"'],
    [() => page.getByLabel('Naam van de scan').fill('team'), 'data-bouwstenen="team"'],
    [async () => {
      // An address alone is no call to action: the widget would leave it out, so the code does.
      await page.getByLabel('Vervolgstap: adres').fill('mailto:data@gemeente.example');
      assert.ok(!(await snippet(page)).includes('data-cta-href'));
      assert.match(await page.locator('#ctaHref-problem').textContent(), /Vul ook de tekst van de link in/);
      await page.getByLabel('Vervolgstap: tekst van de link').fill('Mail ons dataloket');
    }, 'data-cta-href="mailto:data@gemeente.example" data-cta-text="Mail ons dataloket"'],
    [() => page.getByLabel('Vervolgstap: tekst in het Engels').fill('Mail our data desk'), 'data-cta-text-en="Mail our data desk"'],
    [() => page.getByLabel('Deellink of deelcode van het profiel').fill(REFERENCE), `data-reference="${REFERENCE}"`],
    [() => page.getByLabel('Naam van het profiel').fill('Gemiddelde van 40 gemeenten, 2026'), 'data-reference-label="Gemiddelde van 40 gemeenten, 2026"'],
  ];
  let before = plain;
  for (const [act, expected] of steps) {
    await act();
    const after = await snippet(page);
    assert.ok(after.includes(expected), `${expected} in ${after}`);
    assert.notEqual(after, before);
    before = after;
  }
  assert.ok(!before.includes('data-article-base'), 'per block replaces the one address');

  // A colleague who opens the address sees the same settings.
  const link = page.url();
  assert.match(link, /\?.*ctaText=Mail\+ons\+dataloket/);
  const colleague = await openConfigurator(`?${new URL(link).search.slice(1)}`);
  assert.equal(await snippet(colleague.page), before);
  await colleague.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the preview follows the settings', async () => {
  const { context, page } = await openConfigurator();
  const preview = page.locator('#preview [data-bouwstenen]');
  await startButton(preview).waitFor();
  await page.getByLabel('Taal van de scan').selectOption('en');
  await page.getByLabel('Accentkleur', { exact: true }).fill('#7a1fa2');
  const start = startButton(preview, 'en');
  await start.waitFor();
  assert.equal(await start.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(122, 31, 162)');
  await page.getByLabel('Als knop die de scan in een venster opent').check();
  await preview.getByRole('button', { name: 'Take the Bouwstenen scan' }).waitFor();
  await context.close();
});

test("the preview keeps to itself: a visitor's saved results on this site stay, and the address gets no answers", async () => {
  const { context, page, errors } = await openConfigurator();
  const preview = page.locator('#preview [data-bouwstenen]');
  await startButton(preview).waitFor();
  // An editor who did the scan on this site for their own team: progress, history, and a key
  // of another widget.
  const saved = {
    'bouwstenen-scan:bouwstenen:progress': '2|results|nl|AwABAQsAAAD0',
    'bouwstenen-scan:bouwstenen:history': '1|2026-02-01|AwABAQsAAAD0',
    'bouwstenen-scan:bouwstenen-team:history': '1|2026-01-05|AwABAQsAAAD0',
  };
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, saved);
  // Two rebuilds of the preview, and answers given in it.
  for (const colour of ['#7a1fa2', '#01689b']) {
    await page.getByLabel('Accentkleur', { exact: true }).fill(colour);
    await page.waitForFunction((value) => document.getElementById('snippet').value.includes(value), colour);
    // The preview rebuilt with it, and drawn.
    await page.waitForFunction((value) => document.querySelector('#preview [data-bouwstenen]')?.getAttribute('style')?.includes(value), colour);
    await startButton(preview).waitFor();
  }
  await startButton(preview).click();
  await preview.getByRole('radio').first().check();
  await nextButton(preview).click();
  await preview.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();

  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
  assert.deepEqual(stored, saved, 'nothing removed, nothing added, nothing changed');
  assert.equal(new URL(page.url()).hash, '', "the configurator's address holds no answers");
  assert.deepEqual(errors, []);
  await context.close();
});

test('a setting the scan would leave out is said at its field and kept out of the code; the preview can show the results', async () => {
  const long = 'x'.repeat(81);
  const { context, page, errors } = await openConfigurator(`?ctaHref=www.gemeente.nl%2Fcontact&ctaText=${long}&reference=geen-link&referenceLabel=Gemiddelde`);
  const problem = (name) => page.locator(`#${name}-problem`).textContent();
  assert.doesNotMatch(await snippet(page), /data-cta|data-reference/, 'a refused profile takes its name with it');
  assert.match(await problem('referenceLabel'), /geen geldig profiel/);
  assert.match(await problem('ctaHref'), /https:\/\/.*mailto: of tel:/);
  assert.match(await problem('ctaText'), /hoogstens 80 tekens/);
  assert.match(await problem('reference'), /geen deellink of deelcode/);
  const address = page.getByLabel('Vervolgstap: adres');
  assert.equal(await address.getAttribute('aria-invalid'), '');
  assert.match(await address.getAttribute('aria-describedby'), /ctaHref-problem/);
  await address.fill('javascript:alert(1)');
  assert.doesNotMatch(await snippet(page), /data-cta/);
  assert.match(await problem('ctaHref'), /mailto: of tel:/);

  // Put right, they go into the code, and the lines go.
  await address.fill('https://www.gemeente.nl/contact');
  await page.getByLabel('Vervolgstap: tekst van de link').fill('Neem contact op');
  await page.getByLabel('Deellink of deelcode van het profiel').fill(REFERENCE);
  const code = await snippet(page);
  assert.ok(code.includes(`data-cta-href="https://www.gemeente.nl/contact" data-cta-text="Neem contact op" data-reference="${REFERENCE}" data-reference-label="Gemiddelde"`), code);
  assert.deepEqual([await problem('ctaHref'), await problem('ctaText'), await problem('reference'), await problem('referenceLabel')], ['', '', '', '']);
  assert.equal(await address.getAttribute('aria-invalid'), null);

  // The results, with example answers: the call to action and the reference, without 29 answers.
  await page.getByLabel('Toon de uitslag, met voorbeeldantwoorden').check();
  const preview = page.locator('#preview [data-bouwstenen]');
  await preview.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
  assert.equal(await preview.locator('.cta-link').textContent(), 'Neem contact op');
  assert.ok((await preview.locator('.legend li').allTextContents()).some((name) => name.startsWith('Gemiddelde')));
  assert.equal(new URL(page.url()).hash, '', 'the example answers stay out of the address');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a colour with too little contrast gets a warning that names the ratio; the code can still be copied', async () => {
  const { context, page } = await openConfigurator();
  const check = page.locator('#accent-check');
  assert.equal(await check.textContent(), '');
  await page.getByLabel('Accentkleur', { exact: true }).fill('#ffcc00');
  await check.getByText('tekst op de accentkleur haalt 1,5:1, nodig is 4,5:1').waitFor();
  assert.match(await check.textContent(), /de accentkleur tegen de achtergrond haalt 1,5:1, nodig is 3:1/);
  assert.match(await snippet(page), /--bouwstenen-accent: #ffcc00;/);
  // Dark text on the yellow: the text passes, the yellow against white still does not.
  await page.getByLabel('Tekst op de accentkleur', { exact: true }).fill('#1b1d21');
  await page.waitForFunction(() => !document.getElementById('accent-check').textContent.includes('tekst op'));
  assert.match(await check.textContent(), /achtergrond haalt 1,5:1/);
  // The dark theme's pair is checked against the dark background.
  await page.getByLabel('Accentkleur, donkere weergave').fill('#1a237e');
  await page.locator('#accent-dark-check').getByText(/donkere weergave: .*achtergrond haalt 1,\d:1/).waitFor();
  await context.close();
});

test('the copied code works on a fresh host page', async () => {
  const { context, page } = await openConfigurator();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Taal van de scan').selectOption('en');
  await page.getByLabel('Accentkleur', { exact: true }).fill('#7a1fa2');
  await page.getByLabel('Vervolgstap: adres').fill('/contact');
  await page.getByLabel('Vervolgstap: tekst van de link').fill('Plan een gesprek');
  await page.getByRole('button', { name: 'Kopieer code' }).click();
  await page.getByText('De code is gekopieerd.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  await context.close();

  // A CMS page on another origin, with nothing but the pasted code.
  const folder = mkdtempSync(join(tmpdir(), 'fresh-page-'));
  writeFileSync(join(folder, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CMS</title></head><body><main><h1>Artikel</h1>${copied}</main></body></html>`);
  const cms = await serve(folder);
  try {
    const fresh = await openPage(env.browser, `${cms.url}/`);
    const widget = scanOn(fresh.page);
    await drawn(widget);
    const start = startButton(widget, 'en');
    assert.equal(await start.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(122, 31, 162)');
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
  } finally {
    await cms.close();
  }
});

test('the configurator works with the keyboard and axe finds nothing, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openConfigurator('', { colorScheme });
    await startButton(page.locator('#preview [data-bouwstenen]')).waitFor();
    assert.deepEqual(await audit(page, `configurator ${colorScheme}`), []);
    // With a warning shown (the preview then has the poor colour, on purpose).
    await page.getByLabel('Accentkleur', { exact: true }).fill('#ffcc00');
    await page.locator('#accent-check.warning').waitFor();
    // Text colours of the page itself: 4.5:1 at least.
    const pairs = await page.evaluate(() => [...document.querySelectorAll('h1, label, legend, .hint, .check, button, summary, p')]
      .filter((element) => element.offsetParent && !element.closest('#preview'))
      .map((element) => {
        const style = getComputedStyle(element);
        let background = 'rgba(0, 0, 0, 0)';
        for (let at = element; at && /rgba\(0, 0, 0, 0\)|transparent/.test(background); at = at.parentElement) {
          background = getComputedStyle(at).backgroundColor;
        }
        if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) background = getComputedStyle(document.body).backgroundColor;
        return [element.tagName, style.color, background];
      }));
    for (const [tag, colour, background] of pairs) {
      assert.ok(contrast(colour, background) >= 4.5, `${colorScheme} ${tag}: ${colour} on ${background}`);
    }
    await context.close();
  }
  const { context, page } = await openConfigurator();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Taal van de scan').focus();
  // Tab through the form to the copy button, without the mouse.
  let reached = false;
  for (let presses = 0; presses < 60 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'copy');
  }
  assert.ok(reached, 'Tab reaches "Kopieer code"');
  await page.keyboard.press('Enter');
  await page.getByText('De code is gekopieerd.').waitFor();
  await context.close();
});

test('the first question is where the scan goes: a script, an iframe, or a link with one line for the template; each code works', async () => {
  const { context, page, errors } = await openConfigurator();
  await page.getByLabel('Taal van de scan').selectOption('en');
  await page.getByLabel('Accentkleur', { exact: true }).fill('#7a1fa2');
  await page.getByLabel('Vervolgstap: adres').fill('https://www.gemeente.nl/contact');
  await page.getByLabel('Vervolgstap: tekst van de link').fill('Plan een gesprek');
  assert.match(await snippet(page), /^<div data-bouwstenen data-lang="en"/);
  assert.equal(await page.locator('#site-line').isVisible(), false);

  await page.getByLabel('Nee, maar wel een iframe').check();
  const iframe = await snippet(page);
  assert.match(iframe, /^<iframe src="[^"]+\/scan\.html\?lang=en&amp;cta-href=https%3A%2F%2Fwww\.gemeente\.nl%2Fcontact&amp;cta-text=Plan\+een\+gesprek&amp;accent=%237a1fa2" title="Bouwstenen-scan: how data-driven is your organisation\?" loading="lazy" allow="clipboard-write; web-share"/);
  assert.ok(page.url().includes('route=iframe'), 'the address keeps the route');

  await page.getByLabel('Nee, alleen tekst en links').check();
  const link = await snippet(page);
  assert.match(link, /^<p><a href="[^"]+\/scan\.html\?lang=en&amp;[^"]+">Take the Bouwstenen scan<\/a><\/p>$/);
  assert.equal(await page.locator('#snippet-label').textContent(), 'Zet deze link in een eigen alinea op de pagina');
  const template = await page.locator('#site-line').inputValue();
  assert.match(template, /^<script type="module" src="[^"]+\/site\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
  assert.deepEqual(errors, []);
  await context.close();

  // Each on a CMS page of another origin: the iframe alone; the link with the template line.
  const folder = mkdtempSync(join(tmpdir(), 'routes-'));
  const pageWith = (head, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CMS</title>${head}</head><body><main><h1>Artikel</h1>${body}</main></body></html>`;
  writeFileSync(join(folder, 'iframe.html'), pageWith('', iframe));
  writeFileSync(join(folder, 'link.html'), pageWith(template, link));
  const cms = await serve(folder);
  try {
    for (const [path, widgetOf] of [['iframe.html', (p) => p.frameLocator('iframe').locator('[data-bouwstenen]')], ['link.html', (p) => scanOn(p)]]) {
      const fresh = await openPage(env.browser, `${cms.url}/${path}`);
      await drawn(widgetOf(fresh.page));
      const start = startButton(widgetOf(fresh.page), 'en');
      assert.equal(await start.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(122, 31, 162)', `${path}: the accent came along`);
      assert.deepEqual(fresh.errors, [], path);
      await fresh.context.close();
    }
  } finally {
    await cms.close();
  }
});

test('the preview can be shown in a theme: the scan takes it over there, with each contrast it measured; the site\'s own theme goes into an iframe\'s address', async () => {
  const { context, page, errors } = await openConfigurator();
  const preview = page.locator('#preview [data-bouwstenen]');
  const start = startButton(preview);
  await start.waitFor();
  const background = () => start.evaluate((button) => getComputedStyle(button).backgroundColor);
  assert.equal(await background(), 'rgb(0, 104, 158)', 'without a theme: the scan\'s own accent');
  assert.equal(await page.locator('#preview-theme-site').isDisabled(), true, 'no site theme given yet');

  await page.getByLabel('Toon het voorbeeld in het thema').selectOption('voorbeeld');
  await page.locator('#theme-report li').first().waitFor();
  const accent = await page.locator('#preview-frame').evaluate((frame) => {
    const probe = document.createElement('i');
    probe.style.color = getComputedStyle(frame).getPropertyValue('--basis-color-action-1-inverse-bg-default');
    frame.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  await start.waitFor();
  assert.equal(await background(), accent, 'the Voorbeeld theme\'s primary button');
  const report = await page.locator('#theme-report').innerText();
  assert.match(report, /neemt van dit thema over: .*knopkleur/);
  assert.match(report, /Tekst op de knopkleur: \d+,\d:1, nodig is 4,5:1\. Overgenomen\./);
  assert.match(report, /Focusring tegen de achtergrond: \d+,\d:1, nodig is 3:1\. Overgenomen\./);
  assert.deepEqual(await audit(page, 'configurator, preview in a theme'), []);
  assert.equal((await snippet(page)).includes('theme'), false, 'the preview\'s theme is not a setting of the code');

  // Not taken over: the report says so, the preview has the scan's own colours.
  await page.getByLabel('Niet overnemen: de eigen kleuren van de scan').check();
  await page.waitForFunction(() => document.querySelector('#theme-report').children.length === 0);
  await startButton(preview).waitFor();
  assert.equal(await startButton(preview).evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(0, 104, 158)');
  await page.getByLabel('Overnemen', { exact: true }).check();

  // The site's own theme, for an iframe: its stylesheet and class go into the scan page's address.
  await page.getByLabel('Nee, maar wel een iframe').check();
  await page.getByLabel('Stylesheet van het thema').fill('/configurator-theme-voorbeeld.css');
  await page.getByLabel('Klasse van het thema').fill('voorbeeld-theme');
  assert.match(await snippet(page), /scan\.html\?theme-css=%2Fconfigurator-theme-voorbeeld\.css&amp;theme-class=voorbeeld-theme"/);
  assert.equal(await page.locator('#preview-theme-site').isDisabled(), false, 'the preview can now be shown in it');
  assert.deepEqual(errors, []);
  await context.close();
});
