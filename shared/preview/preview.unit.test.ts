import { describe, expect, it } from 'vitest';
import { isPreviewReadCredential, previewReadCredential, signPreviewToken, verifyPreviewToken, type PreviewTarget } from './index';

const secret = 'a shared secret for the tests';
const target: PreviewTarget = { uid: 'api::service.service', documentId: 'abc123', locale: 'es', status: 'draft' };
const now = 1_800_000_000_000;

describe('preview links', () => {
  it('verifies a link it signed, until it expires', () => {
    const token = signPreviewToken(target, secret, { now, ttlMs: 60_000 });
    expect(verifyPreviewToken(token, secret, now + 59_999)).toEqual(target);
    expect(verifyPreviewToken(token, secret, now + 60_000)).toBeUndefined();
  });

  it('refuses a link signed under another secret', () => {
    expect(verifyPreviewToken(signPreviewToken(target, 'another secret', { now }), secret, now)).toBeUndefined();
  });

  it('refuses a link whose payload was changed', () => {
    const [payload, signature] = signPreviewToken(target, secret, { now }).split('.');
    const changed = Buffer.from(Buffer.from(payload ?? '', 'base64url').toString().replace('abc123', 'xyz789')).toString('base64url');
    expect(verifyPreviewToken(`${changed}.${signature}`, secret, now)).toBeUndefined();
  });

  it('refuses malformed tokens and an empty secret', () => {
    for (const token of ['', 'no-dot', 'a.b.c', '.', 'x'.repeat(2000)]) expect(verifyPreviewToken(token, secret, now)).toBeUndefined();
    expect(verifyPreviewToken(signPreviewToken(target, secret, { now }), '', now)).toBeUndefined();
  });

  it('derives a read credential apart from the link key', () => {
    const credential = previewReadCredential(secret);
    expect(isPreviewReadCredential(credential, secret)).toBe(true);
    expect(isPreviewReadCredential(`${credential}x`, secret)).toBe(false);
    expect(isPreviewReadCredential(undefined, secret)).toBe(false);
    expect(signPreviewToken(target, secret, { now }).split('.')[1]).not.toBe(credential);
  });
});
