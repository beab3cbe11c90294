// The shared table of setting cases (tests/settings-cases.json) against the WordPress plugin's
// PHP, which keeps from the page what the widget would not take (includes/rules.php, with the
// rules.json the build wrote): each case of a setting the plugin offers, as the block's
// attribute and as the shortcode's. A case the widget warns of must not reach the page; any
// other must reach it as the widget takes it. tests/settings_cases.rs and
// tests/build/settings-cases.test.mjs run the same table against Rust and embed.js.
// Needs php-cli (scripts/wordpress-test installs it) and the plugin's zip (scripts/release).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extractedPlugin } from './support/plugin-zip.mjs';

const table = JSON.parse(readFileSync(new URL('../settings-cases.json', import.meta.url), 'utf8'));
const plugin = extractedPlugin();
const { settings } = JSON.parse(readFileSync(`${plugin}/rules.json`, 'utf8'));
const settingOf = Object.fromEntries(settings.map((setting) => [setting.attribute, setting]));
/**
 * What the PHP cannot wholly check: whether a share code decodes. It drops what no share link or
 * code can be (spaces, quotes, markup) and keeps the rest; the widget decides (tests/cms/plugin.test.mjs).
 */
const LEFT_TO_THE_WIDGET = new Set(settings.filter(({ form }) => form === 'share').map(({ attribute }) => attribute));

const valueOf = (value) => (value !== null && typeof value === 'object' ? value.repeat.repeat(value.times) : value);

/** The attributes the plugin's PHP gives the page for each input. */
function filtered(inputs) {
  return JSON.parse(execFileSync('php', [new URL('./filter-settings.php', import.meta.url).pathname, plugin], { input: JSON.stringify(inputs) }));
}

test('the plugin\'s PHP lets through what the widget takes, and nothing it would not, in the block\'s and the shortcode\'s names', () => {
  const runs = [];
  for (const testCase of table.cases.filter(({ attribute, with: others = {} }) => settingOf[attribute] && Object.keys(others).every((name) => settingOf[name]))) {
    for (const naming of ['option', 'query']) {
      const given = Object.fromEntries(Object.entries(testCase.with ?? {}).map(([attribute, value]) => [settingOf[attribute][naming], value]));
      const value = valueOf(testCase.value);
      if (value !== null) given[settingOf[testCase.attribute][naming]] = value;
      runs.push({ testCase, naming, value, input: { given, naming } });
    }
  }
  const outputs = filtered(runs.map(({ input }) => input));
  for (const [index, { testCase, naming, value }] of runs.entries()) {
    const page = outputs[index];
    const what = `${testCase.attribute}=${JSON.stringify(value)} by its ${naming} name, with ${JSON.stringify(testCase.with ?? {})}: ${JSON.stringify(page)}`;
    const reaches = Object.hasOwn(page, testCase.attribute);
    if (value === null) {
      assert.equal(reaches, false, what);
    } else if (testCase.warns) {
      // A share code of the right shape that does not decode reaches the page; the widget ignores it.
      if (!LEFT_TO_THE_WIDGET.has(testCase.attribute)) assert.equal(reaches, false, what);
    } else {
      assert.ok(reaches, what);
      // As the widget takes it: trimmed, a language tag's first part. A share code is kept as given.
      const expected = typeof testCase.expect === 'string' ? testCase.expect : testCase.expect.nl;
      if (!LEFT_TO_THE_WIDGET.has(testCase.attribute)) assert.equal(page[testCase.attribute], expected, what);
    }
  }
  assert.ok(runs.length > 60, `the table was read: ${runs.length} runs`);
});

test('the PHP leaves out a setting that lacks what it needs, and what depends on it in turn', () => {
  const [ctaWithoutAddress, buttonInline, labelAlone, everything] = filtered([
    { naming: 'query', given: { 'cta-href': 'javascript:alert(1)', 'cta-text': 'Plan een gesprek', 'cta-text-en': 'Talk to us' } },
    { naming: 'option', given: { mode: 'inline', buttonText: 'Start' } },
    { naming: 'option', given: { referenceLabel: 'Gemiddelde' } },
    { naming: 'query', given: { lang: 'en', mode: 'dialog', 'button-text': 'Start', storage: 'none', theme: 'none', unknown: 'x', 'data-preview': 'true' } },
  ]);
  assert.deepEqual(ctaWithoutAddress, {});
  assert.deepEqual(buttonInline, { 'data-mode': 'inline' });
  assert.deepEqual(labelAlone, {});
  assert.deepEqual(everything, { 'data-lang': 'en', 'data-mode': 'dialog', 'data-button-text': 'Start', 'data-storage': 'none', 'data-theme': 'none' });
});
