import { describe, expect, it } from 'vitest';
import { LOCALES } from '@city/shared/locales';
import { demoServiceForms } from '@city/shared/fixtures';
import { replyTemplates } from './content/reply-templates';

/** What staff replace before sending: `[what we need]`. */
const blanks = (text: string) => text.match(/\[[^\]]+\]/g) ?? [];
const SCRIPT: Partial<Record<string, RegExp>> = { ar: /\p{Script=Arabic}/u, am: /\p{Script=Ethiopic}/u };

describe('the demo reply templates', () => {
  for (const template of replyTemplates) {
    it(`"${template.key}" is written in every language residents can write in, with the same blanks to fill in`, () => {
      expect(Object.keys(template.locales).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const { title, body } = template.locales[locale] ?? { title: '', body: '' };
        expect(title.trim(), locale).not.toBe('');
        expect(blanks(body).length, locale).toBe(blanks(template.locales.en.body).length);
        const script = SCRIPT[locale];
        if (script) {
          expect(title, locale).toMatch(script);
          for (const blank of blanks(body)) expect(blank, `${locale}: a blank staff read in the reply's language`).toMatch(script);
        }
      }
    });

    it(`"${template.key}" names only forms of the demo`, () => {
      const codes = demoServiceForms.map((form) => form.code);
      for (const code of template.forms) expect(codes).toContain(code);
    });
  }
});
