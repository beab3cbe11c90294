// Accessibility in headless Chromium: axe-core on every screen in both languages and both colour
// schemes, a keyboard-only run, reduced motion and the contrast of the chart's lines. Print is in
// print.test.mjs, small screens and zoom in phone.test.mjs.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, contrast, focused, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, TEXTS, drawn, scanOn, tableRows, startButton } from './support/scan-page.mjs';

const env = useServersAndBrowser();

/** Each language's page, and the names the page object does not know. */
const LANGUAGES = {
  nl: { ...TEXTS.nl, page: 'a11y.html', anyway: 'Toch naar de uitslag', badLink: 'Deze deellink werkt niet' },
  en: { ...TEXTS.en, page: 'a11y-en.html', anyway: 'To the results anyway', badLink: 'This share link does not work' },
};

async function tabUntil(page, predicate, what, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (predicate(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on any screen (${lang}, ${colorScheme})`, async () => {
      const found = [];
      const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/${words.page}`, { colorScheme });
      const widget = scanOn(page);
      await drawn(widget);
      found.push(...(await audit(page, 'intro')));
      await startButton(widget, lang).click();
      for (let step = 1; step <= 7; step++) {
        await widget.locator('.progress-text', { hasText: words.step(step) }).waitFor();
        await widget.locator('fieldset').first().getByRole('radio').nth(step % 6).check();
        found.push(...(await audit(page, `step ${step}`)));
        await widget.getByRole('button', { name: step === 7 ? words.last : words.next }).click();
      }
      // Statements are open: the question before the results.
      await widget.getByRole('button', { name: words.anyway }).waitFor();
      found.push(...(await audit(page, 'open statements question')));
      await widget.getByRole('button', { name: words.anyway }).click();
      await widget.getByRole('heading', { name: words.results, exact: true }).waitFor();
      found.push(...(await audit(page, 'results')));
      await widget.getByRole('button', { name: words.restart }).click();
      await widget.getByRole('alert').waitFor();
      found.push(...(await audit(page, 'restart question')));
      const shareLink = await widget.locator('#share-link').inputValue();

      const colleague = await openPage(env.browser, shareLink, { colorScheme });
      const shared = scanOn(colleague.page);
      await shared.getByRole('heading', { name: words.shared, exact: true }).waitFor();
      found.push(...(await audit(colleague.page, 'shared results')));
      await colleague.context.close();

      const broken = await openPage(env.browser, `${env.servers.pages.url}/${words.page}#bouwstenen=kapot`, { colorScheme });
      await scanOn(broken.page).getByRole('alert').filter({ hasText: words.badLink }).waitFor();
      found.push(...(await audit(broken.page, 'bad link')));
      await broken.context.close();
      await context.close();
      assert.deepEqual(found, []);
    });
  }
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test(`the whole scan works with the keyboard alone (${lang})`, async () => {
    const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/${words.page}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = scanOn(page);
    await drawn(widget);

    const start = await tabUntil(page, (f) => words.start.test(f.text), 'the start button');
    assert.ok(start.outline, 'the start button shows a focus indicator');
    await page.keyboard.press('Enter');
    for (let step = 1; step <= 7; step++) {
      await widget.locator('.progress-text', { hasText: words.step(step) }).waitFor();
      // Focus is on the new step's heading: the next Tab lands on the first question.
      await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.tagName === 'H2');
      const groups = await widget.locator('fieldset').count();
      for (let group = 0; group < groups; group++) {
        const radio = await tabUntil(page, (f) => f.type === 'radio', 'a radio', 3);
        assert.ok(radio.outline, `radio in step ${step} shows a focus indicator`);
        await page.keyboard.press('Space');
        const level = (step + group) % 5;
        for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
        const now = await focused(page);
        assert.equal(now.checked, true, 'arrows move and check within the group');
        assert.equal(now.name, radio.name, 'arrows stay in the group');
      }
      const next = await tabUntil(page, (f) => f.text === (step === 7 ? words.last : words.next), 'the next button', 4);
      assert.ok(next.outline);
      await page.keyboard.press('Enter');
    }
    await widget.getByRole('heading', { name: words.results, exact: true }).waitFor();
    assert.equal((await tableRows(widget)).length, 7);
    // Every cell was answered on levels (step + statement) % 5: no block is unknown.
    assert.ok((await tableRows(widget)).every((row) => /^\d+%$/.test(row[1])));

    await tabUntil(page, (f) => f.text === words.copyLink, 'the copy button');
    await page.keyboard.press('Enter');
    await widget.getByRole('status').filter({ hasText: words.copied }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await widget.locator('#share-link').inputValue());

    // No trap: Tab leaves the widget again.
    await tabUntil(page, (f) => !f.inWidget, 'the page after the widget');
    await context.close();
  });
}

test('reduced motion turns the transitions off', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`);
  const button = startButton(scanOn(page));
  await button.waitFor();
  assert.notEqual(await button.evaluate((b) => getComputedStyle(b).transitionDuration), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await button.evaluate((b) => getComputedStyle(b).transitionDuration), '0s');
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`chart lines, polygon and control borders have at least 3:1 contrast (${colorScheme})`, async () => {
    const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`, { colorScheme });
    const widget = scanOn(page);
    await new ScanPage(page, widget).complete();
    const colours = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        surface: style('.bouwstenen-root').backgroundColor,
        ring: style('svg.radar-wide .ring').stroke,
        axis: style('svg.radar-wide .axis').stroke,
        polygon: style('svg.radar-wide .result').stroke,
        secondaryButton: style('.button.secondary').borderTopColor,
        input: style('#share-link').borderTopColor,
      };
    });
    for (const [name, colour] of Object.entries(colours)) {
      if (name === 'surface') continue;
      const ratio = contrast(colour, colours.surface);
      assert.ok(ratio >= 3, `${name} ${colour} on ${colours.surface}: ${ratio.toFixed(2)}:1`);
    }
    await context.close();
  });
}
