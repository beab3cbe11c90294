// The settings embed.js itself reads, from a mount point's data attributes or the options
// given to mount() (which win), each parsed here into a plain value. A value that makes no
// sense falls back to the default with a console warning, as the widget's own settings do.
import { TEXTS } from './texts.js';

const MAX_BUTTON_TEXT = 80;

/** An option given as text wins over the attribute; any other value is ignored, as the widget does. */
function read(element, options, option, attribute) {
  const value = options[option];
  return typeof value === 'string' ? value : element.getAttribute(attribute);
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

/** `data-preview`: a preview of the start screen (`true` or empty) or of the results; the widget warns of other values. */
export function isPreview(element, options = {}) {
  const value = read(element, options, 'preview', 'data-preview');
  return ['', 'true', 'results'].includes(value?.trim());
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

const COLOUR_SCHEMES = ['light', 'dark', 'light dark'];

/**
 * `data-color-scheme`, as CSS's color-scheme: `light`, `dark`, or `light dark` (the visitor's
 * own choice); null when not set (then the visitor's choice, unless the site's theme is used).
 */
export function colourScheme(element, options = {}) {
  const value = read(element, options, 'colorScheme', 'data-color-scheme');
  if (value === null || value === undefined) return null;
  const words = value.trim().toLowerCase().split(/\s+/);
  const scheme = COLOUR_SCHEMES.find((known) => known.split(' ').sort().join() === words.sort().join());
  if (scheme) return scheme;
  warn('data-color-scheme', value, 'use "light", "dark" or "light dark"');
  return null;
}

/**
 * The query parameters of a scan page's address (`scan.html?lang=en&cta-href=…`) that stand
 * for a data attribute: each becomes `data-<name>` and is parsed as the attribute is. Others
 * (a campaign's `utm_source`, say) are left alone.
 */
const ADDRESS_SETTINGS = /^(lang|article-base|article-[1-7]|share-base|mode|button-text|cta-href|cta-text|cta-text-en|reference|reference-label|storage|theme|color-scheme)$/;
/** The theme's custom properties, which do not cross into an iframe: in the address, checked. */
const ADDRESS_THEME = {
  accent: /^#[0-9a-f]{6}$/i,
  'accent-contrast': /^#[0-9a-f]{6}$/i,
  'accent-dark': /^#[0-9a-f]{6}$/i,
  'accent-contrast-dark': /^#[0-9a-f]{6}$/i,
  radius: /^\d{1,2}px$/,
  font: /^[^;{}<>]{1,120}$/,
  'heading-font': /^[^;{}<>]{1,120}$/,
};

/** Sets `element`'s data attributes and theme from the settings in `query` (a URLSearchParams). */
export function applyAddressSettings(element, query) {
  for (const [name, value] of query) {
    if (ADDRESS_SETTINGS.test(name)) element.setAttribute(`data-${name}`, value);
    else if (ADDRESS_THEME[name]?.test(value)) element.style.setProperty(`--bouwstenen-${name}`, value);
    else if (name in ADDRESS_THEME) warn(name, value, 'not a theme value the scan takes');
  }
}

const THEME_CLASS = /^[A-Za-z][\w-]{0,63}$/;

/**
 * The site's theme for a scan page, whose frame custom properties do not cross into:
 * `theme-css`, a stylesheet on the scan page's own site (a link made elsewhere must not
 * restyle the page with someone else's CSS), and `theme-class`, the class or classes (at most
 * four) that switch the theme on, for <html>. What makes no sense is left out, with a warning.
 */
export function themeOfAddress(query, page) {
  const theme = { stylesheet: undefined, classes: [] };
  const css = query.get('theme-css');
  if (css !== null) {
    let address;
    try {
      address = new URL(css, page);
    } catch {
      address = undefined;
    }
    if (address?.origin === new URL(page).origin) theme.stylesheet = address.href;
    else warn('theme-css', css, 'a stylesheet on the scan page\'s own site');
  }
  const classes = query.get('theme-class');
  if (classes !== null) {
    const names = classes.trim().split(/\s+/);
    if (names.length <= 4 && names.every((name) => THEME_CLASS.test(name))) theme.classes = names;
    else warn('theme-class', classes, 'one to four class names');
  }
  return theme;
}

/**
 * The widget's storage key's name, as it reads `data-bouwstenen` (src/model/config.rs):
 * `bouwstenen`, or `bouwstenen-<name>` for a name of 1 to 32 of a-z, 0-9 and -. The widget
 * warns of a name it ignores.
 */
export function widgetKey(element, options = {}) {
  const name = read(element, options, 'name', 'data-bouwstenen')?.trim();
  return name && /^[a-z0-9-]{1,32}$/.test(name) ? `bouwstenen-${name}` : 'bouwstenen';
}

/** `data-storage`: `local` (the default) or `session`; null for `none` (the widget warns of others). */
export function storageChoice(element, options = {}) {
  const value = read(element, options, 'storage', 'data-storage')?.trim();
  if (value === 'none') return null;
  return value === 'session' ? 'session' : 'local';
}
