// Bouwstenen-scan: the snippet's one file, and all that a page with a scan pays until the scan
// is near. The site template's line (site.js) loads it where a page of the site has a scan.
//
//   <div data-bouwstenen></div>
//   <script type="module" src="https://…/embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//
// It finds the scans ([data-bouwstenen] elements, and links to this folder's scan.html that
// become the scan: links.js), keeps their space, and waits until one comes near the viewport
// (or has data-load="eager", or the address holds a share link). Only then does it load the
// widget's script (web/widget.js: the placeholders, the first step, the dialog, the theme, and
// the wasm after them) with the first step's texts beside it. A page without a scan loads
// nothing more. Iframes of scan.html on the page get their content's height: their first
// message loads the widget's script, which reads them (frames.js); messages site.js heard
// before this file was in come first (early-messages.js).
// Single-page apps: import { mount, unmount } from '…/embed.js'.
//
// Every file is fetched relative to this file's own address, so the folder can live at any
// path or on another origin. In a release build WIDGET_INTEGRITY and FIRST_STEP_INTEGRITY are
// the sha384 hashes of what it loads, and the widget's script holds the hashes of what it
// loads in turn: the integrity attribute on the one script tag covers everything that runs.
import { takeOver } from './early-messages.js';
import { linksToScan } from './links.js';
import { showNotLoaded } from './not-loaded.js';
import { LOAD_AHEAD, SHARE_LINK } from './near.js';
import { reserve } from './reserve.js';
import { asksToLoadEagerly, languageOf } from './settings.js';
import { BOUWSTENEN, EVENT_PREFIX, LANG, SCAN_PAGE, WIDGET_SCRIPT_FILE, firstStepFile } from './contract.js';

// Debug builds (scripts/serve) have no hashes: the files change on every rebuild.
const widgetIntegrity = typeof WIDGET_INTEGRITY === 'string' ? WIDGET_INTEGRITY : '';
const firstStepIntegrity = typeof FIRST_STEP_INTEGRITY === 'object' ? FIRST_STEP_INTEGRITY : {};
const besideThis = (file) => new URL(`./${file}`, import.meta.url);
/** The scan on a page of its own, beside this file: links to it become the scan (links.js). */
const scanPage = besideThis(SCAN_PAGE);

/** Loads of each script so far: a retry asks for the file anew (Firefox keeps a failed module). */
const loads = {};

/**
 * A script of this folder (the widget's, the wasm's glue) as a module script with its hash,
 * which the browser checks as it checks this one's. A module hands nothing back to whoever
 * inserts it, so each puts its functions in the global slot named after its own address.
 */
function loadScript(file, integrity) {
  const count = (loads[file] = (loads[file] ?? 0) + 1);
  const address = `${besideThis(file).href}${count > 1 ? `?retry=${count}` : ''}`;
  const slot = Symbol.for(address);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    Object.assign(script, { type: 'module', src: address, integrity, crossOrigin: 'anonymous' });
    script.onload = script.onerror = () => {
      script.remove();
      const exports = globalThis[slot];
      delete globalThis[slot];
      if (exports) resolve(exports);
      else reject(new Error('refused, or not the file built'));
    };
    document.head.append(script);
  }).catch((error) => {
    console.error(`bouwstenen-scan: could not load ${address}:`, error);
    throw error;
  });
}

/**
 * The first step's file of a scan's language, asked for beside the widget's script so the
 * first question waits for one round trip less; the widget's script reads the response.
 */
const firstSteps = {};
const askForFirstStep = (language) => {
  firstSteps[language] ??= fetch(besideThis(firstStepFile(language)), { integrity: firstStepIntegrity[language] });
  // Told by the widget's script, which reads it; not a page error if that script never comes.
  firstSteps[language].catch(() => {});
};

let widget;
/** The widget's script, once (web/widget.js); after a failure the next call tries again. */
function loadWidget() {
  widget ??= loadScript(WIDGET_SCRIPT_FILE, widgetIntegrity).then(
    (exports) => exports.connect({ loadScript, firstSteps, linksToScan: () => linksToScan(scanPage) }),
    (error) => {
      widget = undefined;
      throw error;
    },
  );
  return widget;
}

/** The scan's elements on the page: those to draw in, and the links that become the scan. */
const scans = () => [...document.querySelectorAll(`[${BOUWSTENEN.attribute}]`), ...linksToScan(scanPage).map(([link]) => link)];

const nearViewport = typeof IntersectionObserver === 'function'
  && new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) wake();
  }, { rootMargin: LOAD_AHEAD });

/** The language a scan will speak: a link's address says it as the scan page's does (links.js: the last `lang` wins). */
const languageOfScan = (scan) => languageOf(scan, scan.matches(`[${BOUWSTENEN.attribute}]`) ? {} : { [LANG.option]: new URL(scan.href).searchParams.getAll(LANG.query).pop() });

/**
 * A scan is near: the widget's script and the first step of the first scan's language, both
 * at once, and then every scan on the page is the widget's (it draws those still far when they
 * come near, as this file would).
 */
function wake() {
  if (nearViewport) nearViewport.disconnect();
  const [first] = scans();
  if (first) askForFirstStep(languageOfScan(first));
  loadWidget().then((exports) => exports.placeAll(), () => scans().forEach((element) => showNotLoaded(element, wake)));
}

/** Mounts a widget in `element` now; `options` override its data attributes. */
export async function mount(element, options) {
  return (await loadWidget()).mount(element, options);
}

/** Removes the widget (or its placeholder, and in dialog mode its button) from `element`. */
export async function unmount(element) {
  if (nearViewport) nearViewport.unobserve(element);
  if (widget) return (await widget.catch(() => null))?.unmount(element);
  element.shadowRoot?.replaceChildren();
}

/**
 * The settings a widget would ignore, by its own rules: `[attribute, problem]` for each, for
 * an object of data attributes (`{ 'data-cta-href': '…' }`). Used by the configurator.
 */
export async function check(attributes) {
  return (await loadWidget()).check(attributes);
}

const found = scans();
for (const element of found) {
  if (element.matches(`[${BOUWSTENEN.attribute}]`)) reserve(element);
}
if (found.length) {
  if (!nearViewport || SHARE_LINK.test(location.hash) || found.some((element) => element.matches(`[${BOUWSTENEN.attribute}]`) && asksToLoadEagerly(element))) wake();
  else found.forEach((element) => nearViewport.observe(element));
}
// Iframes of scan.html on this page get their content's height and pass on their events: the
// widget's script checks where each message came from (frames.js), in the order they came.
function hear(event) {
  if (String(event.data?.type).startsWith(EVENT_PREFIX)) loadWidget().then((exports) => exports.receive(event), () => {});
}
addEventListener('message', hear);
takeOver().forEach(hear);
