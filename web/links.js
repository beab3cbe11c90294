// A link to the scan page that becomes the scan: the route for a CMS that strips scripts,
// iframes and data attributes but keeps a link (docs/hosting.md, "A link that becomes the
// scan"). With embed.js in the site's template, a link whose address is this folder's
// scan.html (with any query) is replaced by the scan, configured by that query.
// Left alone: a link to anything else; a link in the page's navigation, header or footer; and
// a link inside a sentence (its paragraph has more text than the link), which stays a link.
import { applyAddressSettings } from './settings.js';
import { BOUWSTENEN } from './contract.js';

const NOT_CONTENT = 'nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]';

/** The links on the page that become the scan, each with its address. */
export function linksToScan(scanPage) {
  const found = [];
  for (const link of document.querySelectorAll('a[href]')) {
    let address;
    try {
      address = new URL(link.href);
    } catch {
      continue;
    }
    if (address.origin !== scanPage.origin || address.pathname !== scanPage.pathname) continue;
    if (link.closest(NOT_CONTENT)) continue;
    const block = link.parentElement;
    if (block && block.textContent.trim() === link.textContent.trim()) found.push([link, address]);
  }
  return found;
}

/** The scan's place for each link that becomes the scan (`[link, address]`, as linksToScan gives them). */
export function scansFromLinks(links) {
  const places = [];
  for (const [link, address] of links) {
    const block = link.parentElement;
    const place = document.createElement('div');
    place.setAttribute(BOUWSTENEN.attribute, '');
    applyAddressSettings(place, address.searchParams);
    // The link's own paragraph goes with it; a link in a list item or a cell leaves its box.
    (block.tagName === 'P' && block.childElementCount === 1 ? block : link).replaceWith(place);
    places.push(place);
  }
  return places;
}
