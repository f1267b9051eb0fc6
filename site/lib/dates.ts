import { perLocale } from '@city/shared/forms';
import { LANGUAGES, type Locale } from '@city/shared/locales';
import { TIME_ZONE } from './config';

// Made once per language: building a formatter costs far more than using one, on every page.
const longDate = perLocale((locale) => new Intl.DateTimeFormat(LANGUAGES[locale].dateLocale, { dateStyle: 'long', timeZone: TIME_ZONE }));

/** "May 1, 2026" / "1 de mayo de 2026", in the city's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return longDate(locale).format(new Date(iso));
}
