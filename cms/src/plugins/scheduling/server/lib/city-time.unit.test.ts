import { describe, expect, it } from 'vitest';
import { cityTimeToInstant } from './city-time';

describe('a time on the city’s clock', () => {
  it('is read in the city’s time zone, summer and winter', () => {
    expect(cityTimeToInstant('2026-12-24', '09:30', 'America/New_York')).toEqual(new Date('2026-12-24T14:30:00Z'));
    expect(cityTimeToInstant('2026-07-04', '09:30', 'America/New_York')).toEqual(new Date('2026-07-04T13:30:00Z'));
    expect(cityTimeToInstant('2026-07-04', '09:30', 'Europe/Madrid')).toEqual(new Date('2026-07-04T07:30:00Z'));
  });
  it('refuses the hour the clock skips in spring, and a date that does not exist', () => {
    expect(cityTimeToInstant('2026-03-08', '02:30', 'America/New_York')).toBe('nonexistent');
    expect(cityTimeToInstant('2026-02-30', '09:00', 'America/New_York')).toBe('invalid');
  });
  it('takes the first of the hour the clock repeats in autumn', () => {
    expect(cityTimeToInstant('2026-11-01', '01:30', 'America/New_York')).toEqual(new Date('2026-11-01T05:30:00Z'));
  });
});
