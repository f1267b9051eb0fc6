import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '@city/shared/locales';
import { performanceReport } from '../lib/report';

/**
 * The public, read-only figures of the "How we're doing" page. Aggregates only: the types hold
 * counts, medians and shares per service and month, and nothing a request could be found by.
 */
const typeDefs = /* GraphQL */ `
  "One service's requests in one month (the city's time zone). Counts only, never a request."
  type ServicePerformanceMonth {
    "YYYY-MM."
    month: String!
    "Requests received (created) in the month, whatever became of them."
    received: Int!
    "Requests resolved or closed in the month, duplicates excepted."
    resolved: Int!
    "Median days from receipt to resolution of the month's resolved requests, one decimal; null when none."
    medianDaysToResolve: Float
    "Resolved requests of the month that had a due time."
    resolvedWithTarget: Int!
    "Of those, closed at or before their due time."
    resolvedWithinTarget: Int!
    "resolvedWithinTarget / resolvedWithTarget, 0 to 1; null when no resolved request had a due time."
    shareWithinTarget: Float
  }

  type ServicePerformance {
    "The service form's stable code."
    formCode: String!
    "The service's title in the language asked for (else its form's)."
    title: String!
    "The service's slug, for a link to it; null when no published service uses the form."
    serviceSlug: String
    "One row for each month of the report, oldest first."
    months: [ServicePerformanceMonth!]!
  }

  type ServicePerformanceReport {
    "The city's time zone, in which months are counted."
    timeZone: String!
    "The last 12 full months and the current one, YYYY-MM, oldest first."
    months: [String!]!
    "Services with requests received or resolved in those months, by title."
    services: [ServicePerformance!]!
  }

  extend type Query {
    "How the city is doing with requests, per service and month: aggregates only."
    servicePerformance(locale: I18NLocaleCode): ServicePerformanceReport!
  }
`;

interface ExtensionService {
  use(extension: () => Record<string, unknown>): void;
}

export function registerPerformanceGraphql(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as ExtensionService;
  extension.use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        servicePerformance: async (_parent: unknown, args: { locale?: string | null }) => {
          const locale = args.locale ?? DEFAULT_LOCALE;
          if (!isLocale(locale)) {
            throw new errors.ValidationError(`Unknown locale: use one of ${LOCALES.join(', ')}.`, { errors: [{ path: ['locale'], message: `Use one of ${LOCALES.join(', ')}.` }] });
          }
          return performanceReport(strapi, locale);
        },
      },
    },
    resolversConfig: {
      // Public like published content: aggregates only, read by the site's build.
      'Query.servicePerformance': { auth: false },
    },
  }));
}
