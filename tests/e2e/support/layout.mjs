// What a visitor would see as broken, whatever the engine: a heading, header, label or button
// broken inside a word that would have fitted on its line (hyphenation where the column was
// too narrow: "Sco-re"), anything wider than the viewport, and text on top of the radar or a
// radar label outside it. Runs in the page, so the Chromium suite (Playwright) and the
// cross-browser suite (WebDriver) call it alike: `layoutProblems(page)`.

/** In the page: the problems of the widget on `selector` as it is drawn now. */
function problemsInPage(selector) {
  const host = document.querySelector(selector);
  const root = host?.shadowRoot;
  if (!root) return [`no widget on ${selector}`];
  const problems = [];
  const viewport = document.documentElement.clientWidth;
  const shown = (element) => element.checkVisibility({ checkVisibilityCSS: true }) && element.getClientRects().length > 0;
  const describe = (element) => `${element.tagName.toLowerCase()}${element.className?.baseVal ?? element.className ? `.${String(element.className?.baseVal ?? element.className).trim().split(/\s+/).join('.')}` : ''} "${element.textContent.trim().slice(0, 40)}"`;

  // Nothing wider than the viewport (what a scroll box or a clip holds in is fine).
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${viewport} px`);
  }
  const heldIn = (element) => {
    for (let at = element.parentElement; at; at = at.parentElement) {
      if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(at).overflowX)) return true;
    }
    return false;
  };
  for (const element of root.querySelectorAll('*')) {
    if (!shown(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if ((box.right > viewport + 1 || box.left < -1) && !heldIn(element)) {
      problems.push(`wider than the viewport (${Math.round(box.left)}–${Math.round(box.right)} px of ${viewport}): ${describe(element)}`);
    }
  }

  // No word broken across lines where it would have fitted whole: in headings, table headers,
  // labels, legends and buttons. A word longer than its line may be hyphenated; that is what
  // hyphens are for.
  const canvas = document.createElement('canvas').getContext('2d');
  const walker = (element) => document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (const element of root.querySelectorAll('h1, h2, h3, h4, th, label, legend, button, .progress-text')) {
    if (!shown(element)) continue;
    const style = getComputedStyle(element);
    const line = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (let text = walker(element), node = text.nextNode(); node; node = text.nextNode()) {
      // A hyphen is where a line may break anyway (data-cultuur), so it ends a word here.
      for (const match of node.data.matchAll(/[\p{L}\p{N}'’]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size < 2) continue;
        canvas.font = getComputedStyle(node.parentElement).font;
        const whole = canvas.measureText(match[0]).width;
        if (whole <= line) problems.push(`"${match[0]}" broken across lines in ${describe(element)} (${Math.round(whole)} px would fit in ${Math.round(line)} px)`);
      }
    }
  }

  // The radar: its labels inside it and apart; no text of the page on top of it.
  for (const radar of root.querySelectorAll('svg.radar-wide, svg.radar-compact')) {
    if (!shown(radar)) continue;
    const area = radar.getBoundingClientRect();
    const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const labels = [...radar.querySelectorAll('text')].filter((label) => label.textContent.trim() && shown(label));
    const boxes = labels.map((label) => label.getBoundingClientRect());
    labels.forEach((label, index) => {
      const box = boxes[index];
      if (box.left < area.left - 1 || box.right > area.right + 1 || box.top < area.top - 1 || box.bottom > area.bottom + 1) {
        problems.push(`radar label outside the radar: "${label.textContent.trim()}"`);
      }
      for (let other = index + 1; other < labels.length; other++) {
        if (overlap(box, boxes[other])) problems.push(`radar labels on top of each other: "${label.textContent.trim()}", "${labels[other].textContent.trim()}"`);
      }
    });
    for (let text = walker(root), node = text.nextNode(); node; node = text.nextNode()) {
      if (!node.data.trim() || radar.contains(node) || !shown(node.parentElement)) continue;
      // Text for screen readers only (.visually-hidden: a 1 px clip) is not on top of anything.
      const holder = node.parentElement.getBoundingClientRect();
      if (holder.width <= 1 || holder.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((rect) => rect.width > 0 && overlap(rect, area))) {
        problems.push(`text on top of the radar: ${describe(node.parentElement)}`);
      }
    }
  }
  return problems;
}

/** The layout problems of the widget on `selector` (the first scan), in `page`. */
export function layoutProblems(page, selector = '[data-bouwstenen]') {
  return page.evaluate(problemsInPage, selector);
}
