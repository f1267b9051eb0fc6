import { describe, expect, it } from 'vitest';
import { acceptedMimes, sniffFileType } from './files.js';
import { decodeBase64UrlJson, encodeBase64UrlJson, readFormFeedback } from './feedback.js';
import { generateReference, normalizeReference, REFERENCE_PATTERN } from './reference.js';
import { formFieldSchema } from './definition.js';

describe('sniffFileType', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'application/pdf'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'image/jpeg'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif'],
    [[0x4d, 0x5a, 0x90, 0], undefined],
    [[...new TextEncoder().encode('<html>%PDF-')], undefined],
  ])('%j is %s', (bytes, mime) => {
    expect(sniffFileType(Uint8Array.from(bytes))).toBe(mime);
  });

  it('reads accept lists of types, wildcards and extensions, and only ever allows known types', () => {
    expect(acceptedMimes('application/pdf, .PNG')).toEqual(['application/pdf', 'image/png']);
    expect(acceptedMimes('image/*')).toEqual(['image/png', 'image/jpeg', 'image/gif']);
    expect(acceptedMimes('application/x-msdownload,.exe')).toEqual([]);
  });
});

describe('references', () => {
  it('are random, well-formed and unambiguous', () => {
    const references = new Set(Array.from({ length: 2000 }, () => generateReference()));
    expect(references.size).toBe(2000);
    for (const reference of references) expect(reference).toMatch(REFERENCE_PATTERN);
    const codes = [...references].map((reference) => reference.slice('ALX-'.length)).join('');
    expect(codes).not.toMatch(/[ILOU]/);
  });

  it('normalize what a resident types', () => {
    expect(normalizeReference(' alx 7k4m 2q9p ')).toBe('ALX-7K4M-2Q9P');
    expect(normalizeReference('ALX-7K4M-2Q9O')).toBe('ALX-7K4M-2Q90');
    expect(normalizeReference('7k4m-2q9p')).toBe('ALX-7K4M-2Q9P');
    expect(normalizeReference('ALX-7K4M-2Q9')).toBeUndefined();
    expect(normalizeReference('ALX-7K4M-2QUU')).toBeUndefined();
  });
});

describe('form feedback in a redirect URL', () => {
  it('round-trips JSON through base64url, accents included', () => {
    expect(decodeBase64UrlJson(encodeBase64UrlJson([1, 'é', 'ñandú?&=']))).toEqual([1, 'é', 'ñandú?&=']);
    expect(encodeBase64UrlJson({ a: 'Escriba una respuesta para “Red”' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reads only the sealed feedback parameter, through the opener; a crafted errors= shows nothing', () => {
    const feedback = { errors: { network_name: 'Escriba una respuesta para “Red”' }, values: { answers: {}, contact: {} } };
    const url = new URL('https://city.example/es/services/wifi/request');
    url.searchParams.set('errors', encodeBase64UrlJson({ network_name: 'Call 555-0100 to claim your prize' }));
    const asked: (string | null)[] = [];
    const open = (sealed: string | null) => {
      asked.push(sealed);
      return sealed === 'sealed-by-the-cms' ? feedback : undefined;
    };
    expect(readFormFeedback(url.searchParams, open)).toBeUndefined();
    url.searchParams.set('feedback', 'sealed-by-the-cms');
    expect(readFormFeedback(url.searchParams, open)).toEqual(feedback);
    expect(asked).toEqual([null, 'sealed-by-the-cms']);
  });
});
