// Waiting for what a test checks, never for a length of time: a loaded machine (or a newer
// Chromium) takes longer, and a test must not notice.
import assert from 'node:assert/strict';

/** How long a condition may take before the test fails: generous, so only a real fault fails. */
export const PATIENCE_MS = Number(process.env.PATIENCE_MS ?? 20_000);

/**
 * Waits until `condition()` (in the test, may be async) is true; fails with `what` (a text, or
 * a function that may be async and say more) if it never is.
 */
export async function until(condition, what, timeout = PATIENCE_MS) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() >= deadline) assert.fail(`waited ${timeout} ms for: ${typeof what === 'function' ? await what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits until the page has handled what was already sent to it: two animation frames (input
 * events and the renders they cause run before a frame) and a task after them (a timer the
 * widget set in response runs before it). A test that checks that something did NOT happen
 * (a stray second click, a write to storage) checks after this.
 */
export function settle(page) {
  return page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)));
  }));
}
