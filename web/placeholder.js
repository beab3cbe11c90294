// The placeholder: the widget's start screen with the same elements, classes and texts as the
// real one (styles/shell.css lays both out), so it has the same height and nothing on the host
// page moves when the widget takes its place. Where the start button will be, a quiet line
// says the scan is loading.
import { TEXTS, startScreens } from './texts.js';

export function create(document, tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/** The widget's root element, holding the start screen in `language`. */
export function startScreen(document, language) {
  const texts = startScreens[language];
  const scanBox = create(document, 'div', 'scan placeholder');
  scanBox.lang = language;
  scanBox.setAttribute('aria-busy', 'true');
  const topbar = create(document, 'div', 'topbar');
  topbar.append(create(document, 'span', 'language-switch', texts.otherLanguage));
  const intro = create(document, 'section', 'intro');
  const actions = create(document, 'div', 'actions');
  // A status, so that a screen reader hears the failure that may take its place.
  const loading = create(document, 'p', 'button pending', TEXTS[language].loading);
  loading.setAttribute('role', 'status');
  actions.append(loading);
  intro.append(
    create(document, 'h2', 'screen-title', texts.title),
    create(document, 'p', 'lead', texts.lead),
    create(document, 'p', '', texts.how),
    create(document, 'p', 'privacy', texts.privacy),
    actions,
  );
  scanBox.append(topbar, intro);
  const root = create(document, 'div', 'bouwstenen-root');
  root.append(scanBox);
  return root;
}

/**
 * Puts the failure message where the placeholder says it is loading (or, where its start
 * screen and first step work without the wasm, above them, for both): a message with what to
 * do, and "Probeer opnieuw", which calls `retry`.
 */
export function showLoadFailure(shadow, language, retry) {
  const line = shadow.querySelector('.pending');
  const topbar = shadow.querySelector('.placeholder .topbar');
  if (!line && !topbar) return;
  const texts = TEXTS[language];
  const message = create(shadow.ownerDocument, 'div', 'load-failure');
  message.setAttribute('role', 'alert');
  const button = create(shadow.ownerDocument, 'button', 'button primary', texts.retry);
  button.type = 'button';
  // Back to "De scan wordt geladen…" while it tries again.
  button.addEventListener('click', () => {
    if (line) message.replaceWith(line);
    else message.remove();
    retry();
  });
  message.append(create(shadow.ownerDocument, 'p', '', `${texts.failed} ${texts.failedAdvice}`), button);
  if (line) line.replaceWith(message);
  else topbar.after(message);
}
