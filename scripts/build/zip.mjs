// A zip whose bytes depend on its files alone: the same files give the same zip on any machine,
// any day. Debian's `zip` with every entry's time, mode and order fixed, and without the extra
// fields that carry the owner and the file system's times.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Any fixed time will do: a zip stores local times, so the zip below runs in UTC. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** Every file under `folder`, sorted, as paths relative to `base`. */
function filesUnder(folder, base) {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

/** Zips the folder `top` (its name the zip's one top folder) inside `base` into `zipFile`. */
export function zipFolder(base, top, zipFile) {
  const files = filesUnder(join(base, top), base);
  for (const file of files) {
    chmodSync(join(base, file), 0o644);
    utimesSync(join(base, file), FIXED_TIME, FIXED_TIME);
  }
  rmSync(zipFile, { force: true });
  // -X: no owner or extended times; -D: no folder entries (unzipping makes them from the paths).
  execFileSync('zip', ['-X', '-D', '-q', '-9', zipFile, '-@'], {
    cwd: base,
    input: files.join('\n'),
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  return files;
}
