// The "How we're doing" figures as a content collection: one entry per language, the CMS's
// aggregates (never a request). It has no stamps: the publisher reads it again only when asked
// (daily, after closures) or when the services it names change (publisher/render/snapshot.ts).
import { z } from 'zod';
import { localeSchema } from '@city/shared/content';
import { performanceReportSchema } from '@city/shared/performance';
import { ServicePerformanceDocument } from '../graphql/generated/graphql';
import type { ContentSource } from './strapi';

export const performanceEntrySchema = performanceReportSchema.extend({
  /** One entry per language; the publisher keys entries by language and this id. */
  documentId: z.literal('performance'),
  locale: localeSchema,
});
export type PerformanceEntry = z.infer<typeof performanceEntrySchema>;

export const performanceSource: ContentSource<typeof performanceEntrySchema> = {
  type: 'performance figures',
  schema: performanceEntrySchema,
  id: (entry) => entry.locale,
  refreshOnDemand: true,
  async fetchPage(client, locale) {
    const { data } = await client.query({ query: ServicePerformanceDocument, variables: { locale } });
    return { nodes: [{ ...data.servicePerformance, documentId: 'performance', locale }], pageCount: 1 };
  },
};
