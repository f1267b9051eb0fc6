import { messageLocale } from '@city/shared/forms';
import { flatten, namespaces, perLocale, translator, type KeyOf } from '@city/shared/i18n';
import { LOCALES, type Locale } from '@city/shared/locales';

const { open311 } = namespaces;

/**
 * What the Open311 API says in words: the open311 namespace of the catalogue
 * (shared/i18n/<lang>/open311.ts), error descriptions and the `datatype_description` of attributes.
 * Field-level validation messages come from `shared/forms`, the same ones the web form shows.
 */
export type Open311MessageKey = KeyOf<(typeof open311)['en']>;

export interface Open311MessageParams {
  value?: string;
  /** A question's label, in a condition. */
  label?: string;
  /** An exit page's title. */
  title?: string;
  min?: number | string;
  max?: number | string;
}

const translate = translator<(typeof open311)['en']>(open311);
/** "en, am, ar, or es": the codes `locale` accepts, listed in the language of the answer. */
const localeList = perLocale((lang) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(LOCALES));

/** The message for a key in a locale (the default language for an unknown locale), placeholders filled in. */
export function open311Message(locale: string, key: Open311MessageKey, params: Open311MessageParams = {}): string {
  const lang = messageLocale(locale);
  return translate(lang, key, { locales: localeList(lang), ...params });
}

/** Every message of each language, as written in the catalogue. */
export const OPEN311_MESSAGES = Object.fromEntries(LOCALES.map((code) => [code, Object.fromEntries(flatten(open311[code]))])) as Record<Locale, Record<Open311MessageKey, string>>;
