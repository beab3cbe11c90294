// The configurator: a web editor sets up the scan, sees it live, and copies the snippet. Plain
// JavaScript on its own page: it adds nothing to what a host page loads for the widget.
// scripts/bundle-embed.mjs bundles it with EMBED_INTEGRITY, the sha384 of the embed.js beside it.
// The widget's own embed.js, loaded as a host page loads it (scripts/bundle-embed.mjs keeps it
// out of this bundle: the built configurator.js sits beside it).
import { mount, unmount } from '../embed.js';
import { contrastRatio } from './contrast.js';
import { readSettings, settingsQuery, DEFAULTS, BLOCKS } from './settings.js';
import { snippetOf, cssRuleOf } from './snippet.js';

// Where the snippet loads embed.js from: beside the built configurator.js, wherever the
// release folder is hosted.
const embedUrl = new URL('./embed.js', import.meta.url).href;
const integrity = typeof EMBED_INTEGRITY === 'string' ? EMBED_INTEGRITY : '';
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

let previewElement;
let previewKey = '';

async function showPreview(settings) {
  const key = snippetOf(settings, embedUrl, integrity);
  if (key === previewKey) return;
  previewKey = key;
  if (previewElement) await unmount(previewElement);
  // The widget keeps a visitor's progress and language choice; in the preview that would hide
  // the settings being tried, so each preview starts fresh.
  for (const key of Object.keys(localStorage)) if (key.startsWith('bouwstenen')) localStorage.removeItem(key);
  const host = document.getElementById('preview');
  const template = document.createElement('template');
  template.innerHTML = key.split('\n')[0];
  previewElement = template.content.firstElementChild;
  host.replaceChildren(previewElement);
  await mount(previewElement);
}

function update() {
  const settings = formSettings();
  document.getElementById('snippet').value = snippetOf(settings, embedUrl, integrity);
  document.getElementById('css-rule').value = cssRuleOf(settings);
  document.getElementById('article-base-field').hidden = settings.articles !== 'base';
  eachFields.hidden = settings.articles !== 'each';
  checkContrast(settings);
  const query = settingsQuery(settings);
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  clearTimeout(update.timer);
  update.timer = setTimeout(() => showPreview(settings), 250);
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
form.addEventListener('submit', (event) => event.preventDefault());
update();
