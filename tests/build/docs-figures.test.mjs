// Numbers in docs come from the tools: a measured size or time in README.md or docs/*.md is one
// that scripts/bundle-size.mjs or bench/run.mjs wrote between its markers (scripts/doc-markers.mjs).
// A figure typed by hand goes stale with the next build; a dated measurement is history, and
// history is CHANGELOG.md's (not checked here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

const DOCS = ['README.md', ...readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).sort().map((file) => `docs/${file}`)];

// The markers some tool writes: only what a tool wrote is exempt, not any table in a comment pair.
// bench/ only at its top: its node_modules (the peer's libraries) can be large.
const TOOLS = [
  ...readdirSync(join(root, 'scripts'), { recursive: true }).map((file) => join('scripts', String(file))),
  ...readdirSync(join(root, 'bench')).map((file) => join('bench', file)),
].filter((path) => path.endsWith('.mjs'));
const WRITTEN_BY_TOOLS = new Set(TOOLS.flatMap((path) => [...read(path).matchAll(/(?<!function )replaceBetweenMarkers\([^;\n]*?,\s*'([\w-]+)'/g)].map(([, name]) => name)));

// A number with a unit of size or time. Not B1 or B3 (a level, a block: no number before the
// B), not sha384 (part of a word), not px, %, Hz, days or months: those are rules and limits,
// not what our code measured.
const FIGURE = /(?<![\w.,])\d[\d\u00a0\u202f .,]*\s?(?:B|KiB|KB|kB|MiB|MB|ms|s)\b/g;

// Lines that keep a figure on purpose, each with why. Keep it short: a figure that is measured
// belongs in a tool's table or in CHANGELOG.md, not here.
const ALLOWED = [
  {
    file: '*',
    text: 'over 50 ms',
    reason: 'the Long Tasks API\'s threshold, the goal the bench\'s longest-task row is read against: a rule, not a measurement',
  },
];

const allowedBy = (file, line) => ALLOWED.find((entry) => (entry.file === '*' || entry.file === file) && line.includes(entry.text));

/** The text with what the tools wrote and the fenced code blocks blanked, lines kept in place. */
function prose(text) {
  const blank = (block) => block.replace(/[^\n]/g, '');
  return text
    .replace(/^<!-- ([\w-]+): [^\n]*-->\n[\s\S]*?^<!-- \/\1 -->$/gm, (block, name) => (WRITTEN_BY_TOOLS.has(name) ? blank(block) : block))
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm, blank);
}

/** Every figure in the file's prose: [{ line, figure, text, allowed }]. */
function figuresIn(file) {
  return prose(read(file)).split('\n').flatMap((text, index) => [...text.matchAll(FIGURE)].map(([figure]) => ({
    line: index + 1,
    figure: figure.trim(),
    text,
    allowed: allowedBy(file, text),
  })));
}

test('the tools that write into the docs are found', () => {
  assert.deepEqual([...WRITTEN_BY_TOOLS].sort(), ['bench', 'bundle-size']);
});

test('no measured size or time is typed by hand in README.md or docs/*.md', () => {
  const found = DOCS.flatMap((file) => figuresIn(file).filter(({ allowed }) => !allowed).map((hit) => ({ file, ...hit })));
  if (found.length) {
    assert.fail([
      ...found.map(({ file, line, figure }) => `${file}:${line}: "${figure}"`),
      'measured figures come from scripts/bundle-size or bench/run.mjs (between markers); history goes to CHANGELOG.md',
    ].join('\n'));
  }
});

test('every allowed figure is still there (an entry no line needs is dropped)', () => {
  const used = new Set(DOCS.flatMap((file) => figuresIn(file).map(({ allowed }) => allowed).filter(Boolean)));
  assert.deepEqual(ALLOWED.filter((entry) => !used.has(entry)).map(({ file, text }) => `${file}: ${text}`), []);
});

test('the check finds a figure typed by hand, and not a rule or a name', () => {
  const hits = (line) => [...line.matchAll(FIGURE)].map(([figure]) => figure.trim());
  assert.deepEqual(hits('embed.js is 10.6 KiB gzipped'), ['10.6 KiB']);
  assert.deepEqual(hits('the first question waits for 15 241 B, the radar for 68 ms, Slow 4G for 2.3 s'), ['15 241 B', '68 ms', '2.3 s']);
  assert.deepEqual(hits('B1 and B3 at level B1, WCAG 2.2 AA, sha384, 320 px, 400 %, 12 months, 30 days, 80 characters, 60 Hz'), []);
  assert.equal(prose('a\n<!-- bench: written by node bench/run.mjs -->\n| 68 ms |\n<!-- /bench -->\nb').split('\n').length, 5);
  assert.deepEqual(hits(prose('<!-- bench: x -->\n| 68 ms |\n<!-- /bench -->\n```\n10 KiB\n```\n')), []);
  assert.deepEqual(hits(prose('<!-- made-up: x -->\n| 68 ms |\n<!-- /made-up -->\n')), ['68 ms']);
});
