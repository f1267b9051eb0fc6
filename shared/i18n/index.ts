import i18next, { type i18n as I18nInstance } from 'i18next';
import { DEFAULT_LOCALE, LANGUAGES, LOCALES, type Locale } from '../locales/index.js';
import { flatten, placeholders, type PluralCategory } from './format.js';
import { namespaces } from './languages.js';

export { namespaces };
export { flatten, translator, perLocale, type KeyOf, type LanguageMeta, type Translation, type Values } from './format.js';

/** The site's page strings, the islands' mounted under `requestForm` and `statusLookup`: the shape is English's. */
export type Messages = (typeof namespaces.site)['en'] & (typeof namespaces.islands)['en'];

/**
 * Every language's site strings, for i18next and for the islands' props. Typed as English's shape:
 * `findCompletenessProblems` (run by createI18n and the unit tests) holds every language to it, and
 * a language without English's plural categories has its own forms, read by the islands' `plural`.
 */
export const resources = Object.fromEntries(LOCALES.map((code) => [code, { ...namespaces.site[code], ...namespaces.islands[code] }])) as Record<Locale, Messages>;

/** Every namespace of every language (the strings; a language's meta.ts is not translated). */
export const catalogue = Object.fromEntries(
  LOCALES.map((code) => [code, Object.fromEntries(Object.entries(namespaces).map(([name, byLocale]) => [name, byLocale[code]]))]),
) as Record<Locale, Record<keyof typeof namespaces, object>>;

/** Dotted paths to every string in `Messages`, e.g. `'service.start'`. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeyPaths<Messages>;

/** A missing, empty or extra string in one language, or interpolation that differs from English. */
export interface CompletenessProblem {
  locale: string;
  key: string;
  problem: 'missing' | 'empty' | 'extra' | 'placeholders differ';
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The plural categories a language's rules use (English: one, other; Polish: one, few, many, other). */
const categoriesOf = (locale: string): PluralCategory[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/**
 * Checks every language, the reference included, against the reference language (the first,
 * English): the same keys, none empty, the same placeholders. A plural (keys `base_one`,
 * `base_other`, ... in English) needs in each language exactly the forms its plural rules use, each
 * with the placeholders of English's `_other` form (`{{count}}` may be left out of a form, "one file").
 * It runs when the site builds (`createI18n`) and in the unit tests.
 */
export function findCompletenessProblems(all: Record<string, unknown> = catalogue, reference = DEFAULT_LOCALE): CompletenessProblem[] {
  const english = flatten(all[reference]);
  const plain = new Map<string, string>();
  const plurals = new Map<string, string>();
  for (const [key, text] of english) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) plain.set(key, String(text));
    else if (!plurals.has(base) || key.endsWith('_other')) plurals.set(base, String(text));
  }
  const problems: CompletenessProblem[] = [];
  for (const [locale, messages] of Object.entries(all)) {
    const strings = flatten(messages);
    const expected = new Map<string, string[]>(); // key -> the placeholders it must have
    for (const [key, text] of plain) expected.set(key, placeholders(text));
    for (const [base, other] of plurals) {
      for (const category of categoriesOf(locale)) expected.set(`${base}_${category}`, placeholders(other));
    }
    for (const [key, holes] of expected) {
      const text = strings.get(key);
      if (text === undefined) problems.push({ locale, key, problem: 'missing' });
      else if (typeof text !== 'string' || text.trim() === '') problems.push({ locale, key, problem: 'empty' });
      else {
        const found = placeholders(text);
        const matches = PLURAL_SUFFIX.test(key) ? found.filter((name) => name !== 'count').join() === holes.filter((name) => name !== 'count').join() : found.join() === holes.join();
        if (!matches) problems.push({ locale, key, problem: 'placeholders differ' });
      }
    }
    for (const key of strings.keys()) if (!expected.has(key)) problems.push({ locale, key, problem: 'extra' });
  }
  return problems;
}

export function assertComplete(all: Record<string, unknown> = catalogue): void {
  const problems = findCompletenessProblems(all);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.locale}: ${p.key} (${p.problem})`).join('\n');
    throw new Error(`Interface strings are incomplete:\n${lines}`);
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface PageI18n {
  locale: Locale;
  t: Translate;
  /** Text direction for `<html dir>`. */
  dir: 'ltr' | 'rtl';
}

let shared: I18nInstance | undefined;
const byLocale = new Map<Locale, PageI18n>();

/**
 * The interface strings of one language. One i18next instance serves the whole process and is
 * never switched between languages: each language gets a `t` fixed to it (`getFixedT`), so
 * concurrent renders in different languages cannot change each other's text. Creating an
 * instance per component cost most of the build's rendering time (about 5 ms each, a dozen per
 * page), so each language's `t` is made once and reused. Values are HTML-escaped by the template
 * engine, not here.
 */
export function createI18n(locale: Locale): PageI18n {
  const known = byLocale.get(locale);
  if (known) return known;
  if (!shared) {
    assertComplete();
    shared = i18next.createInstance();
    void shared.init({
      lng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      // A key missing in one language must never quietly show another: the checks above forbid it.
      fallbackLng: false,
      resources: Object.fromEntries(LOCALES.map((code) => [code, { translation: resources[code] }])),
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  }
  const fixed = shared.getFixedT(locale);
  // Most strings take no values; i18next's lookup is slow enough to matter over thousands of pages.
  const plain = new Map<MessageKey, string>();
  const t: Translate = (key, values) => {
    if (values) return fixed(key, values) as string;
    let text = plain.get(key);
    if (text === undefined) {
      text = fixed(key, {}) as string;
      plain.set(key, text);
    }
    return text;
  };
  const made: PageI18n = Object.freeze({ locale, t, dir: LANGUAGES[locale].dir });
  byLocale.set(locale, made);
  return made;
}
