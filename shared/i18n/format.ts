// The catalogue's format is i18next's: `{{name}}` interpolation, and plural forms as `key_one`,
// `key_other` (and `_zero`, `_two`, `_few`, `_many` where a language's rules use them) chosen by
// `count`. The site's pages go through i18next itself (index.ts); validation messages, statuses,
// emails, CMS pages and Open311 texts go through `translator` below, which reads the same resources
// the same way without i18next: validation runs in the browser too, where shipping i18next would
// cost bundle size, and on the intake's hot path. i18n.unit.test.ts checks that both agree.

/** The CLDR plural categories, i18next's plural suffixes. */
export type PluralCategory = Intl.LDMLPluralRule;

/** Facts about a language that are not strings to translate: `<lang>/meta.ts`. */
export interface LanguageMeta {
  /** The language's name in itself, for the language switcher. */
  name: string;
  /** Text direction, for `<html dir>`. */
  dir: 'ltr' | 'rtl';
  /** The locale (with region) the site formats dates with, e.g. 'en-US'. */
  dateLocale: string;
}

type PluralBase<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/**
 * The shape another language fills, given the reference language's resources: the same keys, each
 * a string, except plural forms, since each language has its own categories (English one/other,
 * Arabic six, Japanese one). Which plural forms a language needs is checked by
 * `findCompletenessProblems`, from its plural rules.
 */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_${PluralCategory}` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  [K in keyof T as K extends `${infer Base}_${PluralCategory}` ? `${Base}_${PluralCategory}` : never]?: string;
};

/** Dotted paths to every string of a namespace, a plural by its base key: `'text.tooShort'`. */
export type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${PluralBase<K>}` : KeyOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Nested resources as dotted keys (a key with dots in it stays as it is, as i18next finds it). */
export function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** One value per language, made on first use: building an Intl formatter costs far more than using it. */
export function perLocale<T, Lang extends string = string>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}

export const pluralRules = perLocale((lang) => new Intl.PluralRules(lang));
const numberFormat = perLocale((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }));

export type Values = Record<string, string | number | undefined>;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The names of a template's placeholders, sorted. */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();

/**
 * Fills `{{name}}` placeholders in one pass, so a value that contains braces is never read again.
 * Numbers are written for the language (1,000 / 1.000; 0.5 / 0,5); a value not given leaves nothing.
 */
export function fill(template: string, values: Values, lang: string): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}

/**
 * `t` for one namespace of resources given per language: the key's text, or with `count` its
 * plural form for that count under the language's rules, filled in.
 */
export function translator<T extends object>(byLocale: Readonly<Record<string, object>>): (lang: string, key: KeyOf<T>, values?: Values) => string {
  const strings = perLocale((lang) => flatten(byLocale[lang]));
  return (lang, key, values = {}) => {
    const all = strings(lang);
    let text = all.get(key);
    if (text === undefined && typeof values.count === 'number') {
      text = all.get(`${key}_${pluralRules(lang).select(values.count)}`) ?? all.get(`${key}_other`);
    }
    if (typeof text !== 'string') throw new Error(`No text for ${key} in ${lang}`);
    return fill(text, values, lang);
  };
}
