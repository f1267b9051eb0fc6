import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales/index.js';
import { flatten, translator } from './format.js';
import { assertComplete, catalogue, createI18n, findCompletenessProblems, namespaces, resources } from './index.js';

describe('interface strings', () => {
  it('exist, non-empty and with the same placeholders, in every language and every namespace', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(catalogue).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(catalogue.es).sort()).toEqual(['desk', 'emails', 'forms', 'islands', 'open311', 'pages', 'performance', 'site', 'status']);
    expect(findCompletenessProblems()).toEqual([]);
  });

  it('report a key missing, empty or extra in a language, and differing placeholders', () => {
    const broken = structuredClone(resources) as unknown as { es: Record<string, Record<string, unknown>> };
    delete broken.es.service!.start;
    broken.es.search!.title = ' ';
    broken.es.search!.resultsFor = 'Resultados: {{total}}';
    broken.es.home!.surplus = 'sobra';
    const problems = findCompletenessProblems(broken);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        { locale: 'es', key: 'search.title', problem: 'empty' },
        { locale: 'es', key: 'search.resultsFor', problem: 'placeholders differ' },
        { locale: 'es', key: 'service.start', problem: 'missing' },
        { locale: 'es', key: 'home.surplus', problem: 'extra' },
      ]),
    );
    expect(() => assertComplete(broken)).toThrow(/es: service\.start \(missing\)/);
  });

  it('check every namespace: validation messages, statuses, emails, CMS pages, Open311', () => {
    const broken = structuredClone(catalogue) as unknown as Record<'es', Record<string, Record<string, unknown>>>;
    delete (broken.es.forms!.contact as Record<string, Record<string, unknown>>).name!.required;
    delete broken.es.status!.closed;
    (broken.es.emails!.confirmation as Record<string, unknown>).subject = 'Recibimos su solicitud';
    broken.es.pages!.limit = 'nada';
    delete broken.es.open311!['dt.text.range'];
    expect(findCompletenessProblems(broken)).toEqual([
      { locale: 'es', key: 'emails.confirmation.subject', problem: 'placeholders differ' },
      { locale: 'es', key: 'forms.contact.name.required', problem: 'missing' },
      { locale: 'es', key: 'open311.dt.text.range', problem: 'missing' },
      { locale: 'es', key: 'pages.limit.size', problem: 'missing' },
      { locale: 'es', key: 'pages.limit.type', problem: 'missing' },
      { locale: 'es', key: 'status.closed', problem: 'missing' },
      { locale: 'es', key: 'pages.limit.rate_many', problem: 'missing' },
      { locale: 'es', key: 'pages.limit.rate_one', problem: 'missing' },
      { locale: 'es', key: 'pages.limit.rate_other', problem: 'missing' },
      { locale: 'es', key: 'pages.limit', problem: 'extra' },
    ]);
  });

  it('ask of each language the plural forms its own rules use', () => {
    // Polish has one, few, many and other; Japanese only other. A copy of English has one and other.
    const all = { en: catalogue.en, pl: structuredClone(catalogue.en), ja: structuredClone(catalogue.en) };
    const problems = findCompletenessProblems(all);
    const of = (locale: string) => problems.filter((problem) => problem.locale === locale && problem.key.startsWith('forms.text.tooShort'));
    expect(of('en')).toEqual([]);
    expect(of('pl')).toEqual([
      { locale: 'pl', key: 'forms.text.tooShort_few', problem: 'missing' },
      { locale: 'pl', key: 'forms.text.tooShort_many', problem: 'missing' },
    ]);
    expect(of('ja')).toEqual([{ locale: 'ja', key: 'forms.text.tooShort_one', problem: 'extra' }]);
    // Plural forms must keep the other placeholders; `{{count}}` may be left out ("one file").
    const spanish = structuredClone(catalogue) as unknown as Record<'es', Record<string, Record<string, Record<string, string>>>>;
    spanish.es.islands!.requestForm!.fileHint_one = 'Adjunte un archivo: {{types}}, de hasta {{size}} MB.';
    expect(findCompletenessProblems(spanish)).toEqual([]);
    spanish.es.islands!.requestForm!.fileHint_one = 'Adjunte un archivo: {{types}}.';
    expect(findCompletenessProblems(spanish)).toEqual([{ locale: 'es', key: 'islands.requestForm.fileHint_one', problem: 'placeholders differ' }]);
  });

  it('come from one folder per language, each listed in the generated index', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const folders = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(`${folder}${entry.name}/meta.ts`));
    expect(folders.map((entry) => entry.name).sort()).toEqual([...LOCALES].sort());
    expect(() => execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/languages.mjs', import.meta.url)), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('read the same through `translator` as through i18next, plural forms included', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: Object.fromEntries(LOCALES.map((code) => [code, catalogue[code]])),
      fallbackLng: false,
      // `translator` writes numbers for the language (1.000.000 in Spanish); i18next, told to, does the same.
      interpolation: {
        escapeValue: false,
        alwaysFormat: true,
        format: (value: unknown, _format: string | undefined, lng: string | undefined) => (typeof value === 'number' ? new Intl.NumberFormat(lng, { maximumFractionDigits: 6 }).format(value) : value),
      },
      showSupportNotice: false,
    });
    let compared = 0;
    for (const [ns, byLocale] of Object.entries(namespaces)) {
      const translate = translator<object>(byLocale) as (lang: string, key: string, values?: Record<string, string | number>) => string;
      for (const lang of LOCALES) {
        const rules = new Intl.PluralRules(lang);
        for (const [key, text] of flatten(byLocale[lang])) {
          const values: Record<string, string | number> = Object.fromEntries([...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => [match[1], `<${match[1]}>`]));
          const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
          const base = plural ? plural[1]! : key;
          if (plural) values.count = [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000].find((n) => rules.select(n) === plural[2])!;
          expect(translate(lang, base, values), `${lang} ${ns}:${key}`).toBe(i18n.t(base, { ns, lng: lang, ...values }));
          expect(translate(lang, base, values)).not.toMatch(/\{\{/);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('createI18n', () => {
  it('translates into the requested language with interpolation', () => {
    expect(createI18n('en').t('lastUpdated', { date: 'May 1, 2026' })).toBe('Last updated: May 1, 2026');
    expect(createI18n('es').t('lastUpdated', { date: '1 de mayo de 2026' })).toBe('Última actualización: 1 de mayo de 2026');
    expect(createI18n('es').t('service.audiences.businesses')).toBe('Negocios');
  });

  it("keeps languages apart: each language's t answers in that language whatever was made after it", () => {
    const english = createI18n('en');
    const spanish = createI18n('es');
    expect(english.t('skipLink')).toBe('Skip to main content');
    expect(spanish.t('skipLink')).toBe('Saltar al contenido principal');
    expect(createI18n('en').t('skipLink')).toBe('Skip to main content');
    expect(spanish.t('skipLink')).toBe('Saltar al contenido principal');
    expect(english.dir).toBe('ltr');
    expect(spanish.dir).toBe('ltr');
  });

  it('is made once per language and cannot be changed by a caller', () => {
    const spanish = createI18n('es');
    expect(createI18n('es')).toBe(spanish);
    expect(Object.isFrozen(spanish)).toBe(true);
    expect(() => Object.assign(spanish, { locale: 'en' })).toThrow(TypeError);
  });
});
