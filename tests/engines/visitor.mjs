// What a visitor does, in a browser engine other than Chromium (firefox.test.mjs,
// webkit.test.mjs), at a desktop width and a phone's: the release folder as a host serves it
// (support/release-host.mjs), driven through WebDriver with the same page object as the
// Chromium suite (support/scan-page.mjs over support/webdriver.mjs). Each screen a visitor
// reads is checked for what these engines show and Chromium does not (support/layout.mjs), and
// kept as a screenshot in test-output/engines/ to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ScanPage, TEXTS, drawn, scanOn } from '../e2e/support/scan-page.mjs';
import { hostRelease } from '../e2e/support/release-host.mjs';
import { openSession, startDriver } from '../e2e/support/engines.mjs';
import { layoutProblems } from '../e2e/support/layout.mjs';
import { EMBED_FILE, SITE_FILE, WASM_FILE, WASM_GLUE_FILE, WIDGET_SCRIPT_FILE } from '../e2e/support/contract.mjs';
import { until } from '../e2e/support/wait.mjs';

const SHOTS = fileURLToPath(new URL('../../test-output/engines/', import.meta.url));
/** A desktop's window, and a phone's width (in a frame: see support/webdriver.mjs). */
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844, phone: true },
];

/** The longest a test here may take: under half a minute on a loaded machine, with room to spare. */
const VISIT_MS = 120_000;
/** How long a browser may take for one thing (a screenshot, closing) before it counts as gone. */
const ANSWER_MS = 30_000;

class StoppedAnswering extends Error {
  name = 'StoppedAnswering';
}

/**
 * Whether `error` says the browser itself is gone, not that the page did wrong: a call that
 * never returned, or the driver's own errors for a browser process that ended (an empty
 * WebDriverError, then no new session while it counts the dead one as active). A failed check
 * of the page is an AssertionError, and a locator that finds nothing fails through `until`.
 */
const browserGone = (error) => error instanceof StoppedAnswering
  || ['WebDriverError', 'SessionNotCreatedError', 'NoSuchSessionError'].includes(error?.name);

