import { DateTime, IANAZone } from 'luxon';

/**
 * Service levels: when a request is due, from the form's target and the city's calendar. Pure (no
 * Strapi, no clock), so every rule is unit-tested (service-levels.unit.test.ts).
 *
 * The rules:
 * - Working time is the calendar's working hours on its working weekdays, except its holidays,
 *   all in the calendar's time zone (dates and hours are the city's wall clock, whatever the
 *   server's zone).
 * - Business hours: the target counts working time only. A request received outside working time
 *   starts counting at the next opening. A target that ends exactly at closing time is due at
 *   closing, not at the next opening. Durations are real elapsed time, so a working day that a DST
 *   change shortens (only possible when the working hours span 02:00) counts what it really lasts.
 * - Business days: the working day on which work can start is day zero; the request is due at the
 *   close of the Nth working day after it. Work can start on the day of receipt when it is a
 *   working day and the request came before closing (also before opening); otherwise on the next
 *   working day. So "2 business days" from Tuesday 10:00 (or Tuesday 07:00) is due Thursday at
 *   closing, and from Tuesday 18:00 it is due Friday at closing.
 */

export const TARGET_UNITS = ['business_hours', 'business_days'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export interface ServiceTarget {
  /** A positive whole number of units. */
  amount: number;
  unit: TargetUnit;
}

/** ISO weekday numbers, as luxon and ISO 8601 count them: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CityCalendar {
  /** An IANA time zone, for example America/New_York. */
  timeZone: string;
  /** Opening and closing, in minutes after local midnight (08:00 is 480). */
  workdayStartMinutes: number;
  workdayEndMinutes: number;
  workingWeekdays: ReadonlySet<IsoWeekday>;
  /** Local dates (YYYY-MM-DD) on which nobody works. */
  holidays: ReadonlySet<string>;
}

/**
 * Why a calendar cannot be used, or undefined when it can. A calendar with no working day would make
 * every due time infinitely far away; the CMS refuses to save one (city-calendar lifecycles).
 */
export function calendarProblem(calendar: CityCalendar): string | undefined {
  if (!IANAZone.isValidZone(calendar.timeZone)) return `"${calendar.timeZone}" is not an IANA time zone (for example America/New_York).`;
  if (!(calendar.workdayStartMinutes >= 0 && calendar.workdayEndMinutes <= 24 * 60 && calendar.workdayStartMinutes < calendar.workdayEndMinutes)) {
    return 'The working day must end after it starts.';
  }
  if (calendar.workingWeekdays.size === 0) return 'At least one weekday must be a working day.';
  return undefined;
}

/** "08:00", "08:00:00" or Strapi's time format "08:00:00.000" as minutes after midnight; undefined when not a time. */
export function minutesOfTime(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  // 24:00 is allowed as a closing time (working until midnight).
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/**
 * No working day for this many days in a row means the calendar is unusable (every weekday a
 * holiday): stop rather than loop for ever.
 */
const MAX_DAYS_SEARCHED = 3660;

interface WorkingDay {
  opens: DateTime;
  closes: DateTime;
}

function workingDay(calendar: CityCalendar, day: DateTime): WorkingDay | undefined {
  if (!calendar.workingWeekdays.has(day.weekday as IsoWeekday)) return undefined;
  if (calendar.holidays.has(day.toISODate() ?? '')) return undefined;
  const midnight = day.startOf('day');
  // Wall-clock times: 08:00 is 08:00 local on both sides of a DST change.
  const at = (minutes: number) =>
    minutes === 24 * 60 ? midnight.plus({ days: 1 }) : midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
  return { opens: at(calendar.workdayStartMinutes), closes: at(calendar.workdayEndMinutes) };
}

/** The working days from the local date of `from` on, in order. */
function* workingDaysFrom(calendar: CityCalendar, from: DateTime): Generator<WorkingDay> {
  let day = from.startOf('day');
  let idle = 0;
  while (idle < MAX_DAYS_SEARCHED) {
    const working = workingDay(calendar, day);
    if (working) {
      idle = 0;
      yield working;
    } else {
      idle += 1;
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  throw new Error(`The city calendar has no working day in ${MAX_DAYS_SEARCHED} days.`);
}

/** When a request submitted at `submittedAt` is due, for this target and calendar. */
export function dueAt(submittedAt: Date, target: ServiceTarget, calendar: CityCalendar): Date {
  const problem = calendarProblem(calendar);
  if (problem) throw new Error(`The city calendar cannot be used: ${problem}`);
  if (!Number.isInteger(target.amount) || target.amount < 1) throw new Error(`A service target must be a positive whole number, not ${target.amount}.`);
  const received = DateTime.fromJSDate(submittedAt, { zone: calendar.timeZone });

  if (target.unit === 'business_hours') {
    let remaining = target.amount * 60 * 60 * 1000;
    for (const day of workingDaysFrom(calendar, received)) {
      if (received >= day.closes) continue;
      const start = received > day.opens ? received : day.opens;
      const available = day.closes.toMillis() - start.toMillis();
      if (remaining <= available) return new Date(start.toMillis() + remaining);
      remaining -= available;
    }
  } else {
    let counted = -1;
    for (const day of workingDaysFrom(calendar, received)) {
      // The day of receipt is day zero only when the request came before closing.
      if (received >= day.closes) continue;
      counted += 1;
      if (counted === target.amount) return day.closes.toJSDate();
    }
  }
  // workingDaysFrom either yields for ever or throws; this satisfies the compiler.
  throw new Error('unreachable');
}
