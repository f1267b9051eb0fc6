// Route data for the request pages, computed once from the content collections: one page per
// service that has a published form in that language.
import type { ServiceEntry } from '@city/shared/content';
import { DEFAULT_REFERENCE_PREFIX } from '@city/shared/forms';
import { createI18n } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { Crumb } from '../../components/breadcrumbs/Breadcrumbs.astro';
import type { ServiceFormEntry } from '../../loaders/service-forms';
import { PUBLIC_CMS_URL } from '../../lib/config';
import { readCollection } from '../../lib/content';
import type { Alternates } from '../../lib/routes';
import { routes } from '../../lib/routes';

export interface RequestPage {
  service: ServiceEntry;
  form: ServiceFormEntry;
  alternates: Alternates;
}

export async function requestPages(path: (locale: Locale, slug: string) => string): Promise<{ params: { lang: Locale; slug: string }; props: RequestPage }[]> {
  const [services, forms] = await Promise.all([readCollection('services'), readCollection('serviceForms')]);
  const pages = services.flatMap((service) => {
    const form = service.serviceForm && forms.find((candidate) => candidate.locale === service.locale && candidate.code === service.serviceForm?.code);
    return form ? [{ service, form }] : [];
  });
  return pages.map(({ service, form }) => ({
    params: { lang: service.locale, slug: service.slug },
    props: {
      service,
      form,
      alternates: Object.fromEntries(pages.filter((page) => page.service.slug === service.slug).map((page) => [page.service.locale, path(page.service.locale, service.slug)])),
    },
  }));
}

/** Home › Services › the service › Request. */
export function requestCrumbs(locale: Locale, service: ServiceEntry): Crumb[] {
  const { t } = createI18n(locale);
  return [
    { label: t('breadcrumbs.home'), href: routes.home(locale) },
    { label: t('breadcrumbs.services'), href: `${routes.home(locale)}#services` },
    { label: service.title, href: routes.service(locale, service.slug) },
    { label: t('requestForm.breadcrumb') },
  ];
}

/** Where the islands reach the CMS from a reader's browser. */
export const cmsEndpoints = {
  submit: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/api/service-requests/submit`,
  graphql: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/graphql`,
};

/** The city's reference prefix, as the CMS's REQUEST_REFERENCE_PREFIX (ALX-7K4M-2Q9P). */
export const referencePrefix = process.env.REQUEST_REFERENCE_PREFIX ?? DEFAULT_REFERENCE_PREFIX;

export const trackPath = (locale: Locale) => `/${locale}/track/`;
export const confirmationPath = (locale: Locale, slug: string) => `/${locale}/services/${slug}/request/confirmation/`;