/** `promise`, or a StoppedAnswering after `ms`: a WebDriver call to a browser that is gone never returns. */
function answered(promise, ms = ANSWER_MS) {
  let timer;
  const gone = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StoppedAnswering(`the browser did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, gone]).finally(() => clearTimeout(timer));
}

/**
 * The network between the release folder and the browser: it can hold the wasm back until
 * `release()`, and change a byte of the glue (`tamperGlue`), as a tampered CDN would.
 */
function network() {
  let open = Promise.resolve();
  let release = () => {};
  const state = {
    tamperGlue: false,
    hold() {
      open = new Promise((resolve) => { release = resolve; });
    },
    release: () => release(),
    transform: async (path, bytes) => {
      if (path.endsWith(`/${WASM_FILE}`)) await open;
      if (state.tamperGlue && path.endsWith(`/${WASM_GLUE_FILE}`)) {
        const changed = Buffer.from(bytes);
        changed[changed.indexOf('Content-Type')] ^= 0x20;
        return changed;
      }
      return bytes;
    },
  };
  return state;
}

export function visitorSuite(engine) {
  describe(engine, () => {
    const valve = network();
    const env = {};
    before(async () => {
      mkdirSync(SHOTS, { recursive: true });
      env.host = await hostRelease({ recorder: true, transform: valve.transform });
      env.server = await startDriver(engine);
    });
    after(async () => {
      await env.server?.stop();
      await env.host?.close();
    });

    for (const size of WIDTHS) {
      const where = `${engine}, ${size.name}`;
      /** A fresh browser (its own storage) on `path` of the host pages or the release folder. */
      // A phone's frame in a window tall enough to hold it whole: a click at a point of the
      // frame below the window's edge would not land.
      const open = async (path, { fromFolder = false } = {}) => {
        // geckodriver runs one session at a time: the one before goes first.
        await closeAll();
        const page = await openSession(env.server, size.phone
          ? { width: 1280, height: size.height + 200, phone: { frameUrl: `${env.host.pages.url}/phone.html`, width: size.width, height: size.height } }
          : { width: size.width, height: size.height });
        env.pages = [...(env.pages ?? []), page];
        await page.goto(fromFolder ? `${env.host.folderUrl}${path}` : `${env.host.pages.url}/${path}`);
        return page;
      };
      const shot = (page, screen) => page.screenshot(`${SHOTS}${engine}-${size.name}-${screen}.png`);
      const noProblems = async (page, what) => {
        assert.deepEqual(await page.evaluate(() => window.recordedProblems), [], `${where}, ${what}: errors on the page`);
      };
      const looksRight = async (page, screen) => {
        await shot(page, screen);
        assert.deepEqual(await layoutProblems(page), [], `${where}, ${screen}`);
      };
      const closeAll = async () => {
        await Promise.all((env.pages ?? []).map((page) => answered(page.driver.quit()).catch(() => {})));
        env.pages = [];
      };
      /**
       * A test at this engine and width: on a failure, what the browser showed is kept too. A
       * browser that is gone (MiniBrowser ended under load, its driver then waiting for it
       * without end, or refusing new sessions) is not a failure of the page: its driver is
       * started anew and the test runs once more, said in the output. Any other failure fails
       * at once.
       */
      const visit = (name, body) => test(`${where}: ${name}`, async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            await answered(body(), VISIT_MS).catch((error) => {
              const waiting = (env.pages ?? []).flatMap((page) => [...page.waitingFor]);
              if (error instanceof StoppedAnswering && waiting.length) error.message += `, asked: ${waiting.join(', ')}`;
              throw error;
            });
            return;
          } catch (error) {
            for (const [index, page] of (env.pages ?? []).entries()) {
              await answered(page.screenshot(`${SHOTS}${engine}-${size.name}-failed-${index}.png`)).catch(() => {});
            }
            if (!browserGone(error) || attempt > 1) throw error;
            console.log(`# ${where}: ${name}: the browser is gone (${error.name}: ${error.message || 'no message'}); the driver is started anew and the test runs once more`);
            env.pages = [];
            await env.server.restart();
          } finally {
            valve.release();
            valve.tamperGlue = false;
            await closeAll();
          }
        }
      });

      visit(`the first step from embed.js, the widget taking over with the answer kept, the whole scan to the results`, async () => {
        valve.hold();
        const page = await open('index.html');
        const scan = new ScanPage(page, scanOn(page));
        await scan.startButton.waitFor();
        await looksRight(page, 'start');
        await scan.start();
        assert.equal(await scan.widget.locator('.placeholder').count(), 1, 'the first step is embed.js\'s while the wasm is held back');
        await scan.widget.locator('fieldset').first().getByRole('radio').nth(3).check();
        valve.release();
        await drawn(scan.widget);
        assert.ok(await scan.widget.locator('fieldset').first().getByRole('radio').nth(3).isChecked(), 'the answer is kept');
        await looksRight(page, 'step');
        await scan.answerAll();
        const rows = await scan.tableRows();
        assert.equal(rows.length, 7, 'seven blocks in the table');
        assert.equal(await scan.widget.locator('svg.radar-wide .result').count(), 1, 'the radar is drawn');
        const articles = await scan.widget.getByRole('link', { name: /^Lees bouwsteen \d: / })
          .evaluateAll((links) => links.map((link) => [link.textContent.match(/\d/)[0], link.href]));
        assert.deepEqual([...new Set(articles.map(([block]) => block))].sort(), ['1', '2', '3', '4', '5', '6', '7'], 'a link to each block\'s article');
        assert.ok(articles.every(([, href]) => href.startsWith('https://')), 'to the articles');
        await scan.widget.locator('figure.radar').scrollIntoViewIfNeeded();
        await looksRight(page, 'results');
        env.sharedLink = await scan.shareLink();
        env.sharedRows = rows;
        await noProblems(page, 'the scan');
      });

      if (size.name === 'desktop') {
        // Firefox keeps a module script that failed to load, so a retry must ask anew (embed.js).
        visit(`a changed glue is refused, and "Probeer opnieuw" gets the scan once it is right`, async () => {
          valve.tamperGlue = true;
          const page = await open('index.html');
          const widget = scanOn(page);
          await widget.getByText('De scan kon niet worden geladen.').waitFor();
          valve.tamperGlue = false;
          await widget.getByRole('button', { name: 'Probeer opnieuw' }).click();
          await drawn(widget);
          const problems = await page.evaluate(() => window.recordedProblems);
          assert.ok(problems.every((problem) => problem.includes(WASM_GLUE_FILE)), `only the refused glue: ${problems}`);
        });
      }

      if (size.name === 'desktop') {
        visit(`a page of the site without a scan loads site.js alone; a scan far below loads the rest once near`, async () => {
          const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname.split('/').pop())
            .filter((file) => !file.endsWith('.html')));
          // The load event waits for embed.js and for any script or file it asked for at once.
          const loaded = (page) => until(() => page.evaluate(() => document.readyState === 'complete'), 'the page\'s load event');
          const site = await open('site.html');
          await loaded(site);
          assert.deepEqual(await fetched(site), [SITE_FILE], 'a page without a scan');
          await noProblems(site, 'a page without a scan');

          const far = await open('far.html');
          const widget = scanOn(far);
          await loaded(far);
          assert.deepEqual(await fetched(far), [EMBED_FILE], 'a scan far below, before it is near');
          await widget.scrollIntoViewIfNeeded();
          await drawn(widget);
          assert.ok((await fetched(far)).includes(WIDGET_SCRIPT_FILE), 'the widget\'s script once near');
          await noProblems(far, 'a scan far below');

          // The template's line where the CMS stripped the snippet's script: site.js keeps the
          // space and loads embed.js, which waits.
          const stripped = await open('far-stripped.html');
          const strippedWidget = scanOn(stripped);
          await loaded(stripped);
          assert.deepEqual(await fetched(stripped), [SITE_FILE, EMBED_FILE], 'the stripped snippet far below, before it is near');
          assert.ok(await strippedWidget.evaluate((element) => element.getBoundingClientRect().height) > 300, 'its space kept');
          await strippedWidget.scrollIntoViewIfNeeded();
          await drawn(strippedWidget);
          await noProblems(stripped, 'the stripped snippet far below');
        });
      }

      visit(`a reload midway opens where the visitor was; a share link opens in a new browser`, async () => {
        const page = await open('index.html');
        const scan = new ScanPage(page, scanOn(page));
        await drawn(scan.widget);
        await scan.start();
        await scan.answerStep(0);
        await scan.nextButton(0).click();
        await scan.waitForStep(1);
        await scan.widget.locator('fieldset').first().getByRole('radio').nth(1).check();
        await page.reload();
        await drawn(scan.widget);
        await scan.waitForStep(1);
        assert.ok(await scan.widget.locator('fieldset').first().getByRole('radio').nth(1).isChecked(), 'the answer is kept');
        await noProblems(page, 'the reload');

        assert.ok(env.sharedLink, 'the scan before gave a share link');
        const other = await open(env.sharedLink.slice(env.sharedLink.indexOf('index.html')));
        const shared = new ScanPage(other, scanOn(other));
        await shared.waitForResults(TEXTS.nl.shared);
        assert.deepEqual(await shared.tableRows(), env.sharedRows);
        await noProblems(other, 'the share link');
      });

      visit(`English from the start screen's switch`, async () => {
        const page = await open('index.html');
        const widget = scanOn(page);
        await drawn(widget);
        await widget.getByRole('button', { name: 'English' }).click();
        const scan = new ScanPage(page, widget, 'en');
        await widget.getByRole('heading', { name: 'How data-driven is your organisation?' }).waitFor();
        await scan.start();
        await looksRight(page, 'step-english');
        await noProblems(page, 'English');
      });

      visit(`the scan page alone, the iframe that fits itself, the link that becomes the scan, the dialog, the configurator's preview`, async () => {
        const alone = await open('scan.html', { fromFolder: true });
        const scan = new ScanPage(alone, scanOn(alone));
        // The takeover has its own test above; a click in the moment of the swap is not this one's.
        await drawn(scan.widget);
        await scan.start();
        await looksRight(alone, 'scan-page');
        await noProblems(alone, 'the scan page');

        const framed = await open('iframe-fitted.html');
        const frame = 'iframe[src*="scan.html"]';
        let heights;
        await until(async () => {
          const outer = await framed.evaluate((css) => document.querySelector(css).getBoundingClientRect().height, frame);
          const content = await framed.evaluateInFrame(frame, () => document.documentElement.getBoundingClientRect().height);
          heights = { outer, content };
          return content > 300 && Math.abs(outer - content) <= 4;
        }, () => `the iframe to take its content's height: ${JSON.stringify(heights)}`);
        await noProblems(framed, 'the iframe');
        // Inside the frame too (Firefox once reported a ResizeObserver loop there).
        assert.deepEqual(await framed.evaluateInFrame(frame, () => window.recordedProblems), [], `${where}, inside the iframe`);

        const linked = await open('link.html');
        await new ScanPage(linked, scanOn(linked)).startButton.waitFor();
        assert.equal(await linked.getByRole('link', { name: 'Doe de Bouwstenen-scan' }).count(), 0, 'the link became the scan');
        await noProblems(linked, 'the link');

        const dialogPage = await open('dialog.html');
        await scanOn(dialogPage).getByRole('button', { name: 'Doe de Bouwstenen-scan' }).click();
        const inDialog = new ScanPage(dialogPage, scanOn(dialogPage).getByRole('dialog'));
        await drawn(inDialog.widget);
        await inDialog.start();
        await looksRight(dialogPage, 'dialog');
        await noProblems(dialogPage, 'the dialog');

        const configurator = await open('configurator.html', { fromFolder: true });
        const preview = scanOn(configurator, '#preview [data-bouwstenen]');
        await new ScanPage(configurator, preview).startButton.waitFor();
        await configurator.getByRole('radio', { name: 'Als knop die de scan in een venster opent' }).click();
        await preview.getByRole('button', { name: 'Doe de Bouwstenen-scan' }).waitFor();
        await noProblems(configurator, 'the configurator');
      });
    }
  });
}
