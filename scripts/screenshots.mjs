// Takes screenshots of every screen at desktop and 320 px phone width, light and dark, from the
// release build in dist/. Usage: node scripts/screenshots.mjs [out-folder] (default: screenshots/)
import { mkdir } from 'node:fs/promises';
import { serve } from '../e2e/static-server.mjs';
import { launch } from '../e2e/browser.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 320, height: 640 } };

for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme });
    const shot = (name) => page.screenshot({ path: `${out}/${name}-${sizeName}-${colorScheme}.png`, fullPage: true });
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start de scan' }).waitFor();
    await shot('1-intro');
    await page.getByRole('button', { name: 'Start de scan' }).click();
    for (let step = 0; step < 7; step++) {
      await page.locator('.progress-text', { hasText: `Bouwsteen ${step + 1} van 7` }).waitFor();
      const fieldsets = page.locator('fieldset');
      const count = await fieldsets.count();
      for (let i = 0; i < count; i++) {
        await fieldsets.nth(i).locator('input[type=radio]').nth((i + step) % 6).check();
      }
      if (step === 0) await shot('2-step');
      await page.getByRole('button', { name: step === 6 ? 'Naar de uitslag' : 'Volgende' }).click();
    }
    await page.getByRole('heading', { name: 'Uw uitslag', exact: true }).waitFor();
    await shot('3-results');
    const shareLink = await page.locator('#share-link').inputValue();
    // A colleague opens the link: a fresh browser profile, without the visitor's progress.
    const colleague = await browser.newPage({ viewport, colorScheme });
    await colleague.goto(shareLink);
    await colleague.getByRole('heading', { name: 'Gedeelde uitslag', exact: true }).waitFor();
    await colleague.screenshot({ path: `${out}/4-shared-${sizeName}-${colorScheme}.png`, fullPage: true });
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
