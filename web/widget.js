// The widget's side in JS, which embed.js (the loader) loads once a scan is near, as a script
// with its hash: every [data-bouwstenen] element on the page shows the start screen as a
// placeholder, with the height the widget will have, and gets the widget when it comes near
// the viewport (or at once with data-load="eager", or when the address holds a share link).
// Its first step (first-step.js) answers before the wasm is in. All widgets on a page share one
// load of the wasm and its glue. A plain link to scan.html becomes the scan (links.js).
//
// scripts/build/bundle.mjs bundles this file with the shell stylesheet and the start screen's
// texts. In a release build WASM_INTEGRITY, GLUE_INTEGRITY and FIRST_STEP_INTEGRITY are
// replaced by the sha384 hashes of the files it loads; embed.js knows this file's hash, so the
// integrity attribute on the snippet's one script tag covers everything the widget runs.
import shellCss from '../styles/shell.css';
import { showLoadFailure, startScreen, create } from './placeholder.js';
import { askedForNext, headStartOf, offerStart } from './first-step.js';
import { dialogAround, focusDrawnDialog, openDialogIn } from './dialog.js';
import { buttonText, inDialog, isPreview, languageOf, loadsEagerly, storageChoice, widgetKey } from './settings.js';
import { followColourScheme, pickUpTheme } from './theme.js';
import { scansFromLinks } from './links.js';
import { receive } from './frames.js';
import { LOAD_AHEAD, SHARE_LINK } from './near.js';
import { BOUWSTENEN, PROGRESS, STORAGE_PREFIX, WASM_FILE, WASM_GLUE_FILE, firstStepFile } from './contract.js';

const wasmUrl = new URL(`./${WASM_FILE}`, import.meta.url);
// Debug builds (scripts/serve) have no hashes: the files change on every rebuild.
const integrity = typeof WASM_INTEGRITY === 'string' ? WASM_INTEGRITY : undefined;
const glueIntegrity = typeof GLUE_INTEGRITY === 'string' ? GLUE_INTEGRITY : '';
const firstStepIntegrity = typeof FIRST_STEP_INTEGRITY === 'object' ? FIRST_STEP_INTEGRITY : {};

let loading;
/** The glue's functions (web/wasm-glue.js), once it is in. */
let scan;
/**
 * What embed.js lends: `loadScript(file, integrity)`, a script of this folder with its hash
 * (and a fresh address on a retry); `firstSteps`, the responses for the first step's files it
 * asked for beside this one, by language; and `linksToScan()`, the links on the page that
 * become the scan (links.js), by embed.js's own copy of the rule.
 */
let loader;
/** The loads of the first step's files, by language. */
const loadingFirstStep = {};

/** The one load of a language's first-step file; after a failure the next call tries again. */
function loadFirstStep(language) {
  const url = new URL(`./${firstStepFile(language)}`, import.meta.url);
  // embed.js's request, once: after a failure the next call asks anew.
  const asked = loader.firstSteps[language];
  delete loader.firstSteps[language];
  loadingFirstStep[language] ??= (asked ?? fetch(url, { integrity: firstStepIntegrity[language] }))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .catch((error) => {
      console.error(`bouwstenen-scan: could not load ${url.href}:`, error);
      loadingFirstStep[language] = undefined;
      throw error;
    });
  return loadingFirstStep[language];
}
/** Elements a widget is on its way to; unmount() takes an element out. */
const wanted = new WeakSet();
/** Elements with a placeholder or a widget, with the name of the storage key each takes. */
const placed = new Map();
/** Shadow roots with the double-click guard (dropRepeatClicks). */
const guarded = new WeakSet();

/** The one load of the wasm and its glue, which every widget on the page waits for. */
function load() {
  if (!loading) {
    // Both at once: the wasm need not wait for the glue.
    const wasm = fetch(wasmUrl, { integrity });
    // When the glue fails, that is the failure told; the wasm's is told when it is used.
    wasm.catch(() => {});
    loading = loader.loadScript(WASM_GLUE_FILE, glueIntegrity)
      .then((glue) => {
        scan = glue.scan;
        return glue.init({ module_or_path: wasm }).catch((error) => {
          console.error(`bouwstenen-scan: could not load ${wasmUrl.href}:`, error);
          throw error;
        });
      })
      .catch((error) => {
        // "Probeer opnieuw" loads them again.
        loading = undefined;
        throw error;
      });
  }
  return loading;
}

