// The benchmark: the widget against the same scan built with SurveyJS + Chart.js (the peer).
// Builds both, serves them on loopback and measures, in Debian's headless Chromium over
// repeated cold loads (a fresh browser context each run):
//   - gzip (-9) and brotli (q 11) bytes of everything the scan makes a host page load, and
//     the gzip bytes fetched before the first question (before the first control)
//   - navigation start -> first interactive control
//   - click on an answer -> the next painted frame (median of the clicks in a run)
//   - click on the last "Naar de uitslag" -> radar painted
//   - JS heap (after a forced GC) and wasm memory after a completed scan
// and what a host page pays for it:
//   - on a page of the site without a scan, with the scan's script in the site's template
//     (the widget's: site.js): the gzip bytes it fetched
//   - on a long page with the scan three screens down: the gzip bytes fetched before the
//     visitor scrolls near it, the layout shift (CLS) while scrolling to it and while it
//     appears, and the time from "in view" to its first control
//   - the layout shift when the scan is in view at load (it appears in place of nothing)
//   - at 4x CPU slowdown: total blocking time and the longest task from navigation to the
//     first control (for the widget, whose first control is embed.js's, until the widget has
//     taken over), and that time again on a "Slow 4G"-like network (Lighthouse's values),
//     with the time to the first statement that can be answered (after "Start de scan"); for
//     the widget also where a link becomes the scan (the link route), in view at load
// Prints medians with [min–max] and the peer/widget ratios. Not a test: numbers, no verdict.
//
// Usage (from the repository root): node bench/run.mjs [--runs 9] [--no-build]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve } from '../tests/e2e/support/static-server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { HOSTED_FILES } from '../scripts/package-release.mjs';
import { replaceBetweenMarkers } from '../scripts/doc-markers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = (path) => join(root, path);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 9;
const env = { ...process.env, PATH: `${here('node_modules/.bin')}:${process.env.PATH}` };

if (!args.includes('--no-build')) {
  execFileSync(here('scripts/build-release'), [], { cwd: root, env, stdio: 'inherit' });
}
if (!existsSync(here('bench/node_modules/survey-core'))) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here('bench'), stdio: 'inherit' });
}
const peerDir = here('bench/peer/build');
mkdirSync(peerDir, { recursive: true });
const vendor = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'survey-core.min.css': 'survey-core/survey-core.min.css',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  'chart.umd.min.js': 'chart.js/dist/chart.umd.min.js',
};
for (const [name, path] of Object.entries(vendor)) copyFileSync(here(`bench/node_modules/${path}`), join(peerDir, name));
for (const name of ['index.html', 'peer.js']) copyFileSync(here(`bench/peer/${name}`), join(peerDir, name));
writeFileSync(join(peerDir, 'content.json'), execFileSync('cargo', ['run', '--quiet', '--example', 'content_json'], { cwd: root }));

const apps = {
  widget: {
    dir: here('dist'),
    // English's part too (not fetched on the bench's Dutch page: its bytes are in the total).
    files: HOSTED_FILES,
    firstControl: () => document.querySelector('[data-bouwstenen]')?.shadowRoot?.querySelector('.button.primary'),
    takenOver: () => document.querySelector('[data-bouwstenen]')?.shadowRoot?.querySelector('.scan:not(.placeholder)'),
    // The first statement, once "Start de scan" is clicked (clicked here when it is there).
    firstQuestion: () => {
      const root = document.querySelector('[data-bouwstenen]')?.shadowRoot;
      if (root?.querySelector('input[type=radio]')) return true;
      if (!window.benchStarted && root?.querySelector('.button.primary')) {
        window.benchStarted = true;
        root.querySelector('.button.primary').click();
      }
      return false;
    },
  },
  peer: {
    dir: peerDir,
    files: [...Object.keys(vendor), 'peer.js', 'content.json'],
    firstControl: () => document.querySelector('#survey input[type=radio]'),
    firstQuestion: () => document.querySelector('#survey input[type=radio]'),
  },
};

