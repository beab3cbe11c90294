// The WordPress plugin's sources and build (wordpress/, scripts/build/wordpress-plugin.mjs): the
// block's attributes are the plugin's settings, the rules the PHP reads are complete, the zip's
// bytes depend on its files alone, and the plugin's header and readme say the same. What the
// plugin does in WordPress: tests/cms/ (scripts/wordpress-test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rulesOf } from '../../scripts/build/wordpress-plugin.mjs';
import { zipFolder } from '../../scripts/build/zip.mjs';
import { BLOCK_NAME, PLUGIN_SETTINGS } from '../../wordpress/settings.js';
import { SETTINGS } from '../../web/contract.js';

const source = (path) => readFileSync(new URL(`../../wordpress/${path}`, import.meta.url), 'utf8');
/** The `Name: value` lines of a plugin header or a readme's head. */
const headerOf = (text) => Object.fromEntries([...text.matchAll(/^[\s*]*([A-Z][\w ]+):\s*(.+)$/gm)].map(([, name, value]) => [name.trim(), value.trim()]));

test('the block\'s attributes are the plugin\'s settings, named by their mount() options', () => {
  const block = JSON.parse(source('block/block.json'));
  assert.equal(block.name, BLOCK_NAME);
  assert.equal(block.apiVersion, 2, 'WordPress 6.1 knows block API 2');
  assert.deepEqual(Object.keys(block.attributes), PLUGIN_SETTINGS.map(({ option }) => option));
  for (const attribute of Object.values(block.attributes)) assert.deepEqual(attribute, { type: 'string', default: '' });
});

test('the rules the PHP reads name a form it knows for each setting, with what the form needs', () => {
  const rules = rulesOf();
  const attributes = new Set(rules.settings.map(({ attribute }) => attribute));
  for (const setting of rules.settings) {
    assert.ok(SETTINGS.some(({ attribute }) => attribute === setting.attribute), `${setting.attribute} is the contract's`);
    assert.ok(setting.option && setting.query, `${setting.attribute}: a block name and a shortcode name`);
    assert.ok(['language', 'choice', 'text', 'link', 'share'].includes(setting.form), `${setting.attribute}: ${setting.form}`);
    if (['language', 'choice'].includes(setting.form)) assert.ok(setting.values.length, `${setting.attribute} has values`);
    if (setting.form === 'text') assert.ok(setting.maxChars > 0 && typeof setting.plain === 'boolean', `${setting.attribute} has a limit`);
    for (const needed of Object.keys(setting.needs)) assert.ok(attributes.has(needed), `${setting.attribute} needs ${needed}, a setting of the plugin`);
  }
});

test('the zip\'s bytes depend on its files alone, not on their times, modes or the order they were made in', () => {
  const zipOf = (names, time, mode) => {
    const base = mkdtempSync(join(tmpdir(), 'bouwstenen-zip-test-'));
    for (const name of names) {
      mkdirSync(join(base, 'top', 'sub'), { recursive: true });
      writeFileSync(join(base, 'top', name), `the text of ${name}`, { mode });
      utimesSync(join(base, 'top', name), time, time);
    }
    const zip = join(base, 'out.zip');
    const files = zipFolder(base, 'top', zip);
    return { bytes: readFileSync(zip), files };
  };
  const first = zipOf(['b.txt', 'sub/a.txt', 'a.txt'], new Date('2020-05-01'), 0o600);
  const second = zipOf(['sub/a.txt', 'a.txt', 'b.txt'], new Date(), 0o755);
  assert.deepEqual(first.files, ['top/a.txt', 'top/b.txt', 'top/sub/a.txt']);
  assert.ok(first.bytes.equals(second.bytes), 'the same bytes');
});

test('the plugin\'s header and its readme claim the same WordPress, PHP and licence; the build fills in the version', () => {
  const plugin = headerOf(source('bouwstenen-scan.php'));
  const readme = headerOf(source('readme.txt'));
  assert.equal(plugin['Requires at least'], '6.1', 'the lowest version, the one tests/cms/ runs (Debian\'s)');
  assert.equal(readme['Requires at least'], plugin['Requires at least']);
  assert.equal(readme['Tested up to'], plugin['Requires at least']);
  assert.equal(readme['Requires PHP'], plugin['Requires PHP']);
  assert.equal(plugin.License, 'GPL-2.0-or-later');
  assert.equal(readme.License, 'GPLv2 or later');
  assert.equal(plugin.Version, '@VERSION@');
  assert.equal(readme['Stable tag'], '@VERSION@');
  assert.match(source('readme.txt'), /^=== Bouwstenen-scan ===\n/);
  assert.ok(source('readme.txt').split('\n').find((line) => line && !/^(===|[A-Z][\w ]+:)/.test(line)).length <= 150, 'the short description fits the directory\'s 150 characters');
});
