import type { Core } from '@strapi/strapi';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarErrors, calendarFromContent, cityTimeZone, targetErrors } from './city-calendar';
import { alexandriaCalendar } from '../seed/content/city-calendar';

/** What the admin sends when an editor saves the calendar: every field. */
const saved = { ...alexandriaCalendar } as Record<string, unknown>;

describe('saving the city calendar', () => {
  it('accepts the demo calendar', () => {
    expect(calendarErrors(saved)).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(calendarErrors({ ...saved, timeZone: 'Eastern' })).toEqual([{ path: ['timeZone'], message: expect.stringMatching(/time zone/) }]);
    expect(calendarErrors({ ...saved, workdayStart: '17:00:00.000', workdayEnd: '08:00:00.000' })[0]?.path).toEqual(['workdayEnd']);
    const noWeekday = Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, false]));
    expect(calendarErrors({ ...saved, ...noWeekday })[0]?.path).toEqual(['monday']);
  });

  it('does not judge a partial update by the fields it leaves out', () => {
    expect(calendarErrors({ saturday: false })).toEqual([]);
  });

  it('reads weekdays and holidays as the math needs them', () => {
    const calendar = calendarFromContent(alexandriaCalendar);
    expect([...calendar.workingWeekdays]).toEqual([1, 2, 3, 4, 5]);
    expect(calendar.workdayStartMinutes).toBe(480);
    expect(calendar.workdayEndMinutes).toBe(1020);
  });
});

describe('saving a service form\'s target', () => {
  it('accepts a whole target or none', () => {
    expect(targetErrors({ targetAmount: 2, targetUnit: 'business_days' })).toEqual([]);
    expect(targetErrors({ targetAmount: null, targetUnit: null })).toEqual([]);
    expect(targetErrors({ title: 'A save without the target fields' })).toEqual([]);
  });

  it('refuses half a target, on the missing half', () => {
    expect(targetErrors({ targetAmount: 2, targetUnit: null })[0]?.path).toEqual(['targetUnit']);
    expect(targetErrors({ targetAmount: null, targetUnit: 'business_hours' })[0]?.path).toEqual(['targetAmount']);
  });
});

describe("the city's time zone", () => {
  const configured = process.env.CITY_TIME_ZONE;
  afterEach(() => {
    if (configured === undefined) delete process.env.CITY_TIME_ZONE;
    else process.env.CITY_TIME_ZONE = configured;
  });
  // A CMS whose city calendar is not there yet (read once here: the calendar is cached for a minute).
  const noCalendar = { db: { query: () => ({ findOne: async () => null }) } } as unknown as Core.Strapi;

  it('is CITY_TIME_ZONE without a calendar, and the default when that is not a zone', async () => {
    process.env.CITY_TIME_ZONE = 'America/Chicago';
    expect(await cityTimeZone(noCalendar)).toBe('America/Chicago');
    process.env.CITY_TIME_ZONE = 'Alexandria/Virginia';
    expect(await cityTimeZone(noCalendar)).toBe('America/New_York');
  });
});
