import { describe, expect, it } from 'vitest';
import { canonicalJson, submissionFingerprint } from './fingerprint';

describe('fingerprints', () => {
  it('ignore key order and absent values, and see every difference in content', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    const base = { formCode: 'f', locale: 'en', answers: { a: 'x', b: ['1', '2'] }, contact: { name: 'A', email: 'a@b.co' }, files: {} };
    expect(submissionFingerprint(base)).toBe(submissionFingerprint({ ...base, answers: { b: ['1', '2'], a: 'x' } }));
    expect(submissionFingerprint(base)).not.toBe(submissionFingerprint({ ...base, answers: { a: 'x', b: ['2', '1'] } }));
    expect(submissionFingerprint(base)).not.toBe(submissionFingerprint({ ...base, locale: 'es' }));
  });
});
