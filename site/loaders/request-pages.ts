// Route data for the request pages, computed once from the content collections: one page per
// service that has a published form in that language.
import type { ServiceEntry } from '@city/shared/content';
import type { Locale } from '@city/shared/locales';
import type { Alternates } from '@city/shared/routes';
import { readCollection } from './content';
import type { ServiceFormEntry } from './service-forms';

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
