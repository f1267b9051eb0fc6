import { describe, expect, it } from 'vitest';
import { REVIEWED_UIDS } from '../../../contract';
import { translations } from './index';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the content review’s admin wording', () => {
  it('has every English key in Spanish, with the same placeholders', () => {
    for (const [key, message] of Object.entries(translations.en)) {
      const spanish = (translations.es as Record<string, string>)[key];
      expect(spanish, key).toBeTypeOf('string');
      expect(spanish?.trim(), key).not.toBe('');
      expect(placeholders(spanish ?? ''), key).toEqual(placeholders(message));
    }
    expect(Object.keys(translations.es).sort()).toEqual(Object.keys(translations.en).sort());
  });
  it('names every reviewed type and every field error', () => {
    for (const uid of REVIEWED_UIDS) expect(Object.keys(translations.en)).toContain(`type.${uid}`);
    for (const code of ['required', 'invalid', 'unknown-owner']) expect(Object.keys(translations.en)).toContain(`error.${code}`);
  });
});
