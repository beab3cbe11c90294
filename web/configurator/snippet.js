// The code an editor pastes, for each route onto a page (docs/hosting.md, "Which snippet for
// your CMS"): the element with the chosen settings as data attributes and the theme as custom
// properties, with the script tag and its integrity; or the scan page in an iframe; or a link
// to it, with the one line for the site's template. The settings then go in the scan page's
// address. The same text makes the live preview and the release's snippet files.
import { ATTRIBUTE_OF, BLOCKS, DEFAULTS, QUERY_OF } from './settings.js';
import { EMBED_FILE, SCAN_PAGE, SITE_FILE } from '../contract.js';

const escape = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The widget's settings in the snippet's order (the name always comes first). */
const SNIPPET_ORDER = ['lang', 'mode', 'buttonText', 'load', 'storage', 'theme', 'colorScheme', 'articleBase',
  ...BLOCKS.map((n) => `article${n}`), 'shareBase', 'ctaHref', 'ctaText', 'ctaTextEn', 'reference', 'referenceLabel'];

/** Whether a setting applies with the others chosen (a button text only to the dialog mode, say). */
function applies(name, settings) {
  if (name === 'buttonText') return settings.mode === 'dialog';
  if (name === 'articleBase') return settings.articles === 'base';
  if (/^article\d$/.test(name)) return settings.articles === 'each';
  if (name === 'referenceLabel') return settings.reference !== DEFAULTS.reference;
  return true;
}

/** [attribute, value] pairs for the element, in a stable order; defaults are left out. */
export function attributesOf(settings) {
  const chosen = SNIPPET_ORDER.filter((name) => settings[name] !== DEFAULTS[name] && applies(name, settings));
  return ['name', ...chosen].map((name) => [ATTRIBUTE_OF[name], settings[name]]);
}

/** The theme's custom properties that differ from the defaults. */
function propertiesOf(settings) {
  const properties = [
    ['accent', '--bouwstenen-accent'],
    ['accentContrast', '--bouwstenen-accent-contrast'],
    ['accentDark', '--bouwstenen-accent-dark'],
    ['accentContrastDark', '--bouwstenen-accent-contrast-dark'],
    ['font', '--bouwstenen-font'],
  ].filter(([name]) => settings[name] !== DEFAULTS[name]).map(([name, property]) => [property, settings[name]]);
  if (settings.radius !== DEFAULTS.radius) properties.push(['--bouwstenen-radius', `${settings.radius}px`]);
  return properties;
}

const declarations = (settings) => propertiesOf(settings).map(([property, value]) => `${property}: ${value};`);

/** The code to paste; `refused` names attributes the widget would leave out, which it leaves out too. */
export function snippetOf(settings, embedUrl, integrity, refused = new Set()) {
  const attributes = attributesOf(settings)
    .filter(([name]) => !refused.has(name))
    .map(([name, value]) => (value === '' ? name : `${name}="${escape(value)}"`));
  const style = declarations(settings);
  if (style.length) attributes.push(`style="${escape(style.join(' '))}"`);
  const integrityAttribute = integrity ? ` integrity="${integrity}"` : '';
  return [
    `<div ${attributes.join(' ')}></div>`,
    `<script type="module" src="${escape(embedUrl)}"${integrityAttribute} crossorigin="anonymous"></script>`,
  ].join('\n');
}

/** The same theme as a rule for the site's own stylesheet (for a CSP without inline styles). */
export function cssRuleOf(settings) {
  const style = declarations(settings);
  const selector = settings.name ? `[data-bouwstenen="${settings.name.replaceAll('"', '\\"')}"]` : '[data-bouwstenen]';
  return style.length ? `${selector} {\n  ${style.join('\n  ')}\n}` : '/* De standaardkleuren: geen regel nodig. */';
}

/** The routes: a script where the scan goes, an iframe, or a link plus embed.js in the template. */
export const ROUTES = ['script', 'iframe', 'link'];

/** What a scan in a language says on its link and as the iframe's title. */
const WORDS = {
  nl: { link: 'Doe de Bouwstenen-scan', title: 'Bouwstenen-scan: hoe datagedreven is uw organisatie?' },
  en: { link: 'Take the Bouwstenen scan', title: 'Bouwstenen-scan: how data-driven is your organisation?' },
};

/**
 * The scan page's address with the settings as its query: each data attribute without its
 * `data-`, the theme's custom properties without `--bouwstenen-` (they do not cross into an
 * iframe), and the site's theme stylesheet and class. The fragment key and the loading do
 * not apply to a page of its own.
 */
export function scanPageAddress(settings, folderUrl, refused = new Set()) {
  const query = new URLSearchParams();
  for (const [attribute, value] of attributesOf(settings)) {
    // The name (a page holds one scan) and the loading do not apply to a page of its own.
    if (QUERY_OF[attribute] && !refused.has(attribute)) query.append(QUERY_OF[attribute], value);
  }
  for (const [property, value] of propertiesOf(settings)) query.append(property.slice('--bouwstenen-'.length), value);
  // The site's own theme, for the page (scan-page.js): custom properties do not cross a frame.
  if (settings.theme !== 'none' && settings.themeCss) query.append('theme-css', settings.themeCss);
  if (settings.theme !== 'none' && settings.themeClass) query.append('theme-class', settings.themeClass);
  const text = query.toString();
  return `${folderUrl}${SCAN_PAGE}${text ? `?${text}` : ''}`;
}

/** The one line for the site's template: site.js, which turns links to the scan page into the scan. */
export function siteLine(folderUrl, integrity) {
  const integrityAttribute = integrity ? ` integrity="${integrity}"` : '';
  return `<script type="module" src="${escape(`${folderUrl}${SITE_FILE}`)}"${integrityAttribute} crossorigin="anonymous"></script>`;
}

/** The code for `route`, with embed.js and the scan page in the folder at `folderUrl` (ends with '/'). */
export function codeFor(route, settings, folderUrl, integrity, refused = new Set()) {
  const words = WORDS[settings.lang === 'en' ? 'en' : 'nl'];
  const address = escape(scanPageAddress(settings, folderUrl, refused));
  if (route === 'iframe') {
    return `<iframe src="${address}" title="${words.title}" loading="lazy" allow="clipboard-write; web-share" style="width: 100%; height: 760px; border: 0"></iframe>`;
  }
  if (route === 'link') return `<p><a href="${address}">${words.link}</a></p>`;
  return snippetOf(settings, `${folderUrl}${EMBED_FILE}`, integrity, refused);
}
