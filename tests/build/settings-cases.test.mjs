// The shared table of setting cases (tests/settings-cases.json) against embed.js's parser,
// web/settings.js: each case as a data attribute, as a mount() option and, where the setting
// has one, as the scan page's address parameter (applyAddressSettings makes it the attribute),
// on a Dutch and an English page. tests/settings_cases.rs runs the same table against the
// widget's parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  applyAddressSettings, buttonText, colourScheme, inDialog, isPreview, languageOf, loadsEagerly, storageChoice, usesSiteTheme,
  widgetKey,
} from '../../web/settings.js';
import { ARTICLE, SETTINGS } from '../../web/contract.js';

const table = JSON.parse(readFileSync(new URL('../settings-cases.json', import.meta.url), 'utf8'));
const PAGES = ['nl', 'en'];

/** What embed.js makes of each setting it reads, in the table's words. */
const TAKEN = {
  'data-bouwstenen': (element, options) => widgetKey(element, options),
  'data-lang': (element, options) => languageOf(element, options),
  'data-storage': (element, options) => storageChoice(element, options) ?? 'none',
  // embed.js only needs to know whether it is a preview; which one, the widget decides.
  'data-preview': (element, options) => (isPreview(element, options) ? 'on' : 'off'),
  'data-load': (element, options) => (loadsEagerly(element, options) ? 'eager' : 'lazy'),
  'data-mode': (element, options) => (inDialog(element, options) ? 'dialog' : 'inline'),
  'data-button-text': (element, options) => buttonText(element, options, languageOf(element, options)),
  'data-theme': (element, options) => (usesSiteTheme(element, options) ? 'auto' : 'none'),
  'data-color-scheme': (element, options) => colourScheme(element, options) ?? '',
};
const expectedOf = (attribute, value) => (attribute === 'data-preview' && value !== 'off' ? 'on' : value);

/** An element as settings.js reads it: attributes, its page's language, a style. */
function element(attributes, page) {
  const values = new Map(Object.entries(attributes));
  return {
    getAttribute: (name) => values.get(name) ?? null,
    setAttribute: (name, value) => values.set(name, String(value)),
    ownerDocument: { documentElement: { lang: page } },
    style: { setProperty() {} },
  };
}

const valueOf = (value) => (value !== null && typeof value === 'object' ? value.repeat.repeat(value.times) : value);
const readByEmbed = (attribute) => table.readBy[attribute]?.includes('embed');
const readByWidget = (attribute) => table.readBy[attribute]?.includes('widget');

/** Runs `parse` with console.warn caught; returns its value and the warnings. */
function withWarnings(parse) {
  const warnings = [];
  const original = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    return { value: parse(), warnings };
  } finally {
    console.warn = original;
  }
}

test('embed.js parses every case of the shared table in every spelling', () => {
  let ran = 0;
  for (const testCase of table.cases.filter(({ attribute }) => readByEmbed(attribute))) {
    const setting = SETTINGS.find(({ attribute }) => attribute === testCase.attribute);
    assert.ok(setting, `${testCase.attribute} is a setting of the contract`);
    const value = valueOf(testCase.value);
    const given = (name) => (value === null ? {} : { [name]: value });
    const spellings = [
      ['attribute', () => [element({ ...testCase.with, ...given(setting.attribute) }, ''), {}]],
      ['mount() option', () => [element({ ...testCase.with }, ''), given(setting.option)]],
    ];
    if (setting.query) {
      spellings.push(['address', () => {
        const place = element({ ...testCase.with }, '');
        applyAddressSettings(place, new URLSearchParams(given(setting.query)));
        return [place, {}];
      }]);
    }
    for (const [spelling, make] of spellings) {
      for (const page of PAGES) {
        const [place, options] = make();
        place.ownerDocument.documentElement.lang = page;
        const { value: taken, warnings } = withWarnings(() => TAKEN[testCase.attribute](place, options));
        const expected = typeof testCase.expect === 'string' ? testCase.expect : testCase.expect[page];
        const what = `${testCase.attribute}=${JSON.stringify(value)} as ${spelling}, page ${page}`;
        assert.equal(taken, expectedOf(testCase.attribute, expected), what);
        // The widget warns of what it reads itself: embed.js stays quiet, so a warning comes once.
        const warns = testCase.warns === true && !readByWidget(testCase.attribute);
        assert.equal(warnings.filter((warning) => warning.includes(testCase.attribute)).length, warns ? 1 : 0, `${what}: ${warnings}`);
        assert.equal(warnings.length, warns ? 1 : 0, `${what}: only its own warning`);
        ran += 1;
      }
    }
  }
  assert.ok(ran > 100, `the table was read: ${ran} runs`);
});

test('the table names every setting of the contract, and embed.js reads those it says', () => {
  assert.deepEqual(Object.keys(table.readBy).sort(), SETTINGS.map(({ attribute }) => attribute).sort());
  assert.deepEqual(Object.keys(TAKEN).sort(), Object.keys(table.readBy).filter(readByEmbed).sort());
});

test('the address sets every setting that has a parameter, the block articles too, and nothing else', () => {
  for (const setting of SETTINGS) {
    const place = element({}, '');
    applyAddressSettings(place, new URLSearchParams([[setting.query ?? setting.option, 'x']]));
    assert.equal(place.getAttribute(setting.attribute), setting.query ? 'x' : null, setting.attribute);
  }
  const place = element({}, '');
  applyAddressSettings(place, new URLSearchParams('article-7=/a&article-8=/b&utm_source=nieuwsbrief'));
  assert.equal(place.getAttribute(`${ARTICLE.attribute}7`), '/a');
  assert.equal(place.getAttribute(`${ARTICLE.attribute}8`), null);
  assert.equal(place.getAttribute('data-utm_source'), null);
});

test('an option given as text wins over the attribute; any other option is ignored', () => {
  const place = element({ 'data-mode': 'dialog', 'data-storage': 'none' }, 'nl');
  assert.equal(inDialog(place, { mode: 'inline' }), false);
  assert.equal(inDialog(place, { mode: true }), true);
  assert.equal(storageChoice(place, { storage: 'session' }), 'session');
});
