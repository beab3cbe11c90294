// Firefox ESR and WebKitGTK from Debian, through their WebDriver servers (geckodriver, from
// crates.io; WebKitWebDriver, which drives MiniBrowser), with selenium-webdriver as the client:
// Playwright's own builds of those engines cannot be downloaded here, and playwright-core
// drives only Chromium. MiniBrowser has no headless mode: the suite runs under xvfb-run
// (scripts/test). scripts/setup installs all of them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { until } from './wait.mjs';
import { WebDriverPage } from './webdriver.mjs';

/** The two engines, and how each is started. */
export const ENGINES = {
  firefox: {
    driver: 'geckodriver',
    args: (port) => [`--port=${port}`, '--log=error'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        // No first-run pages, updates or telemetry: nothing but the test's own requests.
        prefs: {
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reportingpolicy.firstRun': false,
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'intl.accept_languages': 'nl-NL, nl',
        },
      },
    },
  },
  webkit: {
    driver: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

/** A free port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `engine`'s WebDriver server on a free port, once it answers; `stop()` ends it. */
async function runDriver(engine) {
  const { driver, args } = ENGINES[engine];
  const port = await freePort();
  const child = spawn(driver, args(port), { stdio: ['ignore', 'ignore', 'ignore'] });
  let failed = null;
  child.once('error', (error) => { failed = error; });
  const url = `http://127.0.0.1:${port}`;
  await until(async () => {
    if (failed) throw new Error(`${driver} did not start (scripts/setup installs it): ${failed.message}`);
    try {
      return (await fetch(`${url}/status`)).ok;
    } catch {
      return false;
    }
  }, `${driver} to listen on ${port}`);
  return {
    url,
    // The browser it started goes with it (its own process group is not ours to end).
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) resolve();
      child.once('exit', resolve);
      child.kill();
    }),
  };
}

/**
 * Starts `engine`'s WebDriver server: `url`, `stop()`, and `restart()`, a new server in its
 * place (for a browser that stopped answering, see tests/engines/visitor.mjs).
 */
export async function startDriver(engine) {
  let running = await runDriver(engine);
  const server = {
    engine,
    get url() {
      return running.url;
    },
    stop: () => running.stop(),
    async restart() {
      await running.stop();
      running = await runDriver(engine);
    },
  };
  return server;
}

/**
 * A new browser session (a fresh profile: no storage from an earlier one) as a page, its
 * window at `width` × `height`; `phone` puts the page in a frame of the phone's width.
 */
export async function openSession(server, { width = 1280, height = 900, phone = null } = {}) {
  // Each driver takes one session at a time, and the browser of the one before may still be
  // ending after its quit: a new session asked for then can wait without end (WebKitWebDriver
  // under load). Its status says when it is ready for the next.
  await until(async () => {
    try {
      return (await (await fetch(`${server.url}/status`)).json()).value?.ready !== false;
    } catch {
      return false;
    }
  }, `${server.engine}'s driver to be ready for a new session`);
  const driver = await new Builder()
    .usingServer(server.url)
    .withCapabilities(ENGINES[server.engine].capabilities)
    .build();
  await driver.manage().window().setRect({ x: 0, y: 0, width, height });
  return new WebDriverPage(driver, { engine: server.engine, phone });
}