const nearViewport = typeof IntersectionObserver === 'function'
  && new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) start(entry.target).catch(() => {});
    }
  }, { rootMargin: LOAD_AHEAD });

/** Constructed stylesheets by their text: one for all widgets on the page. */
const sheets = new Map();

/**
 * Adds `css` to the shadow root once, as a constructed stylesheet where the browser has them
 * (a strict Content-Security-Policy, style-src 'self', allows one), else as a style element.
 */
function adoptStylesheet(shadow, css) {
  try {
    if (!sheets.has(css)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    const sheet = sheets.get(css);
    // A new array rather than a push: older browsers freeze the adopted one.
    if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    if ([...shadow.querySelectorAll('style')].some((style) => style.textContent === css)) return;
    shadow.append(create(shadow.ownerDocument, 'style', '', css));
  }
}

/**
 * Gives `element` its shadow root (with the double-click guard), the shell stylesheet and the
 * placeholder (see placeholder.js), inline or in a dialog behind a button. Once per mount.
 */
function prepare(element, options = {}) {
  // embed.js may have given it one already, to keep the scan's space.
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  if (!guarded.has(shadow)) {
    guarded.add(shadow);
    shadow.addEventListener('click', dropRepeatClicks, true);
  }
  if (shadow.querySelector('.bouwstenen-root')) return;
  // What embed.js put there: the space it kept, or its failure to load this file (whose
  // "Probeer opnieuw" leaves the focus in that space: it goes on to the start screen).
  const hadFocus = shadow.activeElement;
  shadow.replaceChildren();
  placed.set(element, widgetKey(element, options));
  // Before anything is drawn: the placeholder and the scan take the same colours.
  pickUpTheme(element, options);
  followColourScheme(element, options);
  adoptStylesheet(shadow, shellCss);
  const document = element.ownerDocument;
  const language = languageOf(element, options);
  const root = startScreen(document, language);
  if (inDialog(element, options)) {
    shadow.append(...dialogAround(document, root, language, buttonText(element, options, language)));
  } else {
    shadow.append(root);
  }
  if (hadFocus) {
    root.tabIndex = -1;
    (shadow.querySelector('button') ?? root).focus();
  }
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

/**
 * Where the placeholder offers its own start (first-step.js): not where the widget opens on
 * something else (a share link in the address; a scan's saved progress on this site, which the
 * widget offers to resume) or shows a preview.
 */
function startsHere(element, options) {
  return !SHARE_LINK.test(location.hash) && !isPreview(element, options) && !progressSaved();
}

/** Whether this site's storage holds a scan's progress (its keys: docs/privacy.md). */
function progressSaved() {
  const saved = (storage) => Array.from({ length: storage.length }, (_, index) => storage.key(index))
    .some((key) => key.startsWith(STORAGE_PREFIX) && key.endsWith(`:${PROGRESS}`));
  try {
    return saved(localStorage) || saved(sessionStorage);
  } catch {
    // Storage that is blocked holds nothing.
    return false;
  }
}

/**
 * Where the first step keeps its answers until the widget is there (first-step.js): the
 * widget's own progress key in the storage the host chose, or null. Null too when another
 * scan on the page has the same name: which of the two gets `…-2` the widget decides as it
 * mounts them (src/embed/mod.rs), and a guess could write over the other's progress.
 */
function progressStore(element, options) {
  const storage = storageChoice(element, options);
  const key = widgetKey(element, options);
  const shared = [...placed].some(([other, its]) => other !== element && its === key);
  if (!storage || shared) return null;
  return { storage, key: `${STORAGE_PREFIX}${key}:${PROGRESS}` };
}

/**
 * The focusable elements of the widget's screen, in order: the placeholder's first step and
 * the widget's have the same, so the focus can move from one to the other.
 */
const focusables = (shadow) => [...shadow.querySelectorAll(
  '.bouwstenen-root section:not([hidden]) :is(button, input, [tabindex])',
)];

/** Loads first-step.json and the wasm (once per page), and mounts the widget in `element`. */
async function start(element, options = {}) {
  if (nearViewport) nearViewport.unobserve(element);
  prepare(element, options);
  wanted.add(element);
  const shadow = element.shadowRoot;
  try {
    // Without its first-step file (the network, or a file that is not the one built) the widget
    // still draws the scan, its own first step too, once the wasm is in: only the wasm is a
    // load the scan cannot start without.
    const language = languageOf(element, options);
    const firstStep = await loadFirstStep(language).catch(() => null);
    if (firstStep) {
      adoptStylesheet(shadow, firstStep.css);
      if (startsHere(element, options)) offerStart(shadow, firstStep, language, progressStore(element, options));
    }
    await load();
  } catch (error) {
    showLoadFailure(element.shadowRoot, languageOf(element, options), () => start(element, options).catch(() => {}));
    throw error;
  }
  // Tasks of their own for the wasm's instantiation, each widget's set-up and its drawing:
  // together they would block a slow phone's main thread too long (see src/embed/mod.rs).
  await nextTask();
  if (!wanted.has(element)) return;
  scan.mount(element, options);
  await nextTask();
  // Once the language it opens in is there: English is a part of its own (a task of its own
  // when it must be fetched first). It asks what the visitor did on the placeholder's first
  // step just before it takes the placeholder's place.
  let focusAt = -1;
  let movedOn = false;
  const cameForTheResult = await scan.draw(element, () => {
    focusAt = focusables(shadow).indexOf(shadow.activeElement);
    movedOn = askedForNext(shadow);
    return headStartOf(shadow);
  });
  // Yew draws in a microtask queued before this one.
  await null;
  // The focus stays where it was, on the same element of the widget (after a "Volgende" the
  // widget puts it on the next step's heading itself).
  if (focusAt >= 0 && !movedOn) focusables(shadow)[focusAt]?.focus();
  // The visitor followed a share link to this widget: show it.
  if (cameForTheResult && !openDialogIn(element.shadowRoot)) element.scrollIntoView();
  focusDrawnDialog(element.shadowRoot);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The settings a widget would ignore, by its own rules: `[attribute, problem]` for each, for
 * an object of data attributes (`{ 'data-cta-href': '…' }`). Used by the configurator.
 */
async function check(attributes) {
  await load();
  return scan.check(attributes);
}

/** Mounts a widget in `element` now; `options` override its data attributes. */
async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('bouwstenen-scan: mount() needs an element');
  await start(element, options);
  return { element, unmount: () => unmount(element) };
}

/** Removes the widget (or its placeholder, and in dialog mode its button) from `element`. */
async function unmount(element) {
  if (nearViewport) nearViewport.unobserve(element);
  wanted.delete(element);
  placed.delete(element);
  // After a failed load nothing was mounted: only the placeholder goes.
  if (loading) await loading.then(() => scan.unmount(element), () => {});
  element.shadowRoot?.querySelector('.scan-dialog')?.close();
  element.shadowRoot?.replaceChildren();
}

/** Every [data-bouwstenen] element on the page gets its placeholder, and its widget when near. */
function placeAll() {
  scansFromLinks(loader.linksToScan());
  for (const element of document.querySelectorAll(`[${BOUWSTENEN.attribute}]`)) {
    prepare(element);
    if (nearViewport && !loadsEagerly(element) && !SHARE_LINK.test(location.hash)) nearViewport.observe(element);
    else start(element).catch(() => {});
  }
}

globalThis[Symbol.for(import.meta.url)] = {
  connect(lent) {
    loader = lent;
    return {
      check,
      mount,
      // In a task of its own, not in the task that evaluated this file (the script's load event
      // comes in the same task): together, the two (and the layout of the placeholders' text)
      // can block a slow phone's main thread for over 50 ms. Measured at 4x CPU slowdown, when
      // embed.js still held both (bench/run.mjs, 5 runs): at once, a longest task of 51 ms
      // [0–89]; in a task of its own, no task over 50 ms.
      placeAll: () => setTimeout(placeAll),
      receive,
      unmount,
    };
  },
};
