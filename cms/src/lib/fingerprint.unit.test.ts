import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { canonicalJson, submissionFingerprint } from './fingerprint';
import { readFormPost } from './form-post';
import { retryDelayMs } from './outbox';
import { createRateLimiter, rateLimitSettings } from './rate-limit';

const silentStrapi = { log: { warn: () => undefined } } as unknown as Core.Strapi;

describe('the in-memory rate limiter', () => {
  it('allows max hits per window and address, then refuses until the window ends', async () => {
    const settings = rateLimitSettings({ RATE_LIMIT_SUBMIT_MAX: '2', RATE_LIMIT_SUBMIT_WINDOW_MS: '300' });
    const limiter = createRateLimiter(silentStrapi, settings);
    try {
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
      const third = await limiter.hit('submit', '10.0.0.1');
      expect(third).toEqual({ allowed: false, retryAfterS: 1 });
      // Another address and another bucket count apart.
      expect((await limiter.hit('submit', '10.0.0.2')).allowed).toBe(true);
      expect((await limiter.hit('lookup', '10.0.0.1')).allowed).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
    } finally {
      await limiter.close();
    }
  });

  it('is lifted by RATE_LIMIT_DISABLED=true', async () => {
    const limiter = createRateLimiter(silentStrapi, rateLimitSettings({ RATE_LIMIT_DISABLED: 'true', RATE_LIMIT_SUBMIT_MAX: '1' }));
    const decisions = await Promise.all(Array.from({ length: 5 }, () => limiter.hit('submit', '10.0.0.1')));
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    await limiter.close();
  });
});

describe('the outbox backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    const settings = { retryBaseMs: 1000, retryMaxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((failures) => retryDelayMs(failures, settings))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe('fingerprints', () => {
  it('ignore key order and absent values, and see every difference in content', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    const base = { formCode: 'f', locale: 'en', answers: { a: 'x', b: ['1', '2'] }, contact: { name: 'A', email: 'a@b.co' }, files: {} };
    expect(submissionFingerprint(base)).toBe(submissionFingerprint({ ...base, answers: { b: ['1', '2'], a: 'x' } }));
    expect(submissionFingerprint(base)).not.toBe(submissionFingerprint({ ...base, answers: { a: 'x', b: ['2', '1'] } }));
    expect(submissionFingerprint(base)).not.toBe(submissionFingerprint({ ...base, locale: 'es' }));
  });
});

describe('reading the form post', () => {
  const expected = {
    formCode: 'wifi-outage',
    locale: 'es',
    idempotencyKey: 'k'.repeat(20),
    answers: { problem: 'slow', layers: ['a', 'b'] },
    contact: { name: 'Ana', email: 'ana@example.com' },
    startedAt: 1700000000000,
    honeypot: '',
    confirmation: undefined,
  };

  it('reads nested (URL-encoded, qs) and flat (multipart) bodies the same way', () => {
    const nested = readFormPost({ formCode: 'wifi-outage', locale: 'es', idempotencyKey: 'k'.repeat(20), answers: { problem: 'slow', layers: ['a', 'b'] }, contact: { name: 'Ana', email: 'ana@example.com' }, startedAt: '1700000000000' }, undefined);
    const flat = readFormPost({ formCode: 'wifi-outage', locale: 'es', idempotencyKey: 'k'.repeat(20), 'answers[problem]': 'slow', 'answers[layers]': ['a', 'b'], 'contact[name]': 'Ana', 'contact[email]': 'ana@example.com', startedAt: '1700000000000' }, {});
    expect(nested.envelope).toEqual(expected);
    expect(flat.envelope).toEqual(expected);
  });

  it('assigns files to their answer key, and treats an empty file input as no file', () => {
    const post = readFormPost(
      { honeypot: ' filled ' },
      {
        'answers[plans]': [
          { filepath: '/tmp/a', originalFilename: 'a.pdf', mimetype: 'application/pdf', size: 10 },
          { filepath: '/tmp/b', originalFilename: 'b.pdf', mimetype: 'application/pdf', size: 20 },
        ],
        'answers[photo]': { filepath: '/tmp/c', originalFilename: '', mimetype: 'application/octet-stream', size: 0 },
        other: { filepath: '/tmp/d', originalFilename: 'd.png', mimetype: 'image/png', size: 5 },
      },
    );
    expect(post.files.map((file) => [file.field, file.filepath])).toEqual([
      ['plans', '/tmp/a'],
      ['plans', '/tmp/b'],
      ['', '/tmp/c'],
      ['', '/tmp/d'],
    ]);
    expect(post.envelope.honeypot).toBe('filled');
  });
});
