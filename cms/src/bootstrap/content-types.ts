import { DEFAULT_LOCALE as SITE_DEFAULT_LOCALE, LOCALES as SITE_LOCALES } from '@city/shared/locales';

/** The editorial content types: public read-only on the site, edited and published by the Editor role. */
export const EDITORIAL_TYPES = [
  { uid: 'api::department.department', singular: 'department', plural: 'departments', kind: 'collection' },
  { uid: 'api::service.service', singular: 'service', plural: 'services', kind: 'collection' },
  { uid: 'api::service-form.service-form', singular: 'serviceForm', plural: 'serviceForms', kind: 'collection' },
  { uid: 'api::page.page', singular: 'page', plural: 'pages', kind: 'collection' },
  { uid: 'api::alert.alert', singular: 'alert', plural: 'alerts', kind: 'collection' },
  { uid: 'api::global.global', singular: 'global', plural: 'global', kind: 'single' },
] as const;

export type EditorialUid = (typeof EDITORIAL_TYPES)[number]['uid'];

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
/**
 * The CMS's locales: the site's languages (a folder each in shared/i18n), named the way Strapi names
 * its locales, "Spanish (es)".
 */
export const LOCALES = SITE_LOCALES.map((code) => ({ code, name: `${englishNames.of(code) ?? code} (${code})` }));
export const DEFAULT_LOCALE = SITE_DEFAULT_LOCALE;

/** Strapi webhook events after which the public site must be rebuilt. */
export const PUBLISH_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'];
