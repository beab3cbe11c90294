// The release wasm, each step once: cargo's wasm (the standard library rebuilt for size) →
// split into the main module and its parts → wasm-bindgen on the main module → wasm-opt, one run
// per module with one list of flags → the main module's import and export names shortened, and
// the glue and the parts' loader rewritten to match → the parts fetched with their hashes.
// Each size trick here, with its measured reason:
//   - the standard library rebuilt with `panic=immediate-abort`, no panic locations and no Debug
//     formatting: about 11 KB gzipped (the widget never shows a panic message or Debug output);
//     its own `optimize_for_size`: 717 B;
//   - the parts (src/components/*_part.rs): what only the results need, and English, in files of
//     their own: the first question waits for 7 KB less (measured: CHANGELOG.md);
//   - wasm-opt -Oz with --converge, --zero-filled-memory and --low-memory-unused (891 B on the
//     results' part alone), dropping the producers and target-features sections;
//   - short import and export names (wasm-bindgen's `__wbg_<name>_<16 hex digits>`, written in
//     both the wasm and the glue): about 3 KB gzipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASM_OPT, at, cargoPin, requireInstalled, requireVersion, run, toolPin, toolchain } from './tools.mjs';
import { sriOfFile } from '../sri.mjs';
import { PART_FILES, WASM_FILE } from '../../web/contract.js';

export const NAME = 'bouwstenen-scan';
/** The parts (split points in src/components/*_part.rs); the splitter names each split_<part>.wasm. */
export const PARTS = ['results', 'english'];
export const partFile = (part) => `${NAME}_${part}.wasm`;
/** wasm-bindgen's name for the main module. */
export const MAIN_FILE = `${NAME}_bg.wasm`;
// The names the page's scripts and the widget fetch (src/model/contract.rs) must be these.
if (MAIN_FILE !== WASM_FILE || PARTS.map(partFile).join() !== PART_FILES.join()) {
  throw new Error(`build: the wasm files are ${[MAIN_FILE, ...PARTS.map(partFile)]}, src/model/contract.rs names ${[WASM_FILE, ...PART_FILES]}`);
}
export const GLUE_FILE = `${NAME}.js`;
export const LOADER_FILE = '__wasm_split.js';
/** cargo's wasm, before anything else is done to it. */
export const CARGO_WASM = at('target/wasm32-unknown-unknown/release/bouwstenen_scan.wasm');

/** The one list of wasm-opt flags, for the main module and the parts alike (they share memory). */
export const WASM_OPT_FLAGS = [
  // The features Rust 1.95 emits for wasm32-unknown-unknown.
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
  '-Oz', '--converge', '--zero-filled-memory', '--low-memory-unused',
  // No browser reads these.
  '--strip-producers', '--strip-target-features',
];

/** The environment of the release's cargo run: the standard library rebuilt for size. */
function releaseEnvironment() {
  const expected = toolchain();
  const rustc = run('rustc', ['--version']);
  // The unstable options below were checked with the pinned toolchain; another one (forced past
  // rust-toolchain.toml, or a new pin) must be checked again first.
  if (!rustc.startsWith(`rustc ${expected} `)) {
    throw new Error(`build: the release options were checked with rustc ${expected} (rust-toolchain.toml), not with ${rustc.trim()}`);
  }
  return {
    ...process.env,
    RUSTC_BOOTSTRAP: '1',
    CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
    CARGO_UNSTABLE_BUILD_STD_FEATURES: 'optimize_for_size',
    // Only the wasm target: build scripts and proc macros keep the normal flags. The split
    // point is compiled in (`bouwstenen_split`), and the linker keeps the relocations the
    // splitter reads.
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: [
      '-Zunstable-options', '-Cpanic=immediate-abort', '-Zlocation-detail=none', '-Zfmt-debug=none',
      '--cfg', 'bouwstenen_split', '-Clink-arg=--emit-relocs',
    ].join(' '),
  };
}

