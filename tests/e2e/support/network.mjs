// A slow or broken network for one file of the widget, in one page.

/**
 * Holds back every request for `file` (by name) until the returned function is called, as a
 * slow network would; then they go through.
 */
export async function holdBack(page, file) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${file}`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Serves `file` with one byte changed, as a tampered CDN would: its hash no longer fits. */
export async function tamperWith(page, file) {
  await page.route(`**/${file}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 2] ^= 0x01;
    await route.fulfill({ response, body });
  });
}
