import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailySettings, DailyRebuildTimer, nextDailyRun } from './performance-schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('the daily performance rebuild', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at the next 00:05 in the city time zone', () => {
    // 12:00 UTC on 2 December is 07:00 in New York: the next run is 3 December 00:05 EST.
    expect(iso(nextDailyRun(at('2026-12-02T12:00:00Z'), 'America/New_York', 0, 5))).toBe('2026-12-03T05:05:00.000Z');
    // 04:00 UTC on 3 December is still 2 December 23:00 in New York: an hour and five minutes later.
    expect(iso(nextDailyRun(at('2026-12-03T04:00:00Z'), 'America/New_York', 0, 5))).toBe('2026-12-03T05:05:00.000Z');
    expect(iso(nextDailyRun(at('2026-12-02T12:00:00Z'), 'UTC', 0, 5))).toBe('2026-12-03T00:05:00.000Z');
  });

  it('keeps the local time across the changes of clocks', () => {
    // The night summer time ends (1 November 2026), and the night it starts (8 March 2026).
    expect(iso(nextDailyRun(at('2026-10-31T12:00:00Z'), 'America/New_York', 0, 5))).toBe('2026-11-01T04:05:00.000Z');
    expect(iso(nextDailyRun(at('2026-11-01T12:00:00Z'), 'America/New_York', 0, 5))).toBe('2026-11-02T05:05:00.000Z');
    expect(iso(nextDailyRun(at('2026-03-07T12:00:00Z'), 'America/New_York', 3, 0))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('reads its time and zone from the environment, with defaults for missing or wrong values', () => {
    expect(dailySettings({})).toEqual({ timeZone: 'America/New_York', hour: 0, minute: 5 });
    expect(dailySettings({ CITY_TIME_ZONE: 'Europe/Madrid', PERFORMANCE_REBUILD_AT: '02:30' })).toEqual({ timeZone: 'Europe/Madrid', hour: 2, minute: 30 });
    expect(dailySettings({ CITY_TIME_ZONE: 'Mars/Olympus', PERFORMANCE_REBUILD_AT: '25:00' })).toEqual({ timeZone: 'America/New_York', hour: 0, minute: 5 });
  });

  it('asks for a rebuild each day, and no more once stopped', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at('2026-12-02T12:00:00Z'));
    const rebuild = vi.fn();
    const timer = new DailyRebuildTimer(rebuild, { timeZone: 'UTC', hour: 0, minute: 5 });
    expect(iso(timer.start())).toBe('2026-12-03T00:05:00.000Z');
    vi.advanceTimersByTime(12 * 3_600_000 + 5 * 60_000 - 1);
    expect(rebuild).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(rebuild).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(rebuild).toHaveBeenCalledTimes(2);
    timer.stop();
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(rebuild).toHaveBeenCalledTimes(2);
  });
});
