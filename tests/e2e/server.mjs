// A minimal static file server for the page tests: serves www/ on 127.0.0.1
// with correct MIME types, lets a test add response headers per path (to
// test real CSP / Trusted Types headers), and serves extra in-memory pages
// (the benchmark's empty page: no request interception, which would slow
// every fetch of the page it measures).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server for `root`; `headersFor(path)` may return extra headers;
 * `pages` maps a path to an HTML text served as that page.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve(root, headersFor = () => ({}), pages = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(pages[path]);
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...headersFor(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
