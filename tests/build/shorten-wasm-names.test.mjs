// The release build's size trick that rewrites wasm-bindgen's glue (shortenNames in
// scripts/build/wasm.mjs) on today's wasm-bindgen and wasm-split-cli output: the shortened main
// wasm still links against the rewritten glue, the parts against the main module's renamed
// exports, and a glue of another shape stops the build with a message instead of shipping a
// widget that cannot start. Guards an upgrade of wasm-bindgen or the splitter. Needs the release
// build's cargo output (./scripts/build-release) and wasm-split-cli, wasm-bindgen and wasm-opt
// (scripts/setup). Run: node --test tests/build/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CARGO_WASM, bindgen, minifyNames, shortenNames, split } from '../../scripts/build/wasm.mjs';

/** The split and bound release wasm, as the release build makes it, in a fresh folder. */
function bindgenOutput() {
  assert.ok(existsSync(CARGO_WASM), `${CARGO_WASM} is missing: run ./scripts/build-release`);
  const dir = mkdtempSync(join(tmpdir(), 'shorten-'));
  split(CARGO_WASM, dir);
  const bound = bindgen(dir);
  // Beside the glue, which imports it.
  const loader = join(dir, 'bound', '__wasm_split.js');
  copyFileSync(join(dir, '__wasm_split.js'), loader);
  return { dir, wasm: bound.wasm, glue: bound.glue, loader, part: join(dir, 'split_results.wasm') };
}

/** The names shortened as the build does it, the glue and the loader written back. */
function shorten({ wasm, glue, loader }) {
  const mapping = minifyNames(wasm);
  const shortened = shortenNames(readFileSync(glue, 'utf8'), readFileSync(loader, 'utf8'), mapping, readFileSync(wasm));
  writeFileSync(glue, shortened.glue);
  writeFileSync(loader, shortened.loader);
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
  assert.throws(() => shorten(files), /build: shorten names: no import __wbg_\w+:? in the glue/);
});

test('an export the glue still reaches by its long name stops the build', () => {
  const files = bindgenOutput();
  // As if a new wasm-bindgen reached an export in a way the rename does not see.
  const glue = readFileSync(files.glue, 'utf8').replace(/wasm\.(__wbindgen_\w+)/, 'wasm["$1"]');
  writeFileSync(files.glue, `${glue}\nconst late = wasm.__wbindgen_not_renamed;\n`);
  assert.throws(() => shorten(files), /build: shorten names: the glue still reaches __wbindgen_not_renamed by the long name/);
});
