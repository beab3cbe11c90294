// What an editor reads about a setting the widget would leave out: the widget's own rules
// decide (embed.js's check(), which runs the wasm's parser), and this module words each refusal
// in Dutch. One module for every editor's tool: the configurator and the WordPress block's
// sidebar (wordpress/block/editor.js) refuse the same and say it the same way.
import { BOUWSTENEN, CTA_HREF, CTA_TEXT, CTA_TEXT_EN, PROBLEMS, REFERENCE, REFERENCE_LABEL } from '../contract.js';

const ADDRESS = 'De scan laat dit adres weg. Gebruik een volledig webadres (https://…) of een pad op uw site (/…).';
const PLAIN_TEXT = (max) => `De scan laat deze tekst weg. Gebruik gewone tekst, zonder < of >, van hoogstens ${max} tekens.`;

/** What the editor reads at a field the widget would leave out, by its attribute and the widget's reason. */
export function problemText(attribute, problem) {
  switch (problem) {
    case PROBLEMS.needsCtaText: return 'Vul ook de tekst van de link in: zonder tekst laat de scan de vervolgstap weg.';
    case PROBLEMS.needsCtaHref: return 'Vul ook het adres in: zonder adres laat de scan de vervolgstap weg.';
    case PROBLEMS.needsReference: return 'De scan laat deze naam weg: er is geen geldig profiel om te noemen.';
    case PROBLEMS.earlierVersion: return 'De scan laat dit profiel weg: het is gemaakt met een eerdere versie van de scan, en geen van de antwoorden telt nog mee. Maak het profiel opnieuw met deze versie.';
    default: break;
  }
  switch (attribute) {
    case CTA_HREF.attribute: return 'De scan laat dit adres weg. Gebruik een volledig webadres (https://…), een pad op uw site (/…), mailto: of tel:.';
    case CTA_TEXT.attribute: case CTA_TEXT_EN.attribute: return PLAIN_TEXT(CTA_TEXT.maxChars);
    case REFERENCE.attribute: return 'De scan laat dit profiel weg: het is geen deellink of deelcode van één uitslag.';
    case REFERENCE_LABEL.attribute: return PLAIN_TEXT(REFERENCE_LABEL.maxChars);
    case BOUWSTENEN.attribute: return `De scan gebruikt deze naam niet. Gebruik a–z, 0–9 en -, hoogstens ${BOUWSTENEN.maxChars} tekens.`;
    // The article and share addresses.
    default: return ADDRESS;
  }
}

/**
 * The attributes the widget would leave out of `attributes` (`[name, value]` pairs), with the
 * editor's words for each, by `check` (embed.js's). A second look finds what depends on a
 * refused one (a call to action's text without its address).
 */
export async function refusedOf(attributes, check) {
  const refused = new Map();
  for (let round = 0; round < 3; round++) {
    const left = Object.fromEntries(attributes.filter(([name]) => !refused.has(name)));
    const found = (await check(left)).filter(([attribute]) => !refused.has(attribute));
    if (!found.length) break;
    for (const [attribute, problem] of found) refused.set(attribute, problemText(attribute, problem));
  }
  return refused;
}
