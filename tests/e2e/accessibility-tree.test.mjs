// What a screen reader gets, nearest without one: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree) on every screen and in the dialog. Every control has a role and
// a name that makes sense out of context; each group of radios is named by its statement; the
// live region says the step, and the results; nothing focusable is hidden from it. And the text
// spacing of WCAG 1.4.12 loses no text. docs/toegankelijkheid.md cites these checks.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, drawn, scanOn } from './support/scan-page.mjs';
import { until } from './support/wait.mjs';

const env = useServersAndBrowser();
const CONTROLS = new Set(['button', 'link', 'radio', 'checkbox', 'textbox', 'combobox', 'textField', 'searchbox', 'tab', 'menuitem']);

/** The tree as nodes with role, name, properties, parent and children. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
  const text = (node) => {
    if (!node) return '';
    if (node.role?.value === 'StaticText') return node.name?.value ?? '';
    return (node.childIds ?? []).map((id) => text(byId.get(id))).join(' ');
  };
  const ancestors = function* (node) {
    for (let at = byId.get(node.parentId); at; at = byId.get(at.parentId)) yield at;
  };
  return { nodes, byId, property, text, ancestors };
}

/** The problems a screen's tree shows; `legends` are the statements on screen. */
async function treeProblems(page, what, legends = []) {
  const { nodes, property, text, ancestors } = await axTree(page);
  const problems = [];
  const shown = nodes.filter((node) => !node.ignored);
  const buttons = new Map();
  for (const node of shown) {
    const role = node.role?.value;
    const name = (node.name?.value ?? '').trim();
    if (CONTROLS.has(role) && !name) problems.push(`${what}: a ${role} without a name`);
    if (role === 'button' && name) {
      if (buttons.has(name)) problems.push(`${what}: two buttons named "${name}"`);
      buttons.set(name, true);
    }
    if (role === 'radio') {
      const group = [...ancestors(node)].find((a) => ['group', 'radiogroup'].includes(a.role?.value));
      const groupName = group?.name?.value?.trim();
      if (!groupName) problems.push(`${what}: radio "${name}" outside a named group`);
      else if (legends.length && !legends.includes(groupName)) problems.push(`${what}: group "${groupName}" is not a statement`);
    }
  }
  for (const node of nodes) {
    if (property(node, 'focusable') && (node.ignored || property(node, 'hidden'))) {
      problems.push(`${what}: focusable but hidden: ${node.role?.value} "${node.name?.value ?? ''}"`);
    }
  }
  // The tree leaves out what aria-hidden hides, focusable or not: ask the page which of its
  // focusable elements sit in a hidden part.
  const hiddenFocusable = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('[data-bouwstenen]')].map((host) => host.shadowRoot).filter(Boolean)];
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    return roots.flatMap((root) => [...root.querySelectorAll(focusable)])
      .filter((element) => getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0)
      .filter((element) => element.closest('[aria-hidden="true"], [inert]'))
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 30)}"`);
  });
  for (const element of hiddenFocusable) problems.push(`${what}: focusable inside aria-hidden: ${element}`);
  const live = shown
    .filter((node) => ['polite', 'assertive'].includes(property(node, 'live')))
    .map((node) => text(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const radios = shown.filter((node) => node.role?.value === 'radio').length;
  return { problems, live, radios };
}

/**
 * The screen's tree once its live region says what `says` accepts: Chromium updates the tree
 * apart from the page, so a test waits for it rather than reading it at once.
 */
async function treeOnceLiveSays(page, what, legends, says) {
  let tree;
  await until(async () => {
    tree = await treeProblems(page, what, legends);
    return tree.live.some(says);
  }, () => `${what}: the live region says "${tree.live}"`);
  return tree;
}

const legendsOf = (widget) => widget.locator('legend').allTextContents().then((texts) => texts.map((t) => t.trim()));

test('every screen: named controls, radio groups named by their statement, the live region per step, nothing focusable hidden', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`);
  const widget = scanOn(page);
  const scan = new ScanPage(page, widget);
  await drawn(widget);
  const all = [];
  all.push(...(await treeProblems(page, 'start screen')).problems);
  await scan.start();
  for (let step = 0; step < 7; step++) {
    await scan.waitForStep(step);
    const legends = await legendsOf(widget);
    assert.ok(legends.length >= 3, `step ${step + 1} has its statements`);
    const heading = (await widget.locator('h2').first().textContent()).trim();
    const { problems, radios } = await treeOnceLiveSays(page, `step ${step + 1}`, legends,
      (text) => text.includes(`Bouwsteen ${step + 1} van 7`) && text.includes(heading));
    all.push(...problems);
    assert.ok(radios >= legends.length * 6, `step ${step + 1}: the tree holds every choice (${radios})`);
    await scan.answerStep(step);
    await scan.nextButton(step).click();
  }
  await scan.waitForResults();
  const results = await treeOnceLiveSays(page, 'results', [], (text) => text.includes('Uw uitslag'));
  all.push(...results.problems);
  // The confirmation question and the keeping of results add controls; each is named too.
  await scan.keep();
  await widget.getByRole('button', { name: 'Wis mijn geschiedenis' }).click();
  all.push(...(await treeProblems(page, 'results, asking to clear the history')).problems);
  assert.deepEqual(all, []);
  await context.close();
});

test('the dialog: a named modal dialog with named controls', async () => {
  const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/dialog.html`);
  await page.getByRole('button', { name: 'Doe de Bouwstenen-scan' }).click();
  await page.getByRole('dialog').waitFor();
  const { nodes, property } = await axTree(page);
  const dialogs = nodes.filter((node) => !node.ignored && node.role?.value === 'dialog');
  assert.equal(dialogs.length, 1);
  assert.ok(dialogs[0].name?.value, 'the dialog has a name');
  assert.equal(property(dialogs[0], 'modal'), true);
  const { problems } = await treeProblems(page, 'dialog');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the text spacing of WCAG 1.4.12 no text is cut off and nothing gets wider than the screen', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const { context, page } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`, { viewport });
    const widget = scanOn(page);
    const scan = new ScanPage(page, widget);
    const spaced = () => widget.evaluate((host) => {
      const style = document.createElement('style');
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      host.shadowRoot.append(style);
    });
    const clipped = () => widget.evaluate((host) => {
      const cut = [];
      for (const element of host.shadowRoot.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        if (!element.textContent.trim() || style.display === 'none' || element.closest('.visually-hidden, svg')) continue;
        const hides = (value) => value === 'hidden' || value === 'clip';
        if ((hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) {
          cut.push(`${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 30)}"`);
        }
      }
      return { cut, wide: document.documentElement.scrollWidth > innerWidth };
    });
    await drawn(widget);
    await spaced();
    assert.deepEqual(await clipped(), { cut: [], wide: false }, `start, ${viewport.width} px`);
    await scan.start();
    await scan.answerAll();
    assert.deepEqual(await clipped(), { cut: [], wide: false }, `results, ${viewport.width} px`);
    await context.close();
  }
});
