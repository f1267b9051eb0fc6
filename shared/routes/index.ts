// Every URL the site builds, in one place. Slugs are the same in every language, so switching
// language only swaps the first path segment.
import type { Locale } from '@city/shared/locales';

export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  search: (locale: Locale) => `/${locale}/search/`,
  department: (locale: Locale, slug: string) => `/${locale}/departments/${slug}/`,
  service: (locale: Locale, slug: string) => `/${locale}/services/${slug}/`,
  /** The request form; built by the service-request work, linked only when a service has a form. */
  serviceRequest: (locale: Locale, slug: string) => `/${locale}/services/${slug}/request`,
  page: (locale: Locale, slug: string) => `/${locale}/pages/${slug}/`,
} as const;

/** The same page in each language that has it: locale → path. */
export type Alternates = Partial<Record<Locale, string>>;
