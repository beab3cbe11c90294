// Dialog mode (data-mode="dialog"): a button opens the scan in a modal dialog, and a share link
// opens it with the result.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, colleagueResult, focused, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { drawn, startButton } from './support/scan-page.mjs';

const env = useServersAndBrowser();

test('dialog mode: a button opens the scan in a modal dialog; Esc and the close button return focus; progress is kept', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/dialog.html`, { colorScheme });
    const widget = page.locator('#scan');
    const open = widget.getByRole('button', { name: 'Doe de Bouwstenen-scan' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = widget.getByRole('dialog', { name: 'Bouwstenen-scan' });
    await dialog.waitFor();
    await drawn(widget);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden', 'the page behind does not scroll');
    const focused = () => page.evaluate(() => document.getElementById('scan').shadowRoot.activeElement?.textContent.trim());
    await page.waitForFunction(() => document.getElementById('scan').shadowRoot.activeElement?.matches('h2'));
    assert.equal(await focused(), 'Hoe datagedreven is uw organisatie?', 'focus moved into the dialog, to its heading');
    assert.deepEqual(await audit(page, `dialog ${colorScheme}`), []);

    await startButton(widget).click();
    await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog's close event comes in a task after it closed.
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflow !== 'hidden');
    assert.equal(await focused(), 'Doe de Bouwstenen-scan', 'Esc returns focus to the button');
    // The page behind is usable again.
    await page.getByRole('button', { name: 'Knop van de pagina' }).click();

    await open.click();
    await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
    assert.equal(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), true, 'progress kept');
    await widget.getByRole('button', { name: 'Sluiten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflow !== 'hidden');
    assert.equal(await focused(), 'Doe de Bouwstenen-scan', 'the close button returns focus to the button');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('dialog mode: a share link opens the dialog with the result', async () => {
  const hash = (await colleagueResult(env, { pick: () => 2 })).hash;
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/dialog.html${hash}`);
  const widget = page.locator('#scan');
  await widget.getByRole('dialog').getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  assert.equal(await widget.getByRole('dialog').evaluate((dialog) => dialog.open), true);
  assert.deepEqual(errors, []);
  await context.close();
});
