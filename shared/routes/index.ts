// The site's URL scheme, for everything that writes or recognises a site address: the site's pages,
// the publisher's server (which pages it answers for one visitor) and the CMS (links in emails,
// redirects after a form post). Slugs are the same in every language, so switching language only
// swaps the first path segment.
import { LOCALES, type Locale } from '../locales/index.js';

export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  /** The home page's list of services, which the breadcrumbs name "Services". */
  servicesOnHome: (locale: Locale) => `/${locale}/#services`,
  search: (locale: Locale) => `/${locale}/search/`,
  department: (locale: Locale, slug: string) => `/${locale}/departments/${slug}/`,
  service: (locale: Locale, slug: string) => `/${locale}/services/${slug}/`,
  /** A service's request form; linked only when the service has a form. */
  serviceRequest: (locale: Locale, slug: string) => `/${locale}/services/${slug}/request`,
  /** Where a request posted without JavaScript lands; the CMS adds `?reference=`. */
  requestConfirmation: (locale: Locale, slug: string) => `/${locale}/services/${slug}/request/confirmation/`,
  /** The status look-up. */
  track: (locale: Locale) => `/${locale}/track/`,
  page: (locale: Locale, slug: string) => `/${locale}/pages/${slug}/`,
  /** "How we're doing": requests received and resolved per service and month. */
  performance: (locale: Locale) => `/${locale}/performance/`,
} as const;

/** The same page in each language that has it: locale → path. */
export type Alternates = Partial<Record<Locale, string>>;

/** A site path as an absolute URL on `siteUrl` (SITE_URL, with or without a trailing slash). */
export function siteHref(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

// Which built page a request's path names, for servers that treat some pages differently. A path
// may end with or without the slash, or name the page's index.html.
const LOCALE_SEGMENT = `(${LOCALES.join('|')})`;
const SLUG_SEGMENT = '[a-z0-9-]+';
const INDEX_TAIL = '\\/?(index\\.html)?$';

export const routePatterns = {
  serviceRequest: new RegExp(`^\\/${LOCALE_SEGMENT}\\/services\\/${SLUG_SEGMENT}\\/request${INDEX_TAIL}`),
  requestConfirmation: new RegExp(`^\\/${LOCALE_SEGMENT}\\/services\\/${SLUG_SEGMENT}\\/request\\/confirmation${INDEX_TAIL}`),
  track: new RegExp(`^\\/${LOCALE_SEGMENT}\\/track${INDEX_TAIL}`),
} as const;
