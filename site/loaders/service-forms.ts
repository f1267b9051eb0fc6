// The service forms, read by the same Strapi loader as the rest of the content: each request page
// renders its form from the published definition at build time. Validated with the schema the CMS
// uses for submissions (shared/forms), so a form the site shows is a form the CMS accepts.
import { z } from 'zod';
import { checkFormLogic, serviceFormObjectSchema } from '@city/shared/forms';
import { localeSchema, timestampSchema } from '@city/shared/content';
import { ServiceFormsPageDocument, ServiceFormsStampsDocument } from '../graphql/generated/graphql';
import { collectionSource } from './strapi';

export const serviceFormEntrySchema = serviceFormObjectSchema
  .extend({
    /** Strapi's id, shared by all locale versions of one form. */
    documentId: z.string().min(1),
    locale: localeSchema,
    updatedAt: timestampSchema,
  })
  .superRefine(checkFormLogic);
export type ServiceFormEntry = z.infer<typeof serviceFormEntrySchema>;

export const serviceFormSource = collectionSource({
  type: 'service form',
  schema: serviceFormEntrySchema,
  // Form codes, like slugs, are the same in every locale.
  id: (entry) => `${entry.locale}/${entry.code}`,
  list: async (client, variables) => (await client.query({ query: ServiceFormsPageDocument, variables })).data.serviceForms_connection,
  stamps: async (client, variables) => (await client.query({ query: ServiceFormsStampsDocument, variables })).data.serviceForms_connection,
});
