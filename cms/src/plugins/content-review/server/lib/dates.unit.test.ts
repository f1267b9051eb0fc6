import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths, cityToday, isDue, nextReviewDate, reviewIntervalMonths } from './dates';

afterEach(() => {
  vi.useRealTimers();
});

describe('review dates', () => {
  it('add months, keeping the day or taking the shorter month’s last day', () => {
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });

  it('count today in the city’s time zone, not the server’s', () => {
    // 02:00 UTC on 3 December is still 2 December in Virginia.
    expect(cityToday(new Date('2026-12-03T02:00:00Z'), 'America/New_York')).toBe('2026-12-02');
    expect(cityToday(new Date('2026-12-03T02:00:00Z'), 'UTC')).toBe('2026-12-03');
  });

  it('set the next review 12 months on by default, or REVIEW_INTERVAL_MONTHS', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-02T15:00:00Z'));
    expect(nextReviewDate(new Date(), {})).toBe('2027-12-02');
    expect(nextReviewDate(new Date(), { REVIEW_INTERVAL_MONTHS: '6' })).toBe('2027-06-02');
    expect(reviewIntervalMonths({ REVIEW_INTERVAL_MONTHS: 'soon' })).toBe(12);
  });

  it('are due on the day and after, never before, and never without a date', () => {
    expect(isDue('2026-12-02', '2026-12-02')).toBe(true);
    expect(isDue('2026-11-30', '2026-12-02')).toBe(true);
    expect(isDue('2026-12-03', '2026-12-02')).toBe(false);
    expect(isDue(null, '2026-12-02')).toBe(false);
  });
});
