<?php
// PHP's built-in server in front of Debian's WordPress (scripts/wordpress-test): the release
// folders as a webmaster would host them, /bouwstenen-scan/<version>/…, the test's plugins
// folder (WP_PLUGIN_DIR) as /wp-content/plugins/…, and WordPress for the rest.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

/** A static file with the type a web server gives it; 404 when it is not there. */
function serve_file(string $file): bool
{
    if (!is_file($file)) {
        http_response_code(404);
        return true;
    }
    $types = ['js' => 'text/javascript', 'wasm' => 'application/wasm', 'css' => 'text/css', 'html' => 'text/html; charset=utf-8', 'json' => 'application/json'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}

if (preg_match('#^/bouwstenen-scan/([0-9][0-9A-Za-z.+-]*)/([A-Za-z0-9._-]+)$#', $path, $parts)) {
    return serve_file(getenv('BOUWSTENEN_RELEASES') . '/bouwstenen-scan-' . $parts[1] . '/' . $parts[2]);
}
// A plugin's static files; never its PHP, which WordPress runs.
if (preg_match('#^/wp-content/plugins/((?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*)$#', $path, $parts) && !str_ends_with($path, '.php')) {
    return serve_file(getenv('BOUWSTENEN_WP_STATE') . '/plugins/' . $parts[1]);
}
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path) && !str_ends_with($path, '.php')) {
    return false;
}
// WordPress's own scripts (wp-login.php, wp-admin/…, a folder's index.php) as themselves, with
// the names WordPress reads to know which it is; everything else is the front end's index.php.
$script = str_ends_with($path, '/') ? $path . 'index.php' : $path;
if (!str_ends_with($script, '.php') || str_contains($script, '..') || !is_file($_SERVER['DOCUMENT_ROOT'] . $script)) {
    $script = '/index.php';
}
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $script;
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . $script;
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
chdir(dirname($_SERVER['SCRIPT_FILENAME']));
require $_SERVER['SCRIPT_FILENAME'];
