// The release build's size trick that rewrites wasm-bindgen's glue (scripts/shorten-wasm-names.mjs)
// on today's wasm-bindgen output: the shortened wasm still links against the rewritten glue,
// and a glue of another shape stops the build with a message instead of shipping a widget that
// cannot start. Guards an upgrade of wasm-bindgen. Needs the release build's wasm
// (./scripts/build-release) and wasm-bindgen and wasm-opt (scripts/setup).
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

/** wasm-bindgen's output for the release wasm, as Trunk makes it, in a fresh folder. */
function bindgenOutput() {
  assert.ok(existsSync(CARGO_WASM), `${CARGO_WASM} is missing: run ./scripts/build-release`);
  const dir = mkdtempSync(join(tmpdir(), 'shorten-'));
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', 'bouwstenen-scan', '--out-dir', dir, CARGO_WASM]);
  return { dir, wasm: join(dir, 'bouwstenen-scan_bg.wasm'), glue: join(dir, 'bouwstenen-scan.js') };
}

function shorten({ wasm, glue }) {
  return execFileSync('node', [SCRIPT, wasm, glue, WASM_OPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
});

test('a glue of another shape stops the build with a message', () => {
  const files = bindgenOutput();
  // As if a new wasm-bindgen wrote its import object differently.
  const glue = readFileSync(files.glue, 'utf8').replace(/(__wbg_\w+_[0-9a-f]{16}):/, '"$1":');
  writeFileSync(files.glue, glue);
  assert.throws(() => shorten(files), (error) => /shorten-wasm-names: no import __wbg_\w+:? in the glue/.test(error.stderr));
});
