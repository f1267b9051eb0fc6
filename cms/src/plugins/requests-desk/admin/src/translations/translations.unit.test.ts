import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translations } from './index';

/** ICU placeholders ({count}, {name}, …) a message uses; plural/select arguments count once. */
const placeholders = (message: string) => [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]).sort();

describe('the desk’s admin translations', () => {
  const languages = Object.entries(translations).filter(([language]) => language !== 'en');

  it('has at least one language besides English', () => {
    expect(languages.length).toBeGreaterThan(0);
  });

  for (const [language, messages] of languages) {
    it(`${language} has every English key, nothing more, and no empty value`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      const empty = Object.entries(messages).filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${language} uses the same placeholders as English in each message`, () => {
      const differing = Object.entries(en)
        .filter(([key, value]) => placeholders(value).join() !== placeholders((messages as Record<string, string>)[key] ?? '').join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });
  }
});
