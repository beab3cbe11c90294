// Release build step (called by scripts/post-build): gives the wasm's imports and exports
// one- or two-letter names, and renames them to match in wasm-bindgen's JavaScript glue.
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`; those digits hardly compress,
// and every name is written twice, once in the wasm and once in the glue. About 3 KB gzipped.
// The same wasm-opt run drops the `producers` and `target_features` sections: no browser
// reads them.
//
// With the wasm split in two (scripts/split-wasm.mjs), the main module also imports the
// part's loader (__wasm_split.js), and the loader takes the memory and table the part shares
// from the main module's exports: both are renamed to match as well.
//
// Usage: node scripts/shorten-wasm-names.mjs <wasm> <glue.js> <wasm-opt> [<__wasm_split.js>]
// Fails (and so fails the build) when the glue does not have the shape this expects.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath, wasmOpt, loaderPath] = process.argv.slice(2);
const GLUE_MODULE = './bouwstenen-scan_bg.js';
const LOADER_MODULE = './__wasm_split.js';
// The features Rust 1.95 emits for wasm32-unknown-unknown; wasm-opt must accept them all.
const FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
];

const mapping = JSON.parse(execFileSync(
  wasmOpt,
  [
    ...FEATURES, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features',
    wasmPath, '-o', wasmPath,
  ],
  { encoding: 'utf8' },
));

let glue = readFileSync(gluePath, 'utf8');
/** Replaces every `from`; an export only where no identifier character follows it (so that
 *  `wasm.draw` would not match inside a longer name such as `wasm.drawAll`). */
const rename = (from, to, what) => {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}${from.endsWith(':') ? '' : '(?![\\w$])'}`, 'g');
  const count = (glue.match(pattern) ?? []).length;
  if (count === 0 && what !== 'export') throw new Error(`shorten-wasm-names: no ${what} ${from} in the glue`);
  glue = glue.replace(pattern, () => to);
};
const loaderImports = [];
for (const [module, name, short] of mapping.imports) {
  if (module === LOADER_MODULE && loaderPath) {
    loaderImports.push([name, short]);
    continue;
  }
  if (module !== GLUE_MODULE) throw new Error(`shorten-wasm-names: unexpected import module ${module}`);
  // Import names are keys of the glue's import object: `name: function(…)`.
  rename(`${name}:`, `${short}:`, 'import');
}
for (const [name, short] of mapping.exports) {
  // The glue reaches exports as `wasm.name`; some (an abort handler) it never uses.
  rename(`wasm.${name}`, `wasm.${short}`, 'export');
}
if (loaderPath) {
  // All imports now share one module: the loader's functions join the glue's import object.
  const loaderObject = /\n\s*"\.\/__wasm_split\.js": (import\d+),/;
  const namespace = glue.match(loaderObject)?.[1];
  if (!namespace || !/const import0 = \{/.test(glue)) throw new Error('shorten-wasm-names: the glue does not import the loader as expected');
  glue = glue.replace(loaderObject, '');
  const entries = loaderImports.map(([name, short]) => ` ${short}: ${namespace}.${name},`).join('');
  glue = glue.replace(/const import0 = \{/, (start) => `${start}${entries}`);
  let loader = readFileSync(loaderPath, 'utf8');
  const shared = /const \{ ([\w, ]+) \} = initSync\(/;
  const names = loader.match(shared)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
  if (!names) throw new Error('shorten-wasm-names: the loader does not take the shared exports as expected');
  const shortOf = new Map(mapping.exports);
  loader = loader.replace(shared, `const { ${names.map((name) => `${shortOf.get(name) ?? name}: ${name}`).join(', ')} } = initSync(`);
  writeFileSync(loaderPath, loader);
}
rename(`"${GLUE_MODULE}":`, `"${firstImportModule(readFileSync(wasmPath))}":`, 'module');
writeFileSync(gluePath, glue);

/** The module name of the wasm's first import (all of them share it after the renaming). */
function firstImportModule(bytes) {
  let at = 8; // magic number and version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 2) {
      leb(); // number of imports
      const length = leb();
      return new TextDecoder().decode(bytes.subarray(at, at + length));
    }
    at += size;
  }
  throw new Error('shorten-wasm-names: the wasm has no imports');
}
