// The README's table of data attributes is the web editor's reference: it names every setting
// of the contract (web/contract.js, from src/model/contract.rs) in its order, the values each
// takes, its default and its limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ARTICLE, SETTINGS } from '../../web/contract.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The table's rows: [the attributes of the first cell, what it takes, its default]. */
const rows = [...readme.matchAll(/^\| `(data-[a-z0-9-]+)`( … `data-[a-z0-9-]+`)? \| (.+) \| (.+) \|$/gm)]
  .map(([, attribute, range, takes, fallback]) => ({ attribute: range ? `${attribute}…` : attribute, takes, fallback }));

test('the README names every setting, in the contract\'s order', () => {
  const expected = SETTINGS.flatMap(({ attribute }) => (attribute === 'data-article-base' ? [attribute, `${ARTICLE.attribute}1…`] : [attribute]));
  assert.deepEqual(rows.map(({ attribute }) => attribute), expected);
});

test('the README gives each setting\'s values, default and limit as the contract does', () => {
  for (const setting of SETTINGS) {
    const row = rows.find(({ attribute }) => attribute === setting.attribute);
    for (const value of (setting.values ?? []).filter(Boolean)) assert.ok(row.takes.includes(`\`${value}\``), `${setting.attribute}: ${value}`);
    if (setting.fallback) assert.ok(row.fallback.includes(`\`${setting.fallback}\``), `${setting.attribute}: default ${setting.fallback}`);
    if (setting.maxChars) assert.match(row.takes, new RegExp(`at most ${setting.maxChars}\\b`), `${setting.attribute}: at most ${setting.maxChars}`);
  }
});
