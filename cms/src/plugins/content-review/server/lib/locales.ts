import { DEFAULT_LOCALE, LOCALES } from '../../../../bootstrap/content-types';

/** The CMS's locales; every other one is compared with the default (its source), however many there are. */
export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);
export { DEFAULT_LOCALE };

/** The locales a Document Service call covers: one, several, every one ('*'), or the default. */
export function localesOf(locale: unknown): string[] {
  if (locale === '*') return [...LOCALE_CODES];
  if (Array.isArray(locale)) return locale.filter((code): code is string => typeof code === 'string');
  return [typeof locale === 'string' ? locale : DEFAULT_LOCALE];
}
