<?php
// PHP's built-in server in front of Debian's WordPress (scripts/wordpress-test): the release
// folders as a webmaster would host them, /bouwstenen-scan/<version>/…, and WordPress for the rest.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (preg_match('#^/bouwstenen-scan/([0-9][0-9A-Za-z.+-]*)/([A-Za-z0-9._-]+)$#', $path, $parts)) {
    $file = getenv('BOUWSTENEN_RELEASES') . '/bouwstenen-scan-' . $parts[1] . '/' . $parts[2];
    if (!is_file($file)) {
        http_response_code(404);
        return true;
    }
    $types = ['js' => 'text/javascript', 'wasm' => 'application/wasm', 'css' => 'text/css', 'html' => 'text/html; charset=utf-8', 'json' => 'application/json'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path) && !str_ends_with($path, '.php')) {
    return false;
}
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
