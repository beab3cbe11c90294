// Bouwstenen-scan: the one file a host page loads.
//
//   <div data-bouwstenen></div>
//   <script type="module" src="https://…/embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//
// Every [data-bouwstenen] element becomes a widget. The wasm is loaded relative to this file's
// own address, so the folder can live at any path or on another origin.
// Single-page apps: import { mount, unmount } from '…/embed.js'.
//
// In a release build (scripts/shrink-release) wasm-bindgen's glue is bundled into this file and
// WASM_INTEGRITY is replaced by the wasm's sha384 hash, so the integrity attribute on this one
// script tag covers everything the widget runs: a changed wasm is refused by the browser.
import init, * as scan from './bouwstenen-scan.js';

const WASM_FILE = './bouwstenen-scan_bg.wasm';
const wasmUrl = new URL(WASM_FILE, import.meta.url);
// Debug builds (scripts/serve) have no hash: the wasm changes on every rebuild.
const integrity = typeof WASM_INTEGRITY === 'string' ? WASM_INTEGRITY : undefined;

const ready = init({ module_or_path: fetch(wasmUrl, { integrity }) });
ready.catch((error) => {
  console.error(`bouwstenen-scan: could not load ${wasmUrl.href}:`, error);
  document.querySelectorAll('[data-bouwstenen]').forEach(showLoadFailure);
});

const FAILURE = {
  nl: 'De scan kon niet worden geladen.',
  en: 'The scan could not be loaded.',
};

/** Puts a short message in place of the widget; the language follows the widget's own rule. */
function showLoadFailure(element, options = {}) {
  const tag = options.lang ?? element.getAttribute('data-lang') ?? '';
  const pageTag = element.ownerDocument.documentElement.lang;
  const primary = (t) => t.trim().split(/[-_]/)[0].toLowerCase();
  const language = [primary(tag), primary(pageTag)].find((l) => l in FAILURE) ?? 'nl';
  const message = element.ownerDocument.createElement('p');
  message.textContent = FAILURE[language];
  element.replaceChildren(message);
}

/** Mounts a widget in `element`; `options` override its data attributes. */
export async function mount(element, options = {}) {
  try {
    await ready;
  } catch (error) {
    if (element instanceof Element) showLoadFailure(element, options);
    throw error;
  }
  scan.mount(element, options);
  return { element, unmount: () => scan.unmount(element) };
}

/** Removes the widget from `element`. */
export async function unmount(element) {
  await ready;
  scan.unmount(element);
}

ready.then(() => scan.mountAll(), () => {});
