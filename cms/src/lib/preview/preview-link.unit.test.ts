import { describe, expect, it } from 'vitest';
import { verifyPreviewToken } from '@city/shared/preview';
import { previewUrl } from './preview-link';

const env = { PREVIEW_SECRET: 'preview secret for the test', PREVIEW_LINK_TTL_MS: '1000' };
const now = 1_800_000_000_000;

describe('previewUrl', () => {
  it('links a draft to the publisher with a token that expires after PREVIEW_LINK_TTL_MS', () => {
    const url = previewUrl('api::service.service', { documentId: 'doc1', locale: 'es', status: 'draft' }, env, now);
    expect(url).toMatch(/^http:\/\/localhost:4321\/preview\/[\w-]+\.[\w-]+$/);
    const token = url?.split('/preview/')[1];
    expect(verifyPreviewToken(token, env.PREVIEW_SECRET, now + 999)).toEqual({ uid: 'api::service.service', documentId: 'doc1', locale: 'es', status: 'draft' });
    expect(verifyPreviewToken(token, env.PREVIEW_SECRET, now + 1000)).toBeUndefined();
  });

  it('gives no link for types the site has no page for, unknown locales or without a secret', () => {
    expect(previewUrl('api::alert.alert', { documentId: 'a', locale: 'en' }, env, now)).toBeNull();
    expect(previewUrl('api::service.service', { documentId: 'a', locale: 'zxx' }, env, now)).toBeNull();
    expect(previewUrl('api::service.service', { documentId: 'a', locale: 'en' }, {}, now)).toBeNull();
  });

  it('falls back to the publisher webhook secret', () => {
    const url = previewUrl('api::global.global', { locale: 'en', status: 'published' }, { PUBLISH_WEBHOOK_SECRET: 'w' }, now);
    expect(verifyPreviewToken(url?.split('/preview/')[1], 'w', now)).toEqual({ uid: 'api::global.global', documentId: '', locale: 'en', status: 'published' });
  });
});
