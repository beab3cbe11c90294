// The settings embed.js itself reads, from a mount point's data attributes or the options
// given to mount() (which win), each parsed here into a plain value. A value that makes no
// sense falls back to the default with a console warning, as the widget's own settings do.
// Names, values and limits come from web/contract.js (written from src/model/contract.rs);
// tests/settings-cases.json holds the cases this and the widget's parser both must pass.
import {
  ADDRESS_SETTINGS, ARTICLE, BOUWSTENEN, BUTTON_TEXT, COLOR_SCHEME, DEFAULT_KEY, LANG, LOAD, MODE, PREVIEW, STORAGE, TEXTS, THEME,
} from './contract.js';

/** An option given as text wins over the attribute; any other value is ignored, as the widget does. */
function read(element, options, setting) {
  const value = options[setting.option];
  return typeof value === 'string' ? value : element.getAttribute(setting.attribute);
}

function warn(attribute, value, problem) {
  console.warn(`bouwstenen-scan: ${attribute}="${value}" ignored: ${problem}`);
}

/** `use "lazy" or "eager"`: the words a warning names the values with. */
const choices = (setting) => `use ${setting.values.map((value) => `"${value}"`).join(' or ').replace(/ or (?=.* or )/g, ', ')}`;

/** A setting of a few values as written, if it is one of them. */
function known(element, options, setting) {
  const value = read(element, options, setting)?.trim();
  return setting.values.includes(value) ? value : undefined;
}

/** A setting of a few values: the value, or its fallback (with a warning if one was written). */
function oneOf(element, options, setting) {
  const value = known(element, options, setting);
  if (value) return value;
  const written = read(element, options, setting);
  if (written !== null && written !== undefined) warn(setting.attribute, written, choices(setting));
  return setting.fallback;
}

/** The widget's language rule: its own attribute or option, then the page's, then Dutch. */
export function languageOf(element, options = {}) {
  const primary = (tag) => (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const tags = [read(element, options, LANG), element.ownerDocument.documentElement.lang];
  return tags.map(primary).find((language) => LANG.values.includes(language)) ?? LANG.fallback;
}

/** `data-preview`: a preview of the start screen (`true` or empty) or of the results; the widget warns of other values. */
export function isPreview(element, options = {}) {
  const value = read(element, options, PREVIEW)?.trim();
  return value !== undefined && value !== 'false' && PREVIEW.values.includes(value);
}

/** `data-load`: `lazy` (the default) or `eager`. */
export function loadsEagerly(element, options = {}) {
  return oneOf(element, options, LOAD) === 'eager';
}

/** The same, without a warning. */
export const asksToLoadEagerly = (element) => known(element, {}, LOAD) === 'eager';

/** `data-mode`: `inline` (the default) or `dialog` (a button that opens the scan). */
export function inDialog(element, options = {}) {
  return oneOf(element, options, MODE) === 'dialog';
}

/** The same, without a warning: embed.js's first look, before the widget reads it again. */
export const asksForDialog = (element) => known(element, {}, MODE) === 'dialog';

/** `data-theme`: `auto` (the default: the site's theme is picked up, theme.js) or `none`. */
export function usesSiteTheme(element, options = {}) {
  return oneOf(element, options, THEME) === 'auto';
}

/** `data-button-text`: the dialog mode's button, plain text of at most 80 characters. */
export function buttonText(element, options, language) {
  const value = read(element, options, BUTTON_TEXT);
  const text = value?.trim();
  if (value === null || value === undefined) return TEXTS[language].open;
  if (!text || [...text].length > BUTTON_TEXT.maxChars) {
    warn(BUTTON_TEXT.attribute, value, `plain text of 1 to ${BUTTON_TEXT.maxChars} characters`);
    return TEXTS[language].open;
  }
  return text;
}

/**
 * `data-color-scheme`, as CSS's color-scheme: `light`, `dark`, or `light dark` (the visitor's
 * own choice); null when not set (then the visitor's choice, unless the site's theme is used).
 */
export function colourScheme(element, options = {}) {
  const value = read(element, options, COLOR_SCHEME);
  if (value === null || value === undefined) return null;
  const words = value.trim().toLowerCase().split(/\s+/);
  const scheme = COLOR_SCHEME.values.find((known) => known.split(' ').sort().join() === words.sort().join());
  if (scheme) return scheme;
  warn(COLOR_SCHEME.attribute, value, choices(COLOR_SCHEME));
  return null;
}

/**
 * The query parameters of a scan page's address (`scan.html?lang=en&cta-href=…`) that stand
 * for a data attribute: each becomes that attribute and is parsed as the attribute is. Others
 * (a campaign's `utm_source`, say) are left alone.
 */
const articleOfAddress = (name) => (new RegExp(`^${ARTICLE.query}[1-7]$`).test(name) ? `${ARTICLE.attribute}${name.slice(ARTICLE.query.length)}` : null);
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
    const attribute = Object.hasOwn(ADDRESS_SETTINGS, name) ? ADDRESS_SETTINGS[name] : articleOfAddress(name);
    if (attribute) element.setAttribute(attribute, value);
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
  const name = read(element, options, BOUWSTENEN)?.trim();
  return name && name.length <= BOUWSTENEN.maxChars && /^[a-z0-9-]+$/.test(name) ? `${DEFAULT_KEY}-${name}` : DEFAULT_KEY;
}

/** `data-storage`: `local` (the default) or `session`; null for `none` (the widget warns of others). */
export function storageChoice(element, options = {}) {
  const value = read(element, options, STORAGE)?.trim();
  if (value === 'none') return null;
  return value === 'session' ? 'session' : STORAGE.fallback;
}
