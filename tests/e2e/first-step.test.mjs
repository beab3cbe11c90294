// The first step before the wasm (web/first-step.js): once its first-step file is in, a visitor
// can start and answer the first building block while the wasm is still on its way, and the
// widget takes over where they are: same answers, same focus, same elements, nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { audit, focused, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn as drawnByTheWidget, scanOn, startButton, nextButton } from './support/scan-page.mjs';
import { settle } from './support/wait.mjs';
import { holdBack, tamperWith } from './support/network.mjs';
import { WASM_FILE, firstStepFile } from './support/contract.mjs';

const env = useServersAndBrowser();
const WASM = WASM_FILE;
const FIRST_STEP = firstStepFile('nl');

/** A page whose wasm is held back; `open()` goes to `path`. */
async function withWasmHeldBack(path = '/plain.html') {
  const { context, page, requests, errors } = await openPage(env.browser, 'about:blank');
  const release = await holdBack(page, WASM);
  await page.goto(`${env.servers.pages.url}${path}`);
  return { context, page, requests, errors, release, widget: scanOn(page) };
}

/** The widget's screen as its elements, attributes and texts, whoever drew it. */
const shapeOf = (widget) => widget.locator('section.step').evaluate((section) => {
  const KEPT = ['class', 'id', 'name', 'value', 'for', 'type', 'tabindex', 'aria-hidden', 'data-state', 'data-dont-know'];
  const shape = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attributes = KEPT.filter((name) => node.hasAttribute(name)).map((name) => `${name}=${node.getAttribute(name)}`);
    const checked = node.checked ? ' checked' : '';
    return `<${node.localName} ${attributes.join(' ')}${checked}>${[...node.childNodes].map(shape).join('')}</${node.localName}>`;
  };
  return shape(section);
});

test('the first step is answered before the wasm is there, and the widget takes over with the answers and the focus', async () => {
  const { context, page, requests, errors, release, widget } = await withWasmHeldBack();
  await startButton(widget).click();
  assert.equal((await focused(page)).tag, 'H2', 'the step\'s heading has the focus, as in the widget');
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7 · 0 van 5 stellingen beantwoord' }).waitFor();
  const statements = widget.locator('fieldset');
  await statements.nth(0).getByRole('radio').nth(3).check();
  await statements.nth(1).getByRole('radio', { name: 'Weet ik niet' }).check();
  await widget.locator('.progress-text', { hasText: '2 van 5 stellingen beantwoord' }).waitFor();
  assert.equal(await widget.locator('[aria-live]').textContent(), 'Bouwsteen 1 van 7: Werk aan een data-cultuur. 2 van 5 stellingen beantwoord.');
  assert.ok(await widget.locator('.placeholder').isVisible(), 'still embed.js\'s step');
  const before = await shapeOf(widget);
  const fetched = requests.map((url) => basename(new URL(url).pathname));
  assert.ok(fetched.includes(FIRST_STEP));
  await statements.nth(1).getByRole('radio', { name: 'Weet ik niet' }).focus();

  release();
  await drawnByTheWidget(widget);
  assert.equal(await shapeOf(widget), before, 'the widget draws the same step, with the same answers');
  const focus = await focused(page);
  assert.deepEqual([focus.tag, focus.name, focus.checked], ['INPUT', 's16', true], 'the focus stays on the same radio');
  // The widget goes on from there, and saved what was answered.
  await page.keyboard.press('ArrowUp');
  await widget.locator('.progress-text', { hasText: '2 van 5 stellingen beantwoord' }).waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('bouwstenen-scan:bouwstenen:progress'));
  assert.ok(saved, 'the progress is saved as if answered in the widget');
  await nextButton(widget).click();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  await widget.getByRole('button', { name: 'Vorige' }).click();
  assert.ok(await statements.nth(0).getByRole('radio').nth(3).isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing on the start screen and the first step before the wasm, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(env.browser, 'about:blank', { colorScheme });
    const release = await holdBack(page, WASM);
    await page.goto(`${env.servers.pages.url}/a11y.html`);
    const widget = scanOn(page);
    await startButton(widget).waitFor();
    assert.deepEqual(await audit(page, `start screen before the wasm, ${colorScheme}`), []);
    await startButton(widget).click();
    await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
    await nextButton(widget).focus();
    assert.deepEqual(await audit(page, `first step before the wasm, ${colorScheme}`), []);
    await nextButton(widget).click();
    assert.deepEqual(await audit(page, `first step waiting for the wasm, ${colorScheme}`), []);
    release();
    await drawnByTheWidget(widget);
    await context.close();
  }
});

test('a double click on the first step\'s "Start de scan" and "Volgende" answers nothing and moves one step', async () => {
  const { context, page, release, widget } = await withWasmHeldBack();
  const doubleClick = async (button) => {
    const box = await button.boundingBox();
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  };
  await doubleClick(startButton(widget));
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7' }).waitFor();
  await settle(page);
  assert.equal(await widget.locator('input:checked').count(), 0, 'no statement answered');
  await nextButton(widget).scrollIntoViewIfNeeded();
  await doubleClick(nextButton(widget));
  release();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  await settle(page);
  assert.match(await widget.locator('.progress-text').textContent(), /^Bouwsteen 2 van 7 · 0 van/, 'one step on, nothing answered');
  await context.close();
});

