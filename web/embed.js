// Bouwstenen-scan: the one file a host page loads.
//
//   <div data-bouwstenen></div>
//   <script type="module" src="https://…/embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//
// Every [data-bouwstenen] element at once shows the start screen as a placeholder, with the
// height the widget will have, and gets the widget when it comes near the viewport (or at
// once with data-load="eager", or when the address holds a share link). All widgets on a page
// share one load of the wasm, which is fetched relative to this file's own address, so the
// folder can live at any path or on another origin.
// Single-page apps: import { mount, unmount } from '…/embed.js'.
//
// scripts/bundle-embed.mjs bundles this file with wasm-bindgen's glue, the shell stylesheet
// and the start screen's texts. In a release build WASM_INTEGRITY is replaced by the wasm's
// sha384 hash, so the integrity attribute on this one script tag covers everything the widget
// runs: a changed wasm is refused by the browser.
import init, * as scan from './bouwstenen-scan.js';
import shellCss from '../styles/shell.css';
import startScreens from './start-screen.json';

const WASM_FILE = './bouwstenen-scan_bg.wasm';
const wasmUrl = new URL(WASM_FILE, import.meta.url);
// Debug builds (scripts/serve) have no hash: the wasm changes on every rebuild.
const integrity = typeof WASM_INTEGRITY === 'string' ? WASM_INTEGRITY : undefined;

const MESSAGES = {
  nl: { loading: 'De scan wordt geladen…', failed: 'De scan kon niet worden geladen.' },
  en: { loading: 'Loading the scan…', failed: 'The scan could not be loaded.' },
};

// One screen ahead: the wasm is usually in by the time the widget is in view, and a page whose
// visitor never scrolls near it loads nothing but this file.
const LOAD_AHEAD = '100% 0px';
// A share link in the address (#bouwstenen=…, #…&bouwstenen-team=…): the visitor came for a
// widget's result. Which widget, and whether the code is valid, the widget decides.
const SHARE_LINK = /[#&?]bouwstenen[^=&]*=/;

let loading;
/** Elements a widget is on its way to; unmount() takes an element out. */
const wanted = new WeakSet();

/** The one load of the wasm that every widget on the page waits for. */
function load() {
  loading ??= init({ module_or_path: fetch(wasmUrl, { integrity }) }).catch((error) => {
    console.error(`bouwstenen-scan: could not load ${wasmUrl.href}:`, error);
    throw error;
  });
  return loading;
}

const nearViewport = typeof IntersectionObserver === 'function'
  && new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) start(entry.target).catch(() => {});
    }
  }, { rootMargin: LOAD_AHEAD });

/** The widget's language rule (its own attribute or option, then the page's, then Dutch). */
function languageOf(element, options) {
  const primary = (tag) => (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const tags = [options.lang ?? element.getAttribute('data-lang'), element.ownerDocument.documentElement.lang];
  return tags.map(primary).find((language) => language in MESSAGES) ?? 'nl';
}

/** `data-load="eager"`, or a share link in the address, loads without waiting for the viewport. */
function loadsEagerly(element) {
  const setting = element.getAttribute('data-load');
  if (setting !== null && setting !== 'eager' && setting !== 'lazy') {
    console.warn(`bouwstenen-scan: data-load="${setting}" is not "lazy" or "eager"; loading lazily`);
  }
  return setting === 'eager' || SHARE_LINK.test(location.hash);
}

function create(document, tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/**
 * Gives `element` its shadow root with the shell stylesheet, the double-click guard and the
 * placeholder: the start screen with the same texts and rules as the widget's own, and a
 * quiet "loading" line where its button will be. Once per element.
 */
function prepare(element, options = {}) {
  if (element.shadowRoot) return;
  const document = element.ownerDocument;
  const shadow = element.attachShadow({ mode: 'open' });
  shadow.addEventListener('click', dropRepeatClicks, true);
  try {
    // A constructed stylesheet: a strict Content-Security-Policy (style-src 'self') allows it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shellCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(create(document, 'style', '', shellCss));
  }
  const language = languageOf(element, options);
  const texts = startScreens[language];
  const scanBox = create(document, 'div', 'scan placeholder');
  scanBox.lang = language;
  scanBox.setAttribute('aria-busy', 'true');
  const topbar = create(document, 'div', 'topbar');
  topbar.append(create(document, 'span', 'language-switch', texts.otherLanguage));
  const intro = create(document, 'section', 'intro');
  const actions = create(document, 'div', 'actions');
  actions.append(create(document, 'p', 'button pending', MESSAGES[language].loading));
  intro.append(
    create(document, 'h2', 'screen-title', texts.title),
    create(document, 'p', 'lead', texts.lead),
    create(document, 'p', '', texts.how),
    create(document, 'p', 'privacy', texts.privacy),
    actions,
  );
  scanBox.append(topbar, intro);
  const root = create(document, 'div', 'bouwstenen-root');
  root.append(scanBox);
  shadow.append(root);
}

/**
 * The second click of a double click (or tap) never reaches the widget's controls: the first
 * click puts a new screen under the pointer, and the second would answer a statement the
 * visitor never read. `detail` counts clicks in quick succession at one spot (0 for a key).
 */
function dropRepeatClicks(event) {
  if (event.detail > 1) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** Puts the failure message where the placeholder says it is loading. */
function showLoadFailure(element, options) {
  const line = element.shadowRoot?.querySelector('.pending');
  if (line) line.textContent = MESSAGES[languageOf(element, options)].failed;
}

/** Loads the wasm (once per page) and mounts the widget in `element`. */
async function start(element, options = {}) {
  if (nearViewport) nearViewport.unobserve(element);
  prepare(element, options);
  wanted.add(element);
  try {
    await load();
  } catch (error) {
    showLoadFailure(element, options);
    throw error;
  }
  // Tasks of their own for the wasm's instantiation, each widget's set-up and its drawing:
  // together they would block a slow phone's main thread too long (see src/embed/mod.rs).
  await nextTask();
  if (!wanted.has(element)) return;
  scan.mount(element, options);
  await nextTask();
  scan.draw(element);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Mounts a widget in `element` now; `options` override its data attributes. */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('bouwstenen-scan: mount() needs an element');
  await start(element, options);
  return { element, unmount: () => unmount(element) };
}

/** Removes the widget (or its placeholder) from `element`. */
export async function unmount(element) {
  if (nearViewport) nearViewport.unobserve(element);
  wanted.delete(element);
  if (loading) {
    await loading;
    scan.unmount(element);
  }
  element.shadowRoot?.querySelector('.bouwstenen-root')?.remove();
}

/** Every [data-bouwstenen] element on the page gets its placeholder, and its widget when near. */
function placeAll() {
  for (const element of document.querySelectorAll('[data-bouwstenen]')) {
    prepare(element);
    if (nearViewport && !loadsEagerly(element)) nearViewport.observe(element);
    else start(element).catch(() => {});
  }
}

// In a task of its own, not in this file's evaluation: together, the two (and the layout of
// the placeholders' text) can block a slow phone's main thread for over 50 ms. Measured at 4x
// CPU slowdown (bench/run.mjs, 5 runs): at once, a longest task of 51 ms [0–89]; in a task of
// its own, no task over 50 ms. The price: a scan in view at the first paint now always gets
// its placeholder just after it, which moves what is below (CLS 0.01 on the bench's page).
setTimeout(placeAll);
