// The scan in WordPress 6.1 (scripts/wordpress-test publishes the pages): what WordPress kept of
// each snippet an Editor published on a site with DISALLOW_UNFILTERED_HTML, and a visitor who
// completes the scan on the published page with the link, the site's line in its theme.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from '../e2e/support/browser.mjs';
import { ScanPage } from '../e2e/support/scan-page.mjs';

const pages = JSON.parse(readFileSync(process.env.WORDPRESS_PAGES, 'utf8'));
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function visit(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && !message.text().includes('favicon') && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors };
}

test('WordPress strips the script and the iframe an Editor pastes, and keeps the link', () => {
  assert.doesNotMatch(pages['snippet.html'].stored, /<script/, 'the script snippet is stripped');
  assert.doesNotMatch(pages['snippet-iframe.html'].stored, /<iframe/, 'the iframe is stripped');
  assert.match(pages['snippet-link.html'].stored, /<a href="\/bouwstenen-scan\/[^"]+\/scan\.html">/, 'the link is kept');
});

test('on the published page, the link with the site\'s line in the theme is a scan a visitor completes', async () => {
  const { context, page, errors } = await visit(pages['snippet-link.html'].url);
  assert.equal(await page.locator('a[href*="scan.html"]').filter({ hasText: 'Doe de Bouwstenen-scan' }).count(), 0, 'the link made way for the scan');
  // WordPress's page says lang="en-US": the scan follows the page's language.
  const scan = new ScanPage(page, page.locator('[data-bouwstenen]').first(), 'en');
  await scan.complete();
  assert.match(await scan.shareLink(), /#bouwstenen=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the script snippet\'s element, kept by WordPress, becomes the scan through the site\'s line too', async () => {
  const { context, page, errors } = await visit(pages['snippet.html'].url);
  const scan = new ScanPage(page, page.locator('[data-bouwstenen]').first(), 'en');
  await scan.start();
  assert.deepEqual(errors, []);
  await context.close();
});
