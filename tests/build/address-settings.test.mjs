// The scan page's address and a link's query set the same settings as the data attributes:
// the list in web/settings.js must follow the Rust parser's (src/model/config.rs), and the
// events a frame passes on must be the events the widget fires (src/model/page_event.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_NAMES } from '../../web/events.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = (path) => readFileSync(`${root}/${path}`, 'utf8');

test('every data attribute but the key and the preview can be set from the address', () => {
  const attributes = [...source('src/model/config.rs').matchAll(/\("(data-[a-z-]+)", "[A-Za-z]+"\)/g)].map(([, name]) => name);
  assert.ok(attributes.includes('data-cta-href'), 'the parser\'s table was read');
  // The ones embed.js itself reads (web/settings.js), and the per-block articles.
  const expected = [...attributes.filter((name) => !['data-bouwstenen', 'data-preview'].includes(name)),
    'data-mode', 'data-button-text', 'data-theme', 'data-color-scheme', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `data-article-${n}`)].sort();
  // settings.js is bundled (it imports JSON through esbuild), so its list is read as text.
  const list = source('web/settings.js').match(/const ADDRESS_SETTINGS = \/\^\((.+)\)\$\/;/)?.[1] ?? '';
  const set = list.split('|').flatMap((name) => (name === 'article-[1-7]' ? [1, 2, 3, 4, 5, 6, 7].map((n) => `article-${n}`) : [name]))
    .map((name) => `data-${name}`);
  assert.deepEqual(set.sort(), expected, 'the address sets these, and not the key, the preview or the loading');
});

test('a frame passes on exactly the events the widget fires', () => {
  const rust = source('src/model/page_event.rs');
  const events = rust.slice(rust.indexOf('pub fn name(self)'), rust.indexOf('impl ShareWay'));
  // The four of PageEvent, and complete (src/embed/page_events.rs, with the scores).
  const fired = [...events.matchAll(/=> "([a-z]+)",/g)].map(([, name]) => name).concat('complete');
  assert.ok(source('src/embed/page_events.rs').includes('announce("complete"'), 'complete is fired');
  assert.deepEqual([...EVENT_NAMES].sort(), [...fired].sort());
});
