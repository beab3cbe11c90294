// What runs the wasm: wasm-bindgen's glue (with the parts' loader), in a file of its own beside
// embed.js. The first question does not wait for it (embed.js draws the first step from its
// first-step file), so it loads beside the wasm. embed.js inserts it as a script with its hash,
// which the browser checks as it checks embed.js's, and takes its functions from the global
// slot named after this file's address: a module script hands nothing back to its inserter.
// Only what embed.js calls, so the bundler leaves out the rest of the glue.
import init, { check, draw, mount, unmount } from './bouwstenen-scan.js';

globalThis[Symbol.for(import.meta.url)] = { init, scan: { check, draw, mount, unmount } };
