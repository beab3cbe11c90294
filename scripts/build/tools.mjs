// The tools the build runs, and where each pin is written once: the Rust toolchain in
// rust-toolchain.toml, wasm-bindgen in Cargo.toml's dependencies (crate and CLI must match),
// trunk and wasm-split-cli in Cargo.toml's [package.metadata.tools], binaryen (wasm-opt) and
// the npm tools in package-lock.json. scripts/setup reads the same places.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const at = (...path) => join(root, ...path);

const cargoToml = () => readFileSync(at('Cargo.toml'), 'utf8');

/** The exact version a `name = "=x.y.z"` dependency of Cargo.toml is pinned to. */
export function cargoPin(name) {
  const pin = cargoToml().match(new RegExp(`^${name} = "=([0-9.]+)"`, 'm'))?.[1];
  if (!pin) throw new Error(`build: Cargo.toml pins no ${name} = "=…"`);
  return pin;
}

/** A tool's version in Cargo.toml's [package.metadata.tools]. */
export function toolPin(name) {
  const table = cargoToml().split(/^\[package\.metadata\.tools\]$/m)[1]?.split(/^\[/m)[0] ?? '';
  const pin = table.match(new RegExp(`^${name} = "([0-9.]+)"`, 'm'))?.[1];
  if (!pin) throw new Error(`build: Cargo.toml's [package.metadata.tools] has no ${name}`);
  return pin;
}

/** The Rust toolchain rust-toolchain.toml pins. */
export function toolchain() {
  const channel = readFileSync(at('rust-toolchain.toml'), 'utf8').match(/^channel = "([^"]+)"/m)?.[1];
  if (!channel) throw new Error('build: rust-toolchain.toml has no channel');
  return channel;
}

/** binaryen's wasm-opt, from npm (Debian's is too old for Rust 1.95's output). */
export const WASM_OPT = at('node_modules/.bin/wasm-opt');

/** Runs a tool; its errors go to the console and stop the build. Returns what it printed. */
export function run(command, args, options = {}) {
  return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20, ...options });
}

/** Stops the build when a tool on PATH is not the version its pin says. */
export function requireVersion(command, pin, versionArgs = ['--version']) {
  const printed = run(command, versionArgs);
  if (!printed.includes(pin)) {
    throw new Error(`build: ${command} is not version ${pin} (it says "${printed.trim()}"); run ./scripts/setup`);
  }
}

/** Stops the build when `cargo install` did not install `crate` at the pinned version (for a
 *  tool that cannot say its own version). */
export function requireInstalled(crate, pin) {
  if (!run('cargo', ['install', '--list']).split('\n').includes(`${crate} v${pin}:`)) {
    throw new Error(`build: ${crate} ${pin} is not installed; run ./scripts/setup`);
  }
}
