// Shared set-up for the end-to-end tests: two loopback servers (the host page's origin and an
// asset origin), a browser, request recording, colleagues' results, the accessibility audit.
// What a visitor does with the scan itself is in scan-page.mjs.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';
import { launch } from './browser.mjs';
import { ScanPage } from './scan-page.mjs';
import { contrastRatio } from '../../../web/contrast.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const DIST = here('../../../dist');
export const PAGES = here('../pages');
/** Where the asset origin keeps the files: a deep path, as on a CDN. */
export const ASSET_PATH = '/cdn/bouwstenen-scan/v1';
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; font-src 'self'";

export async function startServers() {
  // The asset origin: dist/ under a deep path, with CORS for the module scripts and the wasm.
  const assets = await serve({ [ASSET_PATH]: DIST }, {
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  const assetBase = assets.url + ASSET_PATH;
  // The host origin: the test pages, and dist/ under /assets for the same-origin CSP page.
  const pages = await serve({ '/': PAGES, '/assets': DIST }, {
    rewriteHtml: (html) => html.replaceAll('{{ASSETS}}', assetBase),
    headers: (path) => (path.startsWith('/csp') ? { 'content-security-policy': CSP } : {}),
  });
  return { assets, assetBase, pages, close: () => Promise.all([assets.close(), pages.close()]) };
}

export { launch };

/** The browser contexts the running test opened (`newContext`), closed after it however it ends. */
const openContexts = new Set();

/** A new browser context, closed after the test (`closeContextsAfterEachTest`). */
export async function newContext(browser, options) {
  const context = await browser.newContext(options);
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return context;
}

/** The fixture that closes every context a test opened, also when an assertion failed. */
export function closeContextsAfterEachTest() {
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
  });
}

/**
 * Starts the servers (`start()`, the test pages and dist/ by default) and a browser before a
 * test file's tests and stops them after, and closes each test's browser contexts after it;
 * the returned object holds `servers` and `browser` once they run.
 */
export function useServersAndBrowser(start = startServers) {
  const env = {};
  before(async () => {
    env.servers = await start();
    env.browser = await launch();
  });
  closeContextsAfterEachTest();
  after(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

/**
 * A new page that records every request and console error, and the widget's complete events.
 * `clock`, a Date, fixes the page's clock; further options (`isMobile`, `hasTouch`, …) go to
 * the browser context.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', clock, ...contextOptions } = {}) {
  const context = await newContext(browser, { viewport, colorScheme, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.completeEvents = [];
    window.cspViolations = [];
    document.addEventListener('bouwstenen:complete', (event) => {
      window.completeEvents.push({ detail: event.detail, target: event.target.id || event.target.tagName });
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // A fixed clock (a Date) from the first script on: the page's day as a test needs it.
  if (clock) await context.clock.setFixedTime(clock);
  await page.goto(url);
  return { context, page, requests, errors };
}

/** Every request went to one of `origins`: the widget itself sends nothing anywhere else. */
export function assertOnlyOwnRequests(requests, origins) {
  const foreign = requests.filter((url) => !origins.some((origin) => url.startsWith(origin)));
  assert.deepEqual(foreign, [], 'requests to other addresses');
}

/**
 * A colleague does the scan on plain.html in a browser context of their own (answers from
 * `pick`), names it when `name` is given, and passes it on: the link, its fragment
 * (`#bouwstenen=…`), the share code, and the table they saw.
 */
export async function colleagueResult(env, { pick, name } = {}) {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const scan = new ScanPage(page);
  await scan.complete(pick);
  if (name) await scan.name(name);
  const link = await scan.shareLink();
  const rows = await scan.tableRows();
  await context.close();
  const hash = new URL(link).hash;
  return { link, hash, code: hash.slice('#bouwstenen='.length), rows };
}

/**
 * A page with a comparison of three named results open, as a colleague opening its link sees
 * it; the three are made once per test file (kept in `env.codes`).
 */
export async function openComparison(env, options = {}) {
  if (!env.codes) {
    env.codes = [];
    for (const [name, pick] of [['Anna', () => 4], ['Bram', () => 0], ['Chris', (step, i) => (step + i) % 5]]) {
      env.codes.push((await colleagueResult(env, { pick, name })).code);
    }
  }
  const opened = await openPage(env.browser, `${env.servers.pages.url}/plain.html#bouwstenen=${env.codes.join('~')}`, options);
  const scan = new ScanPage(opened.page);
  await scan.waitForResults('Gedeelde uitslag');
  return { ...opened, scan, widget: scan.widget };
}

/** A description of the focused element, looking inside the widget's shadow root. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { tag: 'BODY', inWidget: false };
    const style = getComputedStyle(element);
    return {
      tag: element.tagName,
      type: element.getAttribute('type'),
      text: element.textContent.trim(),
      name: element.getAttribute('name'),
      checked: element.checked ?? null,
      inWidget: element.getRootNode() !== document,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The rule sets every audit runs: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the whole page (it enters open shadow roots) and returns the violations.
 * Parts with `content-visibility: auto` far from the viewport are not laid out, and axe then
 * misreads their targets' sizes; a person only sees them laid out (scrolled near), so they are
 * audited that way: rendered for the audit, and put back after.
 */
export async function audit(page, screen) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags) => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter(Boolean)];
    const skipped = roots
      .flatMap((root) => [...root.querySelectorAll('*')])
      .filter((el) => getComputedStyle(el).contentVisibility === 'auto');
    for (const el of skipped) el.style.contentVisibility = 'visible';
    try {
      return (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
    } finally {
      for (const el of skipped) el.style.removeProperty('content-visibility');
    }
  }, AXE_TAGS);
  return violations.map((v) => `${screen}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** `rgb(0, 104, 158)` (a computed style) as `#00689e`. */
const hexOf = (rgb) => `#${rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}`;

/** WCAG contrast ratio of two `rgb(…)` colours, by the widget's own rule (web/contrast.js). */
export const contrast = (a, b) => contrastRatio(hexOf(a), hexOf(b));
