// The configurator: a web editor sets up the scan, sees it live, and copies the snippet. Plain
// JavaScript on its own page: it adds nothing to what a host page loads for the widget.
// scripts/build/bundle.mjs bundles it with EMBED_INTEGRITY and SITE_INTEGRITY, the sha384 of the
// embed.js and the site.js beside it.
// The widget's own embed.js, loaded as a host page loads it (scripts/build/bundle.mjs keeps it
// out of this bundle: the built configurator.js sits beside it).
import { check, mount, unmount } from '../embed.js';
import { contrastRatio } from '../contrast.js';
import { readTheme } from '../theme.js';
import { readSettings, settingsQuery, ATTRIBUTE_OF, DEFAULTS, BLOCKS } from './settings.js';
import { EMBED_FILE } from '../contract.js';
import { refusedOf } from './refusals.js';
import { attributesOf, codeFor, cssRuleOf, siteLine, snippetOf } from './snippet.js';

// Where the snippet loads embed.js from: beside the built configurator.js, wherever the
// release folder is hosted.
const embedUrl = new URL(`./${EMBED_FILE}`, import.meta.url).href;
const folderUrl = new URL('./', import.meta.url).href;
const integrity = typeof EMBED_INTEGRITY === 'string' ? EMBED_INTEGRITY : '';
const siteIntegrity = typeof SITE_INTEGRITY === 'string' ? SITE_INTEGRITY : '';
const form = document.getElementById('settings');
const field = (name) => form.elements.namedItem(name);

// The per-block article fields, made here rather than written out seven times.
const eachFields = document.getElementById('article-each-fields');
for (const n of BLOCKS) {
  const label = document.createElement('label');
  label.htmlFor = `article${n}`;
  label.textContent = `Adres van het artikel over bouwsteen ${n}`;
  const input = document.createElement('input');
  input.id = `article${n}`;
  input.name = `article${n}`;
  input.type = 'text';
  eachFields.append(label, input);
}

/** The form's values, as the settings object (strings; empty: not set). */
function formSettings() {
  const settings = {};
  for (const name of Object.keys(DEFAULTS)) {
    const element = field(name);
    settings[name] = element instanceof RadioNodeList ? element.value : element.value.trim();
  }
  return settings;
}

function fillForm(settings) {
  for (const [name, value] of Object.entries(settings)) {
    const element = field(name);
    if (element) element.value = value;
  }
}

/** [warning line, accent, text on accent, the widget's background there, theme]. */
const CHECKS = [
  ['accent-check', 'accent', 'accentContrast', '#ffffff', 'lichte weergave'],
  ['accent-dark-check', 'accentDark', 'accentContrastDark', '#16191d', 'donkere weergave'],
];
const ratioText = (ratio) => `${ratio.toFixed(1).replace('.', ',')}:1`;

/**
 * A warning per colour pair that misses the contrast the widget needs (WCAG 1.4.3 for the text
 * on buttons, 1.4.11 for the accent as a control's colour), naming the measured ratio. The
 * editor may still copy the code.
 */
function checkContrast(settings) {
  for (const [id, accent, text, background, theme] of CHECKS) {
    const problems = [];
    const onAccent = contrastRatio(settings[accent], settings[text]);
    if (onAccent < 4.5) problems.push(`tekst op de accentkleur haalt ${ratioText(onAccent)}, nodig is 4,5:1`);
    const againstPage = contrastRatio(settings[accent], background);
    if (againstPage < 3) problems.push(`de accentkleur tegen de achtergrond haalt ${ratioText(againstPage)}, nodig is 3:1`);
    const line = document.getElementById(id);
    line.textContent = problems.length ? `Let op, ${theme}: ${problems.join('; ')}.` : '';
    line.classList.toggle('warning', problems.length > 0);
  }
}

/** The form field of each attribute the widget checks (the fields have the options' names). */
const FIELD_OF = Object.fromEntries(['name', 'articleBase', ...BLOCKS.map((n) => `article${n}`), 'shareBase',
  'ctaHref', 'ctaText', 'ctaTextEn', 'reference', 'referenceLabel'].map((name) => [ATTRIBUTE_OF[name], name]));

// A line under each field the widget checks, for its problem.
for (const name of Object.values(FIELD_OF)) {
  const input = field(name);
  const line = document.createElement('p');
  line.id = `${name}-problem`;
  line.className = 'field-problem';
  input.after(line);
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), line.id].filter(Boolean).join(' '));
}

function showProblems(refused) {
  for (const [attribute, name] of Object.entries(FIELD_OF)) {
    const problem = refused.get(attribute) ?? '';
    const line = document.getElementById(`${name}-problem`);
    if (line.textContent !== problem) line.textContent = problem;
    field(name).toggleAttribute('aria-invalid', problem !== '');
  }
}

let previewElement;
let previewKey = '';
const previewResults = document.getElementById('preview-results');
const previewTheme = document.getElementById('preview-theme');

/**
 * The theme the preview is shown in: [stylesheet, class names]. The Voorbeeld theme of NL
 * Design System (EUPL-1.2) is bundled beside this page for it (scripts/build/bundle.mjs);
 * municipal themes are their municipality's own and are not passed on, so a site's own theme
 * comes from its stylesheet, as the editor gives it.
 */
function themeOfPreview(settings) {
  if (previewTheme.value === 'voorbeeld') return [new URL('./configurator-theme-voorbeeld.css', import.meta.url).href, 'voorbeeld-theme'];
  if (previewTheme.value === 'site' && settings.themeClass) return [settings.themeCss, settings.themeClass];
  return ['', ''];
}

