// What the tests need of the widget's contract (web/contract.js, written from
// src/model/contract.rs): its file names and storage keys, so a renamed one fails here loudly
// rather than passing on an old name.
import { DEFAULT_KEY, HISTORY, PART_FILES, PROGRESS, STORAGE_PREFIX } from '../../../web/contract.js';

export { EMBED_FILE, PART_FILES, SCAN_PAGE, SITE_FILE, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from '../../../web/contract.js';
export const [RESULTS_PART, ENGLISH_PART] = PART_FILES;

/** The storage key of a widget's `progress` or `history` (`name`: its data-bouwstenen). */
export const storageKey = (what, name = '') => `${STORAGE_PREFIX}${name ? `${DEFAULT_KEY}-${name}` : DEFAULT_KEY}:${what === 'progress' ? PROGRESS : HISTORY}`;
