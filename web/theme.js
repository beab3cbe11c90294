// The host page's NL Design System theme, picked up so the scan looks like the site it sits on
// (docs/hosting.md, "The site's own theme"). A theme is a class on <html> that sets custom
// properties; they reach the scan's host element, where this reads them once, when the scan is
// prepared (so the placeholder and the drawn scan look the same). Each thing takes the first
// property the theme sets, from the chains below; colours come in pairs from one component,
// and are used only when they are at least as readable as the defaults. Otherwise the default
// stays, with one console warning naming the property. An explicit --bouwstenen-* property
// always wins (shell.css reads it first); data-theme="none" (or mount()'s theme: 'none')
// leaves the host's theme alone. The configurator shows the same findings (readTheme).
import { contrastRatio, luminance } from './contrast.js';
import { colourScheme, usesSiteTheme } from './settings.js';

/** [background, text] pairs, newest layer first. The plain --utrecht-button-* is a quiet
    (white or transparent) button in the themes, so it comes last, and rarely passes. */
const ACCENT_PAIRS = [
  ['--basis-color-action-1-inverse-bg-default', '--basis-color-action-1-inverse-color-default'],
  ['--nl-button-primary-background-color', '--nl-button-primary-color'],
  ['--utrecht-button-primary-action-background-color', '--utrecht-button-primary-action-color'],
  ['--utrecht-button-background-color', '--utrecht-button-color'],
];
/** [background, text] of the page itself. */
const DOCUMENT_PAIRS = [
  ['--basis-color-default-bg-document', '--basis-color-default-color-document'],
  ['--utrecht-document-background-color', '--utrecht-document-color'],
];
/** [colour, width, style, offset] of the focus ring, one layer at a time. */
const FOCUS_SETS = ['basis', 'utrecht'].map((layer) => ['color', 'width', 'style', 'offset'].map((part) => `--${layer}-focus-outline-${part}`));
const LINK = ['--nl-link-color', '--basis-color-action-2-color-default', '--utrecht-link-color'];
const FONT = ['--basis-text-font-family-default', '--utrecht-document-font-family'];
const HEADING_FONT = ['--basis-heading-font-family', '--nl-heading-level-2-font-family', '--utrecht-heading-font-family', '--utrecht-heading-2-font-family'];
const RADIUS = ['--basis-border-radius-md', '--nl-button-border-radius', '--utrecht-button-border-radius'];
/** The scan's own light background, and its light grey (styles/shell.css): the scan's colours
    are chosen to be readable on both, so a site background at least as light as the grey
    keeps every one of them readable. */
const SURFACE = '#ffffff';
const SURFACE_ALT = '#f2f5f8';
const RING_STYLES = new Set(['solid', 'dotted', 'dashed', 'double']);

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

/** A length in px or rem, in px when from 0 to `max`, or undefined. */
function pixels(value, max) {
  const [, number, unit] = /^(\d+(?:\.\d+)?)(px|rem)?$/.exec(value) ?? [];
  const rem = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  const length = unit === 'rem' ? Number(number) * rem() : Number(number);
  return number && (unit || length === 0) && length <= max ? length : undefined;
}

const ratioOf = (a, b) => Math.floor(contrastRatio(a, b) * 10) / 10;

/**
 * What the host's theme sets, and what of it the scan would use: `values` (the
 * --bouwstenen-host-* properties, without that prefix); `refused`, [property, why] and, when a
 * contrast was missed, that check's `what`; and `checks`, every contrast measured: [what,
 * ratio, needed], where `what` is text (on the background), accent-text (on the accent),
 * accent, link or focus (each on the background). Ratios are rounded down, to one decimal.
 */
