import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { routes } from '@city/shared/routes';
import { preferredLocale } from './language';

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

// Text files go out compressed when the browser takes it: uncompressed, the form page's scripts
// and styles are about 250 KB more on a phone's connection. Pagefind's files are already gzip.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);
export type Encoding = 'br' | 'gzip';

/** The encoding to answer an Accept-Encoding header with: brotli, else gzip, else none (null). */
export function chooseEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.split(';').map((item) => item.trim().toLowerCase());
    // "gzip;q=0" means "never gzip".
    if (params.some((param) => /^q=0(\.0*)?$/.test(param))) continue;
    accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

// Brotli 6 is within a few per cent of 11 at a fiftieth of the time (5 ms for the largest script).
const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    new Promise((resolve, reject) =>
      zlib.brotliCompress(
        body,
        { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    ),
  gzip: (body) => new Promise((resolve, reject) => zlib.gzip(body, { level: 6 }, (error, result) => (error ? reject(error) : resolve(result)))),
};

/**
 * Compressed files, so each is compressed once, not for every visitor. The key holds the file's
 * size and modification time, and each build is a new folder, so an entry never goes stale; the
 * least recently used go first past `maxBytes`.
 */
export class CompressedFiles {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  async get(file: string, encoding: Encoding): Promise<Buffer> {
    const stat = await fs.promises.stat(file);
    const key = `${encoding}\0${stat.size}\0${stat.mtimeMs}\0${file}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const body = await compressors[encoding](await fs.promises.readFile(file));
    this.entries.set(key, body);
    this.bytes += body.length;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.length;
    }
    return body;
  }
}

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
 * Rewrites a built page for one visitor (the request pages, see publisher/server/no-script.ts), or
 * returns undefined to serve the file as it is. `readHtml` reads the page only when it is needed.
 */
export type PagePersonalizer = (
  pathname: string,
  search: URLSearchParams,
  readHtml: () => string,
  /** The visitor's address (for the CMS's limits when the page asks it for them: resume.ts). */
  visitor: { ip: string },
) => string | undefined | Promise<string | undefined>;

/**
 * The pages that take a form posted without JavaScript (the status look-up, see
 * publisher/server/no-script-lookup.ts). The server checks the method, type and size and reads the
 * body; `answer` writes the page, or undefined when the built page cannot be answered from.
 */
export interface FormPosts {
  accepts(pathname: string): boolean;
  /** The largest body read, in bytes (413 beyond it). */
  maxBodyBytes: number;
  /** The page for this post and its status (e.g. 429 when the CMS limits the visitor), or undefined when the page cannot answer. */
  answer(form: URLSearchParams, visitor: { ip: string }, readHtml: () => string): Promise<{ html: string; status: number } | undefined>;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The path of a request's URL, or '' for one no URL parser takes. */
function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://site.invalid').pathname;
  } catch {
    return '';
  }
}
const plain = { 'content-type': 'text/plain; charset=utf-8' };

/** The body, or undefined once it passes `max` bytes (the rest is never kept). */
function readBody(request: http.IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        // Let the rest go by unread; the 413 closes the connection.
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(size > max ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Who is asking, for the CMS's per-visitor limits. Behind a reverse proxy (TRUST_PROXY=true, as
 * for the CMS) every socket is the proxy's, so the visitor is the last address in
 * X-Forwarded-For: the one the proxy itself appended. Earlier entries are whatever the client
 * sent and are never believed.
 */
export function visitorAddress(request: Pick<http.IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  const socketAddress = request.socket.remoteAddress ?? '';
  if (!trustProxy) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean).at(-1);
  return last && net.isIP(last) ? last : socketAddress;
}

async function answerPost(request: http.IncomingMessage, response: http.ServerResponse, root: string, url: string, posts: FormPosts, trustProxy: boolean): Promise<void> {
  const file = resolveFile(root, url);
  if (!file || path.extname(file) !== '.html') {
    response.writeHead(404, plain).end('Not found\n');
    return;
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) {
    response.writeHead(415, { ...plain, 'accept-post': FORM_TYPE }).end(`Send the form as ${FORM_TYPE}.\n`);
    return;
  }
  const tooLarge = () => response.writeHead(413, { ...plain, connection: 'close' }).end(`The form is larger than ${posts.maxBodyBytes} bytes.\n`);
  if (Number(request.headers['content-length'] ?? 0) > posts.maxBodyBytes) {
    tooLarge();
    return;
  }
  const body = await readBody(request, posts.maxBodyBytes);
  if (!body) {
    tooLarge();
    return;
  }
  const page = await posts.answer(new URLSearchParams(body.toString('utf8')), { ip: visitorAddress(request, trustProxy) }, () => fs.readFileSync(file, 'utf8'));
  if (page === undefined) {
    response.writeHead(500, plain).end('This page cannot answer the form. Try again later.\n');
    return;
  }
  // Made for this visitor (their answers, their request): never cached or shared.
  const retry = page.status === 429 ? { 'retry-after': '60' } : page.status === 503 ? { 'retry-after': '30' } : {};
  response.writeHead(page.status, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...retry }).end(page.html);
}

/**
 * Serves the folder that `currentRoot()` names at the moment each request arrives, so an atomic
 * swap of that folder is seen by the next request and never half-way through one.
 */

export function createStaticHandler(
  currentRoot: () => string | null,
  headers: Record<string, string>,
  personalize?: PagePersonalizer,
  posts?: FormPosts,
  { trustProxy = false }: { trustProxy?: boolean } = {},
): http.RequestListener {
  const compressed = new CompressedFiles();
  return (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const url = request.url ?? '/';
    const takesPost = request.method === 'POST' && posts !== undefined && posts.accepts(pathnameOf(url));
    if (request.method !== 'GET' && request.method !== 'HEAD' && !takesPost) {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const root = currentRoot();
    if (!root) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being built. Try again in a few seconds.\n');
      return;
    }
    if (takesPost && posts) {
      answerPost(request, response, root, url, posts, trustProxy).catch(() => {
        // Never a stack trace to a visitor; the page's own errors are handled inside `answer`.
        if (!response.headersSent) response.writeHead(500, plain).end('Something went wrong. Try again in a few minutes.\n');
        else response.destroy();
      });
      return;
    }
    if (pathnameOf(url) === '/') {
      // The browser says which languages its reader prefers; the chooser page stays at /index.html.
      response.writeHead(302, { location: routes.home(preferredLocale(request.headers['accept-language'])), vary: 'accept-language', 'cache-control': 'no-cache' }).end();
      return;
    }
    const file = resolveFile(root, url);
    const target = file ?? resolveFile(root, '/404.html');
    const status = file ? 200 : 404;
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (personalize && file && request.method === 'GET' && path.extname(target) === '.html') {
      const address = new URL(url, 'http://site.invalid');
      const page = personalize(address.pathname, address.searchParams, () => fs.readFileSync(target, 'utf8'), { ip: visitorAddress(request, trustProxy) });
      // Made for this visitor (a fresh idempotency key, their errors, their saved answers): never cached or shared.
      const sendPage = (html: string) => response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).end(html);
      if (page instanceof Promise) {
        page.then(
          (html) => (html === undefined ? serveFile(target, status) : sendPage(html)),
          () => {
            if (!response.headersSent) response.writeHead(500, plain).end('Something went wrong. Try again in a few minutes.\n');
          },
        );
        return;
      }
      if (page !== undefined) {
        sendPage(page);
        return;
      }
    }
    serveFile(target, status);

    function serveFile(target: string, status: number): void {
      const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
      const immutable = target.includes(`${path.sep}_astro${path.sep}`);
      const fileHeaders: http.OutgoingHttpHeaders = {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      // Only the same files for everyone are compressed: a page made for one visitor (above) could
      // leak what it holds through its compressed size when it also reflects what others sent (BREACH).
      const compressible = COMPRESSIBLE.has(path.extname(target));
      const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : null;
      if (compressible) fileHeaders.vary = 'accept-encoding';
      if (encoding) fileHeaders['content-encoding'] = encoding;
      if (request.method === 'HEAD') {
        response.writeHead(status, fileHeaders).end();
        return;
      }
      if (!encoding) {
        response.writeHead(status, fileHeaders);
        fs.createReadStream(target).on('error', () => response.destroy()).pipe(response);
        return;
      }
      compressed.get(target, encoding).then(
        (body) => response.writeHead(status, { ...fileHeaders, 'content-length': body.length }).end(body),
        // The file went away mid-request (a build swapped out and was deleted): the visitor retries.
        () => response.destroy(),
      );
    }
  };
}
