import { describe, expect, it } from 'vitest';
import { BLOCKING_RULES, WARNING_RULES } from '@city/shared/publish-checks';
import { translations } from './index';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the checks’ admin wording', () => {
  it('has every English key in Spanish, with the same placeholders', () => {
    for (const [key, message] of Object.entries(translations.en)) {
      const spanish = (translations.es as Record<string, string>)[key];
      expect(spanish, key).toBeTypeOf('string');
      expect(spanish?.trim(), key).not.toBe('');
      expect(placeholders(spanish ?? ''), key).toEqual(placeholders(message));
    }
    expect(Object.keys(translations.es).sort()).toEqual(Object.keys(translations.en).sort());
  });
  it('words every rule', () => {
    for (const rule of [...BLOCKING_RULES, ...WARNING_RULES]) expect(Object.keys(translations.en)).toContain(`rule.${rule}`);
  });
});
