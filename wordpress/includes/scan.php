<?php
/**
 * The block and the shortcode, both rendered on the server as the snippet's element
 * (`<div data-bouwstenen data-lang="en" …>`): an editor without `unfiltered_html` places them,
 * and WordPress strips nothing, because the post holds no markup of the scan's. The page that
 * renders one enqueues embed.js from this plugin's folder, as a module with its integrity; a
 * page without a scan loads nothing of the plugin's. Nothing is stored but the post content.
 *
 * @package Bouwstenen_Scan
 */

defined( 'ABSPATH' ) || exit;

/** The script handle of embed.js. */
const BOUWSTENEN_SCAN_SCRIPT = 'bouwstenen-scan';

/** The rules the build wrote (rules.json), read once per request. */
function bouwstenen_scan_rules(): Bouwstenen_Scan_Rules {
	static $rules;
	$rules = $rules ?? Bouwstenen_Scan_Rules::from_file( __DIR__ . '/../rules.json' );
	return $rules;
}

/** embed.js in the plugin's scan/ folder: its address, and its integrity from the release's integrity.json. */
function bouwstenen_scan_embed(): array {
	static $embed;
	if ( null === $embed ) {
		$file      = bouwstenen_scan_rules()->embed_file;
		$integrity = json_decode( (string) file_get_contents( __DIR__ . '/../scan/integrity.json' ), true );
		$embed     = array(
			'url'       => plugins_url( 'scan/' . $file, BOUWSTENEN_SCAN_FILE ),
			'integrity' => $integrity[ $file ],
		);
	}
	return $embed;
}

/** On init: embed.js as a script (enqueued only by a scan), the block, the shortcode. */
function bouwstenen_scan_register(): void {
	// In the footer: a block or shortcode enqueues it while the content renders, after the head.
	wp_register_script( BOUWSTENEN_SCAN_SCRIPT, bouwstenen_scan_embed()['url'], array(), BOUWSTENEN_SCAN_VERSION, true );
	register_block_type( __DIR__ . '/../block', array( 'render_callback' => 'bouwstenen_scan_render_block' ) );
	add_shortcode( 'bouwstenen_scan', 'bouwstenen_scan_render_shortcode' );
}

/**
 * embed.js's tag as the snippet has it: a module, with its integrity. WordPress 6.1 has no
 * script modules (6.5 has), so the classic tag is rewritten.
 */
function bouwstenen_scan_module_tag( string $tag, string $handle, string $src ): string {
	if ( BOUWSTENEN_SCAN_SCRIPT !== $handle ) {
		return $tag;
	}
	return sprintf(
		"<script type=\"module\" src=\"%s\" integrity=\"%s\" crossorigin=\"anonymous\" id=\"%s-js\"></script>\n",
		esc_url( $src ),
		esc_attr( bouwstenen_scan_embed()['integrity'] ),
		esc_attr( $handle )
	);
}

/** The block, its attributes named by their options (`ctaHref`). */
function bouwstenen_scan_render_block( array $attributes ): string {
	return bouwstenen_scan_element( bouwstenen_scan_rules()->attributes( bouwstenen_scan_decoded( $attributes ), 'option' ), get_block_wrapper_attributes() );
}

/** The shortcode: `[bouwstenen_scan lang="en" cta-href="…"]`, its attributes named as the scan page's address parameters. */
function bouwstenen_scan_render_shortcode( $attributes ): string {
	$given = is_array( $attributes ) ? $attributes : array();
	return bouwstenen_scan_element( bouwstenen_scan_rules()->attributes( bouwstenen_scan_decoded( $given ), 'query' ), '' );
}

/**
 * The values as the editor typed them: kses keeps an editor's `&` as `&amp;`, in a block's
 * attributes and in the text around a shortcode alike; the widget is to get the `&`.
 */
function bouwstenen_scan_decoded( array $given ): array {
	return array_map(
		static function ( $value ) {
			return is_string( $value ) ? html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : $value;
		},
		$given
	);
}

/**
 * The snippet's element with the checked attributes, and embed.js on this page.
 *
 * @param array<string, string> $attributes data attribute => value, from Bouwstenen_Scan_Rules.
 */
function bouwstenen_scan_element( array $attributes, string $wrapper ): string {
	wp_enqueue_script( BOUWSTENEN_SCAN_SCRIPT );
	$html = '<div ' . ( '' === $wrapper ? '' : $wrapper . ' ' ) . 'data-bouwstenen';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '></div>';
}
