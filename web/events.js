// The names of the scan's page events (docs/hosting.md, "Events"): what a scan page in a frame
// passes on to the page around it, and what that page takes.
export const EVENT_NAMES = ['start', 'step', 'complete', 'share', 'cta'];
