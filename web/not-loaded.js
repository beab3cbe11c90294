// Where the widget's script did not load (refused as not the file built, or the network): the
// scan's words for it, and a second try, in the space kept for the scan (reserve.js), so
// nothing below moves and a double click's second click lands in that space. A link that
// becomes the scan stays a link: it still opens the scan page.
import { reserve } from './reserve.js';
import { languageOf } from './settings.js';
import { BOUWSTENEN, LOAD_FAILED_TEXTS } from './contract.js';

export function showNotLoaded(element, retry) {
  if (!element.matches(`[${BOUWSTENEN.attribute}]`)) return;
  // A retry that failed again: the keyboard stays on "Probeer opnieuw".
  const hadFocus = element.shadowRoot?.activeElement;
  const texts = LOAD_FAILED_TEXTS[languageOf(element)];
  const box = reserve(element);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `${texts.failed} `;
  const button = document.createElement('button');
  const again = () => {
    // The focus stays in the scan's space, for the widget to take over (widget.js, prepare).
    box.tabIndex = -1;
    box.focus();
    message.remove();
    retry();
  };
  Object.assign(button, { type: 'button', textContent: texts.retry, onclick: again });
  message.append(button);
  box.append(message);
  if (hadFocus) button.focus();
}