function bytes(app) {
  let gzip = 0;
  let brotli = 0;
  for (const file of app.files) {
    const data = readFileSync(join(app.dir, file));
    gzip += gzipSync(data, { level: 9 }).length;
    brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { gzip, brotli };
}

/** The scan's root for queries: the widget's shadow root, or the peer's document. */
const scope = (name) =>
  name === 'widget' ? () => document.querySelector('[data-bouwstenen]').shadowRoot : () => document;

async function measureRun(browser, name, url) {
  const app = apps[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(`(() => {
    // Keep the widget's wasm instance: its memory is read after the scan.
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const result = await streaming(...args);
      // The main module's: the results' part shares its memory and exports none.
      window.wasmInstance ??= result.instance;
      return result;
    };
    const find = ${app.firstControl.toString()};
    const poll = () => { if (find()) { window.firstControl = performance.now(); } else { requestAnimationFrame(poll); } };
    requestAnimationFrame(poll);
  })()`);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForFunction(() => window.firstControl);
  const firstControl = await page.evaluate(() => window.firstControl);
  // What the first question waited for: the files whose response was in before the first
  // control (the widget's wasm is on its way by then, but the first step does not wait for it).
  const inBefore = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.responseEnd <= window.firstControl).map((entry) => entry.name));
  const bytesBeforeQuestion = fetchedGzip(app, inBefore);
  const root = scope(name).toString();

  if (name === 'widget') {
    await page.evaluate(`(${root})().querySelector('.button.primary').click()`);
  }
  // Click latency: click each answer of the first step, time until the next painted frame.
  const clicks = await page.evaluate(`(async () => {
    const root = (${root})();
    const wait = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    while (!root.querySelector('input[type=radio]')) await wait();
    const times = [];
    for (const radio of [...root.querySelectorAll('input[type=radio]')].slice(0, 12)) {
      const start = performance.now();
      radio.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - start);
    }
    return times;
  })()`);
  // Answer every statement, block by block, then time the last click to the radar.
  const next = name === 'widget' ? 'Volgende' : 'Volgende';
  const last = 'Naar de uitslag';
  const results = await page.evaluate(`(async () => {
    const root = (${root})();
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const button = (label) => [...root.querySelectorAll('button, input[type=button]')]
      .find((b) => (b.textContent || b.value || '').trim() === label || b.title === label);
    for (let step = 0; step < 7; step++) {
      await frame(); await frame();
      const groups = new Map();
      for (const radio of root.querySelectorAll('input[type=radio]')) {
        if (!groups.has(radio.name)) groups.set(radio.name, []);
        groups.get(radio.name).push(radio);
      }
      for (const radios of groups.values()) radios[(step + radios.length) % 5].click();
      await frame();
      if (step < 6) {
        button('${next}').click();
        // The widget's first step is embed.js's: the next one comes with the wasm.
        ${name === 'widget' ? "while (!root.querySelector('.progress-text')?.textContent.startsWith('Bouwsteen ' + (step + 2) + ' ')) await frame();" : ''}
        continue;
      }
      const start = performance.now();
      button('${last}').click();
      const painted = () => ${name === 'widget'
        ? "root.querySelector('svg.radar-wide .result')"
        : "window.resultsShown && document.querySelector('#radar').width > 0"};
      while (!painted()) await frame();
      await frame();
      return performance.now() - start;
    }
  })()`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = name === 'widget'
    // The release build shortens export names, so find the memory by type, not by name.
    ? await page.evaluate(() => Object.values(window.wasmInstance.exports)
      .find((value) => value instanceof WebAssembly.Memory).buffer.byteLength)
    : 0;
  await context.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { firstControl, bytesBeforeQuestion, click: median(clicks), results, heap: usedSize, wasm };
}

/** The same page with three screens of article above the scan, as on a long host page. */
const ARTICLE = '<div style="min-height: 300vh"><h1>Een lang artikel</h1><p>De scan staat onderaan.</p></div>';
const longPage = (html) => html.replace(/<body>/, `<body>${ARTICLE}`);
/** The page with the host's footer below the scan: it moves if the scan changes height. */
const FOOTER = '<footer><p>Voettekst van de gemeente.</p></footer>';
const withFooter = (html) => html.replace(/<\/body>/, `${FOOTER}</body>`);
/** The widget's page without the widget: what the host page's own load costs. */
const withoutScan = (html) => withFooter(html.replace(/<script type="module" src="\.\/embed\.js"><\/script>/, ''));
/** The widget's line for a site's template: site.js, where the snippet has embed.js. */
const siteLine = (html) => html.replace(/<script type="module" src="\.\/embed\.js"><\/script>/, '<script type="module" src="./site.js"></script>');
/** A page of a site with the scan's line in its template, and no scan: what every page pays. */
const siteLineOnly = (html) => withFooter(siteLine(html).replace(/<div data-bouwstenen><\/div>/, '').replace(/<div id="survey"><\/div>/, ''));
/** The widget's link route: a link to the scan page, which the template's line makes the scan. */
const linkRoute = (html) => withFooter(siteLine(html).replace(/<div data-bouwstenen><\/div>/, '<p><a href="./scan.html">Doe de Bouwstenen-scan</a></p>'));

/** Installed before any page script: layout shifts (without input) and long tasks, as they come. */
const OBSERVE_PAGE = `(() => {
  window.layoutShifts = [];
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

/** Resolves (in the page) at the first control, with the time it appeared. */
const untilFirstControl = (app) => `new Promise((done) => {
  const find = ${app.firstControl.toString()};
  const poll = () => (find() ? done(performance.now()) : requestAnimationFrame(poll));
  poll();
})`;
const twoFrames = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))';
const sum = (values) => values.reduce((total, value) => total + value, 0);

/** gzip bytes of the app's files the page fetched so far. */
function fetchedGzip(app, requests) {
  return sum(app.files
    .filter((file) => requests.some((url) => new URL(url).pathname.endsWith(`/${file}`)))
    .map((file) => gzipSync(readFileSync(join(app.dir, file)), { level: 9 }).length));
}

/** A page of the site without a scan: the gzip bytes it fetched, once the network is idle. */
async function measureSiteLine(browser, name, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytesWithoutScan: fetchedGzip(apps[name], requests) };
}

/** The long page: bytes before the scan is near, CLS while scrolling to it, in view -> first control. */
async function measureLongPage(browser, name, url) {
  const app = apps[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(OBSERVE_PAGE);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const bytesBeforeNear = fetchedGzip(app, requests);
  const inView = await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
    return performance.now();
  });
  const firstControl = await page.evaluate(untilFirstControl(app));
  await page.evaluate(twoFrames);
  const cls = sum(await page.evaluate(() => window.layoutShifts));
  await context.close();
  return { bytesBeforeNear, cls, inViewToControl: firstControl - inView };
}

/**
 * The page with the scan in view at load, at 4x CPU (and optionally a slow network). Nothing
 * is evaluated in the page until the end: Playwright's evaluate injects a script whose own
 * run would count as a long task. The page reports its first control through a binding.
 */
async function measureThrottled(browser, name, url, { slowNetwork = false } = {}) {
  const app = name && apps[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (slowNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  let reported;
  const firstControlShown = new Promise((resolve) => { reported = resolve; });
  await page.exposeBinding('benchFirstControl', (_source, time) => reported(time));
  await page.addInitScript(OBSERVE_PAGE);
  // On the slow network, after the first control: the first statement that can be answered
  // (the widget's start button clicked as soon as it is there).
  let questionReported;
  const firstQuestionShown = new Promise((resolve) => { questionReported = resolve; });
  await page.exposeBinding('benchFirstQuestion', (_source, time) => questionReported(time));
  const askQuestion = slowNetwork && app ? app.firstQuestion.toString() : 'null';
  // The page without a scan: from navigation to its load event.
  const find = app ? app.firstControl.toString() : '() => document.readyState === "complete"';
  await page.addInitScript(`(() => {
    const find = ${find};
    const question = ${askQuestion};
    const untilQuestion = () => (question() ? window.benchFirstQuestion(performance.now()) : requestAnimationFrame(untilQuestion));
    const poll = () => {
      if (!find()) return requestAnimationFrame(poll);
      window.benchFirstControl(performance.now());
      if (question) untilQuestion();
    };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url, { timeout: 120_000 });
  const firstControl = await firstControlShown;
  const firstQuestion = slowNetwork && app ? await firstQuestionShown : undefined;
  // The widget's first control is embed.js's (web/first-step.js): its tasks until the widget
  // has taken over (the wasm's set-up and drawing) count, as do those still running then.
  if (app?.takenOver) await page.waitForFunction(app.takenOver, null, { timeout: 120_000, polling: 'raf' });
  await page.waitForTimeout(1000);
  const { tasks, shifts } = await page.evaluate(() => ({ tasks: window.longTasks, shifts: window.layoutShifts }));
  await context.close();
  return {
    firstControl,
    firstQuestion,
    blocking: sum(tasks.map((duration) => Math.max(0, duration - 50))),
    longestTask: Math.max(0, ...tasks),
    cls: sum(shifts),
  };
}

/**
 * Lighthouse's "Slow 4G" (mobileSlow4G) as DevTools applies it: 150 ms round trip x 3.75,
 * 1.6 Mbit/s down and 750 kbit/s up, x 0.9.
 */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

// Frames as fast as Chromium can make them, not on a 60 Hz tick: otherwise "click → next frame"
// measures the wait for the tick (about 16.7 ms for any page) instead of the page's own work.
const browser = await launch({ extraArgs: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] });
const chromiumVersion = browser.version();
// What a host page pays is measured with frames on the usual tick, as a visitor's browser makes them.
const hostBrowser = await launch();
const report = {};
// The slow network makes a run take seconds (the peer's many); fewer runs keep the bench short.
const slowRuns = Math.min(runs, 5);
for (const name of Object.keys(apps)) {
  const server = await serve(apps[name].dir, { rewriteHtml: withFooter });
  const longServer = await serve(apps[name].dir, { rewriteHtml: longPage });
  const siteServer = await serve(apps[name].dir, { rewriteHtml: siteLineOnly });
  const measured = [];
  for (let run = 0; run < runs; run++) {
    measured.push({
      ...(await measureRun(browser, name, `${server.url}/`)),
      ...(await measureSiteLine(hostBrowser, name, `${siteServer.url}/`)),
      ...(await measureLongPage(hostBrowser, name, `${longServer.url}/`)),
      ...prefixed('cpu4', await measureThrottled(hostBrowser, name, `${server.url}/`)),
    });
  }
  const slow = [];
  for (let run = 0; run < slowRuns; run++) slow.push(await measureThrottled(hostBrowser, name, `${server.url}/`, { slowNetwork: true }));
  await Promise.all([server.close(), longServer.close(), siteServer.close()]);
  report[name] = { ...bytes(apps[name]) };
  for (const key of Object.keys(measured[0])) report[name][key] = summary(measured.map((m) => m[key]));
  report[name].slow4gFirstControl = summary(slow.map((m) => m.firstControl));
  report[name].slow4gFirstQuestion = summary(slow.map((m) => m.firstQuestion));
}
// The widget's link route in view at load: site.js, then embed.js, then the widget's script.
const linkServer = await serve(apps.widget.dir, { rewriteHtml: linkRoute });
const linked = [];
for (let run = 0; run < slowRuns; run++) linked.push(await measureThrottled(hostBrowser, 'widget', `${linkServer.url}/`, { slowNetwork: true }));
await linkServer.close();
report.linkRouteSlow4gFirstQuestion = summary(linked.map((m) => m.firstQuestion));
// The host page alone, for the blocking time and longest task it has without any scan.
const aloneServer = await serve(apps.widget.dir, { rewriteHtml: withoutScan });
const alone = [];
for (let run = 0; run < runs; run++) alone.push(await measureThrottled(hostBrowser, null, `${aloneServer.url}/`));
await aloneServer.close();
report.pageAlone = { blocking: summary(alone.map((m) => m.blocking)), longestTask: summary(alone.map((m) => m.longestTask)) };
await Promise.all([browser.close(), hostBrowser.close()]);

