// The block's editor: the Bouwstenen-scan in the block editor, its settings in the sidebar.
// Plain JavaScript over WordPress's own globals (wp.blocks, wp.element, wp.blockEditor,
// wp.components): no JSX. scripts/build/wordpress-plugin.mjs bundles it with esbuild (pinned in
// package-lock.json) into the plugin's block/editor.js, with the configurator's words
// (web/configurator/refusals.js) and the plugin's settings (wordpress/settings.js).
//
// What the sidebar refuses, the widget's own rules decide: the plugin's embed.js is imported
// and its check() runs the wasm's parser, exactly as the configurator does, so the editor reads
// the configurator's words at the field. The server leaves a refused value out of the page
// all the same (includes/rules.php).
import { refusedOf } from '../../web/configurator/refusals.js';
import { BLOCK_NAME, PLUGIN_SETTINGS } from '../settings.js';
import { EMBED_FILE, LANG, MODE, STORAGE, THEME } from '../../web/contract.js';

const { registerBlockType } = wp.blocks;
const { createElement: h, Fragment, useEffect, useState } = wp.element;
const { InspectorControls, useBlockProps } = wp.blockEditor;
const { PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;

// embed.js in the plugin's scan/ folder, beside this file's block/ folder. The address is known
// only while this script runs; the widget's files load relative to embed.js's own.
const embedUrl = new URL(`../scan/${EMBED_FILE}`, document.currentScript.src).href;
let embed;
/** embed.js's check(), imported once, when the first block is edited. */
const check = async (attributes) => {
  embed ??= import(embedUrl);
  return (await embed).check(attributes);
};

const SETTING = Object.fromEntries(PLUGIN_SETTINGS.map((setting) => [setting.option, setting]));

/** The settings the block holds as data attributes, `[attribute, value]`; empty ones are not set. */
function attributesOf(attributes) {
  return PLUGIN_SETTINGS
    .filter(({ option }) => attributes[option] !== '')
    // The button's text counts only for a button (as in the configurator's code).
    .filter(({ option }) => option !== 'buttonText' || attributes.mode === 'dialog')
    .map(({ option, attribute }) => [attribute, attributes[option]]);
}

/** The refusals of the widget's rules for these attributes, by data attribute: the editor's words. */
function useRefusals(attributes) {
  const [refused, setRefused] = useState(new Map());
  const given = attributesOf(attributes);
  const key = JSON.stringify(given);
  useEffect(() => {
    let current = true;
    refusedOf(given, check)
      .then((found) => current && setRefused(found))
      .catch((error) => console.error('bouwstenen-scan: the settings could not be checked:', error));
    return () => { current = false; };
  }, [key]);
  return refused;
}

/** A select of a setting's values. What stands for the widget's default (or '': the page decides) is stored as '', left out of the page. */
function choice(attributes, setAttributes, option, label, names) {
  const unset = '' in names ? '' : SETTING[option].fallback;
  return h(SelectControl, {
    label,
    value: attributes[option] || unset,
    options: Object.entries(names).map(([value, name]) => ({ value, label: name })),
    onChange: (value) => setAttributes({ [option]: value === unset ? '' : value }),
  });
}

/** A text field; a refused value shows the configurator's words in place of its hint. */
function text(attributes, setAttributes, refused, option, label, hint) {
  const problem = refused.get(SETTING[option].attribute);
  return h(TextControl, {
    label,
    value: attributes[option],
    help: problem ?? hint,
    className: problem ? 'bouwstenen-scan-refused' : undefined,
    'aria-invalid': problem ? true : undefined,
    // As the configurator's fields: no longer than the widget takes.
    maxLength: SETTING[option].maxChars,
    onChange: (value) => setAttributes({ [option]: value }),
  });
}

function Edit({ attributes, setAttributes }) {
  const refused = useRefusals(attributes);
  const field = (option, label, hint) => text(attributes, setAttributes, refused, option, label, hint);
  const select = (option, label, names) => choice(attributes, setAttributes, option, label, names);
  const inDialog = attributes.mode === 'dialog';
  return h(Fragment, null,
    h(InspectorControls, null,
      h(PanelBody, { title: 'Taal en weergave' },
        select('lang', 'Taal van de scan', { '': 'Zoals de pagina (anders Nederlands)', [LANG.values[0]]: 'Nederlands', [LANG.values[1]]: 'Engels' }),
        select('mode', 'Op de pagina', { [MODE.values[0]]: 'In de pagina', [MODE.values[1]]: 'Als knop die de scan in een venster opent' }),
        inDialog && field('buttonText', 'Tekst op de knop', 'Leeg: ‘Doe de Bouwstenen-scan’.'),
        h(ToggleControl, {
          label: 'Huisstijl van de site overnemen (NL Design System)',
          checked: attributes.theme !== THEME.values[1],
          onChange: (on) => setAttributes({ theme: on ? '' : THEME.values[1] }),
        }),
        select('storage', 'Wat mag de scan in de browser van de bezoeker bewaren?', {
          [STORAGE.values[0]]: 'De antwoorden (30 dagen), en uitslagen als de bezoeker dat kiest (12 maanden)',
          [STORAGE.values[1]]: 'Alleen tot de bezoeker het tabblad sluit',
          [STORAGE.values[2]]: 'Niets: herladen begint opnieuw',
        })),
      h(PanelBody, { title: 'Vervolgstap' },
        field('ctaHref', 'Vervolgstap: adres', 'Een webadres, een pad op uw site, mailto: of tel:.'),
        field('ctaText', 'Vervolgstap: tekst van de link', `Hoogstens ${SETTING.ctaText.maxChars} tekens.`),
        field('ctaTextEn', 'Vervolgstap: tekst in het Engels', 'Niet verplicht.')),
      h(PanelBody, { title: 'Referentieprofiel', initialOpen: Boolean(attributes.reference) },
        field('reference', 'Deellink of deelcode van het profiel', 'Niet verplicht.'),
        field('referenceLabel', 'Naam van het profiel', `Hoogstens ${SETTING.referenceLabel.maxChars} tekens.`))),
    h('div', useBlockProps(),
      h(Placeholder, {
        icon: 'chart-area',
        label: 'Bouwstenen-scan',
        instructions: refused.size
          ? 'Niet elke instelling kan de scan gebruiken: zie de zijbalk. Wat hij niet kan gebruiken, laat de pagina weg.'
          : 'Hier staat de scan voor uw bezoekers. De instellingen staan in de zijbalk.',
      })));
}

registerBlockType(BLOCK_NAME, { edit: Edit, save: () => null });
