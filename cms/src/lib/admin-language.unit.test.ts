import { describe, expect, it } from 'vitest';
import { adminLanguageOf } from './admin-language';

describe('the editor’s admin language', () => {
  it('is the one chosen in the profile', () => {
    expect(adminLanguageOf({ state: { user: { preferedLanguage: 'es' } }, headers: { 'accept-language': 'en-US' } })).toBe('es');
    expect(adminLanguageOf({ state: { user: { preferedLanguage: 'en' } }, headers: { 'accept-language': 'es-ES' } })).toBe('en');
  });
  it('is the browser’s when none was chosen, by preference, and English when neither says', () => {
    expect(adminLanguageOf({ state: { user: { preferedLanguage: null } }, headers: { 'accept-language': 'fr-FR, es;q=0.8, en;q=0.5' } })).toBe('es');
    expect(adminLanguageOf({ state: { user: {} }, headers: { 'accept-language': 'en;q=0.4, es-MX;q=0.9' } })).toBe('es');
    expect(adminLanguageOf({ state: {}, headers: { 'accept-language': '*' } })).toBe('en');
    expect(adminLanguageOf({ state: { user: { preferedLanguage: 'fr' } } })).toBe('en');
    expect(adminLanguageOf(undefined)).toBe('en');
  });
});
