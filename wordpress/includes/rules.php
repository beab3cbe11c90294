<?php
/**
 * What may reach the page: the plugin's settings as data attributes of the scan's element, each
 * checked by the rules the build wrote to rules.json (from web/contract.js and
 * wordpress/settings.js). A value that fails its form, or lacks what it needs beside it (a
 * call to action's text without its address), is left out, so the widget never sees it.
 *
 * These are the widget's own rules (src/model/config.rs, web/settings.js) in PHP:
 * tests/cms/settings-cases.php runs the shared table of setting cases against this class. One
 * rule the PHP cannot decide: whether a reference profile's share code decodes. It keeps a
 * share code that is text an attribute may hold, and the widget ignores one that does not
 * decode, with a console warning (as it does for any snippet).
 *
 * Plain PHP 7.4 and no WordPress: the table's test loads this file alone.
 *
 * @package Bouwstenen_Scan
 */

defined( 'ABSPATH' ) || defined( 'BOUWSTENEN_SCAN_RULES_TEST' ) || exit;

final class Bouwstenen_Scan_Rules {
	/** Characters no address may hold (config.rs's parse_address): white space, control characters, quotes, < > ` \. */
	const NOT_IN_ADDRESS = '/[\p{Z}\p{Cc}"\'<>`\\\\]/u';
	/** Rust's `str::trim`: Unicode white space at either end. */
	const OUTER_SPACE = '/^[\p{Z}\x{9}-\x{D}\x{85}]+|[\p{Z}\x{9}-\x{D}\x{85}]+$/u';

	/** @var array<int, array<string, mixed>> */
	private $settings;
	/** @var int */
	private $max_address_bytes;
	/** @var string embed.js's name in the scan's folder. */
	public $embed_file;

	/** @param array<string, mixed> $rules rules.json, decoded. */
	public function __construct( array $rules ) {
		$this->settings          = $rules['settings'];
		$this->max_address_bytes = $rules['maxAddressBytes'];
		$this->embed_file        = $rules['embedFile'];
	}

	public static function from_file( string $file ): self {
		return new self( json_decode( (string) file_get_contents( $file ), true ) );
	}

	/**
	 * The data attributes (name => value, in the settings' order) for the values in `$given`,
	 * named by `$naming`: 'option' for the block's attributes, 'query' for the shortcode's.
	 * An empty value is a setting not made.
	 *
	 * @param array<string, mixed> $given
	 * @return array<string, string>
	 */
	public function attributes( array $given, string $naming ): array {
		$kept = array();
		foreach ( $this->settings as $setting ) {
			$value = $given[ $setting[ $naming ] ] ?? null;
			if ( ! is_string( $value ) || '' === $value ) {
				continue;
			}
			$value = $this->valid( $setting, $value );
			if ( null !== $value ) {
				$kept[ $setting['attribute'] ] = $value;
			}
		}
		// Until nothing changes: a text that lost its address goes, and then its English text.
		do {
			$before = count( $kept );
			foreach ( $this->settings as $setting ) {
				if ( isset( $kept[ $setting['attribute'] ] ) && ! $this->has_what_it_needs( $setting, $kept ) ) {
					unset( $kept[ $setting['attribute'] ] );
				}
			}
		} while ( count( $kept ) !== $before );
		return $kept;
	}

	/** The value as the widget would take it (trimmed, a language's first part), or null when it would not. */
	private function valid( array $setting, string $value ): ?string {
		switch ( $setting['form'] ) {
			case 'language':
				$primary = strtolower( preg_split( '/[-_]/', self::trim( $value ) ?? '' )[0] );
				return in_array( $primary, $setting['values'], true ) ? $primary : null;
			case 'choice':
				$choice = self::trim( $value );
				return in_array( $choice, $setting['values'], true ) ? $choice : null;
			case 'text':
				return self::text( $value, $setting['maxChars'], $setting['plain'] );
			case 'link':
				return $this->is_link( $value ) ? $value : null;
			case 'share':
				$code = self::trim( $value );
				return null !== $code && '' !== $code && $this->is_address_text( $code ) ? $code : null;
		}
		return null;
	}

	/** @param array<string, string> $kept */
	private function has_what_it_needs( array $setting, array $kept ): bool {
		foreach ( $setting['needs'] as $attribute => $value ) {
			if ( ! isset( $kept[ $attribute ] ) || ( null !== $value && $kept[ $attribute ] !== $value ) ) {
				return false;
			}
		}
		return true;
	}

	/** Trimmed as Rust trims; null for text that is not UTF-8. */
	private static function trim( string $value ): ?string {
		return preg_replace( self::OUTER_SPACE, '', $value );
	}

	/** Text of 1 to `$max` characters, trimmed; `$plain`: without markup or control characters. */
	private static function text( string $value, int $max, bool $plain ): ?string {
		$text = self::trim( $value );
		if ( null === $text || '' === $text || preg_match_all( '/./su', $text ) > $max ) {
			return null;
		}
		return $plain && preg_match( '/[<>\p{Cc}]/u', $text ) ? null : $text;
	}

	/** An address a call to action may have (config.rs's check_cta_href): mailto: or tel: with something after it, or an address. */
	private function is_link( string $href ): bool {
		foreach ( array( 'mailto:', 'tel:' ) as $scheme ) {
			if ( 0 === strncmp( $href, $scheme, strlen( $scheme ) ) ) {
				$rest = substr( $href, strlen( $scheme ) );
				return '' !== $rest && $this->is_address( '/' . $rest );
			}
		}
		return $this->is_address( $href );
	}

	/** config.rs's parse_address: http(s) with a host, or a path on the site (not `//`). */
	private function is_address( string $address ): bool {
		if ( ! $this->is_address_text( $address ) ) {
			return false;
		}
		if ( preg_match( '#^https?://([^/?\#]*)#', $address, $parts ) ) {
			return '' !== $parts[1];
		}
		return '/' === substr( $address, 0, 1 ) && '//' !== substr( $address, 0, 2 );
	}

	/** Not too long, and none of the characters an address cannot have (nor text that is not UTF-8). */
	private function is_address_text( string $address ): bool {
		return strlen( $address ) <= $this->max_address_bytes && 0 === preg_match( self::NOT_IN_ADDRESS, $address );
	}
}
