// A strict Content-Security-Policy on the host page: the scan, and dialog mode with two themed
// scans, without a single violation.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOnlyOwnRequests, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn, scanOn, startButton } from './support/scan-page.mjs';
import { until } from './support/wait.mjs';
import { RESULTS_PART, WASM_FILE } from './support/contract.mjs';

const env = useServersAndBrowser();

test('works under a strict Content-Security-Policy without a violation', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/csp.html`);
  const widget = scanOn(page);
  await new ScanPage(page, widget).complete();
  await widget.getByRole('button', { name: 'Kopieer link' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, [env.servers.pages.url]);
  // Styled, not bare: the constructed stylesheet applied.
  const background = await widget.locator('.button.primary').first().evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)');
  await context.close();
});

test('dialog mode under a strict CSP: two themed scans, each loaded when near, each opening its own dialog', async () => {
  const { context, page, requests, errors } = await openPage(env.browser, `${env.servers.pages.url}/csp-dialog.html`);
  const first = page.locator('#team-a');
  const second = page.locator('#team-b');
  await first.getByRole('button', { name: 'Scan voor team A' }).click();
  await drawn(first.getByRole('dialog'));
  await page.keyboard.press('Escape');
  await first.getByRole('dialog').waitFor({ state: 'hidden' });
  const fetched = (file) => requests.filter((url) => url.endsWith(`/${file}`)).length;
  assert.equal(fetched(WASM_FILE), 1);
  assert.equal(fetched(RESULTS_PART), 0, 'no results\' part before a visitor starts');

  const open = second.getByRole('button', { name: 'Scan voor team B' });
  await open.scrollIntoViewIfNeeded();
  assert.equal(await open.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(106, 27, 154)', 'its own theme');
  await open.click();
  await startButton(second.getByRole('dialog')).click();
  await second.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  assert.equal(await first.locator('.progress-text').count(), 0, 'the other scan stays on its start screen');
  assert.equal(fetched(WASM_FILE), 1, 'one wasm for both');
  await until(() => fetched(RESULTS_PART), 'the results\' part to be fetched');
  assert.equal(fetched(RESULTS_PART), 1, 'the results\' part once started, under the same policy');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
