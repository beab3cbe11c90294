<?php
// The WordPress plugin in the test's site (scripts/wordpress-test, after publish.php installed
// WordPress and made the Editor), through WordPress's own code. Prints JSON.
//   WORDPRESS_CONFIG=… BOUWSTENEN_WP_SITE=… php plugin.php install ZIP
//     installs the zip with WordPress's plugin installer (as "Upload plugin" does) and activates
//     it as the administrator; gives the Editor a password for the browser to log in with; has
//     the Editor publish the shortcode's pages (WordPress's kses runs, DISALLOW_UNFILTERED_HTML
//     is set): { version, editor: { login, password }, pages: { <name>: { url } } }
//   … php plugin.php uninstall
//     deactivates and deletes it as the administrator does on the Plugins screen, and says what
//     is left of it: { folder, options, postmeta }
[$script, $command] = [$argv[0], $argv[1]];
$site = getenv('BOUWSTENEN_WP_SITE');
$_SERVER['HTTP_HOST'] = parse_url($site, PHP_URL_HOST) . ':' . parse_url($site, PHP_URL_PORT);
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

const PLUGIN = 'bouwstenen-scan/bouwstenen-scan.php';

function fail(string $message): void
{
    fwrite(STDERR, "plugin.php: $message\n");
    exit(1);
}

/** Publishes a page as the user logged in; its address and what WordPress stored. */
function publish(string $title, string $content): array
{
    $id = wp_insert_post(['post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => 'page'], true);
    if (is_wp_error($id)) {
        fail($id->get_error_message());
    }
    return ['url' => home_url('/?page_id=' . $id), 'stored' => get_post($id)->post_content];
}

$administrator = get_user_by('login', 'beheerder');
$editor = get_user_by('login', 'redacteur');
wp_set_current_user($administrator->ID);

if ($command === 'install') {
    $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
    $installed = $upgrader->install($argv[2]);
    if ($installed !== true) {
        fail('the installer refused the zip: ' . implode('; ', $upgrader->skin->get_upgrade_messages()));
    }
    $activated = activate_plugin(PLUGIN);
    if (is_wp_error($activated)) {
        fail($activated->get_error_message());
    }
    $password = wp_generate_password(24, false);
    wp_set_password($password, $editor->ID);
    // The block editor's welcome guide, seen before: the editor opens on the page.
    update_user_meta($editor->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);

    wp_set_current_user($editor->ID);
    if (current_user_can('unfiltered_html')) {
        fail('the editor may post unfiltered HTML; DISALLOW_UNFILTERED_HTML is not in effect');
    }
    $pages = [
        'shortcode' => publish('Bouwstenen-scan als shortcode', "Een alinea voor de scan.\n\n" . '[bouwstenen_scan lang="en" mode="dialog" button-text="Open the scan" cta-href="https://example.nl/gesprek?met=ons&nu=ja" cta-text="Talk to us" storage="none"]'),
        // Settings the widget would not take, in a block saved without the block editor and in a shortcode.
        'refused' => publish('Bouwstenen-scan met ongeldige instellingen', implode("\n\n", [
            '<!-- wp:bouwstenen/scan {"ctaHref":"javascript:alert(1)","ctaText":"Klik hier","storage":"cookie","lang":"fr","reference":"AAAA"} /-->',
            '[bouwstenen_scan cta-href="//example.nl/gesprek" cta-text="Klik hier" theme="off" mode="popup" button-text="Start" reference-label="Gemiddelde"]',
        ])),
    ];
    echo json_encode([
        'version' => get_plugin_data(WP_PLUGIN_DIR . '/' . PLUGIN)['Version'],
        'editor' => ['login' => 'redacteur', 'password' => $password],
        'pages' => $pages,
        // A page WordPress made itself, with no scan (and not the site's line).
        'plain' => ['url' => get_permalink(get_page_by_path('sample-page'))],
    ], JSON_UNESCAPED_SLASHES), "\n";
} elseif ($command === 'uninstall') {
    deactivate_plugins(PLUGIN);
    $deleted = delete_plugins([PLUGIN]);
    if ($deleted !== true) {
        fail('WordPress did not delete the plugin: ' . (is_wp_error($deleted) ? $deleted->get_error_message() : var_export($deleted, true)));
    }
    $like = '%' . $wpdb->esc_like('bouwstenen') . '%';
    echo json_encode([
        'folder' => is_dir(WP_PLUGIN_DIR . '/bouwstenen-scan'),
        'options' => $wpdb->get_col($wpdb->prepare("SELECT option_name FROM $wpdb->options WHERE option_name LIKE %s OR option_value LIKE %s", $like, $like)),
        'postmeta' => $wpdb->get_col($wpdb->prepare("SELECT meta_key FROM $wpdb->postmeta WHERE meta_key LIKE %s OR meta_value LIKE %s", $like, $like)),
    ], JSON_UNESCAPED_SLASHES), "\n";
} else {
    fail("no command $command");
}