export function readTheme(element) {
  const style = getComputedStyle(element);
  const read = (property) => style.getPropertyValue(property).trim();
  const first = (chain) => chain.find((property) => read(property));
  const values = {};
  const refused = [];
  const checks = [];
  /** Whether `property`'s colour `a` on `b` reaches `needed`: measured under `what`, and
      refused with the ratio when it does not. */
  const reaches = (what, property, a, b, needed) => {
    const ratio = ratioOf(a, b);
    checks.push([what, ratio, needed]);
    if (ratio < needed) refused.push([property, `${ratio}:1 where the scan needs ${needed}:1`, what]);
    return ratio >= needed;
  };
  /** The colours of the first property (or pair) of `chain` the theme sets, when all are opaque. */
  const coloursOf = (chain) => {
    const found = chain.map((entry) => [entry].flat()).find((properties) => properties.every(read)) ?? [];
    const colours = found.map((property) => hexOf(read(property)));
    if (colours.every(Boolean)) return [found, colours];
    refused.push([found[0], 'not an opaque colour']);
    return [[], []];
  };

  // The page's colours first: the others must stand out against the background.
  let surface = SURFACE;
  const [page, [background, text]] = coloursOf(DOCUMENT_PAIRS);
  if (page.length && luminance(background) < luminance(SURFACE_ALT)) {
    refused.push([page[0], `darker than the scan's own light grey ${SURFACE_ALT}, which its colours are made for`]);
  } else if (page.length && reaches('text', page[1], text, background, 4.5)) {
    [values.surface, values.text] = page.map(read);
    surface = background;
  }

  const [button, [accent, onAccent]] = coloursOf(ACCENT_PAIRS);
  if (button.length && reaches('accent-text', button[1], onAccent, accent, 4.5) && reaches('accent', button[0], accent, surface, 3)) {
    [values.accent, values['accent-contrast']] = button.map(read);
  }

  const [link, [linkColour]] = coloursOf(LINK);
  if (link.length && reaches('link', link[0], linkColour, surface, 4.5)) values.link = read(link[0]);

  const focus = FOCUS_SETS.find(([colour]) => read(colour)) ?? [];
  const [, [ringColour]] = coloursOf(focus.slice(0, 1));
  if (ringColour && reaches('focus', focus[0], ringColour, surface, 3)) {
    const [colour, width, ringStyle, offset] = focus.map(read);
    values['focus-color'] = colour;
    values['focus-halo'] = 'none';
    // A ring thinner than 2px is hard to see (WCAG 2.4.13): then the scan's own width.
    if (pixels(width, 8) >= 2) values['focus-width'] = width;
    else if (width) refused.push([focus[1], 'thinner than 2px, or not a length']);
    if (RING_STYLES.has(ringStyle)) values['focus-style'] = ringStyle;
    if (pixels(offset, 8) !== undefined) values['focus-offset'] = offset;
  }

  for (const [name, chain] of [['font', FONT], ['heading-font', HEADING_FONT], ['radius', RADIUS]]) {
    const property = first(chain);
    if (property) values[name] = read(property);
  }
  return { values, refused, checks };
}

/** Reads the host's theme and sets what passes on `element` as --bouwstenen-host-* properties. */
export function pickUpTheme(element, options = {}) {
  // A second mount (the configurator's preview, say) starts from the site's theme again.
  for (const property of [...element.style]) if (property.startsWith('--bouwstenen-host-')) element.style.removeProperty(property);
  element.removeAttribute('data-host-theme');
  if (!usesSiteTheme(element, options)) return;
  const { values, refused } = readTheme(element);
  for (const [property, why] of refused) console.warn(`bouwstenen-scan: the theme's ${property} is not used: ${why}`);
  for (const [name, value] of Object.entries(values)) element.style.setProperty(`--bouwstenen-host-${name}`, value);
  if (Object.keys(values).length) element.setAttribute('data-host-theme', '');
}

const visitorWantsDark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
const schemes = new WeakMap();

/**
 * Sets `data-dark` on `element` (styles/shell.css draws the dark palette for it) by its
 * data-color-scheme, and keeps it in step with the visitor's setting. Without one, the
 * visitor's setting, except on a site whose theme the scan took up: municipal themes are
 * light, and a dark box on a light site is not what the site or the visitor chose.
 */
export function followColourScheme(element, options = {}) {
  const scheme = colourScheme(element, options) ?? (element.hasAttribute('data-host-theme') ? 'light' : 'light dark');
  const apply = () => {
    const current = schemes.get(element);
    element.toggleAttribute('data-dark', current === 'dark' || (current === 'light dark' && visitorWantsDark?.matches === true));
  };
  if (!schemes.has(element)) visitorWantsDark?.addEventListener('change', apply);
  schemes.set(element, scheme);
  apply();
}
