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
import { DIST, audit, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, TEXTS, drawn, scanOn } from './support/scan-page.mjs';
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
  // The release under /release on the site's own origin, for its scan page in the site's theme.
  site.server = await serve({ '/release': DIST, '/': site.folder });
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
  await drawn(scanOn(page));
  const button = scanOn(page).getByRole('button', { name: TEXTS.nl.start });
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color, radius: style.borderTopLeftRadius, font: style.fontFamily };
  });
}

/** The theme's properties each test reads, by theme: what the scan should end up with. */
const EXPECTED = {
  utrecht: {
    accent: '--utrecht-button-primary-action-background-color', onAccent: '--utrecht-button-primary-action-color',
    radius: '--utrecht-button-border-radius', font: '--utrecht-document-font-family', headingFont: '--nl-heading-level-2-font-family',
    link: '--utrecht-link-color', text: '--utrecht-document-color', background: '--utrecht-document-background-color',
    focus: ['--utrecht-focus-outline-color', '--utrecht-focus-outline-width', '--utrecht-focus-outline-style', null],
  },
  voorbeeld: {
    accent: '--basis-color-action-1-inverse-bg-default', onAccent: '--basis-color-action-1-inverse-color-default',
    radius: '--basis-border-radius-md', font: '--basis-text-font-family-default', headingFont: '--basis-heading-font-family',
    link: '--nl-link-color', text: '--basis-color-default-color-document', background: '--basis-color-default-bg-document',
    focus: ['--basis-focus-outline-color', '--basis-focus-outline-width', '--basis-focus-outline-style', '--basis-focus-outline-offset'],
  },
};

/** The focus ring `locator`'s element draws once the keyboard has reached it. */
async function ringOf(page, locator) {
  await locator.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { colour: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle, offset: style.outlineOffset, halo: style.boxShadow };
  });
}

