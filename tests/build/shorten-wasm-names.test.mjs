// The release build's size trick that rewrites wasm-bindgen's glue (scripts/shorten-wasm-names.mjs)
// on today's wasm-bindgen and wasm-split-cli output: the shortened main wasm still links against
// the rewritten glue, the results' part against the main module's renamed exports, and a glue
// of another shape stops the build with a message instead of shipping a widget that cannot
// start. Guards an upgrade of wasm-bindgen or the splitter. Needs the release build's cargo
// output (./scripts/build-release) and wasm-split-cli, wasm-bindgen and wasm-opt (scripts/setup).
// Run: node --test tests/build/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CARGO_WASM = join(root, 'target/wasm32-unknown-unknown/release/bouwstenen_scan.wasm');
const SCRIPT = join(root, 'scripts/shorten-wasm-names.mjs');
const WASM_OPT = join(root, 'node_modules/.bin/wasm-opt');

/** The split and bound release wasm, as scripts/split-wasm.mjs makes it, in a fresh folder. */
function bindgenOutput() {
  assert.ok(existsSync(CARGO_WASM), `${CARGO_WASM} is missing: run ./scripts/build-release`);
  const dir = mkdtempSync(join(tmpdir(), 'shorten-'));
  execFileSync('wasm-split-cli', [CARGO_WASM, dir, '--out-name', 'bouwstenen-scan']);
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-name', 'bouwstenen-scan', '--out-dir', dir, join(dir, 'bouwstenen-scan.wasm')]);
  return {
    dir,
    wasm: join(dir, 'bouwstenen-scan_bg.wasm'),
    glue: join(dir, 'bouwstenen-scan.js'),
    loader: join(dir, '__wasm_split.js'),
    part: join(dir, 'split_results.wasm'),
  };
}

function shorten({ wasm, glue, loader }) {
  return execFileSync('node', [SCRIPT, wasm, glue, WASM_OPT, loader], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test('the shortened wasm links against the rewritten glue, with short names on both sides', async () => {
  const files = bindgenOutput();
  const before = readFileSync(files.glue, 'utf8');
  assert.match(before, /__wbg_\w+_[0-9a-f]{16}/, 'wasm-bindgen names its imports __wbg_<name>_<hash>');
  shorten(files);
  const after = readFileSync(files.glue, 'utf8');
  assert.doesNotMatch(after, /__wbg_\w+_[0-9a-f]{16}:/, 'no long import name is left in the glue');
  assert.ok(after.length < before.length);
  // The glue's own loader instantiates the wasm: any name out of step is a LinkError here.
  const glue = await import(pathToFileURL(files.glue).href);
  const exports = glue.initSync({ module: readFileSync(files.wasm) });
  assert.ok(Object.values(exports).some((value) => value instanceof WebAssembly.Memory));
  for (const name of ['mount', 'unmount']) assert.equal(typeof glue[name], 'function', name);
  // The loader takes what the part shares from the renamed exports: the part links to them.
  const taken = readFileSync(files.loader, 'utf8').match(/const \{ ([^}]+) \} = initSync\(/)?.[1] ?? '';
  const shared = Object.fromEntries(taken.split(',').map((pair) => pair.split(':').map((name) => name.trim())).filter(([name]) => name)
    .map(([short, name]) => [name, exports[short]]));
  assert.ok(shared.memory instanceof WebAssembly.Memory, `the loader takes the memory by its new name: ${taken}`);
  assert.ok(new WebAssembly.Instance(new WebAssembly.Module(readFileSync(files.part)), { __wasm_split: shared }));
});

test('a glue of another shape stops the build with a message', () => {
  const files = bindgenOutput();
  // As if a new wasm-bindgen wrote its import object differently.
  const glue = readFileSync(files.glue, 'utf8').replace(/(__wbg_\w+_[0-9a-f]{16}):/, '"$1":');
  writeFileSync(files.glue, glue);
  assert.throws(() => shorten(files), (error) => /shorten-wasm-names: no import __wbg_\w+:? in the glue/.test(error.stderr));
});
