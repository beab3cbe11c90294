// A small static file server for end-to-end tests, screenshots and benchmarks: serves folders
// on loopback with correct content types (application/wasm included), optional extra headers,
// an optional rewrite of HTML pages and an optional change to any file's bytes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves on 127.0.0.1. `roots` is a folder, or an object of URL prefix -> folder (the longest
 * matching prefix wins), e.g. { '/': 'pages', '/cdn/v1': 'dist' }. Options: `port` (0 = any
 * free port), `headers(path)` (extra response headers), `rewriteHtml(text)`, `transform(path,
 * bytes)` (returns the bytes to send, or a promise of them: a file changed on its way, as on a
 * tampered CDN, or held back, as on a slow network).
 * Returns { server, url, close }.
 */
export async function serve(roots, { port = 0, headers = () => ({}), rewriteHtml, transform } = {}) {
  const mounts = Object.entries(typeof roots === 'string' ? { '/': roots } : roots)
    .map(([prefix, folder]) => [prefix.replace(/\/$/, ''), resolve(folder)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const mount = mounts.find(([prefix]) => path === prefix || path.startsWith(prefix + '/'));
    if (!mount) {
      response.writeHead(404).end();
      return;
    }
    const [prefix, base] = mount;
    let file = normalize(join(base, path.slice(prefix.length) || '/'));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (rewriteHtml && extname(file) === '.html') body = rewriteHtml(body.toString('utf8'));
      if (transform) body = await transform(path, body);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(path),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { server, url, close: () => new Promise((done) => server.close(done)) };
}
