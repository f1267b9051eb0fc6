import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Finds the file for a URL path inside root, or null; never escapes root. */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // try the next form
    }
  }
  return null;
}

/**
 * Rewrites a built page for one visitor (the request pages, see site/islands/no-script.ts), or
 * returns undefined to serve the file as it is. `readHtml` reads the page only when it is needed.
 */
export type PagePersonalizer = (pathname: string, search: URLSearchParams, readHtml: () => string) => string | undefined;

/**
 * Serves the folder that `currentRoot()` names at the moment each request arrives, so an atomic
 * swap of that folder is seen by the next request and never half-way through one.
 */

export function createStaticHandler(currentRoot: () => string | null, headers: Record<string, string>, personalize?: PagePersonalizer): http.RequestListener {
  return (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const root = currentRoot();
    if (!root) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being built. Try again in a few seconds.\n');
      return;
    }
    const url = request.url ?? '/';
    const file = resolveFile(root, url);
    const target = file ?? resolveFile(root, '/404.html');
    const status = file ? 200 : 404;
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (personalize && file && request.method === 'GET' && path.extname(target) === '.html') {
      const address = new URL(url, 'http://site.invalid');
      const page = personalize(address.pathname, address.searchParams, () => fs.readFileSync(target, 'utf8'));
      if (page !== undefined) {
        // Made for this visitor (a fresh idempotency key, their errors): never cached or shared.
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(page);
        return;
      }
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const immutable = target.includes(`${path.sep}_astro${path.sep}`);
    response.writeHead(status, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    fs.createReadStream(target).on('error', () => response.destroy()).pipe(response);
  };
}
