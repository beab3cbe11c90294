// An iframe's messages that come before embed.js listens: site.js loads embed.js when the
// first one comes, and keeps them in a list on the page's global object; embed.js takes the
// list over as it starts listening, hears them in the order they came, and leaves a mark in
// the list's place, so site.js keeps no more (each message is heard once).
const SLOT = Symbol.for('bouwstenen-scan:early-messages');

/** site.js: keeps `event` for embed.js; false once embed.js listens itself. */
export function keepForLoader(event) {
  const early = (globalThis[SLOT] ??= []);
  if (!Array.isArray(early)) return false;
  early.push(event);
  return true;
}

/** embed.js, as it starts listening: the messages kept before, oldest first. */
export function takeOver() {
  const early = globalThis[SLOT];
  globalThis[SLOT] = 'embed.js listens';
  return Array.isArray(early) ? early : [];
}
