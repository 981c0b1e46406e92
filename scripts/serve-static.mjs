// A small static server for a built folder, as a static host would serve it: files under a base path
// (`--base /preference-learning/`), `dir/` → `dir/index.html`, 404.html with status 404 for anything else,
// gzip when asked, and the headers the README recommends. Used by the sub-path tests, the offline tests and
// `npm run bench`; `astro preview` stays the server of the main test run.
//   node scripts/serve-static.mjs --dir dist-sub --base /preference-learning/ --port 4340
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Cache policy: hashed build assets forever, the service worker and everything else revalidated. */
export function cacheControl(path) {
  if (/\/_astro\//.test(path)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

export function serveStatic({ dir, base = '/', port, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, file) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'Cache-Control': cacheControl(pathname),
        'X-Content-Type-Options': 'nosniff',
      };
      const gzip =
        /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript|wasm/.test(type);
      if (gzip) {
        const body = gzipSync(readFileSync(file));
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(404, page);
      res.writeHead(404).end('Not found');
    };
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound();
    const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || statSync(file).isDirectory()) return notFound();
    send(200, file);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', 4340));
  const base = arg('base', '/');
  await serveStatic({ dir: arg('dir', 'dist'), base, port });
  console.log(`Serving ${arg('dir', 'dist')} at http://127.0.0.1:${port}${base}`);
}
