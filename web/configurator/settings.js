// The configurator's settings: their defaults, and the page address that holds them (so an
// editor can send a colleague a link to a set-up). Read in one place; anything unknown or
// malformed in the address is ignored.

export const BLOCKS = [1, 2, 3, 4, 5, 6, 7];

/** Every setting with its default; a setting at its default is left out of snippet and address. */
export const DEFAULTS = {
  route: 'script',
  lang: '',
  mode: 'inline',
  buttonText: '',
  load: 'lazy',
  storage: 'local',
  theme: 'auto',
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

const CHOICES = { route: ['script', 'iframe', 'link'], lang: ['', 'nl', 'en'], mode: ['inline', 'dialog'], load: ['lazy', 'eager'], storage: ['local', 'session', 'none'], theme: ['auto', 'none'], colorScheme: ['', 'light', 'dark', 'light dark'], articles: ['series', 'base', 'each'] };
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
