import { describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../../../contract';
import { translations } from './index';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the form metrics’ admin wording', () => {
  it('has every English key in Spanish, with the same placeholders', () => {
    for (const [key, message] of Object.entries(translations.en)) {
      const spanish = (translations.es as Record<string, string>)[key];
      expect(spanish?.trim(), key).toBeTruthy();
      expect(placeholders(spanish ?? ''), key).toEqual(placeholders(message));
    }
    expect(Object.keys(translations.es).sort()).toEqual(Object.keys(translations.en).sort());
  });
  it('names every kind of page the server sends', () => {
    for (const kind of STEP_KINDS) expect(Object.keys(translations.en)).toContain(`step.${kind}`);
  });
});
