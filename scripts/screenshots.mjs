// Takes screenshots of every screen at desktop and 320 px phone width, light and dark, from the
// release build in dist/. Usage: node scripts/screenshots.mjs [out-folder] (default: screenshots/)
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/support/static-server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { ScanPage } from '../tests/e2e/support/scan-page.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 320, height: 640 } };

/**
 * The whole page as a visitor sees it when scrolled through: the viewport is made as tall as
 * the page first, because the results' lower boxes use `content-visibility: auto` and are not
 * drawn in a plain full-page capture while they are off screen.
 */
async function pageShot(page, path) {
  const viewport = page.viewportSize();
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Drawn boxes are taller than their placeholders, so grow until the page stops growing.
  for (let height = viewport.height, tries = 0; tries < 5; tries++) {
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    if (pageHeight <= height) break;
    height = pageHeight;
    await page.setViewportSize({ width: viewport.width, height });
    await frames();
  }
  // The content's own height: scrollHeight is never less than the (now taller) viewport.
  const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.screenshot({ path, clip: { x: 0, y: 0, width: viewport.width, height } });
  await page.setViewportSize(viewport);
}

for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme });
    const shot = (name) => pageShot(page, `${out}/${name}-${sizeName}-${colorScheme}.png`);
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start de scan' }).waitFor();
    await shot('1-intro');
    const scan = new ScanPage(page);
    await scan.start();
    await scan.answerAll(undefined, async (step) => {
      if (step === 0) await shot('2-step');
    });
    await shot('3-results');
    const shareLink = await scan.shareLink();
    // A colleague opens the link: a fresh browser profile, without the visitor's progress.
    const colleague = await browser.newPage({ viewport, colorScheme });
    await colleague.goto(shareLink);
    await colleague.getByRole('heading', { name: 'Gedeelde uitslag', exact: true }).waitFor();
    await pageShot(colleague, `${out}/4-shared-${sizeName}-${colorScheme}.png`);
    await colleague.close();
    await page.goto(`${url}/#bouwstenen=kapot`);
    await page.getByRole('alert').waitFor();
    await shot('5-bad-link');
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}/`);