test('"Volgende" before the wasm is there: the step says it is loading, and the widget opens the next step', async () => {
  const { context, page, errors, release, widget } = await withWasmHeldBack();
  await startButton(widget).click();
  await widget.locator('fieldset').first().getByRole('radio').nth(1).check();
  await nextButton(widget).click();
  const loading = widget.getByRole('status');
  assert.equal(await loading.textContent(), 'De scan wordt geladen…');
  assert.equal((await focused(page)).text, 'De scan wordt geladen…', 'the focus stays on the step');

  release();
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 2 van 7' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.localName === 'h2');
  assert.equal((await focused(page)).text, await widget.locator('h2').textContent(), 'the new step\'s heading has the focus');
  await widget.getByRole('button', { name: 'Vorige' }).click();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(1).isChecked(), 'the answer is there');
  assert.deepEqual(errors, []);
  await context.close();
});

test('back to the start screen before the wasm: the widget offers to go on with the answers', async () => {
  const { context, release, widget, errors } = await withWasmHeldBack();
  await startButton(widget).click();
  await widget.locator('fieldset').first().getByRole('radio').nth(4).check();
  await widget.getByRole('button', { name: 'Vorige' }).click();
  await startButton(widget).click();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(4).isChecked(), 'back and forth keeps the answer');
  await widget.getByRole('button', { name: 'Vorige' }).click();
  assert.equal(await widget.locator('[aria-live]').textContent(), '', 'the start screen\'s live region says nothing, as the widget\'s');
  release();
  await widget.getByRole('button', { name: 'Ga verder waar u was' }).waitFor();
  await widget.getByRole('button', { name: 'Ga verder waar u was' }).click();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(4).isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test('with saved progress, a share link or a preview the placeholder waits for the widget', async () => {
  for (const [path, setUp] of [
    ['/plain.html', (page) => page.addInitScript(() => localStorage.setItem('bouwstenen-scan:bouwstenen-team:progress', 'saved'))],
    ['/plain.html#bouwstenen=x', () => {}],
    ['/preview.html', () => {}],
  ]) {
    const { context, page } = await openPage(env.browser, 'about:blank');
    const release = await holdBack(page, WASM);
    await setUp(page);
    const firstStepIn = page.waitForEvent('requestfinished', (request) => request.url().endsWith(`/${FIRST_STEP}`));
    await page.goto(`${env.servers.pages.url}${path}`);
    const widget = scanOn(page);
    await widget.locator('.pending').waitFor();
    // Where embed.js would offer its start: once its first-step file is in and handled.
    await firstStepIn;
    await settle(page);
    assert.equal(await startButton(widget).count(), 0, `no start of its own on ${path}`);
    release();
    await drawnByTheWidget(widget);
    await context.close();
  }
});

test('a changed first-step file is refused, and the widget draws the scan itself: the load failure only when the wasm fails too', async () => {
  const { context, page } = await openPage(env.browser, 'about:blank');
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await tamperWith(page, FIRST_STEP);
  await page.goto(`${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await drawnByTheWidget(widget);
  assert.ok(errors.some((text) => text.includes(FIRST_STEP)), `the console names the file: ${errors}`);
  assert.ok(errors.some((text) => /integrity/i.test(text)), `the browser refused it by its hash: ${errors}`);
  assert.equal(await widget.getByRole('alert').count(), 0, 'no load failure: the scan can start');
  const scan = new ScanPage(page, widget);
  await scan.start();
  await scan.answerStep(0);
  await nextButton(widget).click();
  await scan.waitForStep(1);
  await context.close();

  // Both refused: then the scan cannot start, and says so.
  const both = await openPage(env.browser, 'about:blank');
  await both.page.route(`**/${FIRST_STEP}`, (route) => route.abort());
  await both.page.route(`**/${WASM}`, (route) => route.abort());
  await both.page.goto(`${env.servers.pages.url}/plain.html`);
  const failed = scanOn(both.page);
  await failed.getByRole('alert').waitFor();
  assert.match(await failed.getByRole('alert').textContent(), /De scan kon niet worden geladen/);
  await both.page.unroute(`**/${FIRST_STEP}`);
  await both.page.unroute(`**/${WASM}`);
  await failed.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await drawnByTheWidget(failed);
  await both.context.close();
});

test('a wasm that fails while the visitor answers: the answers stay, and "Probeer opnieuw" brings the widget', async () => {
  const { context, page } = await openPage(env.browser, 'about:blank');
  let fail = true;
  let release;
  const failing = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${WASM}`, async (route) => {
    if (!fail) return route.continue();
    await failing;
    return route.abort();
  });
  await page.goto(`${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  await widget.locator('fieldset').first().getByRole('radio').nth(2).check();
  release();
  await widget.getByRole('alert').waitFor();
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), 'the answer is still there');
  fail = false;
  await widget.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await drawnByTheWidget(widget);
  assert.ok(await widget.locator('fieldset').first().getByRole('radio').nth(2).isChecked(), 'the widget has it');
  assert.equal(await widget.getByRole('alert').count(), 0);
  await context.close();
});

test('on a page in English, in a dialog: the first step speaks English, and the widget takes over in English', async () => {
  const { context, page, errors, release, widget } = await withWasmHeldBack('/a11y-en.html');
  await startButton(widget, 'en').click();
  await widget.locator('.progress-text', { hasText: 'Building block 1 of 7 · 0 of 5 statements answered' }).waitFor();
  await widget.locator('fieldset').first().getByRole('radio', { name: 'I don’t know' }).check();
  release();
  await drawnByTheWidget(widget);
  assert.equal(await widget.locator('.scan').getAttribute('lang'), 'en');
  assert.ok(await widget.locator('fieldset').first().getByRole('radio', { name: 'I don’t know' }).isChecked());
  await context.close();

  const dialog = await withWasmHeldBack('/dialog.html');
  await dialog.widget.getByRole('button', { name: 'Doe de Bouwstenen-scan' }).click();
  await startButton(dialog.widget).click();
  await dialog.widget.locator('fieldset').first().getByRole('radio').nth(0).check();
  dialog.release();
  await drawnByTheWidget(dialog.widget);
  assert.ok(await dialog.widget.locator('fieldset').first().getByRole('radio').nth(0).isChecked());
  assert.equal((await focused(dialog.page)).name, 's15', 'the focus stays on the radio, in the dialog');
  assert.deepEqual([...errors, ...dialog.errors], []);
  await dialog.context.close();
});

test('answers given before a wasm that fails are still there after a reload', async () => {
  const { context, page } = await openPage(env.browser, 'about:blank');
  await page.route(`**/${WASM}`, (route) => route.abort());
  await page.goto(`${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  await startButton(widget).click();
  const statements = widget.locator('fieldset');
  await statements.nth(0).getByRole('radio').nth(2).check();
  await statements.nth(2).getByRole('radio', { name: 'Weet ik niet' }).check();
  await widget.getByRole('alert').waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('bouwstenen-scan:bouwstenen:progress'));
  assert.match(saved ?? '', /^first\|nl\|\d{4}-\d{2}-\d{2}\|step=0&s15=2&s17=x$/, `embed.js saved the step: ${saved}`);

  await page.unroute(`**/${WASM}`);
  await page.reload();
  await drawnByTheWidget(widget);
  await widget.locator('.progress-text', { hasText: 'Bouwsteen 1 van 7 · 2 van 5 stellingen beantwoord' }).waitFor();
  assert.ok(await statements.nth(0).getByRole('radio').nth(2).isChecked(), 'the first answer is back');
  assert.ok(await statements.nth(2).getByRole('radio', { name: 'Weet ik niet' }).isChecked(), 'and the second');
  // From here the widget saves the progress in its own format.
  await statements.nth(1).getByRole('radio').nth(0).check();
  await page.waitForFunction(() => localStorage.getItem('bouwstenen-scan:bouwstenen:progress')?.startsWith('3|step0|nl|'));
  await context.close();
});

test('embed.js\'s step stores only where the widget would: the storage chosen, and never a key it cannot be sure of', async () => {
  const stored = (page) => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  for (const [path, expected] of [
    [`/scan.html?storage=session`, (value) => ({ local: {}, session: { 'bouwstenen-scan:bouwstenen:progress': value } })],
    [`/scan.html?storage=none`, () => ({ local: {}, session: {} })],
    // Two scans without a name: which gets "bouwstenen-2" the widget decides when it mounts.
    ['/two-widgets.html', () => ({ local: {}, session: {} })],
  ]) {
    const { context, page } = await openPage(env.browser, 'about:blank');
    const release = await holdBack(page, WASM);
    const base = path.startsWith('/scan.html') ? env.servers.assetBase : env.servers.pages.url;
    await page.goto(`${base}${path}`);
    const widget = scanOn(page);
    await startButton(widget).click();
    assert.deepEqual(await stored(page), { local: {}, session: {} }, `${path}: starting stores nothing`);
    await widget.locator('fieldset').first().getByRole('radio').nth(1).check();
    const now = await stored(page);
    const value = Object.values(now.session)[0];
    assert.deepEqual(now, expected(value), path);
    if (value) assert.match(value, /^first\|nl\|\d{4}-\d{2}-\d{2}\|step=0&s15=1$/);
    release();
    await drawnByTheWidget(widget);
    await context.close();
  }
});

test('a mount() option that is not text is ignored, as the widget ignores it', async () => {
  const { context, page, errors, release } = await withWasmHeldBack();
  await page.evaluate(async (url) => {
    const { mount } = await import(url);
    const element = document.createElement('div');
    element.id = 'from-api';
    document.body.append(element);
    // Not awaited: it resolves once the wasm (held back here) is in.
    mount(element, { name: 42, storage: false, preview: true });
  }, `${env.servers.assetBase}/embed.js`);
  const widget = scanOn(page, '#from-api');
  await startButton(widget).waitFor();
  release();
  await drawnByTheWidget(widget);
  assert.deepEqual(errors, []);
  await context.close();
});
