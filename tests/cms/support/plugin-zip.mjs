// The WordPress plugin as the release ships it: its zip (scripts/release), unpacked once per test
// file into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cargoVersion } from '../../../scripts/package-release.mjs';
import { PLUGIN_SLUG, wordpressZip } from '../../../scripts/build/wordpress-plugin.mjs';

export const pluginZip = () => wordpressZip(cargoVersion());

/** The plugin's folder, unpacked from the zip. */
export function extractedPlugin() {
  const folder = mkdtempSync(join(tmpdir(), 'bouwstenen-plugin-'));
  execFileSync('unzip', ['-q', pluginZip(), '-d', folder]);
  return join(folder, PLUGIN_SLUG);
}
