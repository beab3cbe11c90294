// The site's own NL Design System theme, picked up with no settings: real themes from npm
// (@utrecht/design-tokens 5.0.1, @nl-design-system-unstable/voorbeeld-design-tokens 7.4.1) on
// host pages that put their class on <html> and link their CSS, as a municipal site does.
// Needs the release build in dist/ (scripts/test builds it first).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit, openPage, useServersAndBrowser } from './helpers.mjs';
import { ScanPage, TEXTS, scanOn } from './support/scan-page.mjs';
import { serve } from './support/static-server.mjs';

const env = useServersAndBrowser();
const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const THEMES = {
  utrecht: { className: 'utrecht-theme', css: '@utrecht/design-tokens/dist/index.css' },
  voorbeeld: { className: 'voorbeeld-theme', css: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css' },
};
const site = {};

before(async () => {
  site.folder = mkdtempSync(join(tmpdir(), 'themes-'));
  for (const [name, { css }] of Object.entries(THEMES)) copyFileSync(join(modules, css), join(site.folder, `${name}.css`));
  site.server = await serve(site.folder);
});
after(async () => {
  await site.server?.close();
  if (site.folder) rmSync(site.folder, { recursive: true, force: true });
});

/** A municipal page in `theme`, with the scan (its element's attributes and style as given). */
function themedPage(name, theme, { attributes = '', style = '', extraCss = '' } = {}) {
  const { className } = THEMES[theme] ?? { className: '' };
  writeFileSync(join(site.folder, name), `<!doctype html>
<html lang="nl" class="${className}">
<head><meta charset="utf-8"><title>Gemeente</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${theme}.css">${extraCss ? `<style>${extraCss}</style>` : ''}
<script type="module" src="${env.servers.assetBase}/embed.js"></script></head>
<body><main><h1>Datagedreven werken</h1><div data-bouwstenen data-load="eager" ${attributes} style="${style}"></div></main></body></html>`);
  return `${site.server.url}/${name}`;
}

/** The theme's own resolved value of `property`, as the page's <html> has it. */
const themeValue = (page, property) => page.evaluate((p) => getComputedStyle(document.documentElement).getPropertyValue(p).trim(), property);
/** `value` of the CSS `property` as the browser computes it (`rgb(…)`, a font list). */
const computed = (page, value, property = 'color') => page.evaluate(([v, p]) => {
  const probe = document.createElement('i');
  probe.style.setProperty(p, v);
  document.body.append(probe);
  const result = getComputedStyle(probe).getPropertyValue(p);
  probe.remove();
  return result;
}, [value, property]);

async function startButton(page) {
  const button = scanOn(page).getByRole('button', { name: TEXTS.nl.start });
  await button.waitFor();
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color, radius: style.borderTopLeftRadius, font: style.fontFamily };
  });
}

for (const [theme, pair] of [
  ['utrecht', ['--utrecht-button-primary-action-background-color', '--utrecht-button-primary-action-color', '--utrecht-button-border-radius', '--utrecht-document-font-family', '--utrecht-link-color']],
  ['voorbeeld', ['--basis-color-action-1-inverse-bg-default', '--basis-color-action-1-inverse-color-default', '--basis-border-radius-md', '--basis-text-font-family-default', '--nl-link-color']],
]) {
  test(`the ${theme} theme: its button colours, corners, font and link colour, light also in dark mode, and axe finds nothing`, async () => {
    const { context, page, errors } = await openPage(env.browser, themedPage(`${theme}.html`, theme), { colorScheme: 'dark' });
    const [background, text, radius, font, link] = await Promise.all(pair.map((property) => themeValue(page, property)));
    const button = await startButton(page);
    assert.equal(button.background, await computed(page, background), 'the primary button\'s background');
    assert.equal(button.color, await computed(page, text), 'its text');
    assert.equal(button.radius, radius === '0' ? '0px' : radius, 'the corners');
    assert.equal(button.font, await computed(page, font, 'font-family'), 'the font');
    const surface = await scanOn(page).evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.bouwstenen-root')).backgroundColor);
    assert.equal(surface, 'rgb(255, 255, 255)', 'a light scan on a light site, with the visitor in dark mode');
    const scan = new ScanPage(page);
    await scan.complete();
    const linkColour = await scanOn(page).locator('.article-link a').first().evaluate((a) => getComputedStyle(a).color);
    assert.equal(linkColour, await computed(page, link), 'the link colour');
    const marker = await scanOn(page).locator('svg.radar-wide .result').first().evaluate((p) => getComputedStyle(p).stroke);
    assert.ok(marker, 'the radar is drawn');
    assert.deepEqual(await audit(page, `${theme} theme`), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the placeholder has the theme\'s colours before the scan is drawn, so nothing changes colour', async () => {
  const url = themedPage('lazy.html', 'utrecht', { attributes: 'data-mode="dialog"' });
  const { context, page } = await openPage(env.browser, url);
  const opener = scanOn(page).getByRole('button', { name: 'Doe de Bouwstenen-scan' });
  await opener.waitFor();
  const first = await opener.evaluate((b) => getComputedStyle(b).backgroundColor);
  await page.waitForTimeout(500);
  assert.equal(await opener.evaluate((b) => getComputedStyle(b).backgroundColor), first);
  assert.equal(first, await computed(page, await themeValue(page, '--utrecht-button-primary-action-background-color')));
  await context.close();
});

test('--bouwstenen-accent wins over the theme, data-theme="none" gives the defaults, and a low-contrast theme falls back with a warning', async () => {
  const explicit = await openPage(env.browser, themedPage('explicit.html', 'utrecht', { style: '--bouwstenen-accent: #7a1fa2' }));
  assert.equal((await startButton(explicit.page)).background, 'rgb(122, 31, 162)');
  await explicit.context.close();

  const none = await openPage(env.browser, themedPage('none.html', 'utrecht', { attributes: 'data-theme="none"' }), { colorScheme: 'dark' });
  const defaults = await startButton(none.page);
  assert.equal(defaults.background, 'rgb(108, 196, 245)', 'the own (dark) palette');
  await none.context.close();

  const { context, page } = await openPage(env.browser, 'about:blank');
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(themedPage('pale.html', 'utrecht', { extraCss: '.utrecht-theme { --utrecht-button-primary-action-color: #f0f4ff; --utrecht-button-primary-action-background-color: #ffffff; }' }));
  assert.equal((await startButton(page)).background, 'rgb(0, 104, 158)', 'the default accent');
  assert.equal(warnings.filter((text) => text.includes('--utrecht-button-primary-action')).length, 1, `${warnings}`);
  await context.close();
});
