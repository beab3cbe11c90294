// The code an editor pastes: the element with the chosen settings as data attributes and the
// theme as custom properties, and the script tag with its integrity. The same text makes the
// live preview, so what the editor sees is what the page gets.
import { BLOCKS, DEFAULTS } from './settings.js';

const escape = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** [attribute, value] pairs for the element, in a stable order; defaults are left out. */
export function attributesOf(settings) {
  const set = (name) => settings[name] !== DEFAULTS[name];
  const attributes = [['data-bouwstenen', settings.name]];
  if (set('lang')) attributes.push(['data-lang', settings.lang]);
  if (set('mode')) attributes.push(['data-mode', settings.mode]);
  if (settings.mode === 'dialog' && set('buttonText')) attributes.push(['data-button-text', settings.buttonText]);
  if (set('load')) attributes.push(['data-load', settings.load]);
  if (settings.articles === 'base' && set('articleBase')) attributes.push(['data-article-base', settings.articleBase]);
  if (settings.articles === 'each') {
    for (const n of BLOCKS) if (set(`article${n}`)) attributes.push([`data-article-${n}`, settings[`article${n}`]]);
  }
  if (set('shareBase')) attributes.push(['data-share-base', settings.shareBase]);
  if (set('ctaHref')) attributes.push(['data-cta-href', settings.ctaHref]);
  if (set('ctaText')) attributes.push(['data-cta-text', settings.ctaText]);
  if (set('ctaTextEn')) attributes.push(['data-cta-text-en', settings.ctaTextEn]);
  if (set('reference')) attributes.push(['data-reference', settings.reference]);
  if (set('reference') && set('referenceLabel')) attributes.push(['data-reference-label', settings.referenceLabel]);
  return attributes;
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
