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
import { keepForLoader } from './early-messages.js';
import { linksToScan } from './links.js';
import { showNotLoaded } from './not-loaded.js';
import { reserve } from './reserve.js';
import { BOUWSTENEN, EMBED_FILE, EVENT_PREFIX, SCAN_PAGE } from './contract.js';

// Debug builds (scripts/serve) have no hashes: the files change on every rebuild.
const embedIntegrity = typeof EMBED_INTEGRITY === 'string' ? EMBED_INTEGRITY : '';
const besideThis = (file) => new URL(`./${file}`, import.meta.url);

const elements = document.querySelectorAll(`[${BOUWSTENEN.attribute}]`);
let loads = 0;
let loading = false;

/**
 * embed.js as a module script with its hash, once (where the snippet loads it too, the browser
 * runs it once); after a failure, a retry asks for it anew (Firefox keeps a failed module).
 */
function loadEmbed() {
  if (loading) return;
  loading = true;
  loads += 1;
  const script = document.createElement('script');
  const src = `${besideThis(EMBED_FILE).href}${loads > 1 ? `?retry=${loads}` : ''}`;
  Object.assign(script, { type: 'module', src, integrity: embedIntegrity, crossOrigin: 'anonymous' });
  script.onerror = () => {
    loading = false;
    console.error(`bouwstenen-scan: could not load ${src}`);
    elements.forEach((element) => showNotLoaded(element, loadEmbed));
  };
  document.head.append(script);
}

// An element's space now: embed.js comes one round trip later.
elements.forEach(reserve);
if (elements.length || linksToScan(besideThis(SCAN_PAGE)).length) loadEmbed();
addEventListener('message', (event) => {
  if (String(event.data?.type).startsWith(EVENT_PREFIX) && keepForLoader(event)) loadEmbed();
});
