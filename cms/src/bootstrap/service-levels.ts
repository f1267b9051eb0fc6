import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { calendarErrors, CALENDAR_UID, HOLIDAY_COMPONENT, targetErrors, watchCalendarChanges, type FieldProblem } from '../lib/city-calendar';
import { FORM_UID } from '../lib/constants';

interface MiddlewareContext {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown> };
}
interface ExtensionService {
  shadowCRUD(uid: string): { disable(): unknown };
}

/**
 * Service levels. The city calendar: staff-only (editors keep it in the admin; the site does not read it, so it has
 * no REST routes and is left out of GraphQL), refused when unusable, and read from a cache that
 * writes to it clear. A form's target is refused when half entered (an amount without a unit).
 */
export function registerServiceLevels(strapi: Core.Strapi): void {
  const graphqlExtension = strapi.plugin('graphql').service('extension') as ExtensionService;
  // The holiday component too: GraphQL lists every component it knows in GenericMorph.
  for (const uid of [CALENDAR_UID, HOLIDAY_COMPONENT]) graphqlExtension.shadowCRUD(uid).disable();
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as MiddlewareContext;
    if ((action === 'create' || action === 'update') && params.data) {
      const problems: FieldProblem[] = uid === CALENDAR_UID ? calendarErrors(params.data) : uid === FORM_UID ? targetErrors(params.data) : [];
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
          errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
        });
      }
    }
    return next();
  });
}

export function bootstrapServiceLevels(strapi: Core.Strapi): void {
  watchCalendarChanges(strapi);
}
