import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales/index.js';
import { assertComplete, createI18n, findCompletenessProblems, resources } from './index.js';

describe('interface strings', () => {
  it('exist, non-empty and with the same placeholders, in every language', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
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
