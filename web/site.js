// Bouwstenen-scan: the one line for the site's template (snippet-site.html), and all that a
// page of the site pays when it holds no scan.
//
//   <script type="module" src="https://…/site.js" integrity="sha384-…" crossorigin="anonymous"></script>
//
// It looks for a scan: a [data-bouwstenen] element (where the CMS stripped the snippet's
// script), a link that becomes the scan (links.js), or a message from an iframe of scan.html.
// Only then does it load embed.js, the loader, which does the rest as it does for the
// snippet; until then an element's space is kept here. In a release EMBED_INTEGRITY is
// embed.js's sha384, so the integrity attribute on this line covers everything that runs.
// Where embed.js does not load, the page is as where the snippet's embed.js was refused: an
// element empty, a link a link that opens the scan page, an iframe at its own height.
import { keepForLoader } from './early-messages.js';
import { linksToScan } from './links.js';
import { reserve } from './reserve.js';
import { BOUWSTENEN, EMBED_FILE, EVENT_PREFIX, SCAN_PAGE } from './contract.js';

// Debug builds (scripts/serve) have no hashes: the files change on every rebuild.
const embedIntegrity = typeof EMBED_INTEGRITY === 'string' ? EMBED_INTEGRITY : '';
const besideThis = (file) => new URL(`./${file}`, import.meta.url);

const elements = document.querySelectorAll(`[${BOUWSTENEN.attribute}]`);
let asked = false;
let failed = false;

/** embed.js as a module script with its hash, once (where the snippet loads it too, the browser runs it once). */
function loadEmbed() {
  if (asked) return;
  asked = true;
  const script = document.createElement('script');
  Object.assign(script, { type: 'module', src: besideThis(EMBED_FILE).href, integrity: embedIntegrity, crossOrigin: 'anonymous' });
  script.onerror = () => {
    failed = true;
    console.error(`bouwstenen-scan: could not load ${script.src}`);
    elements.forEach((element) => element.shadowRoot.replaceChildren());
  };
  document.head.append(script);
}

// An element's space now: embed.js comes one round trip later.
elements.forEach(reserve);
if (elements.length || linksToScan(besideThis(SCAN_PAGE)).length) loadEmbed();
// A message counts only from an iframe of a scan page: the page itself, or an advert's frame,
// does not make a page without a scan load more (embed.js and the widget check it in full:
// frames.js). After embed.js failed, no message asks for it again.
const fromScanFrame = (event) => [...document.querySelectorAll(`iframe[src*="${SCAN_PAGE}"]`)].some((frame) => frame.contentWindow === event.source);
addEventListener('message', (event) => {
  if (!failed && String(event.data?.type).startsWith(EVENT_PREFIX) && fromScanFrame(event) && keepForLoader(event)) loadEmbed();
});
