// Bouwstenen-scan: the one file a host page loads.
//
//   <div data-bouwstenen></div>
//   <script type="module" src="https://…/embed.js"></script>
//
// Every [data-bouwstenen] element becomes a widget. Everything else is loaded relative to this
// file's own address, so the folder can live at any path or on another origin.
// Single-page apps: import { mount, unmount } from '…/embed.js'.
import init, * as scan from './bouwstenen-scan.js';

const ready = init({ module_or_path: new URL('./bouwstenen-scan_bg.wasm', import.meta.url) });

/** Mounts a widget in `element`; `options` override its data attributes. */
export async function mount(element, options = {}) {
  await ready;
  scan.mount(element, options);
  return { element, unmount: () => scan.unmount(element) };
}

/** Removes the widget from `element`. */
export async function unmount(element) {
  await ready;
  scan.unmount(element);
}

ready.then(() => scan.mountAll());
