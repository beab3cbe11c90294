// The settings the WordPress plugin offers an editor, from web/contract.js: each with the form
// its value must have, and what it needs beside it to mean anything. The block's sidebar
// (block/editor.js) shows them; the build (scripts/build/wordpress-plugin.mjs) writes them to
// rules.json, by which the plugin's PHP keeps what fails out of the page (includes/rules.php).
// The forms are config.rs's and settings.js's rules; tests/cms/settings-cases.php runs the shared
// table of setting cases against the PHP, so Rust, JavaScript and PHP agree.
import {
  BUTTON_TEXT, CTA_HREF, CTA_TEXT, CTA_TEXT_EN, LANG, MODE, REFERENCE, REFERENCE_LABEL, STORAGE, THEME,
} from '../web/contract.js';

/**
 * How a value is checked (includes/rules.php):
 *   language  a language tag whose first part is one of `values` (`en-GB` counts as `en`)
 *   choice    one of `values`
 *   text      plain text of 1 to `maxChars` characters (`plain`: without < > or control characters)
 *   link      an address a link may have: http(s) with a host, a path on the site, mailto: or tel:
 *   share     a share link or share code: the PHP checks only that it is text an attribute may
 *             hold; whether it decodes, the widget decides (it ignores one that does not)
 */
const FORMS = {
  [LANG.attribute]: { form: 'language' },
  [MODE.attribute]: { form: 'choice' },
  // settings.js's rule for the button: any text, trimmed, of at most 80 characters.
  [BUTTON_TEXT.attribute]: { form: 'text', plain: false, needs: { [MODE.attribute]: 'dialog' } },
  [CTA_HREF.attribute]: { form: 'link', needs: { [CTA_TEXT.attribute]: null } },
  [CTA_TEXT.attribute]: { form: 'text', plain: true, needs: { [CTA_HREF.attribute]: null } },
  [CTA_TEXT_EN.attribute]: { form: 'text', plain: true, needs: { [CTA_HREF.attribute]: null, [CTA_TEXT.attribute]: null } },
  [REFERENCE.attribute]: { form: 'share' },
  [REFERENCE_LABEL.attribute]: { form: 'text', plain: true, needs: { [REFERENCE.attribute]: null } },
  [STORAGE.attribute]: { form: 'choice' },
  [THEME.attribute]: { form: 'choice' },
};

/** The longest address the widget takes (src/model/config.rs, MAX_ADDRESS_LEN), in bytes. */
export const MAX_ADDRESS_BYTES = 2000;

/**
 * The plugin's settings, in the sidebar's order: the contract's names (`option` is the block's
 * attribute, `query` the shortcode's), values and limits, with the form of each.
 * `needs`: other attributes that must be there too (with this value, or any for null).
 */
export const PLUGIN_SETTINGS = [LANG, MODE, BUTTON_TEXT, CTA_HREF, CTA_TEXT, CTA_TEXT_EN, REFERENCE, REFERENCE_LABEL, STORAGE, THEME]
  .map((setting) => ({ ...setting, needs: {}, ...FORMS[setting.attribute] }));

/** The block's name, as block/block.json has it. */
export const BLOCK_NAME = 'bouwstenen/scan';
