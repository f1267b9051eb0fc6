import { describe, expect, it } from 'vitest';
import { calendarProblem, dueAt, minutesOfTime, type CityCalendar, type ServiceTarget } from './service-levels';
import { calendarFromContent } from './city-calendar';
import { alexandriaCalendar } from '../seed/content/city-calendar';

/** Alexandria as the demo seed creates it: America/New_York, 08:00–17:00, Monday–Friday, 2026–2027 holidays. */
const alexandria: CityCalendar = calendarFromContent(alexandriaCalendar);

const hours = (amount: number): ServiceTarget => ({ amount, unit: 'business_hours' });
const days = (amount: number): ServiceTarget => ({ amount, unit: 'business_days' });
/** Instants are written with their offset, so each case says which side of a DST change it is on. */
const due = (submitted: string, target: ServiceTarget, calendar: CityCalendar = alexandria) => dueAt(new Date(submitted), target, calendar).toISOString();
const iso = (instant: string) => new Date(instant).toISOString();

describe('the demo calendar', () => {
  it('is usable and holds the observed dates of holidays that fall on a weekend', () => {
    expect(calendarProblem(alexandria)).toBeUndefined();
    // 2026-07-04 is a Saturday (observed Friday 3rd); 2027-07-04 a Sunday (observed Monday 5th);
    // 2027-06-19 a Saturday (Friday 18th); 2027-12-25 a Saturday (Friday 24th).
    for (const date of ['2026-07-03', '2027-07-05', '2027-06-18', '2027-12-24']) expect(alexandria.holidays.has(date)).toBe(true);
    expect(alexandria.holidays.size).toBe(22);
  });
});

describe('business days', () => {
  it('counts from the day of receipt and is due at closing: 2 days from Tuesday 10:00 is Thursday 17:00', () => {
    expect(due('2026-03-17T10:00:00-04:00', days(2))).toBe(iso('2026-03-19T17:00:00-04:00'));
  });

  it('counts the day of receipt as day zero also before opening', () => {
    expect(due('2026-03-17T07:00:00-04:00', days(2))).toBe(iso('2026-03-19T17:00:00-04:00'));
  });

  it('starts the next working day when received at or after closing', () => {
    expect(due('2026-03-17T17:00:00-04:00', days(2))).toBe(iso('2026-03-20T17:00:00-04:00'));
    expect(due('2026-03-17T18:30:00-04:00', days(2))).toBe(iso('2026-03-20T17:00:00-04:00'));
  });

  it('skips the weekend: 1 day from Friday afternoon is Monday, and from Saturday is Tuesday', () => {
    expect(due('2026-03-20T15:00:00-04:00', days(1))).toBe(iso('2026-03-23T17:00:00-04:00'));
    expect(due('2026-03-21T11:00:00-04:00', days(1))).toBe(iso('2026-03-24T17:00:00-04:00'));
  });

  it('skips holidays: Thanksgiving and the day after', () => {
    // Wednesday 25 November 2026; Thursday 26 and Friday 27 are holidays.
    expect(due('2026-11-25T09:00:00-05:00', days(1))).toBe(iso('2026-11-30T17:00:00-05:00'));
  });

  it('crosses a holiday week at the year end with a long target', () => {
    // Monday 21 December 2026, 15 days: Christmas (Fri 25), New Year (Fri 1 January 2027) and two weekends skipped.
    // Working days after the 21st: Dec 22 23 24 28 29 30 31, Jan 4 5 6 7 8 11 12 13 -> the 15th is 13 January.
    expect(due('2026-12-21T09:00:00-05:00', days(15))).toBe(iso('2027-01-13T17:00:00-05:00'));
  });

  it('lands on the right wall clock across the spring DST change (2026-03-08)', () => {
    // Friday 6 March (EST, -05:00) + 2 days: Monday 9 and Tuesday 10, which are in EDT (-04:00).
    expect(due('2026-03-06T10:00:00-05:00', days(2))).toBe(iso('2026-03-10T17:00:00-04:00'));
    // Received during the night of the change itself (Sunday 02:30 does not exist; 03:30 EDT does).
    expect(due('2026-03-08T03:30:00-04:00', days(1))).toBe(iso('2026-03-10T17:00:00-04:00'));
  });

  it('lands on the right wall clock across the autumn DST change (2026-11-01)', () => {
    // Friday 30 October (EDT) + 1 day: Monday 2 November at 17:00 EST (-05:00), 22:00 UTC.
    expect(due('2026-10-30T16:00:00-04:00', days(1))).toBe('2026-11-02T22:00:00.000Z');
    // Received in the repeated hour of Sunday 1 November (01:30 EST, the second one).
    expect(due('2026-11-01T01:30:00-05:00', days(1))).toBe(iso('2026-11-03T17:00:00-05:00'));
  });

  it('reads the date in the city, not in UTC: Monday 21:00 in Alexandria is Tuesday in UTC', () => {
    // 2026-03-17T01:00Z is Monday 16 March 21:00 EDT: after closing, so day zero is Tuesday 17th.
    expect(due('2026-03-17T01:00:00Z', days(1))).toBe(iso('2026-03-18T17:00:00-04:00'));
  });
});

