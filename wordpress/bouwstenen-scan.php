<?php
/**
 * Plugin Name:       Bouwstenen-scan
 * Description:       De Bouwstenen-scan op uw pagina's: een blok en een shortcode [bouwstenen_scan], ook voor redacteuren die geen scripts mogen plakken.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Bouwstenen-scan
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       bouwstenen-scan
 *
 * The scan's own files (scan/: embed.js, the wasm) are the release's, under the EUPL-1.2; the
 * plugin as a whole is distributed under the GPL by the EUPL-1.2's compatibility clause
 * (readme.txt, "Licence").
 *
 * @package Bouwstenen_Scan
 */

defined( 'ABSPATH' ) || exit;

define( 'BOUWSTENEN_SCAN_VERSION', '@VERSION@' );
define( 'BOUWSTENEN_SCAN_FILE', __FILE__ );

require_once __DIR__ . '/includes/rules.php';
require_once __DIR__ . '/includes/scan.php';

add_action( 'init', 'bouwstenen_scan_register' );
add_filter( 'script_loader_tag', 'bouwstenen_scan_module_tag', 10, 3 );
