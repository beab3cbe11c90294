// Release build step (called by scripts/post-build before the names are shortened): splits the
// wasm in two, so the first question waits for less (docs/performance.md, "The results'
// part"). Trunk has already built and bound the whole wasm; its cargo run kept the linker's
// relocations (`--emit-relocs`, scripts/release-env) and set `--cfg bouwstenen_split`, so the
// results' split point (src/components/results_part.rs) is there. Trunk's hooks cannot run
// between cargo and wasm-bindgen (trunk-rs/trunk#1022), so this does the steps again from
// cargo's own output, as yew's split-wasm example does:
//   1. wasm-split-cli: the main module, the results' part, and __wasm_split.js (their loader);
//   2. wasm-bindgen --keep-lld-exports on the main module (the part shares its memory and
//      table, which the main module must export);
//   3. wasm-opt -Oz on both, with Trunk's options (index.html) for the main module;
// and puts them into Trunk's staging folder in place of its wasm and glue. The part is
// fetched with its sha384 hash, written into the loader here; embed.js bundles the loader,
// so the script tag's one integrity value covers the part too.
// The same for English's texts and content (src/components/english_part.rs): a part that a
// widget fetches only when it is to speak English.
//   node scripts/split-wasm.mjs STAGING_DIR RAW_WASM
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sriOfFile } from './sri.mjs';

const [staging, rawWasm] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const NAME = 'bouwstenen-scan';
/** The parts (split points in src/components/*_part.rs); the tool calls each split_<part>.wasm. */
const PARTS = ['results', 'english'];
/** A part's file beside embed.js. */
const partFile = (part) => `${NAME}_${part}.wasm`;
const FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
];
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });

const work = mkdtempSync(join(tmpdir(), 'split-wasm-'));
try {
  run('wasm-split-cli', [rawWasm, work, '--out-name', NAME]);
  const bound = join(work, 'bound');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', NAME, join(work, `${NAME}.wasm`)]);

  const index = readFileSync(join(root, 'index.html'), 'utf8');
  const trunkParams = index.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/) ?? [];
  run(join(root, 'node_modules/.bin/wasm-opt'), [...FEATURES, '-Oz', ...trunkParams, join(bound, `${NAME}_bg.wasm`), '-o', join(staging, `${NAME}_bg.wasm`)]);
  // The parts get Trunk's parameters too: they share the main module's memory, so what they
  // assume of it holds for all (measured on the results' part: 891 B less gzipped, with
  // --converge and --low-memory-unused about half each).
  for (const part of PARTS) {
    run(join(root, 'node_modules/.bin/wasm-opt'), [...FEATURES, '-Oz', ...trunkParams, '--strip-producers', '--strip-target-features', join(work, `split_${part}.wasm`), '-o', join(staging, partFile(part))]);
  }
  copyFileSync(join(bound, `${NAME}.js`), join(staging, `${NAME}.js`));

  let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
  // Anything two parts share and the main module does not (a string the same in Dutch's
  // results texts and in English's, say) goes into a third file, a "chunk", which nothing here
  // hosts or hashes: the part that needs it would not load. Stop the build instead.
  const fetched = [...loader.matchAll(/fetch\(new URL\("\.\/([^"]+)"/g)].map((match) => match[1]);
  const unknown = fetched.filter((file) => !PARTS.some((part) => file === `split_${part}.wasm`));
  if (unknown.length) {
    throw new Error(`split-wasm: the parts share ${unknown.join(', ')}; a text the same in two languages belongs in the main table of content/texts.*.toml, not in [results]`);
  }
  for (const part of PARTS) {
    const fetchPart = `fetch(new URL("./split_${part}.wasm", import.meta.url))`;
    if (!loader.includes(fetchPart)) throw new Error(`split-wasm: the loader does not fetch split_${part}.wasm as expected`);
    const integrity = JSON.stringify(sriOfFile(join(staging, partFile(part))));
    loader = loader.replace(fetchPart, `fetch(new URL("./${partFile(part)}", import.meta.url), { integrity: ${integrity} })`);
  }
  writeFileSync(join(staging, '__wasm_split.js'), loader);
} finally {
  rmSync(work, { recursive: true, force: true });
}
