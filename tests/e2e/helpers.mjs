// Shared set-up for the end-to-end tests: two loopback servers (the host page's origin and an
// asset origin), a browser, request recording, and completing the scan through the UI.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from './support/static-server.mjs';
import { launch } from './support/browser.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const DIST = here('../../dist');
export const PAGES = here('./pages');
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

/**
 * Starts the servers and a browser before a test file's tests and stops them after; the
 * returned object holds `servers` and `browser` once they run.
 */
export function useServersAndBrowser() {
  const env = {};
  before(async () => {
    env.servers = await startServers();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

/**
 * A new page that records every request and console error, and the widget's complete events.
 * Further options (`isMobile`, `hasTouch`, …) go to the browser context.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, ...contextOptions });
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
  await page.goto(url);
  return { context, page, requests, errors };
}

/** Every request went to one of `origins`: the widget itself sends nothing anywhere else. */
export function assertOnlyOwnRequests(requests, origins) {
  const foreign = requests.filter((url) => !origins.some((origin) => url.startsWith(origin)));
  assert.deepEqual(foreign, [], 'requests to other addresses');
}

/**
 * Completes the scan in `widget` (a locator of the host element) through the UI: start,
 * answer each statement (level chosen from `pick(step, statement)`), next, results.
 */
export async function completeScan(page, widget, pick = (step, statement) => (step + statement) % 6) {
  await widget.getByRole('button', { name: /Start de scan|Ga verder/ }).click();
  for (let step = 0; step < 7; step++) {
    await widget.locator('.progress-text', { hasText: `Bouwsteen ${step + 1} van 7` }).waitFor();
    const fieldsets = widget.locator('fieldset');
    const count = await fieldsets.count();
    for (let i = 0; i < count; i++) {
      await fieldsets.nth(i).getByRole('radio').nth(pick(step, i)).check();
    }
    await widget.getByRole('button', { name: step === 6 ? 'Naar de uitslag' : 'Volgende' }).click();
  }
  await widget.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
}

/**
 * A visitor completes the scan on plain.html in a browser context of their own; returns the
 * address fragment of their results (`#bouwstenen=…`), the link they would share.
 */
export async function sharedResultHash(browser, pagesUrl, pick) {
  const { context, page } = await openPage(browser, `${pagesUrl}/plain.html`);
  await completeScan(page, page.locator('[data-bouwstenen]'), pick);
  const hash = await page.evaluate(() => location.hash);
  await context.close();
  return hash;
}

/** The results table of `widget` as [title, score, stage] rows. */
export async function tableRows(widget) {
  return widget.locator('.score-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );
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

/** WCAG contrast ratio of two `rgb(…)` colours. */
export function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b2] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
