import { perLocale as perLanguage, translator, type KeyOf } from '../i18n/format.js';
import { forms } from '../i18n/languages.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../locales/index.js';

/**
 * Field-level error messages: the forms namespace of the catalogue (shared/i18n/<lang>/forms.ts),
 * keyed by field type and constraint, e.g. `'text.tooShort'`.
 */
export type MessageKey = KeyOf<(typeof forms)['en']>;

/** One value per language, made on first use: building an Intl formatter costs far more than using it. */
export const perLocale: <T, Lang extends string = Locale>(make: (lang: Lang) => T) => (lang: Lang) => T = perLanguage;

/** Values interpolated into a message: numbers are formatted for the locale, dates are given already formatted. */
export type MessageParams = { label?: string; min?: number | string; max?: number | string; types?: string; title?: string };

/** A locale the catalogue has, falling back to the default for any other. */
export function messageLocale(locale: string): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

const translate = translator<(typeof forms)['en']>(forms);
const dateFormat = perLocale((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));

/** The message for a key in a locale, with its placeholders filled in; a plural form is chosen by the limit. */
export function formatMessage(locale: string, key: MessageKey, params: MessageParams = {}): string {
  return translate(messageLocale(locale), key, { ...params, count: Number(params.min ?? params.max ?? 0) });
}

/** A calendar date (YYYY-MM-DD) as the resident would write it, e.g. "1 de enero de 2025". */
export function formatDate(locale: string, isoDate: string): string {
  return dateFormat(messageLocale(locale)).format(new Date(`${isoDate}T00:00:00Z`));
}
