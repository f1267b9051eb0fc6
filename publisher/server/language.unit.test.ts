import { describe, expect, it } from 'vitest';
import { preferredLocale } from './language';

// Languages the portal can never speak, so a language added later does not change these answers:
// BCP 47's `zxx` (no linguistic content) and `und` (undetermined).

describe('preferredLocale', () => {
  it('takes the first language the site speaks, by weight, a region matching its language', () => {
    expect(preferredLocale('ar-EG,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(preferredLocale('zxx-US, am;q=0.7, es;q=0.5')).toBe('am');
    expect(preferredLocale('en;q=0.4, es-MX;q=0.9')).toBe('es');
    expect(preferredLocale(['und', 'es'])).toBe('es');
  });

  it('falls back to English for no header, no match, q=0 or nonsense', () => {
    expect(preferredLocale(undefined)).toBe('en');
    expect(preferredLocale('zxx, und;q=0.5')).toBe('en');
    expect(preferredLocale('ar;q=0, *')).toBe('en');
    expect(preferredLocale(';;,q=,')).toBe('en');
    // `arn` (Mapudungun) is not Arabic.
    expect(preferredLocale('arn')).toBe('en');
  });
});
