// The snippets through the filters of the CMSes in docs/hosting.md's table, as an editor
// without the right to paste scripts would publish them (support/cms-filters.mjs): the script
// and the iframe do not survive; the link does, and with embed.js in the site's template it
// becomes the scan, configured by its address.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { DRUPAL_BASIC_HTML, TYPO3_RTE_DEFAULT, filterHtml } from './support/cms-filters.mjs';
import { ScanPage } from './support/scan-page.mjs';
import { serve } from './support/static-server.mjs';
import { codeFor, siteLine } from '../../web/configurator/snippet.js';
import { DEFAULTS } from '../../web/configurator/settings.js';

const env = useServersAndBrowser();
const SETTINGS = { ...DEFAULTS, lang: 'en', ctaHref: 'https://www.gemeente.nl/contact', ctaText: 'Talk to us' };

test('Drupal Basic HTML and TYPO3\'s rich text take out the script and the iframe, keep the link, and the link becomes the scan', async () => {
  const folderUrl = `${env.servers.assetBase}/`;
  const { context, page } = await openPage(env.browser, 'about:blank');
  const folder = mkdtempSync(join(tmpdir(), 'cms-'));
  const cms = await serve(folder);
  try {
    for (const rules of [DRUPAL_BASIC_HTML, TYPO3_RTE_DEFAULT]) {
      const through = (route) => page.evaluate(([source, html, r]) => {
        const filter = new Function(`return (${source})`)();
        return filter(html, r);
      }, [filterHtml.toString(), codeFor(route, SETTINGS, folderUrl, 'sha384-test'), rules]);
      const script = await through('script');
      assert.doesNotMatch(script, /<script/, `${rules.name}: the script is taken out`);
      assert.doesNotMatch(script, /<div[^>]*data-bouwstenen/, `${rules.name}: no marker element is left`);
      assert.doesNotMatch(await through('iframe'), /<iframe/, `${rules.name}: the iframe is taken out`);
      const link = await through('link');
      assert.match(link, /<a href="[^"]+\/scan\.html\?lang=en&amp;cta-href=/, `${rules.name}: the link and its address stay`);

      // The published page: the filtered text, and the site's template with embed.js.
      const name = `${rules.name.split(' ')[0].toLowerCase()}.html`;
      writeFileSync(join(folder, name), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CMS</title>${siteLine(folderUrl, '')}</head><body><header><a href="/">Home</a></header><main><h1>Artikel</h1>${link}</main></body></html>`);
      const published = await openPage(env.browser, `${cms.url}/${name}`);
      const scan = new ScanPage(published.page, published.page.locator('main [data-bouwstenen]'), 'en');
      await scan.complete();
      assert.equal(await scan.widget.getByRole('link', { name: 'Talk to us' }).getAttribute('href'), 'https://www.gemeente.nl/contact', rules.name);
      assert.deepEqual(published.errors, [], rules.name);
      await published.context.close();
    }
  } finally {
    await cms.close();
    await context.close();
  }
});
