// The configurator's settings: their defaults, and the page address that holds them (so an
// editor can send a colleague a link to a set-up). Read in one place; anything unknown or
// malformed in the address is ignored. The widget's settings are named by their `mount()`
// option, and take their attributes, address parameters and values from web/contract.js.
import { ARTICLE, COLOR_SCHEME, LANG, LOAD, MODE, SETTINGS, STORAGE, THEME } from '../contract.js';

export const BLOCKS = [1, 2, 3, 4, 5, 6, 7];

/** Each widget setting's data attribute, by its option name (`ctaHref` → `data-cta-href`). */
export const ATTRIBUTE_OF = {
  ...Object.fromEntries(SETTINGS.map((setting) => [setting.option, setting.attribute])),
  ...Object.fromEntries(BLOCKS.map((n) => [`${ARTICLE.option}${n}`, `${ARTICLE.attribute}${n}`])),
};
/** Each data attribute's parameter in the scan page's address; none for what the page does not take. */
export const QUERY_OF = {
  ...Object.fromEntries(SETTINGS.filter((setting) => setting.query).map((setting) => [setting.attribute, setting.query])),
  ...Object.fromEntries(BLOCKS.map((n) => [`${ARTICLE.attribute}${n}`, `${ARTICLE.query}${n}`])),
};

/** Every setting with its default; a setting at its default is left out of snippet and address. */
export const DEFAULTS = {
  route: 'script',
  lang: '',
  mode: MODE.fallback,
  buttonText: '',
  load: LOAD.fallback,
  storage: STORAGE.fallback,
  theme: THEME.fallback,
  themeCss: '',
  themeClass: '',
  colorScheme: '',
  accent: '#00689e',
  accentContrast: '#ffffff',
  accentDark: '#6cc4f5',
  accentContrastDark: '#0b1a24',
  font: '',
  radius: '6',
  articles: 'series',
  articleBase: '',
  ...Object.fromEntries(BLOCKS.map((n) => [`article${n}`, ''])),
  shareBase: '',
  name: '',
  ctaHref: '',
  ctaText: '',
  ctaTextEn: '',
  reference: '',
  referenceLabel: '',
};

const CHOICES = {
  route: ['script', 'iframe', 'link'],
  articles: ['series', 'base', 'each'],
  // '': not set, the widget decides (the page's language; the visitor's colour scheme).
  lang: ['', ...LANG.values],
  colorScheme: ['', ...COLOR_SCHEME.values],
  mode: MODE.values,
  load: LOAD.values,
  storage: STORAGE.values,
  theme: THEME.values,
};
const COLOUR = /^#[0-9a-f]{6}$/;

/** The settings in a query string (`?accent=%23…&mode=dialog`), over the defaults. */
export function readSettings(query) {
  const settings = { ...DEFAULTS };
  for (const [name, value] of new URLSearchParams(query)) {
    if (!(name in DEFAULTS) || value.length > 2000) continue;
    if (CHOICES[name] && !CHOICES[name].includes(value)) continue;
    if (name.startsWith('accent') && !COLOUR.test(value)) continue;
    if (name === 'radius' && !/^\d{1,2}$/.test(value)) continue;
    settings[name] = value;
  }
  return settings;
}

/** The settings that differ from the defaults, as a query string. */
export function settingsQuery(settings) {
  const changed = Object.entries(settings).filter(([name, value]) => value !== DEFAULTS[name]);
  return new URLSearchParams(changed).toString();
}
