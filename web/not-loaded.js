// Where a scan's script did not load (refused as not the file built, or the network): the
// scan's words for it, and a second try. embed.js shows it where the widget's script did not
// load, site.js where embed.js did not. A link that becomes the scan stays a link: it still
// opens the scan page.
import { shadowOf } from './reserve.js';
import { languageOf } from './settings.js';
import { BOUWSTENEN, LOAD_FAILED_TEXTS } from './contract.js';

export function showNotLoaded(element, retry) {
  if (!element.matches(`[${BOUWSTENEN.attribute}]`)) return;
  const texts = LOAD_FAILED_TEXTS[languageOf(element)];
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `${texts.failed} `;
  const button = document.createElement('button');
  Object.assign(button, { type: 'button', textContent: texts.retry, onclick: () => { message.remove(); retry(); } });
  message.append(button);
  shadowOf(element).replaceChildren(message);
}
