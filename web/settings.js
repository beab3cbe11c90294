// The settings embed.js itself reads, from a mount point's data attributes or the options
// given to mount() (which win), each parsed here into a plain value. A value that makes no
// sense falls back to the default with a console warning, as the widget's own settings do.
import { TEXTS } from './texts.js';

const MAX_BUTTON_TEXT = 80;

function read(element, options, option, attribute) {
  return options[option] ?? element.getAttribute(attribute);
}

function warn(attribute, value, problem) {
  console.warn(`bouwstenen-scan: ${attribute}="${value}" ignored: ${problem}`);
}

/** The widget's language rule: its own attribute or option, then the page's, then Dutch. */
export function languageOf(element, options = {}) {
  const primary = (tag) => (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const tags = [read(element, options, 'lang', 'data-lang'), element.ownerDocument.documentElement.lang];
  return tags.map(primary).find((language) => language in TEXTS) ?? 'nl';
}

/** `data-load`: `lazy` (the default) or `eager`. */
export function loadsEagerly(element, options = {}) {
  const value = read(element, options, 'load', 'data-load');
  if (value !== null && value !== 'eager' && value !== 'lazy') warn('data-load', value, 'use "lazy" or "eager"');
  return value === 'eager';
}

/** `data-mode`: `inline` (the default) or `dialog` (a button that opens the scan). */
export function inDialog(element, options = {}) {
  const value = read(element, options, 'mode', 'data-mode');
  if (value !== null && value !== 'dialog' && value !== 'inline') warn('data-mode', value, 'use "inline" or "dialog"');
  return value === 'dialog';
}

/** `data-button-text`: the dialog mode's button, plain text of at most 80 characters. */
export function buttonText(element, options, language) {
  const value = read(element, options, 'buttonText', 'data-button-text');
  const text = value?.trim();
  if (value === null || value === undefined) return TEXTS[language].open;
  if (!text || [...text].length > MAX_BUTTON_TEXT) {
    warn('data-button-text', value, 'plain text of 1 to 80 characters');
    return TEXTS[language].open;
  }
  return text;
}

/**
 * The query parameters of a scan page's address (`scan.html?lang=en&cta-href=…`) that stand
 * for a data attribute: each becomes `data-<name>` and is parsed as the attribute is. Others
 * (a campaign's `utm_source`, say) are left alone.
 */
const ADDRESS_SETTINGS = /^(lang|article-base|article-[1-7]|share-base|mode|button-text|cta-href|cta-text|cta-text-en|reference|reference-label|storage|theme)$/;
/** The theme's custom properties, which do not cross into an iframe: in the address, checked. */
const ADDRESS_THEME = {
  accent: /^#[0-9a-f]{6}$/i,
  'accent-contrast': /^#[0-9a-f]{6}$/i,
  'accent-dark': /^#[0-9a-f]{6}$/i,
  'accent-contrast-dark': /^#[0-9a-f]{6}$/i,
  radius: /^\d{1,2}px$/,
  font: /^[^;{}<>]{1,120}$/,
};

/** Sets `element`'s data attributes and theme from the settings in `query` (a URLSearchParams). */
export function applyAddressSettings(element, query) {
  for (const [name, value] of query) {
    if (ADDRESS_SETTINGS.test(name)) element.setAttribute(`data-${name}`, value);
    else if (ADDRESS_THEME[name]?.test(value)) element.style.setProperty(`--bouwstenen-${name}`, value);
    else if (name in ADDRESS_THEME) warn(name, value, 'not a theme value the scan takes');
  }
}