/** Puts the preview's frame in the theme: its class, and its stylesheet once loaded. */
function dressPreview([stylesheet, classes]) {
  const frame = document.getElementById('preview-frame');
  frame.className = `preview-frame ${classes}`.trim();
  frame.toggleAttribute('data-themed', classes !== '');
  let link = document.getElementById('preview-theme-css');
  if (!stylesheet) {
    link?.remove();
    return Promise.resolve();
  }
  if (link?.getAttribute('href') === stylesheet) return Promise.resolve();
  link?.remove();
  link = Object.assign(document.createElement('link'), { id: 'preview-theme-css', rel: 'stylesheet', href: stylesheet });
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** The words for each contrast readTheme measures. */
const THEME_CHECKS = {
  text: 'Tekst op de achtergrond',
  'accent-text': 'Tekst op de knopkleur',
  accent: 'Knopkleur tegen de achtergrond',
  link: 'Linkkleur tegen de achtergrond',
  focus: 'Focusring tegen de achtergrond',
};

/** What the scan takes from the theme around the preview, with each contrast it measured. */
function showThemeReport(element, settings) {
  const report = document.getElementById('theme-report');
  if (!element.parentElement.closest('[data-themed]') || settings.theme === 'none') {
    report.replaceChildren();
    return;
  }
  const { values, refused, checks } = readTheme(element);
  const list = document.createElement('ul');
  for (const [what, ratio, needed] of checks) {
    const item = document.createElement('li');
    const passes = ratio >= needed;
    item.textContent = `${THEME_CHECKS[what]}: ${ratioText(ratio)}, nodig is ${String(needed).replace('.', ',')}:1. ${passes ? 'Overgenomen.' : 'Niet overgenomen: de scan houdt zijn eigen kleur.'}`;
    item.classList.toggle('warning', !passes);
    list.append(item);
  }
  for (const [property, why] of refused.filter(([, , measured]) => !measured)) {
    const item = document.createElement('li');
    item.className = 'warning';
    item.textContent = `Niet overgenomen: ${property} (${why}).`;
    list.append(item);
  }
  const taken = Object.keys(values).filter((name) => !name.startsWith('focus-') || name === 'focus-color');
  const heading = document.createElement('p');
  heading.textContent = taken.length
    ? `De scan neemt van dit thema over: ${taken.map((name) => THEME_PARTS[name] ?? name).join(', ')}.`
    : 'Dit thema zet niets wat de scan overneemt.';
  report.replaceChildren(heading, list);
}

const THEME_PARTS = {
  surface: 'achtergrond', text: 'tekstkleur', accent: 'knopkleur', 'accent-contrast': 'tekst op knoppen',
  link: 'linkkleur', 'focus-color': 'focusring', font: 'lettertype', 'heading-font': 'lettertype van koppen', radius: 'hoeken',
};

async function showPreview(settings, refused) {
  const theme = themeOfPreview(settings);
  const key = `${snippetOf(settings, embedUrl, integrity, refused)}\n${previewResults.checked}\n${theme}`;
  if (key === previewKey) return;
  previewKey = key;
  if (previewElement) await unmount(previewElement);
  await dressPreview(theme);
  const host = document.getElementById('preview');
  const template = document.createElement('template');
  template.innerHTML = key.split('\n')[0];
  previewElement = template.content.firstElementChild;
  host.replaceChildren(previewElement);
  // A preview stores nothing and leaves this page's address alone: each preview starts fresh,
  // and a visitor's own progress and history on this site stay as they are.
  const mounted = mount(previewElement, { preview: previewResults.checked ? 'results' : 'true' });
  showThemeReport(previewElement, settings);
  await mounted;
}

let updates = 0;

async function update() {
  const settings = formSettings();
  const round = ++updates;
  const snippetField = document.getElementById('snippet');
  // Until the widget's rules have looked at the settings, the code is not final (the tests
  // wait for this too).
  snippetField.setAttribute('data-pending', '');
  const refused = await refusedOf(attributesOf(settings), check);
  // A later change of the form wins over this one's slower check.
  if (round !== updates) return;
  showProblems(refused);
  snippetField.value = codeFor(settings.route, settings, folderUrl, integrity, new Set(refused.keys()));
  snippetField.removeAttribute('data-pending');
  document.getElementById('snippet-label').textContent = settings.route === 'link'
    ? 'Zet deze link in een eigen alinea op de pagina'
    : 'Plak deze code in uw CMS, in een HTML-blok';
  document.getElementById('site-line-field').hidden = settings.route !== 'link';
  document.getElementById('site-line').value = siteLine(folderUrl, siteIntegrity);
  document.getElementById('css-rule-field').hidden = settings.route !== 'script';
  document.getElementById('css-rule').value = cssRuleOf(settings);
  document.getElementById('article-base-field').hidden = settings.articles !== 'base';
  document.getElementById('theme-address-fields').hidden = settings.route === 'script' && previewTheme.value !== 'site';
  document.getElementById('preview-theme-site').disabled = !settings.themeClass;
  if (previewTheme.value === 'site' && !settings.themeClass) previewTheme.value = '';
  eachFields.hidden = settings.articles !== 'each';
  checkContrast(settings);
  const query = settingsQuery(settings);
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  clearTimeout(update.timer);
  update.timer = setTimeout(() => showPreview(settings, new Set(refused.keys())), 250);
}

document.getElementById('copy').addEventListener('click', async () => {
  const snippet = document.getElementById('snippet');
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'De code is gekopieerd.';
  } catch {
    snippet.select();
    status.textContent = 'Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).';
  }
});

fillForm(readSettings(location.search));
form.addEventListener('input', update);
form.addEventListener('change', update);
previewResults.addEventListener('change', update);
previewTheme.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
