// The widget's bytes: the raw and gzipped (-9) size of every file in dist/, and the budgets of
// what a host page loads for it, each a test (exit 1 when one is over):
//   - a page of the site without a scan: site.js, the template's line, and nothing else (the
//     e2e test tests/e2e/loader.test.mjs counts what such a page fetched);
//   - a page with a scan far below, before it is near: embed.js, and site.js where the page
//     has the template's line too;
//   - before the first question: what the browser fetches until the first statement can be
//     answered: embed.js, the widget's script and the first step in the page's language, which
//     the widget's script draws itself (web/first-step.js) while the glue and the wasm load;
//     on the link route, site.js too;
//   - everything the widget loads: also the glue and the main wasm, which take over from that
//     step, the results' part of the wasm, fetched in the background once the visitor starts,
//     and English's, fetched when a widget is to speak English (scripts/build/wasm.mjs).
// What the second step waits for is printed, not budgeted apart. The table goes into
// docs/performance.md too, between its bundle-size markers, so the docs say what was measured.
//   ./scripts/bundle-size            after ./scripts/build-release
//   ./scripts/bundle-size --no-check print and write the table only
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { EMBED_FILE, PART_FILES, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from '../web/contract.js';
import { HOSTED_FILES } from './package-release.mjs';
import { replaceBetweenMarkers } from './doc-markers.mjs';
import { BUDGETS, budgetOf } from './budgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const [RESULTS_PART, ENGLISH_PART] = PART_FILES;

const SECOND_STEP = [EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('nl'), WASM_GLUE_FILE, WASM_FILE];
const TOTALS = [
  ['before the first question', budgetOf('what the first question waits for').files],
  ['before the second step', SECOND_STEP],
  ['before the second step in English', [EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('en'), WASM_GLUE_FILE, WASM_FILE, ENGLISH_PART]],
  ['everything, a page in Dutch', [...SECOND_STEP, RESULTS_PART]],
  ['widget total', HOSTED_FILES],
];

// GNU gzip, as every figure in CHANGELOG.md was measured (node's zlib differs by a few bytes).
const gzipped = (file) => execFileSync('gzip', ['-9', '-n', '-c', join(dist, file)], { maxBuffer: 1 << 28 }).length;
function totalOf(files) {
  for (const file of files) {
    try {
      statSync(join(dist, file));
    } catch {
      console.error(`bundle-size: dist/${file} is missing; run ./scripts/build-release`);
      process.exit(1);
    }
  }
  return files.reduce((sum, file) => sum + gzipped(file), 0);
}

const shown = readdirSync(dist).filter((file) => /\.(wasm|js|json|css)$/.test(file)).sort();
const rows = shown.map((file) => [file, statSync(join(dist, file)).size, gzipped(file)]);
const totals = TOTALS.map(([what, files]) => [what, totalOf(files)]);

console.log(`${'file'.padEnd(48)} ${'bytes'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const [file, bytes, gzip] of rows) console.log(`${file.padEnd(48)} ${String(bytes).padStart(10)} ${String(gzip).padStart(10)}`);
for (const [what, bytes] of totals) console.log(`${`${what} (gzip)`.padEnd(48)} ${''.padStart(10)} ${String(bytes).padStart(10)}`);

const hosted = rows.filter(([file]) => HOSTED_FILES.includes(file));
const table = [
  '| file a host page loads | bytes | gzip -9 |',
  '|---|---:|---:|',
  ...hosted.map(([file, bytes, gzip]) => `| \`${file}\` | ${bytes} | ${gzip} |`),
  '',
  '| what | files | gzip -9 | budget |',
  '|---|---|---:|---:|',
  ...BUDGETS.map(({ what, files, bytes }) => `| ${what.replace(/,$/, '')} | ${files.map((file) => `\`${file}\``).join(', ')} | ${totalOf(files)} | ${bytes} |`),
  ...totals.filter(([what]) => what.startsWith('before the second step') || what.startsWith('everything,'))
    .map(([what, bytes]) => `| ${what} | | ${bytes} | |`),
].join('\n');
replaceBetweenMarkers(join(root, 'docs/performance.md'), 'bundle-size', table);

if (process.argv[2] === '--no-check') process.exit(0);
let over = false;
for (const { what, files, bytes } of BUDGETS) {
  const measured = totalOf(files);
  if (measured > bytes) {
    console.error(`bundle-size: ${what} is ${measured} B gzipped, over its budget of ${bytes} B`);
    over = true;
  } else {
    console.error(`bundle-size: ${what} within its budget of ${bytes} B (${bytes - measured} B to spare)`);
  }
}
process.exit(over ? 1 : 0);
