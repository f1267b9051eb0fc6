import type { ServiceEntry } from '@city/shared/content';
import { createI18n } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import { routes } from '@city/shared/routes';
import type { Crumb } from './Breadcrumbs.astro';

/** Home › Services › the service › Request, for the request pages. */
export function requestCrumbs(locale: Locale, service: ServiceEntry): Crumb[] {
  const { t } = createI18n(locale);
  return [
    { label: t('breadcrumbs.home'), href: routes.home(locale) },
    { label: t('breadcrumbs.services'), href: routes.servicesOnHome(locale) },
    { label: service.title, href: routes.service(locale, service.slug) },
    { label: t('requestForm.breadcrumb') },
  ];
}
