// Interpolation for the islands' strings, which come from the i18next resources in @city/shared/i18n
// but are handed to each island as a plain object: shipping i18next and every page's strings to
// the browser would cost bundle size for nothing. The syntax is i18next's: `{{name}}`, and plural
// forms as `key_one` / `key_other` chosen by `count` with the language's plural rules.

import { perLocale } from '@city/shared/forms';
import { isLocale, LANGUAGES } from '@city/shared/locales';

export type Values = Record<string, string | number>;

// Building an Intl formatter costs far more than using one, and the build renders every form
// page's island on the server: one of each per language.
const numberFormat = perLocale<Intl.NumberFormat, string>((locale) => new Intl.NumberFormat(locale));
const pluralRules = perLocale<Intl.PluralRules, string>((locale) => new Intl.PluralRules(locale));

const nameLists = perLocale<Intl.ListFormat, string>((locale) => new Intl.ListFormat(locale, { type: 'unit' }));

/** Names (files) listed as the language lists them: "a.pdf, b.png" in English, with the Arabic comma in Arabic. */
export const listNames = (names: readonly string[], locale: string): string => nameLists(locale).format(names);

/** Fills `{{name}}` placeholders; numbers are formatted for the locale. */
export function interpolate(template: string, values: Values = {}, locale = 'en'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** The plural form of `messages[base + '_one' | '_other']` for `count`, interpolated. */
export function plural<M extends Record<string, unknown>>(messages: M, base: string, count: number, locale: string, values: Values = {}): string {
  const category = pluralRules(locale).select(count);
  const template = messages[`${base}_${category}`] ?? messages[`${base}_other`];
  if (typeof template !== 'string') throw new Error(`No plural form for ${base}`);
  return interpolate(template, { count, ...values }, locale);
}

/** A moment as a resident reads it, e.g. "May 1, 2026, 3:04 PM", in the city's time zone. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(isLocale(locale) ? LANGUAGES[locale].dateLocale : locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}
