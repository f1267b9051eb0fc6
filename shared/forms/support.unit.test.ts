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
  it('round-trips errors through base64url, accents included, and reads values only through an opener', () => {
    const errors = { network_name: 'Escriba una respuesta para “Red”' };
    const values = { answers: { layers: ['a', 'b'], note: 'ñandú?&=' }, contact: { name: 'José' } };
    const url = new URL('https://city.example/es/services/wifi/request');
    url.searchParams.set('errors', encodeBase64UrlJson(errors));
    url.searchParams.set('values', encodeBase64UrlJson(values));
    for (const name of ['errors', 'values']) expect(url.searchParams.get(name)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readFormFeedback(url.searchParams, (raw) => (raw ? (decodeBase64UrlJson(raw) as typeof values) : undefined))).toEqual({ errors, values });
    expect(readFormFeedback(url.searchParams)).toEqual({ errors, values: { answers: {}, contact: {} } });
    expect(decodeBase64UrlJson(encodeBase64UrlJson([1, 'é']))).toEqual([1, 'é']);
  });

  it('ignores a malformed parameter', () => {
    expect(readFormFeedback(new URLSearchParams('errors=%%%&values=bm90IGpzb24'))).toEqual({ errors: {}, values: { answers: {}, contact: {} } });
  });
});

describe('form definitions from GraphQL', () => {
  it('take their type from __typename', () => {
    const field = formFieldSchema.parse({ __typename: 'ComponentFormFieldFileUpload', key: 'plans', label: 'Plans', required: null, accept: null, maxSizeMb: null, maxFiles: null });
    expect(field).toEqual({ __component: 'form-field.file-upload', key: 'plans', label: 'Plans', hint: undefined, required: false, accept: 'image/jpeg,image/png,application/pdf', maxSizeMb: 5, maxFiles: 1 });
  });
});