function prefixed(prefix, values) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${key[0].toUpperCase()}${key.slice(1)}`, value]));
}

const ms = (s) => `${s.median.toFixed(0)} ms [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
const msFine = (s) => `${s.median.toFixed(1)} ms [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const kibRange = (s) => `${kib(s.median)} [${kib(s.min)}–${kib(s.max)}]`;
const cls = (s) => `${s.median.toFixed(2)} [${s.min.toFixed(2)}–${s.max.toFixed(2)}]`;
const ratio = (peer, ours) => (ours > 0 ? `${(peer / ours).toFixed(1)}×` : 'n/a');
const w = report.widget;
const p = report.peer;
const rows = [
  ['gzip bytes of all its files', kib(w.gzip), kib(p.gzip), ratio(p.gzip, w.gzip)],
  ['brotli bytes of all its files', kib(w.brotli), kib(p.brotli), ratio(p.brotli, w.brotli)],
  ['gzip bytes before the first question', kibRange(w.bytesBeforeQuestion), kibRange(p.bytesBeforeQuestion), ratio(p.bytesBeforeQuestion.median, w.bytesBeforeQuestion.median)],
  ['navigation → first control', ms(w.firstControl), ms(p.firstControl), ratio(p.firstControl.median, w.firstControl.median)],
  ['answer click → next frame', msFine(w.click), msFine(p.click), ratio(p.click.median, w.click.median)],
  ['last answer → radar painted (the results\' part fetched in the background)', ms(w.results), ms(p.results), ratio(p.results.median, w.results.median)],
  ['JS heap after the scan', kibRange(w.heap), kibRange(p.heap), ratio(p.heap.median, w.heap.median)],
  ['wasm memory after the scan', kibRange(w.wasm), '–', ''],
  ['a page of the site without a scan (the script in its template): gzip bytes', kibRange(w.bytesWithoutScan), kibRange(p.bytesWithoutScan), ratio(p.bytesWithoutScan.median, w.bytesWithoutScan.median)],
  ['long page: gzip bytes before the scan is near', kibRange(w.bytesBeforeNear), kibRange(p.bytesBeforeNear), ratio(p.bytesBeforeNear.median, w.bytesBeforeNear.median)],
  ['long page: CLS while scrolling to the scan', cls(w.cls), cls(p.cls), ''],
  ['long page: in view → first control', ms(w.inViewToControl), ms(p.inViewToControl), ''],
  ['in view at load: CLS', cls(w.cpu4Cls), cls(p.cpu4Cls), ''],
  ['4× CPU: total blocking time to first control (the widget: until it has taken over from it)', ms(w.cpu4Blocking), ms(p.cpu4Blocking), ''],
  ['4× CPU: longest task (0: none over 50 ms)', ms(w.cpu4LongestTask), ms(p.cpu4LongestTask), ''],
  ['4× CPU, the host page without a scan: blocking time / longest task', `${ms(report.pageAlone.blocking)} / ${ms(report.pageAlone.longestTask)}`, '', ''],
  ['4× CPU: navigation → first control', ms(w.cpu4FirstControl), ms(p.cpu4FirstControl), ratio(p.cpu4FirstControl.median, w.cpu4FirstControl.median)],
  [`4× CPU, Slow 4G: navigation → first control (${slowRuns} runs)`, ms(w.slow4gFirstControl), ms(p.slow4gFirstControl), ratio(p.slow4gFirstControl.median, w.slow4gFirstControl.median)],
  [`4× CPU, Slow 4G: navigation → first question answerable (${slowRuns} runs)`, ms(w.slow4gFirstQuestion), ms(p.slow4gFirstQuestion), ratio(p.slow4gFirstQuestion.median, w.slow4gFirstQuestion.median)],
  [`the same, the link route in view at load (site.js in the template; ${slowRuns} runs)`, ms(report.linkRouteSlow4gFirstQuestion), '', ''],
];
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
const table = [
  `Measured on ${new Date().toISOString().slice(0, 10)} at ${commit}${dirty}, ${runs} cold loads each (Slow 4G: ${slowRuns}), median [min–max], headless Chromium ${chromiumVersion}, loopback, \`node bench/run.mjs --runs ${runs}\`:`,
  '',
  '| measure | widget | peer | peer / widget |',
  '|---|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
console.log(`\nBouwstenen-scan vs SurveyJS + Chart.js\n\n${table}`);
// The docs show the last run's table, as the bench wrote it (not hand-typed).
replaceBetweenMarkers(here('docs/performance.md'), 'bench', table);
writeFileSync(here('bench/last-run.json'), JSON.stringify({ runs, report }, null, 2));
