// The benchmark: the widget against the same scan built with SurveyJS + Chart.js (the peer).
// Builds both, serves them on loopback and measures, in Debian's headless Chromium over
// repeated cold loads (a fresh browser context each run):
//   - gzip (-9) and brotli (q 11) bytes of everything the scan makes a host page load
//   - navigation start -> first interactive control
//   - click on an answer -> the next painted frame (median of the clicks in a run)
//   - click on the last "Naar de uitslag" -> radar painted
//   - JS heap (after a forced GC) and wasm memory after a completed scan
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
    files: ['embed.js', 'bouwstenen-scan_bg.wasm'],
    firstControl: () => document.querySelector('[data-bouwstenen]')?.shadowRoot?.querySelector('.button.primary'),
  },
  peer: {
    dir: peerDir,
    files: [...Object.keys(vendor), 'peer.js', 'content.json'],
    firstControl: () => document.querySelector('#survey input[type=radio]'),
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
      window.wasmInstance = result.instance;
      return result;
    };
    const find = ${app.firstControl.toString()};
    const poll = () => { if (find()) { window.firstControl = performance.now(); } else { requestAnimationFrame(poll); } };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => window.firstControl);
  const firstControl = await page.evaluate(() => window.firstControl);
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
      if (step < 6) { button('${next}').click(); continue; }
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
  return { firstControl, click: median(clicks), results, heap: usedSize, wasm };
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

// Frames as fast as Chromium can make them, not on a 60 Hz tick: otherwise "click → next frame"
// measures the wait for the tick (about 16.7 ms for any page) instead of the page's own work.
const browser = await launch({ extraArgs: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] });
const report = {};
for (const name of Object.keys(apps)) {
  const server = await serve(apps[name].dir);
  const measured = [];
  for (let run = 0; run < runs; run++) measured.push(await measureRun(browser, name, `${server.url}/`));
  await server.close();
  report[name] = { ...bytes(apps[name]) };
  for (const key of ['firstControl', 'click', 'results', 'heap', 'wasm']) {
    report[name][key] = summary(measured.map((m) => m[key]));
  }
}
await browser.close();

const ms = (s) => `${s.median.toFixed(0)} ms [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
const msFine = (s) => `${s.median.toFixed(1)} ms [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const kibRange = (s) => `${kib(s.median)} [${kib(s.min)}–${kib(s.max)}]`;
const ratio = (peer, ours) => (ours > 0 ? `${(peer / ours).toFixed(1)}×` : 'n/a');
const w = report.widget;
const p = report.peer;
const rows = [
  ['gzip bytes loaded', kib(w.gzip), kib(p.gzip), ratio(p.gzip, w.gzip)],
  ['brotli bytes loaded', kib(w.brotli), kib(p.brotli), ratio(p.brotli, w.brotli)],
  ['navigation → first control', ms(w.firstControl), ms(p.firstControl), ratio(p.firstControl.median, w.firstControl.median)],
  ['answer click → next frame', msFine(w.click), msFine(p.click), ratio(p.click.median, w.click.median)],
  ['last answer → radar painted', ms(w.results), ms(p.results), ratio(p.results.median, w.results.median)],
  ['JS heap after the scan', kibRange(w.heap), kibRange(p.heap), ratio(p.heap.median, w.heap.median)],
  ['wasm memory after the scan', kibRange(w.wasm), '–', ''],
];
console.log(`\nBouwstenen-scan vs SurveyJS + Chart.js: ${runs} cold loads each, median [min–max], headless Chromium, loopback\n`);
console.log('| measure | widget | peer | peer / widget |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
writeFileSync(here('bench/last-run.json'), JSON.stringify({ runs, report }, null, 2));
