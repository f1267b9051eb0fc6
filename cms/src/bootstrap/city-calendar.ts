import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { IANAZone } from 'luxon';
import { CALENDAR_UID, HOLIDAY_COMPONENT, watchCalendarChanges } from '../lib/city-calendar';
import { minutesOfTime } from '../lib/service-levels';

interface MiddlewareContext {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown> };
}
interface ExtensionService {
  shadowCRUD(uid: string): { disable(): unknown };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** What is wrong with a calendar an editor saves, by field; empty when nothing is. */
export function calendarErrors(data: Record<string, unknown>): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  if (typeof data.timeZone === 'string' && !IANAZone.isValidZone(data.timeZone)) {
    problems.push({ path: ['timeZone'], message: 'Not a time zone: use a name such as America/New_York.' });
  }
  const start = typeof data.workdayStart === 'string' ? minutesOfTime(data.workdayStart) : undefined;
  const end = typeof data.workdayEnd === 'string' ? minutesOfTime(data.workdayEnd) : undefined;
  if (start !== undefined && end !== undefined && end <= start) {
    problems.push({ path: ['workdayEnd'], message: 'The working day must end after it starts.' });
  }
  // Only when the save says every weekday: the admin always sends them all.
  if (WEEKDAYS.every((day) => day in data) && !WEEKDAYS.some((day) => data[day] === true)) {
    problems.push({ path: ['monday'], message: 'At least one weekday must be a working day.' });
  }
  return problems;
}

/**
 * The city calendar: staff-only (editors keep it in the admin; the site does not read it, so it has
 * no REST routes and is left out of GraphQL), refused when unusable, and read from a cache that
 * writes to it clear.
 */
export function registerCityCalendar(strapi: Core.Strapi): void {
  const graphqlExtension = strapi.plugin('graphql').service('extension') as ExtensionService;
  // The holiday component too: GraphQL lists every component it knows in GenericMorph.
  for (const uid of [CALENDAR_UID, HOLIDAY_COMPONENT]) graphqlExtension.shadowCRUD(uid).disable();
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as MiddlewareContext;
    if (uid === CALENDAR_UID && (action === 'create' || action === 'update') && params.data) {
      const problems = calendarErrors(params.data);
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
          errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
        });
      }
    }
    return next();
  });
}

export function bootstrapCityCalendar(strapi: Core.Strapi): void {
  watchCalendarChanges(strapi);
}
