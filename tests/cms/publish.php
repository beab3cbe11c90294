<?php
// Installs WordPress (once), makes a user with the Editor role on a site where
// DISALLOW_UNFILTERED_HTML is set, and publishes one page per snippet file as that user, so
// WordPress's own filter (kses) runs as it would for them. Prints the pages as JSON:
// { "<file>": { "url": …, "stored": the content as WordPress kept it } }.
//   WORDPRESS_CONFIG=… php publish.php SITE_URL SNIPPET_FILE…
[$script, $site] = [$argv[0], $argv[1]];
$files = array_slice($argv, 2);
$_SERVER['HTTP_HOST'] = parse_url($site, PHP_URL_HOST) . ':' . parse_url($site, PHP_URL_PORT);
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', !file_exists(getenv('BOUWSTENEN_WP_STATE') . '/installed'));
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
    wp_install('Gemeente Voorbeeld', 'beheerder', 'beheerder@example.invalid', false, '', wp_generate_password());
}
touch(getenv('BOUWSTENEN_WP_STATE') . '/installed');
update_option('siteurl', $site);
update_option('home', $site);

$editor = username_exists('redacteur') ?: wp_create_user('redacteur', wp_generate_password(), 'redacteur@example.invalid');
(new WP_User($editor))->set_role('editor');
wp_set_current_user($editor);
if (current_user_can('unfiltered_html')) {
    fwrite(STDERR, "publish.php: the editor may post unfiltered HTML; DISALLOW_UNFILTERED_HTML is not in effect\n");
    exit(1);
}
$pages = [];
foreach ($files as $file) {
    $id = wp_insert_post([
        'post_title' => 'Bouwstenen-scan: ' . basename($file),
        'post_content' => file_get_contents($file),
        'post_status' => 'publish',
        'post_type' => 'page',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'publish.php: ' . $id->get_error_message() . "\n");
        exit(1);
    }
    // The site's line (scripts/wordpress-test's mu-plugin) is in these pages' head.
    update_post_meta($id, '_wordpress_test_site_line', '1');
    // Plain addresses: the built-in server has no rewrite rules.
    $pages[basename($file)] = ['url' => home_url('/?page_id=' . $id), 'stored' => get_post($id)->post_content];
}
echo json_encode($pages, JSON_UNESCAPED_SLASHES), "\n";
