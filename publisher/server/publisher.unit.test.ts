import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebouncedRunner } from './debounce';
import { securityHeaders } from './headers';
import { affectsSite, changesPerformance } from './server';
import { chooseEncoding, resolveFile } from './static';

describe('resolveFile', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-root-'));
  fs.mkdirSync(path.join(root, 'en', 'services', 'wifi'), { recursive: true });
  fs.writeFileSync(path.join(root, 'en', 'services', 'wifi', 'index.html'), 'wifi');
  fs.writeFileSync(path.join(root, '404.html'), 'missing');
  fs.writeFileSync(path.join(os.tmpdir(), 'publisher-secret.txt'), 'secret');

  it('finds directory index pages with and without a trailing slash', () => {
    expect(resolveFile(root, '/en/services/wifi/')).toBe(path.join(root, 'en', 'services', 'wifi', 'index.html'));
    expect(resolveFile(root, '/en/services/wifi?x=1')).toBe(path.join(root, 'en', 'services', 'wifi', 'index.html'));
  });

  it('never leaves the site folder', () => {
    expect(resolveFile(root, '/../publisher-secret.txt')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/publisher-secret.txt')).toBeNull();
    expect(resolveFile(root, '/en/%00')).toBeNull();
    expect(resolveFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('answers null for a page that does not exist', () => {
    expect(resolveFile(root, '/en/nothing-here')).toBeNull();
  });
});

describe('DebouncedRunner', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst of requests into one run', async () => {
    vi.useFakeTimers();
    const task = vi.fn(async () => 'built');
    const runner = new DebouncedRunner(task, 100);
    for (let i = 0; i < 5; i += 1) runner.request();
    await vi.advanceTimersByTimeAsync(150);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs exactly once more when asked during a run, so the last change is published', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<string>((resolve) => (finish = () => resolve('built'))));
    const runner = new DebouncedRunner(task, 10);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('stops: waits for the run under way and starts no other, however often asked', async () => {
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<string>((resolve) => (finish = () => resolve('built'))));
    const runner = new DebouncedRunner(task, 1);
    runner.request();
    await new Promise((resolve) => setTimeout(resolve, 20));
    runner.request();
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    runner.request();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(task).toHaveBeenCalledTimes(1);
    expect(runner.busy).toBe(false);
  });
});

describe('affectsSite', () => {
  it('rebuilds for content and media, never for requests, the outbox or its own build records', () => {
    for (const model of ['department', 'service', 'service-form', 'page', 'alert', 'global']) {
      expect(affectsSite(JSON.stringify({ event: 'entry.publish', model })), model).toBe(true);
    }
    expect(affectsSite(JSON.stringify({ event: 'media.update', media: { id: 1 } }))).toBe(true);
    for (const model of ['service-request', 'outbox-message', 'site-build', 'user']) {
      expect(affectsSite(JSON.stringify({ event: 'entry.create', model })), model).toBe(false);
    }
    expect(affectsSite('not json')).toBe(false);
  });

  it('rebuilds, reading the performance figures again, on the CMS notice that requests were closed', () => {
    const notice = JSON.stringify({ event: 'performance.changed', createdAt: '2026-12-02T12:00:00Z' });
    expect(affectsSite(notice)).toBe(true);
    expect(changesPerformance(notice)).toBe(true);
    expect(changesPerformance(JSON.stringify({ event: 'entry.publish', model: 'service' }))).toBe(false);
    expect(changesPerformance('not json')).toBe(false);
  });
});

describe('securityHeaders', () => {
  it('allows no inline script and only the CMS as a cross-origin target', () => {
    const headers = securityHeaders('https://cms.example.gov', { https: true });
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain('connect-src \'self\' https://cms.example.gov');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the static server', () => {
  it('sends the security headers on pages, on 404s and on refused methods', async () => {
    const { createServer } = await import('node:http');
    const { createStaticHandler } = await import('./static');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-served-'));
    fs.mkdirSync(path.join(root, 'en'));
    fs.writeFileSync(path.join(root, 'en', 'index.html'), '<!doctype html><title>en</title>');
    fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>missing</title>');
    const server = createServer(createStaticHandler(() => root, securityHeaders('http://127.0.0.1:1337', { https: false })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const page = await fetch(`${base}/en/`);
      const missing = await fetch(`${base}/nowhere`);
      const post = await fetch(`${base}/en/`, { method: 'POST' });
      expect([page.status, missing.status, post.status]).toEqual([200, 404, 405]);
      expect(await missing.text()).toContain('missing');
      for (const response of [page, missing, post]) {
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('permissions-policy')).toContain('camera=()');
      }
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    } finally {
      server.close();
    }
  });

  it('answers 503 with a retry hint before the first build', async () => {
    const { createServer } = await import('node:http');
    const { createStaticHandler } = await import('./static');
    const server = createServer(createStaticHandler(() => null, {}));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    try {
      const response = await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/en/`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
    } finally {
      server.close();
    }
  });

  it('picks brotli, else gzip, and never an encoding the browser refuses', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, GZIP;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0.0, gzip; q=0')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('compresses text files for browsers that take it, and sends the new file after a rebuild', async () => {
    const http = await import('node:http');
    const zlib = await import('node:zlib');
    const { createStaticHandler } = await import('./static');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-compressed-'));
    const css = 'body { color: #1b1b1b; }\n'.repeat(200);
    fs.writeFileSync(path.join(root, 'site.css'), css);
    fs.writeFileSync(path.join(root, 'font.woff2'), Buffer.alloc(2000, 1));
    const server = http.createServer(createStaticHandler(() => root, {}));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    // node:http, unlike fetch, hands over the body as it was sent.
    const get = (file: string, acceptEncoding: string, method = 'GET') =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const request = http.request({ port, host: '127.0.0.1', path: file, method, headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end();
      });
    try {
      const br = await get('/site.css', 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('accept-encoding');
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(css.length / 10);
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(css);

      const gzip = await get('/site.css', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).toString()).toBe(css);

      const plain = await get('/site.css', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(css);

      const head = await get('/site.css', 'br', 'HEAD');
      expect([head.headers['content-encoding'], head.body.length]).toEqual(['br', 0]);

      // Fonts (and Pagefind's files) are compressed already.
      const font = await get('/font.woff2', 'br');
      expect([font.headers['content-encoding'], font.body.length]).toEqual([undefined, 2000]);

      fs.writeFileSync(path.join(root, 'site.css'), 'body { color: red; }');
      expect(zlib.brotliDecompressSync((await get('/site.css', 'br')).body).toString()).toBe('body { color: red; }');
    } finally {
      server.close();
    }
  });
});

describe('visitorAddress', () => {
  it('is the socket address unless the proxy is trusted, then the last X-Forwarded-For entry that is an IP', async () => {
    const { visitorAddress } = await import('./static');
    const request = (forwardedFor?: string | string[]) => ({ headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: '10.0.0.2' } }) as unknown as Parameters<typeof visitorAddress>[0];
    expect(visitorAddress(request('203.0.113.5'), false)).toBe('10.0.0.2');
    expect(visitorAddress(request('198.51.100.1, 203.0.113.5'), true)).toBe('203.0.113.5');
    expect(visitorAddress(request(['198.51.100.1', '203.0.113.5 ']), true)).toBe('203.0.113.5');
    expect(visitorAddress(request('2001:db8::1'), true)).toBe('2001:db8::1');
    expect(visitorAddress(request('203.0.113.5, not-an-address'), true)).toBe('10.0.0.2');
    expect(visitorAddress(request(), true)).toBe('10.0.0.2');
  });
});
