// What two CMSes let through of an editor's HTML, written down from their sources, to run a
// snippet through as their filters would. Both run in the page (DOMParser), as `filterSource`.
//
// Drupal 10, text format "Basic HTML" with CKEditor 5, the standard profile's allowlist:
//   https://git.drupalcode.org/project/drupal/-/blob/10.3.x/core/profiles/standard/config/install/filter.format.basic_html.yml
//   (filter_html: a tag not listed loses its markup and keeps its text, a script or style
//   goes whole; an attribute not
//   listed goes; href keeps http(s), mailto and relative addresses).
// TYPO3 13, rte_ckeditor's default processing:
//   https://github.com/TYPO3/typo3/blob/main/typo3/sysext/rte_ckeditor/Configuration/RTE/Processing.yaml
//   (allowTags, allowAttributes; a tag not matched is "protected": written out as text).

export const DRUPAL_BASIC_HTML = {
  name: 'Drupal Basic HTML',
  tags: {
    br: [], p: [], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'], cite: [], dl: [], dt: [], dd: [],
    a: ['hreflang', 'href'], blockquote: ['cite'], ul: ['type'], ol: ['start', 'type'], strong: [], em: [], code: [], li: [],
    img: ['src', 'alt', 'data-entity-type', 'data-entity-uuid', 'data-align', 'data-caption', 'width', 'height'],
  },
  everywhere: [],
  notAllowed: 'unwrap',
};

const TYPO3_TAGS = ['a', 'abbr', 'acronym', 'address', 'article', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'dfn', 'dl', 'div', 'dt', 'em', 'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i',
  'img', 'ins', 'kbd', 'label', 'li', 'nav', 'ol', 'p', 'pre', 'q', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'sup',
  'table', 'thead', 'tbody', 'tfoot', 'td', 'th', 'tr', 'tt', 'ul', 'var'];

export const TYPO3_RTE_DEFAULT = {
  name: 'TYPO3 rich text (default)',
  // The link handler keeps href (and target) on a; every tag keeps the allowed default attributes.
  tags: { ...Object.fromEntries(TYPO3_TAGS.map((tag) => [tag, []])), a: ['href', 'target'] },
  everywhere: ['class', 'id', 'title', 'dir', 'lang', 'itemscope', 'itemtype', 'itemprop'],
  notAllowed: 'text',
};

/** The filter, as a function's source for page.evaluate: `(html, rules) => filtered html`. */
export function filterHtml(html, rules) {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const safeHref = (value) => !/^\s*(javascript|data|vbscript):/i.test(value);
  const clean = (node) => {
    for (const child of [...node.children]) {
      const tag = child.tagName.toLowerCase();
      const allowed = rules.tags[tag];
      if (!allowed) {
        if (rules.notAllowed === 'text') child.replaceWith(document.createTextNode(child.outerHTML));
        else if (tag === 'script' || tag === 'style') child.remove();
        else {
          clean(child);
          child.replaceWith(...child.childNodes);
        }
        continue;
      }
      for (const attribute of [...child.attributes]) {
        const keep = allowed.includes(attribute.name) || rules.everywhere.includes(attribute.name);
        if (!keep || (attribute.name === 'href' && !safeHref(attribute.value))) child.removeAttribute(attribute.name);
      }
      clean(child);
    }
  };
  clean(document.body);
  return document.body.innerHTML;
}
