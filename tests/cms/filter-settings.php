<?php
// For tests/cms/plugin-rules.test.mjs: the WordPress plugin's rules (includes/rules.php with the
// rules.json the build wrote, both from the plugin folder given) applied to each set of settings
// on stdin, [{ "given": {name: value}, "naming": "option" | "query" }]; prints the data
// attributes each gives the page, as a JSON list. No WordPress needed.
//   php filter-settings.php PLUGIN_FOLDER < inputs.json
define( 'BOUWSTENEN_SCAN_RULES_TEST', true );
$plugin = $argv[1];
require $plugin . '/includes/rules.php';
$rules   = Bouwstenen_Scan_Rules::from_file( $plugin . '/rules.json' );
$outputs = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $input ) {
	$outputs[] = (object) $rules->attributes( $input['given'], $input['naming'] );
}
echo json_encode( $outputs, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
