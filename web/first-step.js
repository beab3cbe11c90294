// The first step before the wasm: once first-step.json is in (a few KiB), the placeholder's
// start button works and the visitor can answer the first building block's statements while
// the wasm loads. The step has the widget's own elements, classes, ids and names
// (src/components/step.rs, statement.rs, progress.rs; tests/e2e/first-step.test.mjs compares
// the two) and its texts come from the Rust texts (tests/embed_texts.rs), so the widget takes
// its place without anything moving. What the visitor did here goes to the widget as a form
// (`headStartOf`), which src/model/head_start.rs reads. From the first answer, the same form
// is kept where the widget keeps its progress (`first|…`, src/model/progress.rs), so that the
// answers survive a reload before the wasm is there, or after it failed to load.
import { create } from './placeholder.js';
import { TEXTS } from './texts.js';
import { FIRST_STEP_LINE, FORM_DONT_KNOW, FORM_STATEMENT_PREFIX, FORM_STEP, LINE_SEPARATOR } from './contract.js';

/**
 * The placeholder's loading line becomes the start button. `store`: the storage and key
 * where the answers are kept till the widget is there, or null to keep nothing.
 */
export function offerStart(shadow, firstStep, language, store) {
  const pending = shadow.querySelector('.placeholder .intro .pending');
  if (!pending) return;
  const texts = firstStep[language];
  const document = shadow.ownerDocument;
  const scanBox = shadow.querySelector('.placeholder');
  scanBox.removeAttribute('aria-busy');
  const live = create(document, 'p', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  scanBox.querySelector('.topbar').after(live);
  const intro = scanBox.querySelector('.intro');
  // As the widget's: the focus can go to it (back from the step) and come back to it.
  intro.querySelector('.screen-title').tabIndex = -1;
  let step;
  const keep = () => keepProgress(shadow, language, store);
  const start = button(document, 'primary', texts.start, () => {
    intro.hidden = true;
    if (step) {
      step.hidden = false;
      // Its progress into the live region, and into storage, again.
      step.dispatchEvent(new Event('change'));
    } else intro.after(step = firstStepSection(document, texts, language, { intro, live, keep }));
    step.querySelector('.screen-title').focus();
  });
  pending.replaceWith(start);
}

/** What the visitor did here, as the form src/model/head_start.rs reads ('' for nothing). */
export function headStartOf(shadow) {
  const form = new URLSearchParams();
  const step = shadow.querySelector('.placeholder .step:not([hidden])');
  if (step) form.set(FORM_STEP, step.dataset.next === undefined ? '0' : '1');
  for (const radio of shadow.querySelectorAll('.placeholder input[type=radio]:checked')) {
    form.append(radio.name, radio.value);
  }
  return form.toString();
}

/**
 * Keeps what the visitor did here in `store`, once they answered a statement (nothing is
 * stored before the first answer, as in the widget: docs/privacy.md).
 */
function keepProgress(shadow, language, store) {
  if (!store || !shadow.querySelector('.placeholder input[type=radio]:checked')) return;
  const now = new Date();
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  try {
    (store.storage === 'session' ? sessionStorage : localStorage).setItem(store.key, [FIRST_STEP_LINE, language, day, headStartOf(shadow)].join(LINE_SEPARATOR));
  } catch {
    // Storage blocked or full: the answers stay on screen, and go to the widget.
  }
}

/** Whether the visitor asked for the next step here: the widget then moves the focus itself. */
export function askedForNext(shadow) {
  return shadow.querySelector('.placeholder .step[data-next]') !== null;
}

function button(document, kind, text, onClick) {
  const element = create(document, 'button', `button ${kind}`, text);
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

/**
 * The first step; `intro` is the start screen it goes back to, `live` the live region, `keep`
 * keeps what the visitor did (after each change).
 */
function firstStepSection(document, texts, language, { intro, live, keep }) {
  const section = create(document, 'section', 'step');
  const progressText = create(document, 'p', 'progress-text');
  const answered = document.createTextNode('');
  progressText.append(create(document, 'strong', '', texts.step), ' · ', answered);
  const segments = create(document, 'div', 'segments');
  segments.setAttribute('aria-hidden', 'true');
  for (let block = 0; block < texts.blocks; block++) {
    const segment = create(document, 'span', 'segment');
    if (block === 0) segment.dataset.state = 'current';
    segments.append(segment);
  }
  const progress = create(document, 'div', 'progress');
  progress.append(progressText, segments);
  const title = create(document, 'h2', 'screen-title', texts.title);
  title.tabIndex = -1;
  section.append(progress, title, create(document, 'p', 'lead', texts.summary), create(document, 'p', 'hint', texts.hint));

  const showProgress = () => {
    const count = String(section.querySelectorAll('input:checked').length);
    answered.data = texts.answered.replace('{answered}', count);
    live.textContent = texts.announcement.replace('{answered}', count);
  };
  for (const statement of texts.statements) section.append(statementField(document, statement, texts));
  section.addEventListener('change', showProgress);
  section.addEventListener('change', keep);
  showProgress();

  const actions = create(document, 'div', 'actions step-actions');
  actions.append(
    // The step stays, hidden: its answers go to the widget, which offers to go on with them.
    button(document, 'secondary', texts.previous, () => {
      section.hidden = true;
      intro.hidden = false;
      live.textContent = '';
      intro.querySelector('.screen-title').focus();
      keep();
    }),
    button(document, 'primary', texts.next, () => {
      // The widget makes the move when it comes; till then the line says it is loading.
      section.dataset.next = '';
      const loading = create(document, 'p', 'button pending', TEXTS[language].loading);
      loading.setAttribute('role', 'status');
      // The button goes: the focus stays on the step, at the line in its place.
      loading.tabIndex = -1;
      actions.replaceChildren(loading);
      loading.focus();
      keep();
    }),
  );
  section.append(actions);
  return section;
}

/**
 * A statement as the widget draws it: five levels, lowest first, then "Weet ik niet"; under it
 * what could show the level, which describes the group.
 */
function statementField(document, statement, texts) {
  const fieldset = create(document, 'fieldset', 'statement');
  const choices = create(document, 'div', 'choices');
  const values = [...statement.levels.map((label, level) => [String(level), label]), [FORM_DONT_KNOW, texts.dontKnow]];
  for (const [value, label] of values) {
    const choice = create(document, 'div', 'choice');
    if (value === FORM_DONT_KNOW) choice.dataset.dontKnow = '';
    const radio = create(document, 'input');
    Object.assign(radio, { type: 'radio', name: FORM_STATEMENT_PREFIX + statement.id, value });
    radio.id = `${radio.name}-${value}`;
    const labelElement = create(document, 'label', '', label);
    labelElement.htmlFor = radio.id;
    choice.append(radio, labelElement);
    choices.append(choice);
  }
  fieldset.append(create(document, 'legend', '', statement.text));
  if (statement.evidence) {
    const evidence = create(document, 'p', 'evidence');
    evidence.id = `${FORM_STATEMENT_PREFIX}${statement.id}-evidence`;
    evidence.append(create(document, 'span', 'evidence-label', texts.evidenceLabel), ` ${statement.evidence}`);
    fieldset.setAttribute('aria-describedby', evidence.id);
    fieldset.append(evidence);
  }
  fieldset.append(choices);
  return fieldset;
}
