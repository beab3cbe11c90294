// The organisation's call to action on the results (data-cta-href, data-cta-text).
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn } from './support/scan-page.mjs';

const env = useServersAndBrowser();

test('the call to action follows the overall score, in the screen\'s language, and in print', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/cta.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  const link = widget.getByRole('link', { name: 'Plan een gesprek met ons dataloket' });
  assert.equal(await link.getAttribute('href'), 'https://www.gemeente.example/data/gesprek');
  // Right after the overall score: the next element after the score box.
  assert.equal(await widget.locator('.overall + .cta a').count(), 1);
  await widget.getByRole('button', { name: 'English' }).click();
  await widget.getByRole('link', { name: 'Talk to our data desk' }).waitFor();

  await page.emulateMedia({ media: 'print' });
  assert.ok(await widget.getByRole('link', { name: 'Talk to our data desk' }).isVisible(), 'printed');
  assert.ok(await widget.getByText('https://www.gemeente.example/data/gesprek', { exact: true }).isVisible(), 'its address printed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad call to action is left out with a console warning; markup is never HTML', async () => {
  const cases = [
    [{ ctaHref: 'javascript:alert(1)', ctaText: 'Klik hier' }, 'data-cta-href'],
    [{ ctaHref: 'data:text/html,hoi', ctaText: 'Klik hier' }, 'data-cta-href'],
    [{ ctaHref: '/contact', ctaText: '<img src=x onerror=alert(1)>Klik' }, 'data-cta-text'],
    [{ ctaHref: '/contact', ctaText: 'x'.repeat(81) }, 'data-cta-text'],
    [{ ctaHref: '/contact', ctaText: '   ' }, 'data-cta-text'],
    [{ ctaHref: '/contact' }, 'data-cta-href'],
  ];
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.waitForFunction(() => window.scanApi);
  for (const [options, attribute] of cases) {
    warnings.length = 0;
    const found = await page.evaluate(async (options) => {
      const element = document.createElement('div');
      document.body.append(element);
      await window.scanApi.mount(element, options);
      const shadow = element.shadowRoot;
      while (!shadow.querySelector('.intro .button.primary')) await new Promise((r) => setTimeout(r, 20));
      const result = { img: document.querySelectorAll('img').length + shadow.querySelectorAll('img').length };
      await window.scanApi.unmount(element);
      element.remove();
      return result;
    }, options);
    assert.equal(found.img, 0, 'no markup became an element');
    assert.ok(warnings.some((text) => text.includes(`${attribute}=`) && text.includes('ignored')), `${JSON.stringify(options)}: ${warnings}`);
  }
  // And on the results nothing is shown: one case through to the end.
  const widgetPage = await openPage(env.browser, `${env.servers.pages.url}/spa.html`);
  await widgetPage.page.waitForFunction(() => window.scanApi);
  await widgetPage.page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'bad-cta';
    document.body.append(element);
    return window.scanApi.mount(element, { ctaHref: 'javascript:alert(1)', ctaText: 'Klik hier' });
  });
  const widget = widgetPage.page.locator('#bad-cta');
  await new ScanPage(widgetPage.page, widget).complete();
  assert.equal(await widget.locator('.cta').count(), 0);
  await widgetPage.context.close();
  await context.close();
});
