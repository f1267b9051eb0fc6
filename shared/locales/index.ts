import type { LanguageMeta } from '../i18n/format.js';
import { LOCALES, meta } from '../i18n/languages.js';

/**
 * The languages the portal speaks: one per folder of shared/i18n (see languages.ts, written by the
 * shared build). The first is the default and the reference; every string exists in each.
 */
export { LOCALES };
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** What each language's folder says about it: its name in itself, text direction, date locale. */
export const LANGUAGES: Readonly<Record<Locale, LanguageMeta>> = meta;

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES = Object.fromEntries(LOCALES.map((code) => [code, meta[code].name])) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Content written in the reference language and in any others: a translation not written yet is
 * simply absent (the site then offers that page in the languages it has), never an empty string.
 */
export type Localized<T> = { [K in (typeof LOCALES)[0]]: T } & Partial<Record<Locale, T>>;

/** The languages a piece of localized content is written in, in LOCALES order. */
export const localesOf = (localized: Partial<Record<Locale, unknown>>): Locale[] => LOCALES.filter((code) => localized[code] !== undefined);
