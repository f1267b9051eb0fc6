import { describe, expect, it } from 'vitest';
import { translations } from './index';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the pickers’ admin wording', () => {
  it('has every English key in Spanish, with the same placeholders', () => {
    expect(Object.keys(translations.es).sort()).toEqual(Object.keys(translations.en).sort());
    for (const [key, message] of Object.entries(translations.en)) {
      const spanish = translations.es[key as keyof typeof translations.en];
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(message));
    }
  });
});