describe('business hours', () => {
  it('counts within the working day', () => {
    expect(due('2026-03-17T10:00:00-04:00', hours(4))).toBe(iso('2026-03-17T14:00:00-04:00'));
  });

  it('is due at closing when the target ends exactly then, not at the next opening', () => {
    expect(due('2026-03-17T10:00:00-04:00', hours(7))).toBe(iso('2026-03-17T17:00:00-04:00'));
  });

  it('carries what is left over to the next working day', () => {
    // 7 hours on Tuesday (10:00–17:00), 1 more on Wednesday.
    expect(due('2026-03-17T10:00:00-04:00', hours(8))).toBe(iso('2026-03-18T09:00:00-04:00'));
  });

  it('starts at the next opening when received outside working time', () => {
    expect(due('2026-03-17T06:15:00-04:00', hours(2))).toBe(iso('2026-03-17T10:00:00-04:00'));
    expect(due('2026-03-17T20:00:00-04:00', hours(2))).toBe(iso('2026-03-18T10:00:00-04:00'));
    // Saturday: Monday 08:00 + 3 hours.
    expect(due('2026-03-21T12:00:00-04:00', hours(3))).toBe(iso('2026-03-23T11:00:00-04:00'));
  });

  it('skips a holiday Monday (Martin Luther King Jr. Day 2026)', () => {
    // Friday 16 January 16:00 EST: 1 hour on Friday, Monday 19 is a holiday, 3 more on Tuesday.
    expect(due('2026-01-16T16:00:00-05:00', hours(4))).toBe(iso('2026-01-20T11:00:00-05:00'));
  });

  it('counts 9 working hours a day across the spring DST change', () => {
    // Friday 6 March 12:00 EST: 5 hours Friday, 9 Monday 9 March (EDT), 2 on Tuesday.
    expect(due('2026-03-06T12:00:00-05:00', hours(16))).toBe(iso('2026-03-10T10:00:00-04:00'));
  });

  it('counts 9 working hours a day across the autumn DST change', () => {
    // Friday 30 October 12:00 EDT: 5 hours Friday, 9 Monday 2 November (EST), 2 on Tuesday.
    expect(due('2026-10-30T12:00:00-04:00', hours(16))).toBe(iso('2026-11-03T10:00:00-05:00'));
  });

  it('counts real elapsed time when the working hours span the change itself', () => {
    // A round-the-clock calendar: Sunday 8 March 2026 lasts 23 hours in New York.
    const everyHour: CityCalendar = { ...alexandria, workdayStartMinutes: 0, workdayEndMinutes: 24 * 60, workingWeekdays: new Set([1, 2, 3, 4, 5, 6, 7]), holidays: new Set() };
    expect(due('2026-03-08T00:00:00-05:00', hours(24), everyHour)).toBe(iso('2026-03-09T01:00:00-04:00'));
  });

  it('crosses Thanksgiving with a long target', () => {
    // Wednesday 25 November 2026 08:00: 9 hours Wednesday, holiday Thursday and Friday, 9 Monday 30, 2 Tuesday 1 December.
    expect(due('2026-11-25T08:00:00-05:00', hours(20))).toBe(iso('2026-12-01T10:00:00-05:00'));
  });

  it('uses the calendar\'s own time zone', () => {
    const losAngeles: CityCalendar = { ...alexandria, timeZone: 'America/Los_Angeles', holidays: new Set() };
    // 10:00 in New York is 07:00 in Los Angeles: before opening there, so 08:00 + 2 hours PDT.
    expect(due('2026-03-17T10:00:00-04:00', hours(2), losAngeles)).toBe(iso('2026-03-17T10:00:00-07:00'));
  });
});

describe('calendars and targets that cannot be used', () => {
  it('names the problem', () => {
    expect(calendarProblem({ ...alexandria, timeZone: 'Mars/Olympus_Mons' })).toMatch(/not an IANA time zone/);
    expect(calendarProblem({ ...alexandria, workdayStartMinutes: 17 * 60, workdayEndMinutes: 8 * 60 })).toMatch(/end after it starts/);
    expect(calendarProblem({ ...alexandria, workingWeekdays: new Set() })).toMatch(/weekday/);
  });

  it('refuses to compute with them', () => {
    expect(() => due('2026-03-17T10:00:00-04:00', days(1), { ...alexandria, workingWeekdays: new Set() })).toThrow(/cannot be used/);
    expect(() => due('2026-03-17T10:00:00-04:00', days(0))).toThrow(/positive whole number/);
  });

  it('reads Strapi\'s time values', () => {
    expect(minutesOfTime('08:00:00.000')).toBe(480);
    expect(minutesOfTime('17:30')).toBe(1050);
    expect(minutesOfTime('24:00:00')).toBe(1440);
    expect(minutesOfTime('25:00')).toBeUndefined();
    expect(minutesOfTime('8 am')).toBeUndefined();
  });
});
