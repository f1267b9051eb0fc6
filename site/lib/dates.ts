import type { Locale } from '@city/shared/locales';
import { TIME_ZONE } from './config';

const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** "May 1, 2026" / "1 de mayo de 2026", in the city's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}
