import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '@city/shared/locales';
import { FORM_UID } from '../../../lib/constants';
import { cityTimeZone } from '../../../lib/city-calendar';
import type { PerformanceReport } from '@city/shared/performance';
import { cachedFigures } from './cache';
import { figuresByForm } from './query';

const SERVICE_UID = 'api::service.service';

const formNames = z.array(z.object({ code: z.string(), title: z.string() }));
const serviceNames = z.array(z.object({ title: z.string(), slug: z.string(), serviceForm: z.object({ code: z.string() }).nullish() }));
interface Documents {
  findMany(params: Record<string, unknown>): Promise<unknown>;
}

/** Published names for some form codes in one language: the service's title and slug, else the form's title. */
async function namesOf(strapi: Core.Strapi, codes: string[], locale: Locale): Promise<Map<string, { title: string; serviceSlug: string | null }>> {
  const names = new Map<string, { title: string; serviceSlug: string | null }>();
  if (codes.length === 0) return names;
  const forms = strapi.documents(FORM_UID as UID.ContentType) as unknown as Documents;
  const services = strapi.documents(SERVICE_UID as UID.ContentType) as unknown as Documents;
  const [formRows, serviceRows] = await Promise.all([
    forms.findMany({ locale, status: 'published', filters: { code: { $in: codes } }, fields: ['code', 'title'] }).then((rows) => formNames.parse(rows)),
    services
      .findMany({ locale, status: 'published', filters: { serviceForm: { code: { $in: codes } } }, fields: ['title', 'slug'], populate: { serviceForm: { fields: ['code'] } }, sort: ['slug:asc'] })
      .then((rows) => serviceNames.parse(rows)),
  ]);
  for (const form of formRows) names.set(form.code, { title: form.title, serviceSlug: null });
  for (const service of serviceRows) {
    const code = service.serviceForm?.code;
    // Only forms published in this language: the page offers nothing a resident cannot read in it.
    // The first service (by slug) that uses a form names it.
    if (code && names.get(code)?.serviceSlug === null) names.set(code, { title: service.title, serviceSlug: service.slug });
  }
  return names;
}

/**
 * Every service with figures in the window, in one language, by title. Requests of a form not
 * published in that language are left out: the page could not name their service.
 */
export async function performanceReport(strapi: Core.Strapi, locale: Locale = DEFAULT_LOCALE, now = new Date()): Promise<PerformanceReport> {
  const { timeZone, months, byForm } = await cachedFigures(async () => {
    const zone = await cityTimeZone(strapi);
    return { timeZone: zone, ...(await figuresByForm(strapi, now, zone)) };
  });
  const names = await namesOf(strapi, [...byForm.keys()], locale);
  const services = [...byForm.entries()].flatMap(([formCode, figures]) => {
    const name = names.get(formCode);
    return name ? [{ formCode, ...name, months: figures }] : [];
  });
  services.sort((a, b) => a.title.localeCompare(b.title, locale) || a.formCode.localeCompare(b.formCode));
  return { timeZone, months, services };
}
