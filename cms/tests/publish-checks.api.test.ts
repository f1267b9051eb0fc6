import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';

/**
 * Checks before publishing, end to end on the seeded demo city (whose seed publishes every entry
 * through the Document Service, so it passes the blocking rules too): a page with an image without
 * alternative text is refused with a message naming it and stays unpublished, however it is
 * published; fixed, it publishes; warnings never stop publishing; the side panel's route gives the
 * findings to those who may read the type.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const PAGES_ADMIN = '/content-manager/collection-types/api::page.page';

let cms: RunningCms;
let editor: string;

beforeAll(async () => {
  cms = await startSeededCms({ OUTBOX_WORKER: 'false', TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password });
  editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
});
afterAll(async () => {
  await cms?.stop();
});

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const image = (alternativeText: string | null) => ({
  type: 'image',
  image: { name: 'bridge.jpg', alternativeText, url: '/uploads/bridge.jpg', width: 800, height: 600, ext: '.jpg', mime: 'image/jpeg', size: 120, hash: 'bridge', provider: 'local', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' },
  children: [{ type: 'text', text: '' }],
});
const page = (slug: string, body: object[], summary: string | null = 'The new King Street bridge and when it opens.') => ({ title: `Bridge ${slug}`, slug, summary, body });

interface ErrorBody {
  error?: { status: number; name: string; message: string; details?: { code?: string; publishChecks?: { rule: string; field: string; path: number[] }[] } };
}
interface CreatedBody {
  data: { documentId: string };
}
interface CheckBody {
  applicable: boolean;
  blocking: { rule: string; field: string; path: number[]; excerpt: string }[];
  warnings: { rule: string; field: string; params: Record<string, unknown> }[];
}

async function createDraft(body: object): Promise<string> {
  const created = await request<CreatedBody>(`${cms.url}${PAGES_ADMIN}?locale=en`, jsonInit('POST', body, editor));
  expect(created.status).toBe(201);
  return created.body.data.documentId;
}
const publish = (documentId: string) => request<ErrorBody>(`${cms.url}${PAGES_ADMIN}/${documentId}/actions/publish?locale=en`, jsonInit('POST', {}, editor));
const publicPages = async (slug: string) => (await request<{ data: unknown[] }>(`${cms.url}/api/pages?filters[slug][$eq]=${slug}&locale=en`)).body.data;
const check = (payload: object, token = editor) => request<CheckBody & { errors?: { field: string; code: string }[] }>(`${cms.url}/publish-checks/check`, jsonInit('POST', payload, token));

describe('publishing a page with an image without alternative text', () => {
  it('is refused with a message naming the image and where it is, and the page stays unpublished', async () => {
    const documentId = await createDraft(page('bridge-no-alt', [paragraph('The bridge opens in May.'), image(null)]));
    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.name).toBe('ValidationError');
    expect(refused.body.error?.message).toContain('Page text, block 2: the image has no alternative text (bridge.jpg)');
    expect(refused.body.error?.details?.publishChecks).toEqual([expect.objectContaining({ rule: 'image-missing-alt', field: 'body', path: [1] })]);
    expect(await publicPages('bridge-no-alt')).toEqual([]);

    const fixed = await request(`${cms.url}${PAGES_ADMIN}/${documentId}?locale=en`, jsonInit('PUT', page('bridge-no-alt', [paragraph('The bridge opens in May.'), image('The new bridge over Cameron Run at dusk')]), editor));
    expect(fixed.status).toBe(200);
    expect((await publish(documentId)).status).toBe(200);
    expect(await publicPages('bridge-no-alt')).toHaveLength(1);
  });

  it('is refused when created and published in one request, and nothing is stored', async () => {
    const refused = await request<ErrorBody>(`${cms.url}${PAGES_ADMIN}/actions/publish?locale=en`, jsonInit('POST', page('bridge-one-go', [image('')]), editor));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('Page text, block 1: the image has no alternative text');
    const drafts = await request<{ results: unknown[] }>(`${cms.url}${PAGES_ADMIN}?filters[slug][$eq]=bridge-one-go&locale=en`, { headers: { authorization: `Bearer ${editor}` } });
    expect(drafts.status).toBe(200);
    expect(drafts.body.results).toEqual([]);
  });

  it('names every blocking problem at once (heading skipped, vague link, document without format and size)', async () => {
    const body = [
      { type: 'heading', level: 4, children: [{ type: 'text', text: 'Fees' }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://pay.example.gov', children: [{ type: 'text', text: 'haga clic aquí' }] }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://example.gov/report.pdf', children: [{ type: 'text', text: 'Annual report' }] }] },
    ];
    const refused = await publish(await createDraft(page('bridge-many', body)));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.details?.publishChecks?.map((finding) => finding.rule)).toEqual(['heading-level-skipped', 'link-text-vague', 'document-link-missing-format-size']);
    expect(refused.body.error?.message).toContain('Page text, block 2: the link text “haga clic aquí” does not say where the link goes');
  });
});

describe('the refusal in the editor’s admin language', () => {
  const setLanguage = (preferedLanguage: string | null) => request(`${cms.url}/admin/users/me`, jsonInit('PUT', { preferedLanguage }, editor));

  it('is in Spanish for an editor who reads the admin in Spanish, with a stable code', async () => {
    expect((await setLanguage('es')).status).toBe(200);
    try {
      const refused = await publish(await createDraft(page('puente-sin-alt', [paragraph('El puente abre en mayo.'), image(null)])));
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toBe(
        'Esta entrada no se puede publicar hasta corregir estos problemas de accesibilidad: Texto de la página, bloque 2: la imagen no tiene texto alternativo (bridge.jpg)',
      );
      expect(refused.body.error?.details).toEqual(expect.objectContaining({ code: 'publish-checks.refused', publishChecks: [expect.objectContaining({ rule: 'image-missing-alt' })] }));
    } finally {
      expect((await setLanguage(null)).status).toBe(200);
    }
  });

  it('follows the browser’s language when the editor chose none', async () => {
    const documentId = await createDraft(page('puente-navegador', [image(null)]));
    const init = jsonInit('POST', {}, editor);
    const refused = await request<ErrorBody>(`${cms.url}${PAGES_ADMIN}/${documentId}/actions/publish?locale=en`, { ...init, headers: { ...(init.headers as Record<string, string>), 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('Texto de la página, bloque 1: la imagen no tiene texto alternativo (bridge.jpg)');
  });
});

describe('warnings', () => {
  it('never stop publishing (no summary, a very long and hard sentence, no version in the other languages)', async () => {
    const long = `${'The bridge is open to people on foot and to people on bikes and '.repeat(4)}to cars.`;
    const documentId = await createDraft(page('bridge-warnings', [paragraph(long)], null));
    const found = await check({ uid: 'api::page.page', documentId, locale: 'en' });
    expect(found.status).toBe(200);
    expect(found.body.blocking).toEqual([]);
    expect([...new Set(found.body.warnings.map((warning) => warning.rule))].sort()).toEqual(['reading-grade-too-high', 'sentence-too-long', 'summary-missing', 'translation-missing']);
    // One warning for each language the page is missing in.
    const missing = found.body.warnings.filter((warning) => warning.rule === 'translation-missing').map((warning) => warning.params.locale);
    expect(missing.sort()).toEqual(['am', 'ar', 'es']);
    expect((await publish(documentId)).status).toBe(200);
    expect(await publicPages('bridge-warnings')).toHaveLength(1);
  });
});

describe('the side panel’s route', () => {
  it('gives the saved draft’s findings with their places', async () => {
    const documentId = await createDraft(page('bridge-panel', [paragraph('See the plans.'), image(null)]));
    const found = await check({ uid: 'api::page.page', documentId, locale: 'en' });
    expect(found.status).toBe(200);
    expect(found.body.applicable).toBe(true);
    expect(found.body.blocking).toEqual([{ rule: 'image-missing-alt', field: 'body', path: [1], excerpt: 'bridge.jpg', params: {} }]);
    expect(found.body.warnings).toContainEqual({ rule: 'translation-missing', field: '', path: [], excerpt: '', params: { locale: 'es' } });
  });

  it('says a type outside the editorial ones is not checked (the city calendar, which editors keep)', async () => {
    const calendar = await check({ uid: 'api::city-calendar.city-calendar', documentId: 'any' });
    expect(calendar.status).toBe(200);
    expect(calendar.body).toEqual({ applicable: false });
  });

  it('answers an unknown document with 404 and a malformed request with field errors', async () => {
    expect((await check({ uid: 'api::page.page', documentId: 'no-such-document', locale: 'en' })).status).toBe(404);
    const malformed = await check({ uid: 'api::page.page' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'documentId', code: 'required' }]);
  });

  it('is closed to anyone who may not read the type, and to anonymous callers', async () => {
    const triage = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    const documentId = await createDraft(page('bridge-closed', [paragraph('Closed.')]));
    expect((await check({ uid: 'api::page.page', documentId, locale: 'en' }, triage)).status).toBe(403);
    expect((await request(`${cms.url}/publish-checks/check`, jsonInit('POST', { uid: 'api::page.page', documentId }))).status).toBe(401);
  });
});
