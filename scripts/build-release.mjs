// The release build, into dist/: the whole pipeline, each step once (scripts/build/):
//   cargo's wasm → split → wasm-bindgen → wasm-opt → short names → the parts' hashes
//   (scripts/build/wasm.mjs), then the first-step files, the glue, embed.js with the hashes, the scan
//   page, the configurator and the demo page (scripts/build/bundle.mjs).
// Trunk serves the debug demo only (scripts/serve); this is the build an organisation hosts.
//   node scripts/build-release.mjs   (scripts/build-release runs it)
import { mkdirSync, rmSync } from 'node:fs';
import { at } from './build/tools.mjs';
import { releaseWasm } from './build/wasm.mjs';
import { writeConfigurator, writeDemoPage, writeEmbed, writeFirstSteps, writeGlue, writeScanPage } from './build/bundle.mjs';

const dist = at('dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const wasm = releaseWasm(dist);
try {
  const firstStep = await writeFirstSteps(dist);
  const glue = await writeGlue(dist, wasm.glueDir, true);
  await writeEmbed(dist, { wasm: wasm.integrity, glue, firstStep });
  await writeScanPage(dist, true);
  await writeConfigurator(dist, true);
  writeDemoPage(dist);
} finally {
  wasm.cleanUp();
}
console.error('build-release: dist/ is ready');
