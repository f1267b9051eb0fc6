// Preview on the real site: the admin's preview link renders an entry's draft through the
// publisher, signed and expiring, while the live site stays as published.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_READ_HEADER, previewReadCredential, signPreviewToken } from '@city/shared/preview';
import { startPublisher, type Publisher } from '../../publisher/server/server';
import { freePort, startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, graphql, jsonInit, request } from './harness/http';

const SECRET = 'preview-test-secret-0123456789';
const ROOT_DIR = path.resolve(__dirname, '..', '..');

interface SeededService {
  documentId: string;
  slug: string;
  title: string;
  serviceForm: { documentId: string; code: string; title: string } | null;
  department: { documentId: string; slug: string } | null;
}

let cms: RunningCms;
let publisher: Publisher;
let siteUrl: string;
let publishDir: string;
let token: string;
let service: SeededService;

async function seededServices(locale: string): Promise<SeededService[]> {
  const answer = await graphql<{ services: SeededService[] }>(
    cms.url,
    `query ($locale: I18NLocaleCode) { services(locale: $locale, pagination: { limit: 100 }) { documentId slug title serviceForm { documentId code title } department { documentId slug } } }`,
    { locale },
  );
  return answer.body.data?.services ?? [];
}

/** The preview URL the admin's "Open preview" shows (Strapi calls config/admin.ts's handler). */
async function previewUrlFor(uid: string, documentId: string, locale: string, status = 'draft'): Promise<string> {
  const query = new URLSearchParams({ documentId, locale, status });
  const answer = await request<{ data: { url: string } }>(`${cms.url}/content-manager/preview/url/${uid}?${query}`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
  return answer.body.data.url;
}

async function saveDraft(uid: string, documentId: string, locale: string, data: Record<string, unknown>): Promise<void> {
  const answer = await request(`${cms.url}/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`, jsonInit('PUT', data, token));
  expect(answer.status).toBe(200);
}

beforeAll(async () => {
  const sitePort = await freePort();
  siteUrl = `http://127.0.0.1:${sitePort}`;
  cms = await startSeededCms({ PUBLISH_WEBHOOK_SECRET: SECRET, SITE_URL: siteUrl });
  publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
  publisher = startPublisher({ rootDir: ROOT_DIR, publishDir, sitePort, hookPort: await freePort(), host: '127.0.0.1', cmsUrl: cms.url, webhookSecret: SECRET, debounceMs: 100, log: () => undefined });
  const first = await publisher.firstBuild;
  if (!first.ok) throw new Error(`the first build failed:\n${first.log}`);
  token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
  const withForm = (await seededServices('en')).find((entry) => entry.serviceForm && entry.department);
  if (!withForm) throw new Error('the seed has no service with a form and a department');
  service = withForm;
});

afterAll(async () => {
  await publisher?.close();
  await cms?.stop();
  if (publishDir) fs.rmSync(publishDir, { recursive: true, force: true });
});

describe('preview', () => {
  it('shows a service draft on the publisher, marked, unindexed and uncached, while the live page keeps the published text', async () => {
    const draftTitle = `${service.title} (draft 1)`;
    await saveDraft('api::service.service', service.documentId, 'en', { title: draftTitle });
    const url = await previewUrlFor('api::service.service', service.documentId, 'en');
    expect(url.startsWith(`${siteUrl}/preview/`)).toBe(true);

    const preview = await fetch(url);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain(draftTitle);
    expect(html).toContain('Preview, not published.');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(preview.headers.get('cache-control')).toBe('no-store');
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // Only the CMS admin may frame it.
    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(cms.url).origin}`);
    expect(preview.headers.get('x-frame-options')).toBeNull();

    const live = await fetch(`${siteUrl}/en/services/${service.slug}/`);
    const liveHtml = await live.text();
    expect(liveHtml).toContain(service.title);
    expect(liveHtml).not.toContain(draftTitle);
    expect(liveHtml).not.toContain('Preview, not published.');
    expect(live.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(live.headers.get('x-frame-options')).toBe('DENY');
    // Rendered in memory: nothing of the draft reaches the publish folder, its sitemap or search index.
    const written = fs.readdirSync(publishDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json)$/.test(file));
    for (const file of written) {
      const full = path.join(publishDir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8'), file).not.toContain(draftTitle);
    }
  });

  it('speaks the entry’s language', async () => {
    const [spanish] = (await seededServices('es')).filter((entry) => entry.documentId === service.documentId);
    if (!spanish) throw new Error('the seed has no Spanish version of the service');
    const url = await previewUrlFor('api::service.service', service.documentId, 'es');
    const html = await (await fetch(url)).text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain('Vista previa, sin publicar.');
    expect(html).toContain(spanish.title);
  });

  it('shows linked drafts: a department lists its services as drafted', async () => {
    const draftTitle = `${service.title} (draft 2)`;
    await saveDraft('api::service.service', service.documentId, 'en', { title: draftTitle });
    const department = service.department;
    if (!department) throw new Error('no department');
    const html = await (await fetch(await previewUrlFor('api::department.department', department.documentId, 'en'))).text();
    expect(html).toContain(draftTitle);
    const live = await (await fetch(`${siteUrl}/en/departments/${department.slug}/`)).text();
    expect(live).not.toContain(draftTitle);
  });

  it('previews a service form on the request page of its service', async () => {
    const form = service.serviceForm;
    if (!form) throw new Error('no form');
    const draftTitle = `${form.title} (draft form)`;
    await saveDraft('api::service-form.service-form', form.documentId, 'en', { title: draftTitle });
    const url = await previewUrlFor('api::service-form.service-form', form.documentId, 'en');
    const preview = await fetch(url);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain(draftTitle);
    expect(html).toContain('Preview, not published.');
    const live = await (await fetch(`${siteUrl}/en/services/${service.slug}/request/`)).text();
    expect(live).not.toContain(draftTitle);
  });

  it('shows the published version on the admin’s Published tab', async () => {
    const html = await (await fetch(await previewUrlFor('api::service.service', service.documentId, 'en', 'published'))).text();
    expect(html).toContain('Preview, not published.');
    expect(html).toContain(`<title>[Preview] ${service.title}`);
  });

  it('answers a tampered, expired or foreign link with a 404', async () => {
    const url = await previewUrlFor('api::service.service', service.documentId, 'en');
    const [payload, signature] = url.slice(`${siteUrl}/preview/`.length).split('.');
    const target = { uid: 'api::service.service' as const, documentId: service.documentId, locale: 'en' as const, status: 'draft' as const };
    const otherPayload = Buffer.from(JSON.stringify({ ...target, exp: Date.now() + 10 * 3_600_000 })).toString('base64url');
    const bad = [
      `${otherPayload}.${signature}`,
      `${payload}.${signature?.slice(0, -2)}AA`,
      signPreviewToken(target, SECRET, { now: Date.now() - 2 * 3_600_000 }),
      signPreviewToken(target, 'another-secret-0123456789'),
      'not-a-token',
    ];
    for (const token of bad) {
      const answer = await fetch(`${siteUrl}/preview/${token}`);
      expect(answer.status, token).toBe(404);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.text()).not.toContain(service.title);
    }
    expect((await fetch(url)).status).toBe(200);
  });

  it('explains an unfinished draft, and shows others beside the published version of it', async () => {
    const department = service.department;
    if (!department) throw new Error('no department');
    // Strapi saves a draft with a required field empty; the site's schema refuses it.
    await saveDraft('api::department.department', department.documentId, 'en', { summary: '' });
    const unfinished = await fetch(await previewUrlFor('api::department.department', department.documentId, 'en'));
    expect(unfinished.status).toBe(200);
    const page = await unfinished.text();
    expect(page).toContain('This draft cannot be previewed yet');
    expect(page).toContain('summary');
    // The service's page names its department from the published version meanwhile.
    const other = await fetch(await previewUrlFor('api::service.service', service.documentId, 'en'));
    expect(other.status).toBe(200);
    expect(await other.text()).toContain('Preview, not published.');
  });

  it('keeps drafts out of the public GraphQL API: only the preview credential reads them', async () => {
    const query = `query ($id: ID!) { service(documentId: $id, status: DRAFT) { title } }`;
    const anonymous = await graphql<{ service: { title: string } | null }>(cms.url, query, { id: service.documentId });
    expect(anonymous.body.data?.service ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]?.message).toMatch(/Only published content/);
    const wrong = await request<{ errors?: unknown[] }>(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PREVIEW_READ_HEADER]: previewReadCredential('another-secret') },
      body: JSON.stringify({ query, variables: { id: service.documentId } }),
    });
    expect(wrong.body.errors?.length).toBeGreaterThan(0);
    const right = await request<{ data?: { service: { title: string } | null } }>(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PREVIEW_READ_HEADER]: previewReadCredential(SECRET) },
      body: JSON.stringify({ query, variables: { id: service.documentId } }),
    });
    expect(right.body.data?.service?.title).toContain('(draft');
  });
});
