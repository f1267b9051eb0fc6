// The service forms, read by the same Strapi loader as the rest of the content: each request page
// renders its form from the published definition at build time. Validated with the schema the CMS
// uses for submissions (shared/forms), so a form the site shows is a form the CMS accepts.
import { z } from 'zod';
import { serviceFormSchema } from '@city/shared/forms';
import { localeSchema, timestampSchema } from '@city/shared/content';
import { ServiceFormsPageDocument, ServiceFormsStampsDocument } from '../graphql/generated/graphql';
import { byDocumentIds, CmsInvalidDataError, type ContentSource } from './strapi';

export const serviceFormEntrySchema = serviceFormSchema.extend({
  /** Strapi's id, shared by all locale versions of one form. */
  documentId: z.string().min(1),
  locale: localeSchema,
  updatedAt: timestampSchema,
});
export type ServiceFormEntry = z.infer<typeof serviceFormEntrySchema>;

export const serviceFormSource: ContentSource<typeof serviceFormEntrySchema> = {
  type: 'service form',
  schema: serviceFormEntrySchema,
  // Form codes, like slugs, are the same in every locale.
  id: (entry) => `${entry.locale}/${entry.code}`,
  async fetchPage(client, locale, page, pageSize, documentIds) {
    const { data } = await client.query({ query: ServiceFormsPageDocument, variables: { locale, page, pageSize, filters: byDocumentIds(documentIds) } });
    const result = data.serviceForms_connection;
    if (!result) throw new CmsInvalidDataError(`The CMS returned no service form list for locale ${locale}.`);
    return { nodes: result.nodes, pageCount: result.pageInfo.pageCount };
  },
  async fetchStamps(client, locale, page, pageSize) {
    const { data } = await client.query({ query: ServiceFormsStampsDocument, variables: { locale, page, pageSize } });
    const result = data.serviceForms_connection;
    if (!result) throw new CmsInvalidDataError(`The CMS returned no service form list for locale ${locale}.`);
    return { stamps: result.nodes, pageCount: result.pageInfo.pageCount };
  },
};
