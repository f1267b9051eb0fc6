import { describe, expect, it } from 'vitest';
import { openFormValues, SEALED_VALUES_LIFETIME_MS, sealFormValues } from './index.js';

const SECRET = 'publisher-secret-0123456789';
const values = { answers: { page_url: 'example.org', layers: ['a', 'b'], note: 'ñandú?&=' }, contact: { name: 'José Núñez', email: 'jose@example.com' } };

describe('sealed form values', () => {
  it('round-trips under the same secret, and nothing typed is readable in the token', () => {
    const token = sealFormValues(values, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openFormValues(token, SECRET)).toEqual(values);
    const decoded = Buffer.from(token, 'base64url').toString('latin1');
    for (const typed of ['José', 'jose@example.com', 'example.org', 'page_url']) expect(decoded).not.toContain(typed);
    // A fresh IV each time: the same values never give the same token.
    expect(sealFormValues(values, SECRET)).not.toBe(token);
  });

  it('opens nothing under another secret, without a secret, changed by one character, or expired', () => {
    const now = 1_800_000_000_000;
    const token = sealFormValues(values, SECRET, now);
    expect(openFormValues(token, 'another-secret', now)).toBeUndefined();
    expect(openFormValues(token, '', now)).toBeUndefined();
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect(openFormValues(flipped, SECRET, now)).toBeUndefined();
    expect(openFormValues(token, SECRET, now + SEALED_VALUES_LIFETIME_MS)).toEqual(values);
    expect(openFormValues(token, SECRET, now + SEALED_VALUES_LIFETIME_MS + 1)).toBeUndefined();
    for (const junk of [null, '', '%%%', 'bm90IGpzb24', 'A'.repeat(40)]) expect(openFormValues(junk, SECRET, now)).toBeUndefined();
  });

  it('refuses to seal without a secret', () => {
    expect(() => sealFormValues(values, '')).toThrow(/secret/);
  });
});
