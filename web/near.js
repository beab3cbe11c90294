// When a scan's files load, for embed.js (the loader: the widget's script) and the widget's
// script (the wasm): both load them for a scan near the viewport, or at once for a share link.
import { DEFAULT_KEY } from './contract.js';

/** One screen ahead: what a scan needs is usually in by the time it is in view. */
export const LOAD_AHEAD = '100% 0px';
/**
 * A share link in the address (#bouwstenen=…, #…&bouwstenen-team=…): the visitor came for a
 * widget's result. Which widget, and whether the code is valid, the widget decides.
 */
export const SHARE_LINK = new RegExp(`[#&?]${DEFAULT_KEY}[^=&]*=`);
