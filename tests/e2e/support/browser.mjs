// Launches Debian's Chromium through playwright-core, with the flags this closed network needs.
import { chromium } from 'playwright-core';

/** `extraArgs`: further Chromium flags, e.g. the benchmark's unlimited frame rate. */
export function launch({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
