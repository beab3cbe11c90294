// The byte budgets of what a host page loads for the widget, gzip -9: checked by
// ./scripts/bundle-size on the build, and by tests/e2e/loader.test.mjs on what a page fetched.
import { EMBED_FILE, SITE_FILE, WIDGET_SCRIPT_FILE, firstStepFile } from '../web/contract.js';
import { HOSTED_FILES } from './package-release.mjs';

// The budgets hold what was reached, so the bundle can only shrink unless a raise is chosen
// openly: each raise, measured, and what it paid for, goes into CHANGELOG.md. Lower them when
// the widget gets smaller. The first question's never rises (a team decision).
export const BUDGETS = [
  {
    what: 'a page of the site without a scan (site.js, the template\'s line)',
    files: [SITE_FILE],
    bytes: 1_536,
  },
  {
    what: 'a page with a scan far below, before it is near (with the site\'s line too),',
    files: [SITE_FILE, EMBED_FILE],
    bytes: 5_120,
  },
  {
    what: 'what the first question waits for',
    files: [EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('nl')],
    bytes: 15_360,
  },
  {
    what: 'what the first question waits for on the link route',
    // The link becomes the scan: site.js, then embed.js, then the widget's script and the
    // first step, which embed.js asks for at once.
    files: [SITE_FILE, EMBED_FILE, WIDGET_SCRIPT_FILE, firstStepFile('nl')],
    bytes: 15_360,
  },
  {
    what: 'everything the widget loads',
    files: HOSTED_FILES,
    bytes: 201_250,
  },
];
/** The budget of `what`, by the start of its words. */
export const budgetOf = (what) => BUDGETS.find((budget) => budget.what.startsWith(what));
