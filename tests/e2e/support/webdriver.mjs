// Playwright's page and locator, as far as the page object (scan-page.mjs) and the cross-browser
// suite use them, over WebDriver (selenium-webdriver): so Firefox and WebKit run the same
// `ScanPage` as Chromium does. A locator is a chain of steps that a script in the page resolves
// each time it is used, through open shadow roots, as Playwright's do; actions wait for their
// element as Playwright's do (support/wait.mjs).
import { writeFile } from 'node:fs/promises';
import { PATIENCE_MS, settle, until } from './wait.mjs';

/**
 * Runs in the page: the elements `steps` find from the document (or from `scope`). Each step:
 * `{ css }`, `{ role, name, exact, level }`, `{ label, exact }`, `{ text, exact }`,
 * `{ hasText }`, `{ nth }`. Names and texts are `{ source, flags }` for a regular expression.
 */
function resolveInPage(steps, visibleOnly) {
  const descendants = (root) => {
    const found = [];
    const visit = (node) => {
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const child of node.children) {
        found.push(child);
        visit(child);
      }
    };
    visit(root);
    return found;
  };
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matcher = (wanted, exact) => {
    if (wanted && typeof wanted === 'object') {
      const pattern = new RegExp(wanted.source, wanted.flags);
      return (text) => pattern.test(squash(text));
    }
    return exact
      ? (text) => squash(text) === squash(wanted)
      : (text) => squash(text).toLowerCase().includes(squash(wanted).toLowerCase());
  };
  const IMPLICIT = [
    ['button', 'button, input[type=button], input[type=submit], input[type=reset]'],
    ['link', 'a[href]'],
    ['radio', 'input[type=radio]'],
    ['checkbox', 'input[type=checkbox]'],
    ['heading', 'h1, h2, h3, h4, h5, h6'],
    ['dialog', 'dialog'],
    ['status', 'output'],
    ['textbox', 'input:not([type]), input[type=text], input[type=url], input[type=email], input[type=search], textarea'],
    ['combobox', 'select'],
    ['group', 'fieldset'],
    ['table', 'table'],
    ['img', 'img'],
  ];
  const roleOf = (element) => element.getAttribute('role')
    ?? IMPLICIT.find(([, selector]) => element.matches(selector))?.[0];
  const hiddenFromTree = (element) => element.closest('[aria-hidden="true"], [inert]') !== null;
  const visible = (element) => element.checkVisibility({ checkVisibilityCSS: true, opacityProperty: false })
    && element.getClientRects().length > 0;
  const textOf = (id, root) => root.getElementById?.(id)?.textContent ?? '';
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\s+/).map((id) => textOf(id, element.getRootNode())).join(' ');
    const label = element.getAttribute('aria-label');
    if (label) return label;
    if (element.labels?.length) return [...element.labels].map((each) => each.textContent).join(' ');
    if (element.matches('input[type=button], input[type=submit], input[type=reset]')) return element.value;
    if (element.matches('img')) return element.alt;
    if (element.matches('dialog, fieldset, table')) {
      const legend = element.querySelector('legend, caption');
      return legend ? legend.textContent : '';
    }
    return element.textContent;
  };
  let found = null;
  for (const step of steps) {
    const scopes = found ?? [document];
    if (step.nth !== undefined) {
      const at = step.nth < 0 ? found.length + step.nth : step.nth;
      found = at >= 0 && at < found.length ? [found[at]] : [];
      continue;
    }
    if (step.hasText !== undefined) {
      const matches = matcher(step.hasText, false);
      found = scopes.filter((element) => matches(element.textContent));
      continue;
    }
    const all = [...new Set(scopes.flatMap((scope) => descendants(scope)))];
    if (step.css !== undefined) {
      found = all.filter((element) => element.matches(step.css));
    } else if (step.role !== undefined) {
      const named = step.name === undefined ? () => true : matcher(step.name, step.exact);
      found = all.filter((element) => roleOf(element) === step.role && visible(element) && !hiddenFromTree(element)
        && (step.level === undefined || element.tagName === `H${step.level}`) && named(nameOf(element)));
    } else if (step.label !== undefined) {
      const named = matcher(step.label, step.exact);
      found = all.filter((element) => (element.labels?.length || element.hasAttribute('aria-label')) && named(nameOf(element)));
    } else if (step.text !== undefined) {
      const matches = matcher(step.text, step.exact);
      // The innermost elements with the text, as Playwright's getByText.
      found = all.filter((element) => matches(element.textContent)
        && ![...element.children].some((child) => matches(child.textContent)));
    }
  }
  return (found ?? []).filter((element) => !visibleOnly || visible(element));
}

