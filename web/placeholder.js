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
  actions.append(create(document, 'p', 'button pending', TEXTS[language].loading));
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

/** Puts the failure message where the placeholder says it is loading. */
export function showLoadFailure(shadow, language) {
  const line = shadow.querySelector('.pending');
  if (line) line.textContent = TEXTS[language].failed;
}
