// Subresource Integrity: the `sha384-…` value a browser checks a file against. One place for
// the build (scripts/post-build), the release folder and the tests.
//   node scripts/sri.mjs FILE   prints FILE's value
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The integrity value of `bytes` (a Buffer or string). */
export const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The integrity value of the file at `path`. */
export const sriOfFile = (path) => sriOf(readFileSync(path));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(sriOfFile(process.argv[2]));
}
