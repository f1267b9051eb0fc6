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

export const LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'es', name: 'Spanish (es)' },
] as const;
export const DEFAULT_LOCALE = 'en';

/** Strapi webhook events after which the public site must be rebuilt. */
export const PUBLISH_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'];
