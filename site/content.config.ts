// Content collections, each filled by the Strapi loader with the schema from @city/shared/content.
import { defineCollection } from 'astro:content';
import { serviceFormSource } from './loaders/service-forms';
import { alertSource, departmentSource, globalSource, pageSource, serviceSource, strapiLoader } from './loaders/strapi';

export const collections = {
  departments: defineCollection({ loader: strapiLoader(departmentSource), schema: departmentSource.schema }),
  services: defineCollection({ loader: strapiLoader(serviceSource), schema: serviceSource.schema }),
  pages: defineCollection({ loader: strapiLoader(pageSource), schema: pageSource.schema }),
  alerts: defineCollection({ loader: strapiLoader(alertSource), schema: alertSource.schema }),
  globals: defineCollection({ loader: strapiLoader(globalSource), schema: globalSource.schema }),
  /** The request forms' definitions (schema from @city/shared/forms), for the request pages. */
  serviceForms: defineCollection({ loader: strapiLoader(serviceFormSource), schema: serviceFormSource.schema }),
};
