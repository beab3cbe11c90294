// A scan's space, kept from the moment its element is found until the widget's placeholder
// comes (then the page below moves little, if at all: it comes one screen ahead). Used by
// site.js and embed.js, whichever finds the element first; the second keeps the same space;
// and by not-loaded.js, whose message stands in that space.
import { asksForDialog } from './settings.js';

/** The element's shadow root, made if it has none: where everything the scan shows goes. */
const shadowOf = (element) => element.shadowRoot ?? element.attachShadow({ mode: 'open' });

/**
 * The start screen is as tall as its text wraps: measured in Chromium at widths of 304 to
 * 1 264 px, 13.25 em plus 682 em² over its width (at most 60 em wide), within 18 px; in
 * dialog mode the button, 2.75 em. A style set by script, which a strict
 * Content-Security-Policy allows. Returns the box.
 */
export function reserve(element) {
  const em = parseFloat(getComputedStyle(element).fontSize) || 16;
  const box = document.createElement('div');
  const height = asksForDialog(element) ? 2.75 : 13.25 + (682 * em) / Math.min(element.clientWidth || 1, 60 * em);
  box.style.minHeight = `${Math.round(em * height)}px`;
  shadowOf(element).replaceChildren(box);
  return box;
}
