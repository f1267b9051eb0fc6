import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { IANAZone } from 'luxon';
import { calendarProblem, minutesOfTime, type CityCalendar, type IsoWeekday } from './service-levels';
import { forgetOnWrites } from './write-watch';

/**
 * The city's calendar (time zone, working hours, working weekdays, holidays), as editors keep it in
 * the admin (single type api::city-calendar.city-calendar), read for the due time of each request.
 */
export const CALENDAR_UID = 'api::city-calendar.city-calendar' as const;
export const HOLIDAY_COMPONENT = 'calendar.holiday' as const;

export interface FieldProblem {
  path: string[];
  message: string;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const weekday = z.boolean().nullish();
/** A date column: Strapi returns `YYYY-MM-DD` text on SQLite and PostgreSQL alike; a Date (another driver) is read in UTC, as written. */
const dateOnly = z.union([z.string(), z.date()]).transform((value) => (typeof value === 'string' ? value : value.toISOString()).slice(0, 10));

/** The calendar as stored: what the seed writes and the database returns. */
export const calendarContentSchema = z.object({
  timeZone: z.string(),
  workdayStart: z.string(),
  workdayEnd: z.string(),
  monday: weekday,
  tuesday: weekday,
  wednesday: weekday,
  thursday: weekday,
  friday: weekday,
  saturday: weekday,
  sunday: weekday,
  holidays: z.array(z.object({ date: dateOnly, name: z.string() })).nullish(),
});
export type CalendarContent = z.infer<typeof calendarContentSchema>;

/** The calendar the due-time math reads. Times that are not times become NaN, which calendarProblem reports. */
export function calendarFromContent(content: CalendarContent): CityCalendar {
  return {
    timeZone: content.timeZone,
    workdayStartMinutes: minutesOfTime(content.workdayStart) ?? Number.NaN,
    workdayEndMinutes: minutesOfTime(content.workdayEnd) ?? Number.NaN,
    workingWeekdays: new Set(WEEKDAYS.flatMap((day, index) => (content[day] ? [(index + 1) as IsoWeekday] : []))),
    holidays: new Set((content.holidays ?? []).map((holiday) => holiday.date)),
  };
}

/** What is wrong with a calendar an editor saves, by field; empty when nothing is. */
export function calendarErrors(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
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
 * What is wrong with a service form's target as saved: an amount without a unit (or the reverse)
 * would silently give no due time. Checked only when the save carries both fields, as the admin's do.
 */
export function targetErrors(data: Record<string, unknown>): FieldProblem[] {
  if (!('targetAmount' in data) || !('targetUnit' in data)) return [];
  const hasAmount = data.targetAmount !== null && data.targetAmount !== undefined && data.targetAmount !== '';
  const hasUnit = data.targetUnit !== null && data.targetUnit !== undefined && data.targetUnit !== '';
  if (hasAmount && !hasUnit) return [{ path: ['targetUnit'], message: 'Choose business hours or business days for the service level, or clear its amount.' }];
  if (hasUnit && !hasAmount) return [{ path: ['targetAmount'], message: 'Enter how many business hours or days, or clear the service level\'s unit.' }];
  return [];
}

interface CalendarRows {
  findOne(params: { select: string[]; populate: { holidays: { select: string[] } } }): Promise<unknown>;
}

/**
 * Read once, kept until a write to the calendar or its holidays (database lifecycles, on this
 * instance) or MAX_AGE_MS (another instance's change): every submission to a form with a target
 * needs it, and editors change it a few times a year.
 */
const MAX_AGE_MS = 60_000;
let cached: { storedAt: number; value: Promise<CityCalendar | undefined> } | undefined;
let generation = 0;

async function readCalendar(strapi: Core.Strapi): Promise<CityCalendar | undefined> {
  const rows = strapi.db.query(CALENDAR_UID as UID.Schema) as unknown as CalendarRows;
  const raw = await rows.findOne({
    select: ['timeZone', 'workdayStart', 'workdayEnd', ...WEEKDAYS],
    populate: { holidays: { select: ['date', 'name'] } },
  });
  if (!raw) return undefined;
  const parsed = calendarContentSchema.safeParse(raw);
  if (!parsed.success) {
    strapi.log.error(`City calendar cannot be read: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    return undefined;
  }
  const calendar = calendarFromContent(parsed.data);
  const problem = calendarProblem(calendar);
  if (problem) {
    // The lifecycles refuse such a calendar; one written some other way gives no due times rather than wrong ones.
    strapi.log.error(`City calendar cannot be used: ${problem}`);
    return undefined;
  }
  return calendar;
}

/** The city's calendar, or undefined when there is none (no due times then). */
export async function cityCalendar(strapi: Core.Strapi): Promise<CityCalendar | undefined> {
  const now = Date.now();
  if (cached && now - cached.storedAt < MAX_AGE_MS) return cached.value;
  const startedAt = generation;
  const value = readCalendar(strapi);
  cached = { storedAt: now, value };
  try {
    const calendar = await value;
    // A write during the read may not be in it: do not keep it.
    if (startedAt !== generation && cached?.value === value) cached = undefined;
    return calendar;
  } catch (error) {
    if (cached?.value === value) cached = undefined;
    throw error;
  }
}

/**
 * The city's time zone: the calendar editors keep (checked when saved), else CITY_TIME_ZONE (the one
 * emails use) when it is a zone, else the calendar type's default. Always a valid zone: date
 * formatting with a wrong one throws, and that must not fail a resident's request.
 */
export async function cityTimeZone(strapi: Core.Strapi): Promise<string> {
  const configured = process.env.CITY_TIME_ZONE;
  return (await cityCalendar(strapi))?.timeZone ?? (configured && IANAZone.isValidZone(configured) ? configured : 'America/New_York');
}

function forget(): void {
  generation += 1;
  cached = undefined;
}

/** Clears the cached calendar on any write to it or its holidays. */
export function watchCalendarChanges(strapi: Core.Strapi): void {
  forgetOnWrites(strapi, [CALENDAR_UID, HOLIDAY_COMPONENT], forget);
}
