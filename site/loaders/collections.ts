// The site's content collections and where each comes from, shared by Astro's content config and
// the publisher's renderer, which fetches the same collections itself (publisher/render/snapshot.ts).
import type { z } from 'zod';
import { performanceSource } from './performance-source';
import { serviceFormSource } from './service-forms';
import { alertSource, departmentSource, globalSource, pageSource, serviceSource } from './strapi';

export const contentSources = {
  departments: departmentSource,
  services: serviceSource,
  pages: pageSource,
  alerts: alertSource,
  globals: globalSource,
  serviceForms: serviceFormSource,
  performance: performanceSource,
} as const;

export type CollectionName = keyof typeof contentSources;
export const COLLECTION_NAMES = Object.keys(contentSources) as CollectionName[];

/** Every collection's entries, as the pages read them. */
export type ContentCollections = {
  [Name in CollectionName]: z.infer<(typeof contentSources)[Name]['schema']>[];
};