/** A name or text as the page script takes it (a RegExp does not cross the wire). */
const wire = (value) => (value instanceof RegExp ? { source: value.source, flags: value.flags } : value);
/** A function's text, for a script in the page. */
const asScript = (fn) => (typeof fn === 'function' ? fn.toString() : `() => (${fn})`);
const RESOLVE = `return (${resolveInPage.toString()})(arguments[0], arguments[1]);`;

export class WebDriverLocator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  with(...steps) {
    return new WebDriverLocator(this.page, [...this.steps, ...steps]);
  }

  locator(css, { hasText } = {}) {
    return hasText === undefined ? this.with({ css }) : this.with({ css }, { hasText: wire(hasText) });
  }

  getByRole(role, { name, exact = false, level } = {}) {
    return this.with({ role, name: wire(name), exact, level });
  }

  getByLabel(label, { exact = false } = {}) {
    return this.with({ label: wire(label), exact });
  }

  getByText(text, { exact = false } = {}) {
    return this.with({ text: wire(text), exact });
  }

  filter({ hasText }) {
    return this.with({ hasText: wire(hasText) });
  }

  first() {
    return this.with({ nth: 0 });
  }

  last() {
    return this.with({ nth: -1 });
  }

  nth(index) {
    return this.with({ nth: index });
  }

  /**
   * The elements now (WebElements), visible ones only if asked. An element the page replaces
   * while the answer is on its way comes back as stale: then the page is asked again.
   */
  async elements(visibleOnly = false) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.page.driver.executeScript(RESOLVE, this.steps, visibleOnly);
      } catch (error) {
        if (error.name !== 'StaleElementReferenceError' || attempt === 5) throw error;
      }
    }
  }

  async count() {
    return (await this.elements()).length;
  }

  /** `state`: 'visible' (the default), 'attached', 'hidden' or 'detached', as Playwright's. */
  async waitFor({ state = 'visible', timeout = PATIENCE_MS } = {}) {
    const ready = {
      visible: async () => (await this.elements(true)).length > 0,
      attached: async () => (await this.elements()).length > 0,
      hidden: async () => (await this.elements(true)).length === 0,
      detached: async () => (await this.elements()).length === 0,
    }[state];
    await until(ready, async () => `${JSON.stringify(this.steps)} to be ${state}${await this.page.saidSoFar()}`, timeout);
  }

  /** The first visible element, once there is one. */
  async element(visibleOnly = true) {
    let element;
    await until(async () => {
      [element] = await this.elements(visibleOnly);
      return element !== undefined;
    }, async () => `${JSON.stringify(this.steps)} to be there${await this.page.saidSoFar()}`);
    return element;
  }

  /** A real click (WebDriver's), retried while something else covers the element. */
  async click() {
    let failure;
    await until(async () => {
      try {
        await (await this.element()).click();
        return true;
      } catch (error) {
        if (!/intercept|not interactable|stale|scroll/i.test(error.name + error.message)) throw error;
        failure = error;
        return false;
      }
    }, () => `a click on ${JSON.stringify(this.steps)}: ${failure?.message}`);
  }

  async check() {
    if (!(await this.isChecked())) await this.click();
    await until(() => this.isChecked(), () => `${JSON.stringify(this.steps)} to be checked`);
  }

  async fill(text) {
    const element = await this.element();
    await element.clear();
    await element.sendKeys(text);
  }

  async evaluate(fn, arg) {
    const element = await this.element(false);
    return this.page.driver.executeScript(`return (${asScript(fn)})(arguments[0], arguments[1]);`, element, arg);
  }

  async evaluateAll(fn, arg) {
    return this.page.driver.executeScript(
      `return (${asScript(fn)})((${resolveInPage.toString()})(arguments[0], false), arguments[1]);`, this.steps, arg,
    );
  }

  blur() {
    return this.evaluate((element) => element.blur());
  }

  focus() {
    return this.evaluate((element) => element.focus());
  }

  textContent() {
    return this.evaluate((element) => element.textContent);
  }

  inputValue() {
    return this.evaluate((element) => element.value);
  }

  getAttribute(name) {
    return this.evaluate((element, attribute) => element.getAttribute(attribute), name);
  }

  isChecked() {
    return this.evaluate((element) => element.checked === true);
  }

  async isVisible() {
    return (await this.elements(true)).length > 0;
  }

  allTextContents() {
    return this.evaluateAll((elements) => elements.map((element) => element.textContent));
  }

  scrollIntoViewIfNeeded() {
    return this.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  }
}