export function cargoBuild() {
  run('cargo', ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown'], { env: releaseEnvironment(), stdio: ['ignore', 'inherit', 'inherit'] });
  return CARGO_WASM;
}

/** The main module, its parts and their loader, in `work`, from cargo's wasm. */
export function split(cargoWasm, work) {
  requireInstalled('wasm_split_cli_support', toolPin('wasm-split-cli'));
  run('wasm-split-cli', [cargoWasm, work, '--out-name', NAME]);
}

/** wasm-bindgen on the main module: the glue and the bound wasm in `work/bound`. The parts share
 *  the main module's memory and table, which it must export (`--keep-lld-exports`). */
export function bindgen(work) {
  requireVersion('wasm-bindgen', cargoPin('wasm-bindgen'));
  const bound = join(work, 'bound');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', NAME, join(work, `${NAME}.wasm`)]);
  return { wasm: join(bound, MAIN_FILE), glue: join(bound, GLUE_FILE) };
}

/** One wasm-opt run of `input` into `output`, with the one flag list. */
export function optimize(input, output) {
  run(WASM_OPT, [...WASM_OPT_FLAGS, input, '-o', output]);
}

/**
 * The main module's imports and exports renamed to one or two letters, in place (a pass of its
 * own: inside the optimization's `--converge` loop it would run again on its own output).
 * Returns the mapping: `{ imports: [[module, name, short]], exports: [[name, short]] }`.
 */
export function minifyNames(wasm) {
  return JSON.parse(run(WASM_OPT, [...WASM_OPT_FLAGS.filter((flag) => flag.startsWith('--enable-')), '--minify-imports-and-exports-and-modules', wasm, '-o', wasm]));
}

/**
 * The parts' loader fetches each part with its hash (the glue holds it, and its own hash is in
 * the widget's script, whose hash is in embed.js: the one integrity value on the script tag
 * covers the parts too). Anything two parts share and the main module
 * does not goes into a third file, a "chunk", which nothing here hosts or hashes: the build stops.
 */
export function loaderWithIntegrity(loader, outDir) {
  const fetched = [...loader.matchAll(/fetch\(new URL\("\.\/([^"]+)"/g)].map((match) => match[1]);
  const unknown = fetched.filter((file) => !PARTS.some((part) => file === `split_${part}.wasm`));
  if (unknown.length) {
    throw new Error(`build: the parts share ${unknown.join(', ')}; a text the same in two languages belongs in the main table of content/texts.*.toml, not in [results]`);
  }
  let rewritten = loader;
  for (const part of PARTS) {
    const fetchPart = `fetch(new URL("./split_${part}.wasm", import.meta.url))`;
    if (!rewritten.includes(fetchPart)) throw new Error(`build: the loader does not fetch split_${part}.wasm as expected`);
    const integrity = JSON.stringify(sriOfFile(join(outDir, partFile(part))));
    rewritten = rewritten.replace(fetchPart, `fetch(new URL("./${partFile(part)}", import.meta.url), { integrity: ${integrity} })`);
  }
  return rewritten;
}

const GLUE_MODULE = `./${NAME}_bg.js`;
const LOADER_MODULE = `./${LOADER_FILE}`;

/**
 * The glue and the loader with the main module's short names (`mapping` from `optimize`). Every
 * rewrite must find what it rewrites, and afterwards every export the glue reaches must be a
 * short one: a glue of another shape (a new wasm-bindgen) stops the build here instead of
 * shipping a widget that cannot start.
 */
export function shortenNames(glue, loader, mapping, mainWasm) {
  const rename = (text, from, to, what) => {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`${escaped}${from.endsWith(':') ? '' : '(?![\\w$])'}`, 'g');
    if (!pattern.test(text)) throw new Error(`build: shorten names: no ${what} ${from} in the glue`);
    return text.replace(pattern, () => to);
  };
  const loaderImports = [];
  let out = glue;
  for (const [module, name, short] of mapping.imports) {
    if (module === LOADER_MODULE) {
      loaderImports.push([name, short]);
      continue;
    }
    if (module !== GLUE_MODULE) throw new Error(`build: shorten names: unexpected import module ${module}`);
    // Import names are keys of the glue's import object: `name: function(…)`.
    out = rename(out, `${name}:`, `${short}:`, 'import');
  }
  // The glue reaches exports as `wasm.name`; some (an abort handler) it never uses.
  const shortOf = new Map(mapping.exports);
  for (const [name, short] of mapping.exports) {
    if (new RegExp(`wasm\\.${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(out)) out = rename(out, `wasm.${name}`, `wasm.${short}`, 'export');
  }
  const shorts = new Set(shortOf.values());
  const unrenamed = [...out.matchAll(/wasm\.([\w$]+)/g)].map((match) => match[1]).filter((name) => !shorts.has(name));
  if (unrenamed.length) throw new Error(`build: shorten names: the glue still reaches ${[...new Set(unrenamed)].join(', ')} by the long name`);

  // All imports now share one module: the loader's functions join the glue's import object.
  const loaderObject = /\n\s*"\.\/__wasm_split\.js": (import\d+),/;
  const namespace = out.match(loaderObject)?.[1];
  if (!namespace || !/const import0 = \{/.test(out)) throw new Error('build: shorten names: the glue does not import the loader as expected');
  out = out.replace(loaderObject, '');
  const entries = loaderImports.map(([name, short]) => ` ${short}: ${namespace}.${name},`).join('');
  out = out.replace(/const import0 = \{/, (start) => `${start}${entries}`);
  const shared = /const \{ ([\w, ]+) \} = initSync\(/;
  const names = loader.match(shared)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
  if (!names) throw new Error('build: shorten names: the loader does not take the shared exports as expected');
  const newLoader = loader.replace(shared, `const { ${names.map((name) => `${shortOf.get(name) ?? name}: ${name}`).join(', ')} } = initSync(`);
  out = rename(out, `"${GLUE_MODULE}":`, `"${firstImportModule(mainWasm)}":`, 'module');
  return { glue: out, loader: newLoader };
}

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
  throw new Error('build: shorten names: the wasm has no imports');
}

/**
 * The release wasm into `outDir`: the main module and its parts, optimized, named short, the
 * parts hashed into the loader. Returns the folder with the rewritten glue and loader (for the
 * bundler) and the main module's integrity value.
 */
export function releaseWasm(outDir, cargoWasm = cargoBuild()) {
  const work = mkdtempSync(join(tmpdir(), 'bouwstenen-wasm-'));
  split(cargoWasm, work);
  const bound = bindgen(work);
  const main = join(outDir, MAIN_FILE);
  optimize(bound.wasm, main);
  const mapping = minifyNames(main);
  for (const part of PARTS) optimize(join(work, `split_${part}.wasm`), join(outDir, partFile(part)));
  const loader = loaderWithIntegrity(readFileSync(join(work, LOADER_FILE), 'utf8'), outDir);
  const shortened = shortenNames(readFileSync(bound.glue, 'utf8'), loader, mapping, readFileSync(main));
  const glueDir = join(work, 'glue');
  mkdirSync(glueDir);
  writeFileSync(join(glueDir, GLUE_FILE), shortened.glue);
  writeFileSync(join(glueDir, LOADER_FILE), shortened.loader);
  return { glueDir, integrity: sriOfFile(main), cleanUp: () => rmSync(work, { recursive: true, force: true }) };
}

