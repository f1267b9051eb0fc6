import { describe, expect, it } from 'vitest';
import { openFormFeedback, SEALED_VALUES_LIFETIME_MS, sealFormFeedback } from './index.js';

const SECRET = 'publisher-secret-0123456789';
const values = {
  errors: { page_url: 'Enter a full web address' },
  values: { answers: { page_url: 'example.org', layers: ['a', 'b'], note: 'ñandú?&=' }, contact: { name: 'José Núñez', email: 'jose@example.com' } },
  startedAt: 1_799_999_000_000,
};

describe('sealed form feedback', () => {
  it('round-trips under the same secret, and nothing typed is readable in the token', () => {
    const token = sealFormFeedback(values, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openFormFeedback(token, SECRET)).toEqual(values);
    const decoded = Buffer.from(token, 'base64url').toString('latin1');
    for (const typed of ['José', 'jose@example.com', 'example.org', 'page_url', 'Enter a full']) expect(decoded).not.toContain(typed);
    // A fresh IV each time: the same values never give the same token.
    expect(sealFormFeedback(values, SECRET)).not.toBe(token);
  });

  it('opens nothing under another secret, without a secret, changed by one character, or expired', () => {
    const now = 1_800_000_000_000;
    const token = sealFormFeedback(values, SECRET, now);
    expect(openFormFeedback(token, 'another-secret', now)).toBeUndefined();
    expect(openFormFeedback(token, '', now)).toBeUndefined();
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect(openFormFeedback(flipped, SECRET, now)).toBeUndefined();
    expect(openFormFeedback(token, SECRET, now + SEALED_VALUES_LIFETIME_MS)).toEqual(values);
    expect(openFormFeedback(token, SECRET, now + SEALED_VALUES_LIFETIME_MS + 1)).toBeUndefined();
    for (const junk of [null, '', '%%%', 'bm90IGpzb24', 'A'.repeat(40)]) expect(openFormFeedback(junk, SECRET, now)).toBeUndefined();
  });

  it('refuses to seal without a secret', () => {
    expect(() => sealFormFeedback(values, '')).toThrow(/secret/);
  });
});
