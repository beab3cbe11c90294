// The scan on a page of its own (scan.html): what a newsletter, an intranet tile or a social
// post links to, and what the iframe snippet shows. Its settings come from the address's query
// (`?lang=en&cta-href=…`), one parameter per data attribute of the README's table without the
// `data-`; they become that attribute, so the widget parses and checks each exactly as it does
// on any page (a bad value is ignored, with the same console warning).
//
// In an iframe it tells the page around it its height and the scan's events, as messages
// `{ type: 'bouwstenen:height', height }` and `{ type: 'bouwstenen:event', name, detail }`
// (docs/hosting.md, "The scan in an iframe"); embed.js on that page receives them (frames.js).
// scripts/build/bundle.mjs bundles this file with settings.js; embed.js stays its own file.
import { mount } from './embed.js';
import { applyAddressSettings, themeOfAddress } from './settings.js';
import { BOUWSTENEN, EVENT_NAMES, EVENT_PREFIX, FRAME_EVENT, FRAME_HEIGHT } from './contract.js';

const scan = document.querySelector(`[${BOUWSTENEN.attribute}]`);
const query = new URLSearchParams(location.search);
applyAddressSettings(scan, query);
// The site's theme (docs/hosting.md, "The site's own theme"): the scan reads it when it is
// placed, so it waits for the stylesheet, and stays out of embed.js's first look meanwhile.
const theme = themeOfAddress(query, location.href);
document.documentElement.classList.add(...theme.classes);
if (theme.stylesheet) {
  scan.removeAttribute(BOUWSTENEN.attribute);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = theme.stylesheet;
  const place = () => {
    scan.setAttribute(BOUWSTENEN.attribute, '');
    mount(scan).catch(() => {});
  };
  link.addEventListener('load', place, { once: true });
  link.addEventListener('error', place, { once: true });
  document.head.append(link);
}
const language = query.get('lang')?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
if (language === 'en') {
  document.documentElement.lang = 'en';
  document.title = 'Bouwstenen-scan: how data-driven is your organisation?';
  document.querySelector('meta[name=description]')?.setAttribute('content', 'A self-scan in seven building blocks: how data-driven is your organisation? Everything stays in your browser.');
}

if (window.parent !== window) {
  document.documentElement.dataset.framed = '';
  // The scan draws all of its results at once in a frame (results.css).
  scan.dataset.framed = '';
  const tell = (message) => window.parent.postMessage(message, '*');
  let told = 0;
  const tellHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== told) tell({ type: FRAME_HEIGHT, height: (told = height) });
  };
  new ResizeObserver(tellHeight).observe(document.documentElement);
  for (const name of EVENT_NAMES) {
    scan.addEventListener(`${EVENT_PREFIX}${name}`, (event) => tell({ type: FRAME_EVENT, name, detail: event.detail ?? {} }));
  }
}