/**
 * A page over a WebDriver session, in the one browsing context the session is in. `phone`: the
 * page runs in a frame of a phone's width on the host page (phone.html), since neither
 * Firefox's nor MiniBrowser's window goes that narrow; the frame is the page's viewport.
 */
export class WebDriverPage {
  constructor(driver, { engine, phone = null } = {}) {
    this.driver = driver;
    this.engine = engine;
    this.phone = phone;
    // The WebDriver commands sent and not yet answered: what a browser that stopped answering
    // was asked last (tests/engines/visitor.mjs says it).
    this.waitingFor = new Set();
    const execute = driver.execute.bind(driver);
    driver.execute = (command) => {
      const name = command.getName();
      this.waitingFor.add(name);
      return execute(command).finally(() => this.waitingFor.delete(name));
    };
  }

  locator(css) {
    return new WebDriverLocator(this, [{ css }]);
  }

  getByRole(role, options) {
    return new WebDriverLocator(this, []).getByRole(role, options);
  }

  async goto(url) {
    if (!this.phone) {
      await this.driver.get(url);
      return;
    }
    await this.driver.switchTo().defaultContent();
    await this.driver.get(`${this.phone.frameUrl}?width=${this.phone.width}&height=${this.phone.height}`);
    const frame = await this.driver.findElement({ css: 'iframe' });
    await this.driver.executeScript('arguments[0].src = arguments[1];', frame, url);
    await this.driver.switchTo().frame(frame);
    await until(async () => (await this.evaluate(() => location.href)) === url, `the frame to open ${url}`);
    await this.waitForLoad();
  }

  async reload() {
    const before = await this.evaluate(() => performance.timeOrigin);
    await this.driver.executeScript('location.reload();');
    await until(async () => {
      try {
        return (await this.evaluate(() => performance.timeOrigin)) !== before;
      } catch {
        return false;
      }
    }, 'the page to reload');
    await this.waitForLoad();
  }

  waitForLoad() {
    return until(async () => (await this.evaluate(() => document.readyState)) === 'complete', 'the page to load');
  }

  evaluate(fn, arg) {
    return this.driver.executeScript(`return (${asScript(fn)})(arguments[0]);`, arg);
  }

  /** What the page recorded of its problems (support/release-host.mjs), for a failure's message. */
  async saidSoFar() {
    const problems = await this.evaluate(() => window.recordedProblems ?? []).catch(() => []);
    return problems.length ? `; the page recorded: ${problems.join('; ')}` : '';
  }

  /** `fn(arg)` in the frame `css` finds on this page. */
  async evaluateInFrame(css, fn, arg) {
    await this.driver.switchTo().frame(await (await this.locator(css).element(false)));
    try {
      return await this.evaluate(fn, arg);
    } finally {
      await this.driver.switchTo().parentFrame();
    }
  }

  async waitForFunction(fn, arg) {
    await until(async () => Boolean(await this.evaluate(fn, arg)), () => `${asScript(fn)} to be true`);
  }

  /**
   * The window as a PNG, once what was drawn last is on screen (with a phone, its frame at the
   * left: WebKitGTK shifts an element's own screenshot by its window's bar).
   */
  async screenshot(path) {
    await settle(this);
    await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
}
