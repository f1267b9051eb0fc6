import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { serviceFormSchema, type ServiceForm } from '@city/shared/forms';
import { offeredThroughOpen311, serviceAttributes } from '../lib/attributes';
import type { Open311Service } from '../lib/spec';
import { FORM_UID } from '../../../lib/constants';
import { cachedPublishedForm, formVersion } from '../../../lib/form-cache';
import { FORM_COMPONENTS_POPULATE, FORM_FIELDS_POPULATE } from '../../../lib/form-populate';

/**
 * The Open311 services: one per published service form that Open311 can submit (a form that
 * requires a file upload is web-only), in the requested locale. Read from the same published
 * forms the intake service validates against, so the definition and the validation agree.
 */
const FORM_POPULATE = {
  fields: FORM_FIELDS_POPULATE,
  ...FORM_COMPONENTS_POPULATE,
  department: { fields: ['name'], populate: { divisions: { fields: ['key', 'name'] } } },
  services: { fields: ['summary', 'keywords', 'topic'] },
} as const;

/** What the catalogue needs besides the form itself. */
const formContextSchema = z.object({
  id: z.number(),
  updatedAt: z.union([z.string(), z.number(), z.date()]).nullish(),
  divisionKey: z.string().nullish(),
  department: z.object({ name: z.string(), divisions: z.array(z.object({ key: z.string(), name: z.string() })).nullish() }).nullish(),
  services: z
    .array(z.object({ summary: z.string().nullish(), keywords: z.string().nullish(), topic: z.string().nullish() }))
    .nullish()
    .transform((value) => value ?? []),
});

/** A published form with what Open311 says about it. */
export interface CatalogueEntry {
  form: ServiceForm;
  /** The published row it was read from (see cms/src/lib/form-cache.ts). */
  version: string;
  service: Open311Service;
  /** The department, and the division when the form names one. */
  agency?: string;
}

interface FormDocuments {
  findMany(params: { locale: string; status: 'published'; populate: typeof FORM_POPULATE; filters?: Record<string, unknown>; sort?: string }): Promise<unknown[]>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function load(locale: string, filters?: Record<string, unknown>): Promise<CatalogueEntry[]> {
    const documents = strapi.documents(FORM_UID as UID.ContentType) as unknown as FormDocuments;
    const rows = await documents.findMany({ locale, status: 'published', populate: FORM_POPULATE, filters, sort: 'code:asc' });
    const entries: CatalogueEntry[] = [];
    for (const row of rows) {
      const form = serviceFormSchema.safeParse(row);
      const context = formContextSchema.safeParse(row);
      if (!form.success || !context.success) {
        // The intake service refuses such a form too; say which one so an editor can fix it.
        strapi.log.warn(`Open311: service form ${String((row as { code?: unknown }).code)} (${locale}) is invalid and not offered`);
        continue;
      }
      if (!offeredThroughOpen311(form.data)) continue;
      const { department, divisionKey, services } = context.data;
      const division = department?.divisions?.find((candidate) => candidate.key === divisionKey);
      const keywords = [...new Set(services.flatMap((service) => (service.keywords ?? '').split(',')).map((word) => word.trim()).filter(Boolean))];
      entries.push({
        form: form.data,
        version: formVersion(context.data),
        agency: department ? (division ? `${department.name}, ${division.name}` : department.name) : undefined,
        service: {
          service_code: form.data.code,
          service_name: form.data.title,
          description: form.data.introduction ?? services[0]?.summary ?? '',
          metadata: serviceAttributes(form.data, locale).length > 0,
          type: 'realtime',
          keywords: keywords.join(', '),
          group: services[0]?.topic ?? department?.name ?? '',
        },
      });
    }
    return entries;
  }

  return {
    /** Every service offered through Open311, by code. */
    list: (locale: string): Promise<CatalogueEntry[]> => load(locale),

    /** One service, or undefined when no published form with this code is offered. Kept in memory while the form is unchanged. */
    async find(code: string, locale: string): Promise<CatalogueEntry | undefined> {
      if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(code) || code.length > 60) return undefined;
      return cachedPublishedForm(strapi, 'open311', code, locale, async () => {
        const [entry] = await load(locale, { code });
        return entry && { value: entry, version: entry.version };
      });
    },
  };
};

export type CatalogueService = ReturnType<typeof import('./catalogue').default>;
export const open311Catalogue = (strapi: Core.Strapi): CatalogueService => strapi.service('api::open311.catalogue') as unknown as CatalogueService;
