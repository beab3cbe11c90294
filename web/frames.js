// The page side of a scan in an iframe (scan.html, see scan-page.js): with embed.js on the
// page, the iframe takes the height of its content and its events arrive on the iframe element.
// embed.js hears the messages and hands them here once the widget's script is in.
// A message counts only from the window of an iframe that shows a scan.html, and from the
// origin of its src: another frame, or another origin, changes nothing.

import { EVENT_NAMES, EVENT_PREFIX, FRAME_EVENT, FRAME_HEIGHT } from './contract.js';

const EVENTS = new Set(EVENT_NAMES);
/** More than any screen of the scan: a larger number is not a height the scan sends. */
const MAX_HEIGHT = 20000;

function frameOf(event) {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    try {
      const address = new URL(frame.src, location.href);
      return address.origin === event.origin && address.pathname.endsWith('/scan.html') ? frame : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function receive(event) {
  const message = event.data;
  if (typeof message?.type !== 'string' || !message.type.startsWith(EVENT_PREFIX)) return;
  const frame = frameOf(event);
  if (!frame) return;
  if (message.type === FRAME_HEIGHT) {
    const height = Number(message.height);
    if (!(height > 0 && height <= MAX_HEIGHT)) return;
    frame.style.height = `${Math.ceil(height)}px`;
    frame.setAttribute('scrolling', 'no');
  } else if (message.type === FRAME_EVENT && EVENTS.has(message.name)) {
    frame.dispatchEvent(new CustomEvent(`${EVENT_PREFIX}${message.name}`, { bubbles: true, detail: message.detail }));
  }
}
