// The scan as a visitor uses it, in the manner of leptos' counters_page.ts: one place that knows
// the widget's buttons, fields and steps, so a test says what the visitor does, not how to find
// it. Dutch by default; `texts` gives the English names.

/** The names the visitor reads, per language. */
export const TEXTS = {
  nl: {
    start: /^(Start de scan|Ga verder waar u was)$/,
    step: (n) => `Bouwsteen ${n} van 7`,
    next: 'Volgende',
    last: 'Naar de uitslag',
    results: 'Uw uitslag',
    shared: 'Gedeelde uitslag',
    edit: 'Antwoorden aanpassen',
    restart: 'Opnieuw beginnen',
    restartConfirm: 'Ja, wis mijn antwoorden',
    label: 'Naam bij deze uitslag (niet verplicht)',
    keep: 'Bewaar deze uitslag op dit apparaat om later te vergelijken',
    compareField: 'Vergelijk met…',
    compare: 'Vergelijk',
    copyLink: 'Kopieer link',
    copied: 'De link is gekopieerd.',
  },
  en: {
    start: /^(Start the scan|Continue where you left off)$/,
    step: (n) => `Building block ${n} of 7`,
    next: 'Next',
    last: 'To the results',
    results: 'Your results',
    shared: 'Shared results',
    edit: 'Change answers',
    restart: 'Start again',
    restartConfirm: 'Yes, erase my answers',
    label: 'Name for these results (optional)',
    keep: 'Keep these results on this device to compare later',
    compareField: 'Compare with…',
    compare: 'Compare',
    copyLink: 'Copy link',
    copied: 'The link has been copied.',
  },
};

/** The level chosen for statement `statement` of step `step` (0-based): 0–4, or 5 for "Weet ik niet". */
export const VARIED = (step, statement) => (step + statement) % 6;

/** The widget's host element on `page`: the first scan, or the one `selector` names. */
export function scanOn(page, selector = '[data-bouwstenen]') {
  return page.locator(selector).first();
}

/**
 * Waits until the widget has taken the placeholder's place. Its start button is there before
 * (embed.js's own, web/first-step.js), so a test of the widget itself waits for this.
 */
export function drawn(widget) {
  return widget.locator('.scan:not(.placeholder)').waitFor();
}

/** The start screen's button: "Start de scan" (or "Ga verder waar u was"), embed.js's or the widget's. */
export function startButton(widget, lang = 'nl') {
  return widget.getByRole('button', { name: TEXTS[lang].start });
}

/** "Volgende" on step `step` (0-based), "Naar de uitslag" on the last. */
export function nextButton(widget, step = 0, lang = 'nl') {
  return widget.getByRole('button', { name: step === 6 ? TEXTS[lang].last : TEXTS[lang].next, exact: true });
}

export class ScanPage {
  /**
   * @param page a playwright page
   * @param widget a locator of the scan's host element (the first scan on the page if left out)
   * @param lang 'nl' or 'en', for the names of buttons and headings
   */
  constructor(page, widget = scanOn(page), lang = 'nl') {
    this.page = page;
    this.widget = widget;
    this.lang = lang;
    this.texts = TEXTS[lang];
  }

  get startButton() {
    return startButton(this.widget, this.lang);
  }

  nextButton(step = 0) {
    return nextButton(this.widget, step, this.lang);
  }

  /** "Start de scan" (or "Ga verder waar u was"), then waits for the first step. */
  async start() {
    await this.startButton.click();
    await this.waitForStep(0);
  }

  async waitForStep(step) {
    await this.widget.locator('.progress-text', { hasText: this.texts.step(step + 1) }).waitFor();
  }

  /** Chooses a level for every statement of the step shown: `pick(step, statement)`. */
  async answerStep(step, pick = VARIED) {
    const fieldsets = this.widget.locator('fieldset');
    const count = await fieldsets.count();
    for (let i = 0; i < count; i++) {
      await fieldsets.nth(i).getByRole('radio').nth(pick(step, i)).check();
    }
  }

  /**
   * From the first step on: answers each step with `pick` and moves on, to the results. `onStep`
   * runs on each step once it is answered (a screenshot, say).
   */
  async answerAll(pick = VARIED, onStep = async () => {}) {
    for (let step = 0; step < 7; step++) {
      await this.waitForStep(step);
      await this.answerStep(step, pick);
      await onStep(step);
      await this.nextButton(step).click();
    }
    await this.waitForResults();
  }

  /** Start, every statement answered with `pick`, the results. */
  async complete(pick = VARIED) {
    await this.start();
    await this.answerAll(pick);
  }

  /** "Opnieuw beginnen" (and "Ja, wis mijn antwoorden" when it asks), then the first step. */
  async restart() {
    await this.widget.getByRole('button', { name: this.texts.restart }).click();
    const confirm = this.widget.getByRole('button', { name: this.texts.restartConfirm });
    if (await confirm.count()) await confirm.click();
    await this.waitForStep(0);
  }

  /** "Bewaar deze uitslag op dit apparaat": from now on this browser keeps the results. */
  async keep() {
    await this.widget.getByRole('button', { name: this.texts.keep }).click();
    await this.widget.locator('.history-list li').first().waitFor();
  }

  /** The entries of "Eerdere uitslagen", newest first, as their overall score's text. */
  historyScores() {
    return this.widget.locator('.history-list li strong').allTextContents();
  }

  /** On the results: "Antwoorden aanpassen", every statement answered again, the results. */
  async changeAnswers(pick) {
    await this.widget.getByRole('button', { name: this.texts.edit }).click();
    await this.answerAll(pick);
  }

  /**
   * The results, drawn in full: their heading, the radar (the results' part of the wasm is
   * there), and the boxes below it, which come a frame after the radar (the advice cards).
   */
  async waitForResults(heading = this.texts.results) {
    await this.widget.getByRole('heading', { name: heading, exact: true }).waitFor();
    await this.widget.locator('svg.radar-wide').waitFor({ state: 'attached' });
    await this.widget.locator('.cards .card').first().waitFor({ state: 'attached' });
  }

  /** Names the result (the name field, then leaving it), and waits until the link has the name. */
  async name(label) {
    const before = await this.shareLink();
    const field = this.widget.getByLabel(this.texts.label);
    await field.fill(label);
    await field.blur();
    const link = await this.widget.locator('#share-link').elementHandle();
    await this.page.waitForFunction(([input, old]) => input.value !== old, [link, before]);
  }

  /**
   * "Kopieer link" on the results, and waits until the clipboard took it: from then on the
   * address holds the visitor's own result too (before, it holds nothing of theirs).
   */
  async copyLink() {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.widget.getByRole('button', { name: this.texts.copyLink }).click();
    await this.widget.getByRole('status').filter({ hasText: this.texts.copied }).waitFor();
  }

  /** The share link of the results shown. */
  shareLink() {
    return this.widget.locator('#share-link').inputValue();
  }

  /** Pastes colleagues' links, one per line, and presses "Vergelijk". */
  async compareWith(links) {
    await this.widget.getByLabel(this.texts.compareField).fill(links.join('\n'));
    await this.widget.getByRole('button', { name: this.texts.compare, exact: true }).click();
  }

  /** The results table as rows of cell texts: [title, score, stage, …]. */
  tableRows() {
    return tableRows(this.widget);
  }

  /** The score column of the results table: "57%", "onbekend", in block order. */
  async tableScores() {
    return (await this.tableRows()).map((row) => row[1]);
  }
}

/** The results table of `widget` (a locator of the host element) as rows of cell texts. */
export function tableRows(widget) {
  return widget.locator('.score-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );
}
