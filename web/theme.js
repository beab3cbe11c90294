// The host page's NL Design System theme, picked up so the scan looks like the site it sits on
// (docs/hosting.md, "The site's own theme"). A theme is a class on <html> that sets custom
// properties; they reach the scan's host element, where this reads them once, when the scan is
// prepared (so the placeholder and the drawn scan look the same). Each thing takes the first
// property the theme sets, from the chains below; a colour pair comes from one component, and
// is used only when it is at least as readable as the default: text on the accent 4.5:1, the
// accent on the scan's white 3:1, a link on white 4.5:1. Otherwise the default stays, with one
// console warning. An explicit --bouwstenen-* property always wins (shell.css reads it first);
// data-theme="none" (or mount()'s theme: 'none') leaves the host's theme alone.
import { contrastRatio } from './contrast.js';

/** [background, text] pairs, newest layer first. The plain --utrecht-button-* is a quiet
    (white or transparent) button in the themes, so it comes last, and rarely passes. */
const ACCENT_PAIRS = [
  ['--basis-color-action-1-inverse-bg-default', '--basis-color-action-1-inverse-color-default'],
  ['--nl-button-primary-background-color', '--nl-button-primary-color'],
  ['--utrecht-button-primary-action-background-color', '--utrecht-button-primary-action-color'],
  ['--utrecht-button-background-color', '--utrecht-button-color'],
];
const LINK = ['--nl-link-color', '--basis-color-action-2-color-default', '--utrecht-link-color'];
const FONT = ['--basis-text-font-family-default', '--utrecht-document-font-family'];
const RADIUS = ['--basis-border-radius-md', '--nl-button-border-radius', '--utrecht-button-border-radius'];
/** The scan's own background, which the picked colours must stand out against. */
const SURFACE = '#ffffff';

let canvas;

/** An opaque CSS colour as #rrggbb, or undefined. A canvas keeps its previous fill for a
    value it cannot parse, so two different starting fills tell a colour from garbage. */
function hexOf(colour) {
  canvas ??= document.createElement('canvas').getContext('2d');
  const [a, b] = ['#000000', '#ffffff'].map((start) => {
    canvas.fillStyle = start;
    canvas.fillStyle = colour;
    return canvas.fillStyle;
  });
  return a === b && /^#[0-9a-f]{6}$/.test(a) ? a : undefined;
}

/** Reads the host's theme and sets what passes on `element` as --bouwstenen-host-* properties. */
export function pickUpTheme(element, options = {}) {
  if ((options.theme ?? element.getAttribute('data-theme')) === 'none') return;
  const style = getComputedStyle(element);
  const read = (property) => style.getPropertyValue(property).trim();
  const first = (chain) => chain.find((property) => read(property));
  const set = (name, value) => element.style.setProperty(`--bouwstenen-host-${name}`, value);
  const refuse = (property, why) => console.warn(`bouwstenen-scan: the theme's ${property} is not used: ${why}`);
  let themed = false;

  const pair = ACCENT_PAIRS.find(([background, text]) => read(background) && read(text));
  if (pair) {
    const [background, text] = pair.map((property) => hexOf(read(property)));
    if (!background || !text) refuse(pair[0], 'not an opaque colour');
    else if (contrastRatio(background, text) < 4.5) refuse(pair[1], `its text has ${contrastRatio(background, text).toFixed(1)}:1 on the accent, under 4.5:1`);
    else if (contrastRatio(background, SURFACE) < 3) refuse(pair[0], `it has ${contrastRatio(background, SURFACE).toFixed(1)}:1 on white, under 3:1`);
    else {
      set('accent', read(pair[0]));
      set('accent-contrast', read(pair[1]));
      themed = true;
    }
  }
  const link = first(LINK);
  if (link) {
    const colour = hexOf(read(link));
    if (colour && contrastRatio(colour, SURFACE) >= 4.5) {
      set('link', read(link));
      themed = true;
    } else refuse(link, 'under 4.5:1 on white');
  }
  for (const [name, chain] of [['font', FONT], ['radius', RADIUS]]) {
    const property = first(chain);
    if (property) {
      set(name, read(property));
      themed = true;
    }
  }
  // Municipal themes are light: a themed scan follows the site, not the visitor's dark mode.
  if (themed) element.setAttribute('data-host-theme', '');
}