for (const theme of Object.keys(EXPECTED)) {
  test(`the ${theme} theme: buttons, corners, fonts, page colours, links, focus ring and radar follow it, light also in dark mode, and axe finds nothing`, async () => {
    const expected = EXPECTED[theme];
    const { context, page, errors } = await openPage(env.browser, themedPage(`${theme}.html`, theme), { colorScheme: 'dark' });
    const value = (property) => themeValue(page, property);
    const button = await startButton(page);
    assert.equal(button.background, await computed(page, await value(expected.accent)), 'the primary button\'s background');
    assert.equal(button.color, await computed(page, await value(expected.onAccent)), 'its text');
    const radius = await value(expected.radius);
    assert.equal(button.radius, radius === '0' ? '0px' : radius, 'the corners');
    assert.equal(button.font, await computed(page, await value(expected.font), 'font-family'), 'the font');
    const root = await scanOn(page).evaluate((host) => {
      const style = (selector) => getComputedStyle(host.shadowRoot.querySelector(selector));
      return { background: style('.bouwstenen-root').backgroundColor, text: style('.bouwstenen-root').color, heading: style('h2').fontFamily };
    });
    assert.equal(root.background, await computed(page, await value(expected.background)), 'the page\'s background, light with the visitor in dark mode');
    assert.equal(root.text, await computed(page, await value(expected.text)), 'the page\'s text colour');
    assert.equal(root.heading, await computed(page, await value(expected.headingFont), 'font-family'), 'the heading font');
    assert.deepEqual(await audit(page, `${theme} theme, start`), []);

    const scan = new ScanPage(page);
    await scan.start();
    const [ringColour, ringWidth, ringStyle, ringOffset] = expected.focus;
    const ring = await ringOf(page, scanOn(page).getByRole('radio').first());
    assert.equal(ring.colour, await computed(page, await value(ringColour)), 'the focus ring\'s colour');
    assert.equal(ring.width, await computed(page, await value(ringWidth), 'outline-width'), 'its width');
    assert.equal(ring.style, await value(ringStyle), 'its style');
    assert.equal(ring.offset, ringOffset ? await computed(page, await value(ringOffset), 'outline-offset') : '2px', 'its offset');
    assert.equal(ring.halo, 'none', 'the theme\'s ring, without the scan\'s own halo');
    await scan.answerAll();
    const linkColour = await scanOn(page).locator('.article-link a').first().evaluate((a) => getComputedStyle(a).color);
    assert.equal(linkColour, await computed(page, await value(expected.link)), 'the link colour');
    const polygon = await scanOn(page).locator('svg.radar-wide polygon.result.series-0').first().evaluate((p) => getComputedStyle(p).stroke);
    assert.equal(polygon, button.background, 'the radar\'s polygon in the accent');
    assert.deepEqual(await audit(page, `${theme} theme, results`), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the placeholder\'s button has the theme\'s colours before the scan is drawn, and the drawn scan the same', async () => {
  const url = themedPage('lazy.html', 'utrecht', { attributes: 'data-mode="dialog"' });
  const { context, page } = await openPage(env.browser, url);
  const opener = scanOn(page).getByRole('button', { name: 'Doe de Bouwstenen-scan' });
  await opener.waitFor();
  const first = await opener.evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(first, await computed(page, await themeValue(page, '--utrecht-button-primary-action-background-color')));
  await opener.click();
  const drawn = await startButton(page);
  assert.equal(drawn.background, first, 'the drawn scan\'s button has the colour the placeholder\'s had');
  assert.equal(await opener.evaluate((b) => getComputedStyle(b).backgroundColor), first);
  await context.close();
});

/** A page in `theme` with `extraCss`, its console warnings, and the scan's start button. */
async function withWarnings(name, theme, options) {
  const { context, page } = await openPage(env.browser, 'about:blank', options);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(themedPage(name, theme, options));
  return { context, page, warnings, button: await startButton(page) };
}

test('a theme\'s link, focus ring or page colours that would be less readable fall back to the defaults, each with one warning', async () => {
  const pale = '.voorbeeld-theme { --nl-link-color: #9ab; --basis-focus-outline-color: #eee; --basis-focus-outline-width: 1px; --basis-color-default-bg-document: #333; }';
  const { context, page, warnings } = await withWarnings('pale-parts.html', 'voorbeeld', { extraCss: pale });
  for (const property of ['--nl-link-color', '--basis-focus-outline-color', '--basis-color-default-bg-document']) {
    assert.equal(warnings.filter((text) => text.includes(property)).length, 1, `${property}: ${warnings}`);
  }
  const style = await scanOn(page).evaluate((host) => {
    const root = getComputedStyle(host.shadowRoot.querySelector('.bouwstenen-root'));
    return { background: root.backgroundColor, link: root.getPropertyValue('--_link').trim(), ring: root.getPropertyValue('--_focus-ring').trim() };
  });
  assert.equal(style.background, 'rgb(255, 255, 255)', 'the own white, not the dark page');
  assert.equal(style.ring, '#ffbf47', 'the own focus ring');
  assert.equal(await computed(page, style.link), await computed(page, await themeValue(page, '--basis-color-action-1-inverse-bg-default')), 'links in the (theme\'s) accent');
  await context.close();

  const thin = await withWarnings('thin-ring.html', 'voorbeeld', { extraCss: '.voorbeeld-theme { --basis-focus-outline-width: 1px; }' });
  const ring = await ringOf(thin.page, scanOn(thin.page).getByRole('button', { name: TEXTS.nl.start }));
  assert.equal(ring.width, '3px', 'a ring thinner than 2px gets the scan\'s own width');
  assert.equal(ring.style, 'dashed', 'and keeps the theme\'s style');
  assert.equal(thin.warnings.filter((text) => text.includes('--basis-focus-outline-width')).length, 1);
  await thin.context.close();
});

test('data-color-scheme asks for dark on a themed site: "light dark" follows the visitor, "dark" always; anything else is ignored with a warning', async () => {
  const surface = (page) => scanOn(page).evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.bouwstenen-root')).backgroundColor);
  // The widget follows a change of the visitor's setting after the browser has told it, not in
  // the same task as emulateMedia: wait until the surface shows `expected` (or the wait ends),
  // then read it for the assertion.
  const surfaceOnceItIs = async (page, expected) => {
    await page.waitForFunction((colour) => {
      const root = document.querySelector('[data-bouwstenen]')?.shadowRoot?.querySelector('.bouwstenen-root');
      return root && getComputedStyle(root).backgroundColor === colour;
    }, expected, { timeout: 10_000 }).catch(() => {});
    return surface(page);
  };
  const following = await openPage(env.browser, themedPage('follow.html', 'utrecht', { attributes: 'data-color-scheme="light dark"' }), { colorScheme: 'dark' });
  await startButton(following.page);
  assert.equal(await surface(following.page), 'rgb(22, 25, 29)', 'dark, as the visitor asked');
  assert.equal((await startButton(following.page)).font, await computed(following.page, await themeValue(following.page, '--utrecht-document-font-family'), 'font-family'), 'still in the theme\'s font');
  await following.page.emulateMedia({ colorScheme: 'light' });
  const themeBackground = await computed(following.page, await themeValue(following.page, '--utrecht-document-background-color'));
  assert.equal(await surfaceOnceItIs(following.page, themeBackground), themeBackground, 'and light again when the visitor switches');
  await following.context.close();

  const dark = await openPage(env.browser, themedPage('always-dark.html', 'utrecht', { attributes: 'data-color-scheme="dark"' }), { colorScheme: 'light' });
  await startButton(dark.page);
  assert.equal(await surface(dark.page), 'rgb(22, 25, 29)');
  assert.deepEqual(await audit(dark.page, 'dark on a themed page'), []);
  await dark.context.close();

  const odd = await withWarnings('odd-scheme.html', 'utrecht', { attributes: 'data-color-scheme="night"', colorScheme: 'dark' });
  assert.equal(await surface(odd.page), 'rgb(255, 255, 255)', 'the default: light on a themed site');
  assert.equal(odd.warnings.filter((text) => text.includes('data-color-scheme="night"')).length, 1, `${odd.warnings}`);
  await odd.context.close();
});

test('the scan page takes the site\'s theme from its address: a stylesheet on its own site and the class; one from elsewhere is refused', async () => {
  const query = new URLSearchParams({ 'theme-css': '/voorbeeld.css', 'theme-class': 'voorbeeld-theme' });
  const { context, page, errors } = await openPage(env.browser, `${site.server.url}/release/scan.html?${query}`);
  const accent = await computed(page, await themeValue(page, '--basis-color-action-1-inverse-bg-default'));
  assert.match(accent, /^rgb/, 'the page has the theme');
  assert.equal((await startButton(page)).background, accent);
  assert.deepEqual(errors, []);
  await context.close();

  const elsewhere = new URLSearchParams({ 'theme-css': 'https://example.org/evil.css', 'theme-class': 'voorbeeld-theme' });
  const refused = await openPage(env.browser, 'about:blank');
  const warnings = [];
  const requests = [];
  refused.page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  refused.page.on('request', (request) => requests.push(request.url()));
  await refused.page.goto(`${site.server.url}/release/scan.html?${elsewhere}`);
  assert.equal((await startButton(refused.page)).background, 'rgb(0, 104, 158)', 'the defaults');
  assert.equal(warnings.filter((text) => text.includes('theme-css')).length, 1, `${warnings}`);
  assert.ok(!requests.some((url) => new URL(url).hostname === 'example.org'), 'nothing asked of the other site');
  await refused.context.close();
});

test('--bouwstenen-accent wins over the theme, data-theme="none" gives the defaults, and a low-contrast theme falls back with a warning', async () => {
  const explicit = await openPage(env.browser, themedPage('explicit.html', 'utrecht', { style: '--bouwstenen-accent: #7a1fa2' }));
  assert.equal((await startButton(explicit.page)).background, 'rgb(122, 31, 162)');
  await explicit.context.close();

  const none = await openPage(env.browser, themedPage('none.html', 'utrecht', { attributes: 'data-theme="none"' }), { colorScheme: 'dark' });
  const defaults = await startButton(none.page);
  assert.equal(defaults.background, 'rgb(108, 196, 245)', 'the own (dark) palette');
  await none.context.close();

  const { context, button, warnings } = await withWarnings('pale.html', 'utrecht', { extraCss: '.utrecht-theme { --utrecht-button-primary-action-color: #f0f4ff; --utrecht-button-primary-action-background-color: #ffffff; }' });
  assert.equal(button.background, 'rgb(0, 104, 158)', 'the default accent');
  assert.equal(warnings.filter((text) => text.includes('--utrecht-button-primary-action')).length, 1, `${warnings}`);
  await context.close();
});
