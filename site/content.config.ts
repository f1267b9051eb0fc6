// Content collections, each filled by the Strapi loader with the schema from @city/shared/content.
import { defineCollection } from 'astro:content';
import { contentSources } from './loaders/collections';
import { strapiLoader } from './loaders/strapi';

export const collections = {
  departments: defineCollection({
    loader: strapiLoader(contentSources.departments),
    schema: contentSources.departments.schema,
  }),
  services: defineCollection({
    loader: strapiLoader(contentSources.services),
    schema: contentSources.services.schema,
  }),
  pages: defineCollection({
    loader: strapiLoader(contentSources.pages),
    schema: contentSources.pages.schema,
  }),
  alerts: defineCollection({
    loader: strapiLoader(contentSources.alerts),
    schema: contentSources.alerts.schema,
  }),
  globals: defineCollection({
    loader: strapiLoader(contentSources.globals),
    schema: contentSources.globals.schema,
  }),
  /** The request forms' definitions (schema from @city/shared/forms), for the request pages. */
  serviceForms: defineCollection({
    loader: strapiLoader(contentSources.serviceForms),
    schema: contentSources.serviceForms.schema,
  }),
  /** The "How we're doing" figures, one entry per language (aggregates from the CMS). */
  performance: defineCollection({
    loader: strapiLoader(contentSources.performance),
    schema: contentSources.performance.schema,
  }),
};
