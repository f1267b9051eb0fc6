import fs from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signPreviewToken, type PreviewTarget } from '@city/shared/preview';
import type { PreviewResult } from '../render/entry';
import { securityHeaders } from './headers';
import { createPreviewHandler, frameAncestors, messagePage } from './preview';

const SECRET = 'preview-unit-secret';
const target: PreviewTarget = { uid: 'api::page.page', documentId: 'doc1', locale: 'es', status: 'draft' };
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function serve(render: (target: PreviewTarget) => Promise<PreviewResult | null>): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-unit-'));
  fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>missing</title>');
  const handle = createPreviewHandler({ secret: SECRET, render, currentRoot: () => root, headers: securityHeaders('http://127.0.0.1:1337', { https: false, framedBy: 'http://127.0.0.1:1337' }) });
  const server = createServer((request, response) => handle(request, response, new URL(request.url ?? '/', 'http://x').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe('the preview route', () => {
  it('renders a signed link privately, framed only by the admin', async () => {
    const base = await serve(async (asked) => ({ kind: 'page', pathname: '/es/pages/x/', body: new TextEncoder().encode(`<p>${asked.documentId} <a href="/es/">Inicio</a></p>`) }));
    const answer = await fetch(`${base}/preview/${signPreviewToken(target, SECRET)}`);
    expect(answer.status).toBe(200);
    // Followed inside the admin's frame, a link would show the live site as if it were the draft.
    expect(await answer.text()).toBe('<p>doc1 <a href="/es/" target="_blank" rel="noopener">Inicio</a></p>');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('content-security-policy')).toContain('frame-ancestors http://127.0.0.1:1337');
    expect(answer.headers.get('x-frame-options')).toBeNull();
  });

  it('answers a bad or expired link with the site’s 404 and never renders', async () => {
    let rendered = 0;
    const base = await serve(async () => {
      rendered += 1;
      return null;
    });
    for (const token of ['nope', signPreviewToken(target, SECRET, { now: Date.now() - 7_200_000 }), signPreviewToken(target, 'other')]) {
      const answer = await fetch(`${base}/preview/${token}`);
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain('missing');
    }
    expect((await fetch(`${base}/preview/${signPreviewToken(target, SECRET)}`, { method: 'POST' })).status).toBe(405);
    expect(rendered).toBe(0);
  });

  it('explains, in the entry’s language, an unfinished draft, a missing page and a CMS that does not answer', async () => {
    const results: (PreviewResult | null | Error)[] = [{ kind: 'unfinished', problems: ['<b>title</b> is required'] }, { kind: 'missing' }, null, new Error('CMS down')];
    const base = await serve(async () => {
      const next = results.shift();
      if (next instanceof Error) throw next;
      return next ?? null;
    });
    const link = `${base}/preview/${signPreviewToken(target, SECRET)}`;
    const unfinished = await fetch(link);
    const text = await unfinished.text();
    expect([unfinished.status, text.includes('Todavía no se puede ver este borrador'), text.includes('&lt;b&gt;title&lt;/b&gt;')]).toEqual([200, true, true]);
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(link)).status).toBe(503);
    const failed = await fetch(link);
    expect([failed.status, (await failed.text()).includes('No se pudo preparar la vista previa')]).toEqual([503, true]);
  });
});

describe('frameAncestors', () => {
  it('names the admin origin, and its loopback twin on a developer machine', () => {
    expect(frameAncestors('https://www.city.example/admin')).toBe('https://www.city.example');
    expect(frameAncestors('http://127.0.0.1:1337')).toBe('http://127.0.0.1:1337 http://localhost:1337');
  });
});

describe('messagePage', () => {
  it('is a complete page in the language, unindexed', () => {
    const page = messagePage('es', 'Título', 'Texto');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<h1>Título</h1>');
  });
});
