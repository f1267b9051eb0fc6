import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { serviceFormSchema, type FormFlow } from '@city/shared/forms';
import { FORM_UID } from '../../../lib/constants';
import { cachedPublishedForm, formVersion } from '../../../lib/form-cache';
import { FORM_COMPONENTS_POPULATE, FORM_FIELDS_POPULATE } from '../../../lib/form-populate';
import { TARGET_UNITS } from '../../../lib/service-levels';
import type { FormSnapshot } from '../../../lib/stored-request';

/** Everything a submission needs from its form, in one query: questions, department and divisions, and the service page. */
const FORM_POPULATE = {
  fields: FORM_FIELDS_POPULATE,
  ...FORM_COMPONENTS_POPULATE,
  department: { fields: ['name', 'slug'], populate: { divisions: { fields: ['key', 'name'] } } },
  services: { fields: ['slug'] },
} as const;

const loadedFormSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  locale: z.string(),
  updatedAt: z.union([z.string(), z.date()]).optional().transform((value) => (value === undefined ? undefined : new Date(value).toISOString())),
  divisionKey: z.string().nullish(),
  department: z
    .object({ name: z.string(), slug: z.string(), divisions: z.array(z.object({ key: z.string(), name: z.string() })).nullish() })
    .nullish(),
  services: z.array(z.object({ slug: z.string() })).nullish(),
  // A target the schema would refuse (written around the admin) means no due time, never an unavailable form.
  targetAmount: z.number().int().positive().nullish().catch(undefined),
  targetUnit: z.enum(TARGET_UNITS).nullish().catch(undefined),
});

interface FormDocuments {
  findFirst(params: { filters: { code: string }; locale: string; status: 'published'; populate: typeof FORM_POPULATE }): Promise<unknown>;
}

/** A loaded form as the shared page engine reads it (shared/forms/steps.ts): no steps or exit pages is an empty list. */
export function formFlow(form: FormSnapshot): FormSnapshot & FormFlow {
  return { ...form, exitPages: form.exitPages ?? [], steps: form.steps ?? [] };
}

/** The published form with this code in this locale, as a snapshot; undefined when there is none. */
export function loadPublishedForm(strapi: Core.Strapi, code: string, locale: string): Promise<FormSnapshot | undefined> {
  return cachedPublishedForm(strapi, 'snapshot', code, locale, () => readPublishedForm(strapi, code, locale));
}

async function readPublishedForm(strapi: Core.Strapi, code: string, locale: string): Promise<{ value: FormSnapshot; version: string } | undefined> {
  const documents = strapi.documents(FORM_UID as UID.ContentType) as unknown as FormDocuments;
  const raw = await documents.findFirst({ filters: { code }, locale, status: 'published', populate: FORM_POPULATE });
  if (!raw) return undefined;
  const form = serviceFormSchema.safeParse(raw);
  const meta = loadedFormSchema.safeParse(raw);
  if (!form.success || !meta.success) {
    // A published form the schema refuses is an editing mistake: say which, and treat it as unavailable.
    strapi.log.error(`Service form ${code} (${locale}) cannot be used: ${JSON.stringify((form.error ?? meta.error)?.issues.slice(0, 3))}`);
    return undefined;
  }
  const { department, divisionKey, services, targetAmount, targetUnit } = meta.data;
  const snapshot: FormSnapshot = {
    ...form.data,
    documentId: meta.data.documentId,
    locale: meta.data.locale,
    updatedAt: meta.data.updatedAt,
    departmentName: department?.name,
    divisionName: department?.divisions?.find((division) => division.key === divisionKey)?.name,
    serviceSlug: services?.[0]?.slug,
    // Half a target (an amount without a unit, or the reverse) is no target.
    serviceLevel: targetAmount && targetUnit ? { amount: targetAmount, unit: targetUnit } : undefined,
  };
  return { value: snapshot, version: formVersion(meta.data) };
}
